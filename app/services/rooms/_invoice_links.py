"""Which final invoice bills a booking: exactly once, in the database.

A concept is a preview and holds nothing back. Finalising an invoice inserts one
`invoice_booking` row per booking it bills; the booking is the key, so a second invoice for
the same booking fails there, also when two colleagues (or two processes) finalise at the
same moment. Crediting removes the links so the booking can be billed again, correctly.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import Booking, Invoice, InvoiceBooking
from app.domain import bookings as rules
from app.domain.errors import Conflict
from app.i18n import translator

_ = translator("rooms")


def billed_booking_ids(session: Session, booking_ids: Iterable[int] | None = None, *,
                       renter_id: int | None = None) -> dict[int, int]:
    """booking id → the final invoice that bills it (of these bookings, or of this renter)."""
    query = select(InvoiceBooking.booking_id, InvoiceBooking.invoice_id)
    if booking_ids is not None:
        ids = list(booking_ids)
        if not ids:
            return {}
        query = query.where(InvoiceBooking.booking_id.in_(ids))
    if renter_id is not None:
        query = query.join(Invoice, Invoice.id == InvoiceBooking.invoice_id).where(Invoice.renter_id == renter_id)
    return dict(session.execute(query).all())


def cancelled_after_billing(session: Session, renter_id: int) -> list[tuple[Booking, int]]:
    """Bookings of a renter that were cancelled after a final invoice billed them, with that invoice."""
    query = (select(Booking, InvoiceBooking.invoice_id).join(InvoiceBooking, InvoiceBooking.booking_id == Booking.id)
             .where(Booking.renter_id == renter_id, Booking.status == rules.CANCELLED).order_by(Booking.local_start))
    return [(booking, invoice_id) for booking, invoice_id in session.execute(query)]


def _already_billed(session: Session, booking_ids: list[int]) -> Conflict:
    taken = billed_booking_ids(session, booking_ids)
    numbers = sorted({n for n in session.scalars(select(Invoice.number).where(Invoice.id.in_(set(taken.values())))) if n})
    return Conflict(_("{n} of these bookings have just been invoiced on {numbers} (by a colleague or another "
                      "invoice run); nothing was saved. Make the concepts again to invoice what is left.").format(
        n=len(taken) or len(booking_ids), numbers=", ".join(numbers) or _("another invoice")))


def claim(session: Session, invoice_id: int, booking_ids: Iterable[int]) -> None:
    """Links the bookings to this final invoice, or refuses with a Dutch message when one of
    them is billed already (the caller's transaction is then rolled back: nothing half-saved)."""
    ids = sorted(set(booking_ids))
    if not ids:
        return
    if billed_booking_ids(session, ids):
        raise _already_billed(session, ids)
    session.add_all([InvoiceBooking(booking_id=b, invoice_id=invoice_id) for b in ids])
    try:
        session.flush()
    except IntegrityError as error:  # another run committed these bookings after the check above
        raise Conflict(_("These bookings have just been invoiced by a colleague or another invoice run; "
                         "nothing was saved. Make the concepts again to invoice what is left.")) from error


def release(session: Session, invoice_id: int, booking_ids: Iterable[int] | None = None) -> set[int]:
    """Removes the links of a credited invoice (all, or these bookings); returns the bookings
    released. Concurrency-safe: a booking released by someone else is simply not returned."""
    query = delete(InvoiceBooking).where(InvoiceBooking.invoice_id == invoice_id)
    if booking_ids is not None:
        query = query.where(InvoiceBooking.booking_id.in_(list(booking_ids)))
    result = session.execute(query.returning(InvoiceBooking.booking_id))
    return set(result.scalars())
