"""The live bookings a closure hits, and cancelling them for it in the same transaction.

A closure of the whole centre (room empty) or of one room hits every booking that is not
cancelled and that lies (partly) on one of its days. Cancelling one for a closure keeps the
booking as history (status geannuleerd, with the reason); a booking of a series also adds its
date to the series' exceptions, so the series keeps its rule and "alle data wijzigen" still
works. Whether a booking is on a live invoice is shown, so the coordinator can offer a credit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import Booking, BookingSeries, Invoice, InvoiceLine, Renter, Room, WorkingGroup
from app.domain import bookings as rules
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor

_ = translator("rooms")

# the invoice kinds and states as stored (app/services/invoices.py names them; not imported
# here, because invoices.py imports rooms.py, which imports this module)
_INVOICE_KIND, _FINAL = "factuur", "definitief"


@dataclass(frozen=True)
class ClosureHit:
    """A live booking on a closed day: who, what, when, and its invoice if it has one."""

    booking_id: int
    version: int
    room_id: int
    room_name: str
    booked_by: str
    activity: str
    local_start: dt.datetime
    local_end: dt.datetime
    status: str
    series_id: int | None
    invoice_id: int | None = None
    invoice_number: str | None = None
    invoice_final: bool = False
    closing_reason: str = ""

    @property
    def invoiced(self) -> bool:
        return self.invoice_id is not None


def day_range(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The wall-clock span of the days `first` to `last` inclusive."""
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last + dt.timedelta(days=1), dt.time())


def live_bookings_between(session: Session, spans: Iterable[tuple[dt.date, dt.date]], room_id: int | None = None,
                          exclude: Iterable[int] = ()) -> list[Booking]:
    """Bookings not cancelled that lie (partly) on a day of one of `spans`, in one room or all."""
    conditions = []
    for first, last in spans:
        start, end = day_range(first, last)
        conditions.append((Booking.local_start < end) & (Booking.local_end > start))
    if not conditions:
        return []
    query = select(Booking).where(Booking.status != rules.CANCELLED, or_(*conditions)).order_by(Booking.local_start)
    if room_id is not None:
        query = query.where(Booking.room_id == room_id)
    excluded = set(exclude)
    return [b for b in session.scalars(query) if b.id not in excluded]


def hits_for(session: Session, bookings: list[Booking], reason: str = "") -> list[ClosureHit]:
    """The rows for these bookings, with room, renter or working group, and live invoice."""
    if not bookings:
        return []
    ids = [b.id for b in bookings]
    rooms = {k: v for k, v in session.execute(select(Room.id, Room.name).where(Room.id.in_({b.room_id for b in bookings})))}
    renters = {k: v for k, v in session.execute(select(Renter.id, Renter.name).where(
        Renter.id.in_({b.renter_id for b in bookings if b.renter_id})))}
    groups = {k: v for k, v in session.execute(select(WorkingGroup.id, WorkingGroup.name).where(
        WorkingGroup.id.in_({b.working_group_id for b in bookings if b.working_group_id})))}
    credited = select(Invoice.credit_for_id).where(Invoice.credit_for_id.is_not(None))
    invoices: dict[int, tuple[int, str | None, str]] = {}
    for booking_id, invoice_id, number, status in session.execute(
        select(InvoiceLine.booking_id, Invoice.id, Invoice.number, Invoice.status)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.booking_id.in_(ids), Invoice.kind == _INVOICE_KIND, Invoice.id.not_in(credited))
    ):
        invoices[booking_id] = (invoice_id, number, status)
    result = []
    for b in bookings:
        invoice = invoices.get(b.id)
        result.append(ClosureHit(
            b.id, b.version, b.room_id, rooms.get(b.room_id, ""),
            renters.get(b.renter_id, "") if b.renter_id else groups.get(b.working_group_id, ""),
            b.activity, b.local_start, b.local_end, b.status, b.series_id,
            invoice[0] if invoice else None, invoice[1] if invoice else None,
            bool(invoice and invoice[2] == _FINAL), reason))
    return result


def cancel_for_closure(session: Session, actor: Actor, bookings: list[Booking], reason: str) -> None:
    """Cancel these bookings with `reason`; a series gets their dates as exceptions."""
    series_dates: dict[int, set[str]] = {}
    for booking in bookings:
        before = {"status": booking.status, "cancel_reason": booking.cancel_reason}
        booking.status, booking.cancel_reason = rules.CANCELLED, reason
        audit.record(session, actor, "cancel", "booking", booking.id, before=before,
                     after={"status": booking.status, "cancel_reason": booking.cancel_reason},
                     detail=_("closure"))
        if booking.series_id is not None:
            day = booking.original_date or booking.local_start.date()
            series_dates.setdefault(booking.series_id, set()).add(day.isoformat())
    for series_id, dates in sorted(series_dates.items()):
        series = session.get(BookingSeries, series_id)
        if series is None:
            continue
        before = list(series.exceptions)
        series.exceptions = sorted(set(series.exceptions) | dates)
        audit.record(session, actor, "update", "booking_series", series.id, before={"exceptions": before},
                     after={"exceptions": series.exceptions}, detail=_("closure"))
