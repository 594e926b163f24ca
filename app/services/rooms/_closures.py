"""Closing days that act on the bookings they close.

Adding a closure (of the whole centre or of one room) or widening one first lists the live
bookings it hits (`hits`); the coordinator then decides for every one of them: cancel it with a
reason, or keep it explicitly. `close` and `widen` refuse while a hit is left undecided, and do
the closure, the cancellations and the series exceptions in one transaction. The rooms are
locked first, like a booking does, so no booking slips in between the list and the closure.
A cancelled booking on a live invoice comes back in the result, so the window can offer a
credit invoice through the invoices service.

`live_bookings_on_closing_days` is what `wijkhuis check` reports: bookings left live on a
closed day (public holidays included), also when the closure was written around the program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import migrate
from app.db.database import Database
from app.db.models import Booking, ClosingDay, Room
from app.domain import bookings as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.rooms._overlaps import lock_room
from app.services.rooms._closure_hits import (
    ClosureHit,
    cancel_for_closure,
    hits_for,
    live_bookings_between,
)
from app.services.common.records import load_for_update
from app.services.rooms._rooms import closing_problems, closing_row, liberation_every_year
from app.services.rooms.rows import ClosingRow

_ = translator("rooms")


@dataclass(frozen=True)
class ClosureResult:
    closing: ClosingRow
    cancelled: tuple[ClosureHit, ...]
    kept: tuple[ClosureHit, ...]

    @property
    def to_credit(self) -> tuple[ClosureHit, ...]:
        """Cancelled bookings on a final invoice: a credit invoice should be offered."""
        return tuple(h for h in self.cancelled if h.invoice_final)


class ClosureService:
    def __init__(self, db: Database):
        self.db = db

    def hits(self, actor: Actor, start: dt.date, end: dt.date, room_id: int | None = None, *,
             closing_id: int | None = None) -> list[ClosureHit]:
        """The live bookings a closure from `start` to `end` would hit (for a widened closure:
        leaving out the ones it already kept)."""
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:
            kept = self._kept(uow.session, closing_id)
            return hits_for(uow.session, live_bookings_between(uow.session, [(start, end)], room_id, kept))

    def close(self, actor: Actor, start: dt.date, end: dt.date, reason: str, *, room_id: int | None = None,
              cancel: Iterable[int] = (), keep: Iterable[int] = (), cancel_reason: str = "") -> ClosureResult:
        """A new closure; every live booking it hits is in `cancel` or in `keep`."""
        return self._save(actor, None, start, end, reason, room_id, set(cancel), set(keep), cancel_reason, None)

    def widen(self, actor: Actor, closing_id: int, start: dt.date, end: dt.date, reason: str, *,
              room_id: int | None = None, cancel: Iterable[int] = (), keep: Iterable[int] = (),
              cancel_reason: str = "", expected_version: int | None = None) -> ClosureResult:
        """Change a closure's days, room or reason; the bookings it newly hits are decided as in `close`."""
        return self._save(actor, closing_id, start, end, reason, room_id, set(cancel), set(keep), cancel_reason,
                          expected_version)

    def _save(self, actor: Actor, closing_id: int | None, start: dt.date, end: dt.date, reason: str,
              room_id: int | None, cancel: set[int], keep: set[int], cancel_reason: str,
              expected_version: int | None) -> ClosureResult:
        actor.require(Permission.MANAGE_ROOMS, _("manage closing days"))
        problems = closing_problems(start, end, reason)
        if cancel and not cancel_reason.strip():
            problems.append(FieldProblem("cancel_reason", _("give a reason for the cancellation")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            room_ids = [room_id] if room_id is not None else list(session.scalars(select(Room.id).order_by(Room.id)))
            for locked in room_ids:  # one order everywhere, as bookings do: no deadlock
                lock_room(session, locked)
            closing = None
            if closing_id is not None:
                closing = load_for_update(session, ClosingDay, closing_id, expected_version, _("The closing day"))
            already_kept = self._kept(session, closing_id)
            hit = live_bookings_between(session, [(start, end)], room_id, already_kept)
            undecided = [b for b in hit if b.id not in cancel and b.id not in keep]
            if undecided:
                raise Conflict(_("Decide for every booking on these days whether to cancel or keep it; "
                                 "not decided: {list}.").format(list="; ".join(
                                     f"{b.activity} {rules.when_text(b.local_start, b.local_end)}" for b in undecided[:5])))
            cancelling = [b for b in hit if b.id in cancel]
            keeping = [b for b in hit if b.id not in cancel]
            cancelled_rows = tuple(hits_for(session, cancelling, reason.strip()))
            kept_rows = tuple(hits_for(session, keeping, reason.strip()))
            kept_ids = sorted(already_kept | {b.id for b in keeping})
            if closing is None:
                closing = ClosingDay(start_date=start, end_date=end, reason=reason.strip(), room_id=room_id,
                                     kept_booking_ids=kept_ids)
                session.add(closing)
                session.flush()
                audit.record(session, actor, "create", "closing_day", closing.id, after=audit.snapshot(closing))
            else:
                before = audit.snapshot(closing)
                closing.start_date, closing.end_date, closing.reason = start, end, reason.strip()
                closing.room_id, closing.kept_booking_ids = room_id, kept_ids
                session.flush()
                old, new = audit.changed_fields(before, audit.snapshot(closing))
                audit.record(session, actor, "update", "closing_day", closing.id, before=old, after=new)
            cancel_for_closure(session, actor, cancelling, cancel_reason.strip())
            session.flush()
            uow.commit()
            names = {k: v for k, v in session.execute(select(Room.id, Room.name))}
            return ClosureResult(closing_row(closing, names), cancelled_rows, kept_rows)

    @staticmethod
    def _kept(session: Session, closing_id: int | None) -> set[int]:
        if closing_id is None:
            return set()
        closing = session.get(ClosingDay, closing_id)
        return set(closing.kept_booking_ids or ()) if closing is not None else set()


def live_bookings_on_closing_days(session: Session) -> list[ClosureHit]:
    """Bookings not cancelled on a day the centre or their room is closed (the centre's own
    closures and the public holidays), except those a closure explicitly kept."""
    first, last = session.execute(select(func.min(Booking.local_start), func.max(Booking.local_end)).where(
        Booking.status != rules.CANCELLED)).one()
    if first is None or last is None:
        return []
    start, end = first.date(), last.date()
    found: dict[int, ClosureHit] = {}
    for closing in session.scalars(select(ClosingDay).where(ClosingDay.start_date <= end, ClosingDay.end_date >= start)
                                   .order_by(ClosingDay.start_date)):
        bookings = live_bookings_between(session, [(closing.start_date, closing.end_date)], closing.room_id,
                                         closing.kept_booking_ids or ())
        for hit in hits_for(session, bookings, closing.reason):
            found.setdefault(hit.booking_id, hit)
    holidays = rules.public_holidays(start, end, liberation_every_year=liberation_every_year(session))
    spans = [(day, day) for day in sorted(holidays)]
    for index in range(0, len(spans), 50):
        bookings = [b for b in live_bookings_between(session, spans[index:index + 50]) if b.id not in found]
        for booking, hit in zip(bookings, hits_for(session, bookings), strict=True):
            found.setdefault(hit.booking_id, _with_reason(hit, holidays.get(booking.local_start.date(), "")))
    return sorted(found.values(), key=lambda h: (h.local_start, h.room_name))


def _with_reason(hit: ClosureHit, reason: str) -> ClosureHit:
    return replace(hit, closing_reason=reason)


def check_problems(session: Session) -> list[str]:
    """One line per live booking on a closing day, for `wijkhuis check`."""
    return [_("Booking {id} ({activity}, {room}, {when}) is live on a closing day: {reason}").format(
        id=h.booking_id, activity=h.activity, room=h.room_name, when=rules.when_text(h.local_start, h.local_end),
        reason=h.closing_reason) for h in live_bookings_on_closing_days(session)]


def closing_day_problems(db: Database) -> list[str]:
    """`check_problems` on its own read transaction; nothing when the schema is behind (the
    check says that already)."""
    if not migrate.is_at_head(db):
        return []
    with db.reader() as uow:
        return check_problems(uow.session)
