"""Booking rooms: single bookings, series, edits of one / following / all dates, cancelling.

No double bookings: every write locks the room (SELECT … FOR UPDATE on PostgreSQL; on SQLite
the unit of work began with BEGIN IMMEDIATE, which serialises writers) and only then looks for
an overlapping booking, in the same transaction as the insert. Two colleagues booking the same
slot at the same moment: the second one waits for the first, sees its booking and is refused.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Booking
from app.domain import bookings as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.rooms._booking_checks import ALL, FOLLOWING, THIS, BookingDraft
from app.services.rooms._overlaps import clash_message, find_overlap, find_overlaps, lock_room
from app.services.rooms._booking_queries import (
    BookingQueries,
    BookingRow,
    CalendarQueries,
    booking_row,
)
from app.services.rooms._series import PlannedDate, SeriesOperations, SeriesPlan, SeriesResult
from app.services.common.records import get_or_raise, load_for_update
from app.services.rooms._rooms import closed_dates

_ = translator("rooms")

__all__ = ["ALL", "FOLLOWING", "THIS", "BookingDraft", "BookingService", "PlannedDate", "SeriesPlan", "SeriesResult",
           "clash_message", "find_overlap", "find_overlaps"]


class BookingService(SeriesOperations, BookingQueries, CalendarQueries):
    """Single bookings, cancelling and the status here; series and scoped edits come from
    SeriesOperations (booking_series.py), the shared checks from BookingChecks
    (booking_checks.py), the reading from BookingQueries and CalendarQueries."""

    def __init__(self, db: Database):
        self.db = db

    # ---- single bookings ----
    def create(self, actor: Actor, draft: BookingDraft) -> BookingRow:
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            room, draft = self._validate(session, draft)
            lock_room(session, room.id)
            closed = closed_dates(session, draft.local_start.date(), draft.local_start.date(), room.id)
            problem = self._problem_for(session, room, draft, draft.local_start, draft.local_end, closed)
            if problem:
                raise Conflict(problem)
            booking = self._new_booking(actor, draft, draft.local_start, draft.local_end)
            session.add(booking)
            session.flush()
            audit.record(session, actor, "create", "booking", booking.id, after=audit.snapshot(booking))
            notices = self._district_notices(session, room, draft, [(draft.local_start, draft.local_end)])
            uow.commit()
            return replace(booking_row(session, booking), warnings=tuple(notices))

    def cancel(self, actor: Actor, booking_id: int, reason: str, *, scope: str = THIS,
               expected_version: int | None = None) -> list[BookingRow]:
        """Cancel one date (the series stays whole), this and the following dates, or all."""
        actor.require(Permission.EDIT_BOOKINGS, _("cancel bookings"))
        if not reason.strip():
            raise ValidationError(FieldProblem("cancel_reason", _("give a reason for the cancellation")))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            booking = load_for_update(session, Booking, booking_id, expected_version, _("The booking"))
            targets = [booking]
            if scope != THIS and booking.series_id is not None:
                query = select(Booking).where(Booking.series_id == booking.series_id)
                split = booking.original_date or booking.local_start.date()
                targets = [b for b in session.scalars(query)
                           if scope == ALL or (b.original_date or b.local_start.date()) >= split]
            for target in targets:
                if target.status == rules.CANCELLED:
                    continue
                before = {"status": target.status, "cancel_reason": target.cancel_reason}
                target.status, target.cancel_reason = rules.CANCELLED, reason.strip()
                audit.record(session, actor, "cancel", "booking", target.id, before=before,
                             after={"status": target.status, "cancel_reason": target.cancel_reason}, detail=scope)
            uow.commit()
            return [booking_row(session, t) for t in targets]

    def set_status(self, actor: Actor, booking_id: int, status: str, *, expected_version: int | None = None) -> BookingRow:
        """Confirm an option (or turn a confirmed booking back into an option)."""
        actor.require(Permission.EDIT_BOOKINGS, _("change bookings"))
        if status == rules.CANCELLED:
            raise ValidationError(FieldProblem("status", _("use Cancel, with a reason")))
        with self.db.unit_of_work(actor) as uow:
            booking = get_or_raise(uow.session, Booking, booking_id, _("Booking"))
            draft = replace(self._draft_of(booking), status=status)
        return self.update(actor, booking_id, draft, expected_version=expected_version)[0]
