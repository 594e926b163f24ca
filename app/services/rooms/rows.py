"""Frozen rows of this area: what services return and what reports and the window show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.recurrence import Recurrence
from app.i18n import translator

_ = translator("rooms")


DEFAULT_DAY_PARTS = [
    {"name": "ochtend", "start": "09:00", "end": "12:30"},
    {"name": "middag", "start": "13:00", "end": "17:30"},
    {"name": "avond", "start": "19:00", "end": "22:30"},
]
DEFAULT_OPENING = {str(d): ["08:30", "22:30"] for d in range(6)} | {"6": None}


@dataclass(frozen=True)
class BookingRow:
    id: int
    room_id: int
    room_name: str
    room_colour: str
    renter_id: int | None
    renter_name: str
    activity: str
    local_start: dt.datetime
    local_end: dt.datetime
    setup_minutes: int
    cleanup_minutes: int
    status: str
    cancel_reason: str
    expected_participants: int | None
    actual_participants: int | None
    public: bool
    notes: str
    working_group_id: int | None
    rate_basis: str
    series_id: int | None
    original_date: dt.date | None
    version: int
    contact: str = ""  # renter's contact person and phone, for people allowed to see them
    # After a save: what the user should know but that did not stop the save (another centre's
    # public activity on the same evening, the district calendar).
    warnings: tuple[str, ...] = ()

    @property
    def who(self) -> str:
        return self.renter_name

    @property
    def block_local(self) -> tuple[dt.datetime, dt.datetime]:
        return (self.local_start - dt.timedelta(minutes=self.setup_minutes),
                self.local_end + dt.timedelta(minutes=self.cleanup_minutes))

    @property
    def hours(self) -> Decimal:
        return (Decimal((self.local_end - self.local_start).total_seconds()) / 3600).quantize(Decimal("0.01"))

    @property
    def moved(self) -> bool:
        return self.series_id is not None and self.original_date is not None and self.local_start.date() != self.original_date


@dataclass(frozen=True)
class DistrictActivity:
    """One activity in the district week: which centre, what, when. Of another centre's
    booking only this (and only its public ones, unless the account is of the whole
    organisation); the room is named for the own centre and for the whole organisation."""

    centre_id: int
    centre_name: str
    activity: str
    local_start: dt.datetime
    local_end: dt.datetime
    public: bool
    room_name: str = ""


@dataclass(frozen=True)
class FreeSlot:
    room_id: int
    room_name: str
    capacity: int
    start: dt.datetime  # the earliest a booking of the asked length can start
    end: dt.datetime  # the latest it can end

    @property
    def length(self) -> dt.timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class OccupancyRow:
    room_id: int
    room_name: str
    year: int
    month: int
    hours_booked: Decimal
    hours_open: Decimal

    @property
    def rate(self) -> Decimal:
        return (self.hours_booked / self.hours_open).quantize(Decimal("0.0001")) if self.hours_open else Decimal(0)


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    rule: Recurrence
    first_date: dt.date
    start_time: dt.time
    end_time: dt.time
    exceptions: tuple[str, ...]


@dataclass(frozen=True)
class RoomRow:
    id: int | None = None
    name: str = ""
    capacity: int = 0
    facilities: str = ""
    colour: str = "#4E79A7"
    opening_hours: dict = field(default_factory=lambda: dict(DEFAULT_OPENING))
    day_parts: list = field(default_factory=lambda: list(DEFAULT_DAY_PARTS))
    setup_minutes: int = 15
    cleanup_minutes: int = 15
    active: bool = True
    sort_order: int = 0
    notes: str = ""
    version: int | None = None


@dataclass(frozen=True)
class TariffRow:
    room_id: int
    category: str
    hourly_rate: Decimal
    day_part_rate: Decimal


@dataclass(frozen=True)
class RenterRow:
    id: int | None = None
    name: str = ""
    category: str = "maatschappelijk"
    kind: str = "organisatie"
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    invoice_name: str = ""
    invoice_street: str = ""
    invoice_postcode: str = ""
    invoice_town: str = ""
    invoice_email: str = ""
    working_group_id: int | None = None
    active: bool = True
    notes: str = ""
    version: int | None = None

    @property
    def invoice_address(self) -> list[str]:
        lines = [self.invoice_name or self.name]
        if self.contact_name and not self.invoice_name:
            lines.append(_("attn. {name}").format(name=self.contact_name))
        lines += [x for x in (self.invoice_street, f"{self.invoice_postcode}  {self.invoice_town}".strip()) if x]
        return lines


@dataclass(frozen=True)
class ClosingRow:
    id: int | None
    start_date: dt.date
    end_date: dt.date
    reason: str
    public_holiday: bool = False
    version: int | None = None
    room_id: int | None = None  # None: the whole centre
    room_name: str = ""
    kept_booking_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class InvoiceLineRow:
    position: int
    booking_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    service_date: dt.date | None = None  # the day of the booking the line bills


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    renter_id: int
    renter_name: str
    status: str
    kind: str
    number: str | None
    period_start: dt.date
    period_end: dt.date
    issue_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    paid_on: dt.date | None
    credit_for_id: int | None
    credit_for_number: str | None
    notes: str
    version: int
    lines: tuple[InvoiceLineRow, ...] = ()
    renter: RenterRow | None = None
    vat_number: str = ""  # empty: "vrijgesteld van btw" on the invoice

    @property
    def billed_in_advance(self) -> tuple[InvoiceLineRow, ...]:
        """Lines for bookings after the invoice date (said so on the invoice)."""
        if self.issue_date is None:
            return ()
        return tuple(l for l in self.lines if l.service_date and l.service_date > self.issue_date and l.amount > 0)
