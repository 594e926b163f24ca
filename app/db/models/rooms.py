"""Rooms, renters, tariffs, closing days, bookings (single and in series) and invoices.

A booking keeps its times twice: as UTC instants (for range queries and overlap checks, index
on room and start) and as the local Europe/Amsterdam wall-clock time the user chose (so that a
weekly 19:00 stays 19:00 across summer time). `block_start`/`block_end` are the instants
including the set-up and clean-up buffers: two live bookings of one room may not overlap there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, Time, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CentreOwned, Versioned, utcnow


class Room(CentreOwned, Versioned, Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("centre_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    capacity: Mapped[int] = mapped_column(default=0)
    facilities: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7), default="#4E79A7")
    # {"0": ["08:30", "22:30"], …, "6": null}: Monday is "0"; null means closed that day
    opening_hours: Mapped[dict] = mapped_column(default=dict)
    # [{"name": "ochtend", "start": "09:00", "end": "12:30"}, …]
    day_parts: Mapped[list] = mapped_column(default=list)
    setup_minutes: Mapped[int] = mapped_column(default=0)
    cleanup_minutes: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class RoomTariff(Versioned, Base):
    """The price of a room for one renter category, per hour and per day part."""

    __tablename__ = "room_tariff"
    __table_args__ = (UniqueConstraint("room_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(20))  # buurtgroep, maatschappelijk, commercieel
    hourly_rate: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    day_part_rate: Mapped[Decimal] = mapped_column(default=Decimal("0"))


class Renter(CentreOwned, Versioned, Base):
    __tablename__ = "renter"
    __table_args__ = (Index("ix_renter_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), default="maatschappelijk")
    kind: Mapped[str] = mapped_column(String(20), default="organisatie")  # buurtgroep, organisatie, particulier, bedrijf, werkgroep
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    invoice_name: Mapped[str] = mapped_column(String(200), default="")
    invoice_street: Mapped[str] = mapped_column(String(200), default="")
    invoice_postcode: Mapped[str] = mapped_column(String(10), default="")
    invoice_town: Mapped[str] = mapped_column(String(100), default="")
    invoice_email: Mapped[str] = mapped_column(String(200), default="")
    working_group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"))
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ClosingDay(CentreOwned, Versioned, Base):
    """The centre's own closures (summer weeks, a renovation), of the whole centre or of one
    room (`room_id`); public holidays are computed. `kept_booking_ids`: bookings the coordinator
    explicitly kept when the closure was added or widened."""

    __tablename__ = "closing_day"
    __table_args__ = (Index("ix_closing_day_start", "start_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    kept_booking_ids: Mapped[list] = mapped_column(default=list, server_default="[]")


class BookingSeries(CentreOwned, Versioned, Base):
    """A recurring booking: the rule (dateutil rrule terms, JSON) and the dates left out."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    renter_id: Mapped[int | None] = mapped_column(ForeignKey("renter.id"))
    activity: Mapped[str] = mapped_column(String(200))
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    first_date: Mapped[dt.date] = mapped_column(Date)
    rule: Mapped[dict] = mapped_column()  # see app.domain.recurrence.Recurrence.to_dict
    exceptions: Mapped[list] = mapped_column(default=list)  # ISO dates not booked (clashes, split off)
    public: Mapped[bool] = mapped_column(default=False, server_default=false())  # its dates are public activities
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class Booking(CentreOwned, Versioned, Base):
    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_room_block", "room_id", "block_start"),
        Index("ix_booking_start", "start_at"),
        Index("ix_booking_series", "series_id"),
        Index("ix_booking_renter", "renter_id", "start_at"),
        Index("ix_booking_public_start", "public", "start_at"),  # the district calendar, across centres
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    renter_id: Mapped[int | None] = mapped_column(ForeignKey("renter.id"))
    working_group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"))
    activity: Mapped[str] = mapped_column(String(200))
    start_at: Mapped[dt.datetime]  # UTC instant
    end_at: Mapped[dt.datetime]
    block_start: Mapped[dt.datetime]  # start minus set-up buffer
    block_end: Mapped[dt.datetime]  # end plus clean-up buffer
    local_start: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))  # Europe/Amsterdam wall clock
    local_end: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))
    setup_minutes: Mapped[int] = mapped_column(default=0)
    cleanup_minutes: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default="bevestigd")  # optie, bevestigd, geannuleerd
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    expected_participants: Mapped[int | None] = mapped_column(Integer)
    actual_participants: Mapped[int | None] = mapped_column(Integer)
    public: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    rate_basis: Mapped[str] = mapped_column(String(10), default="uur")  # uur, dagdeel
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"))
    original_date: Mapped[dt.date | None] = mapped_column(Date)  # the series date this booking stands for
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class InvoiceCounter(Base):
    """The last invoice number a centre gave out in a year; locked while a number is assigned
    (each centre numbers its invoices without gaps)."""

    __tablename__ = "invoice_counter"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True, autoincrement=False)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Invoice(CentreOwned, Versioned, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("centre_id", "year", "sequence"),
        UniqueConstraint("centre_id", "number"),
        Index("ix_invoice_renter", "renter_id"),
        Index("uq_invoice_credit_for", "credit_for_id", unique=True),  # credited once only
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    renter_id: Mapped[int] = mapped_column(ForeignKey("renter.id"))
    status: Mapped[str] = mapped_column(String(20), default="concept")  # concept, definitief
    kind: Mapped[str] = mapped_column(String(20), default="factuur")  # factuur, creditfactuur
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None]
    sequence: Mapped[int | None]
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    credit_for_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    finalised_at: Mapped[dt.datetime | None]
    finalised_by: Mapped[str] = mapped_column(String(60), default="")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (Index("ix_invoice_line_invoice", "invoice_id"), Index("ix_invoice_line_booking", "booking_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))


class InvoiceBooking(Base):
    """The final invoice that bills a booking: one per booking (the key), so two invoice runs
    at the same moment cannot both bill it. Crediting the invoice removes the link."""

    __tablename__ = "invoice_booking"
    __table_args__ = (Index("ix_invoice_booking_invoice", "invoice_id"),)

    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id"), primary_key=True, autoincrement=False)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
