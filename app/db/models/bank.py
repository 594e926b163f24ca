"""The bank's side of the money: statements read from the bank (CAMT.053), their entries and
what each entry did; every transfer of a payment run with its own state; payments on invoices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CentreOwned, Versioned, utcnow


class BankStatement(CentreOwned, Base):
    """One statement as imported; the same statement (account + the bank's statement id) is
    imported once."""

    __tablename__ = "bank_statement"
    __table_args__ = (UniqueConstraint("account_iban", "statement_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_iban: Mapped[str] = mapped_column(String(34))
    statement_ref: Mapped[str] = mapped_column(String(35))
    message_id: Mapped[str] = mapped_column(String(35), default="")
    schema: Mapped[str] = mapped_column(String(20), default="")
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    entries: Mapped[int] = mapped_column(default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(60), default="")


class BankEntry(Versioned, Base):
    """One movement on a statement (a transaction inside a booked entry) and its outcome:
    a confirmed transfer, a returned transfer, an invoice payment, or not recognised."""

    __tablename__ = "bank_entry"
    __table_args__ = (
        UniqueConstraint("entry_key"),
        Index("ix_bank_entry_statement", "statement_id"),
        Index("ix_bank_entry_outcome", "outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statement.id"))
    entry_key: Mapped[str] = mapped_column(String(120))  # the bank's entry reference + position
    entry_ref: Mapped[str] = mapped_column(String(60), default="")
    booking_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal]
    credit: Mapped[bool] = mapped_column(default=False)
    end_to_end_id: Mapped[str] = mapped_column(String(35), default="")
    batch_ref: Mapped[str] = mapped_column(String(35), default="")
    return_code: Mapped[str] = mapped_column(String(4), default="")
    counterparty: Mapped[str] = mapped_column(String(140), default="")
    remittance: Mapped[str] = mapped_column(String(300), default="")
    outcome: Mapped[str] = mapped_column(String(20), default="niet_herkend")
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class PaymentTransfer(Versioned, Base):
    """One transfer of a payment run (one volunteer): sent, confirmed by the bank's statement,
    or returned by the volunteer's bank with a reason."""

    __tablename__ = "payment_transfer"
    __table_args__ = (
        UniqueConstraint("end_to_end_id"),
        Index("ix_payment_transfer_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("payment_batch.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    amount: Mapped[Decimal]
    state: Mapped[str] = mapped_column(String(20), default="verstuurd")  # verstuurd, bevestigd, teruggeboekt
    booked_on: Mapped[dt.date | None] = mapped_column(Date)
    return_code: Mapped[str] = mapped_column(String(4), default="")
    bank_entry_id: Mapped[int | None] = mapped_column(ForeignKey("bank_entry.id"))


class InvoicePayment(Base):
    """Money received on an invoice: from a bank statement entry, or registered by hand."""

    __tablename__ = "invoice_payment"
    __table_args__ = (Index("ix_invoice_payment_invoice", "invoice_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal]
    source: Mapped[str] = mapped_column(String(20), default="bank")  # bank, hand
    bank_entry_id: Mapped[int | None] = mapped_column(ForeignKey("bank_entry.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
