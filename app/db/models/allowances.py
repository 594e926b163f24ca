"""Volunteer allowances: the limits per year (data, with a source per figure), each
volunteer's arrangement per year, the allowance lines and expense claims, and payment batches."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CentreOwned, Versioned, utcnow


class AllowanceLimit(Versioned, Base):
    """The tax-free limits of one year. Checks read this table; nothing is hard-coded."""

    __tablename__ = "allowance_limit"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    per_hour_adult: Mapped[Decimal]  # 21 and over
    per_hour_young: Mapped[Decimal]  # under 21
    per_month: Mapped[Decimal]
    per_year: Mapped[Decimal]
    km_rate: Mapped[Decimal]
    source_per_hour_adult: Mapped[str] = mapped_column(String(300), default="")
    source_per_hour_young: Mapped[str] = mapped_column(String(300), default="")
    source_per_month: Mapped[str] = mapped_column(String(300), default="")
    source_per_year: Mapped[str] = mapped_column(String(300), default="")
    source_km_rate: Mapped[str] = mapped_column(String(300), default="")
    to_confirm: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(60), default="")


class AllowanceArrangement(Versioned, Base):
    """What was agreed with a volunteer for one year: none, a fixed amount per month, an hourly
    amount, or receipts only; and what they declare receiving from other organisations."""

    __tablename__ = "allowance_arrangement"
    __table_args__ = (UniqueConstraint("volunteer_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    year: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20), default="geen")  # geen, vast, uurtarief, declaraties
    monthly_amount: Mapped[Decimal | None]
    hourly_rate: Mapped[Decimal | None]
    other_organisations: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    # Twelve figures (January first) as text, or None: then the year figure is spread evenly.
    other_monthly: Mapped[list | None] = mapped_column(default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(60), default="")
    override_at: Mapped[dt.datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PaymentBatch(CentreOwned, Versioned, Base):
    """One payment run: the SEPA file written for it, and whether the bank accepted it."""

    __tablename__ = "payment_batch"
    __table_args__ = (Index("ix_payment_batch_state", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    through: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="aangemaakt")  # aangemaakt, betaald, geannuleerd
    file_format: Mapped[str] = mapped_column(String(20), default="pain.001.001.03")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    message_id: Mapped[str] = mapped_column(String(35), default="")
    execution_date: Mapped[dt.date | None] = mapped_column(Date)
    transactions: Mapped[int] = mapped_column(default=0)
    total: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    skipped: Mapped[list] = mapped_column(default=list)  # volunteers left out (no valid IBAN), with reason
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    confirmed_at: Mapped[dt.datetime | None]
    confirmed_by: Mapped[str] = mapped_column(String(60), default="")
    cancelled_at: Mapped[dt.datetime | None]
    cancelled_by: Mapped[str] = mapped_column(String(60), default="")


class AllowanceLine(CentreOwned, Versioned, Base):
    """One amount for one volunteer: a month's fixed allowance, hours × rate, an expense claim
    with its receipt, kilometres × rate, or a gift in kind. Judged by the month worked.
    Submitted lines are never deleted: a correction is a new line that refers to the old."""

    __tablename__ = "allowance_line"
    __table_args__ = (
        Index("ix_allowance_line_volunteer_year", "volunteer_id", "year", "month"),
        # covers the Overzicht's sums per volunteer and month of a year (allowance_overview)
        Index("ix_allowance_line_year_sums", "year", "volunteer_id", "month", "state", "kind", "amount"),
        Index("ix_allowance_line_state", "state"),
        Index("ix_allowance_line_batch", "payment_batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    kind: Mapped[str] = mapped_column(String(20))  # vast, uren, declaratie, kilometers, gift
    worked_on: Mapped[dt.date] = mapped_column(Date)
    year: Mapped[int]
    month: Mapped[int]
    amount: Mapped[Decimal]
    hours: Mapped[Decimal | None] = mapped_column(Numeric(7, 3))
    kilometres: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    rate: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    description: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(20), default="concept")
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    correction_of: Mapped[int | None] = mapped_column(ForeignKey("allowance_line.id"))
    receipt_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    hours_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_hours.id"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(60), default="")
    override_at: Mapped[dt.datetime | None]
    payment_batch_id: Mapped[int | None] = mapped_column(ForeignKey("payment_batch.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    submitted_at: Mapped[dt.datetime | None]
    approved_at: Mapped[dt.datetime | None]
    approved_by: Mapped[str] = mapped_column(String(60), default="")
    paid_at: Mapped[dt.datetime | None]
