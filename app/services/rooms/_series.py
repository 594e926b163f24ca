"""Series of bookings: planning the dates and their clashes, booking a series, turning a
single booking into one, and edits of this date / this and the following dates / all dates
(splitting the series where "this and following" starts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Booking, BookingSeries, Room
from app.domain import bookings as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.recurrence import Recurrence
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.rooms._booking_checks import (
    COPIED_FIELDS,
    ALL,
    FOLLOWING,
    THIS,
    BookingChecks,
    BookingDraft,
)
from app.services.rooms._overlaps import lock_room
from app.services.rooms._booking_queries import BookingRow, booking_row
from app.services.common.records import get_or_raise, load_for_update
from app.services.rooms._rooms import closed_dates

_ = translator("rooms")


@dataclass(frozen=True)
class PlannedDate:
    date: dt.date
    local_start: dt.datetime
    local_end: dt.datetime
    clash: str = ""  # why this date cannot be booked; empty when it is free


@dataclass(frozen=True)
class SeriesPlan:
    dates: tuple[PlannedDate, ...]

    @property
    def free(self) -> list[PlannedDate]:
        return [d for d in self.dates if not d.clash]

    @property
    def clashing(self) -> list[PlannedDate]:
        return [d for d in self.dates if d.clash]


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    booked: tuple[BookingRow, ...]
    skipped: tuple[PlannedDate, ...]
    # Booked, but worth knowing: another centre's public activity on the same evening.
    warnings: tuple[str, ...] = ()


class SeriesOperations(BookingChecks):
    """BookingService's series and scoped edits (a mixin: `self.db` comes from the service)."""

    db: Database

    def _plan(self, session: Session, room: Room, draft: BookingDraft, recurrence: Recurrence, first: dt.date,
              exclude: set[int] | frozenset[int] = frozenset(), skip_first: bool = False) -> SeriesPlan:
        problems = recurrence.problems()
        if problems:
            raise ValidationError([FieldProblem("recurrence", p) for p in problems])
        dates = recurrence.dates(first)
        if skip_first:
            dates = [d for d in dates if d != first]
        if not dates:
            raise ValidationError(FieldProblem("recurrence", _("these rules give no dates")))
        duration_days = (draft.local_end.date() - draft.local_start.date()).days
        closed = closed_dates(session, dates[0], dates[-1], room.id)
        times = [(dt.datetime.combine(day, draft.local_start.time()),
                  dt.datetime.combine(day + dt.timedelta(days=duration_days), draft.local_end.time())) for day in dates]
        problems = self._problems_for(session, room, draft, times, closed, exclude)
        return SeriesPlan(tuple(PlannedDate(day, start, end, problem)
                                for day, (start, end), problem in zip(dates, times, problems, strict=True)))

    def plan_series(self, actor: Actor, draft: BookingDraft, recurrence: Recurrence) -> SeriesPlan:
        """Every date of the series with what stands in its way (a booking, a closing day):
        shown to the user before anything is booked."""
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:
            room, draft = self._validate(uow.session, draft)
            return self._plan(uow.session, room, draft, recurrence, draft.local_start.date())

    def district_notices(self, actor: Actor, draft: BookingDraft, recurrence: Recurrence | None = None) -> list[str]:
        """What saving this draft would point out, asked while the form is still being filled
        in: another centre's public activity on the same evening (on every free date of a
        series). Reads only; the draft need not be complete (no activity or renter yet), only
        its room, times, status and whether it is public count."""
        actor.require(Permission.VIEW, _("see the bookings"))
        if not draft.public or draft.local_end <= draft.local_start:
            return []
        with self.db.reader(actor) as uow:
            session = uow.session
            room = get_or_raise(session, Room, draft.room_id, _("The room"))
            if recurrence is None:
                times = [(draft.local_start, draft.local_end)]
            else:
                plan = self._plan(session, room, draft, recurrence, draft.local_start.date())
                times = [(d.local_start, d.local_end) for d in plan.free]
            return self._district_notices(session, room, draft, times)

    def create_series(self, actor: Actor, draft: BookingDraft, recurrence: Recurrence, *,
                      skip_clashes: bool = False) -> SeriesResult:
        """Book every free date. With clashes, nothing is booked unless the user agreed to
        skip them (`skip_clashes`); the skipped dates are kept as exceptions of the series."""
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            room, draft = self._validate(session, draft)
            lock_room(session, room.id)
            plan = self._plan(session, room, draft, recurrence, draft.local_start.date())
            result = self._book_plan(session, actor, room, draft, recurrence, plan, skip_clashes, draft.local_start.date())
            uow.commit()
            return replace(result, booked=tuple(booking_row(session, b) for b in result.booked))  # type: ignore[arg-type]

    def _book_plan(self, session: Session, actor: Actor, room: Room, draft: BookingDraft, recurrence: Recurrence,
                   plan: SeriesPlan, skip_clashes: bool, first: dt.date, series: BookingSeries | None = None) -> SeriesResult:
        clashing = plan.clashing
        if clashing and not skip_clashes:
            listed = "; ".join(f"{rules.when_text(d.local_start, d.local_end)}: {d.clash}" for d in clashing[:5])
            more = len(clashing) - 5
            raise Conflict(
                _("{n} of the {total} dates clash, nothing was booked: {list}").format(
                    n=len(clashing), total=len(plan.dates), list=listed)
                + (" " + _("and {n} more.").format(n=more) if more > 0 else ""))
        if not plan.free:
            raise Conflict(_("Every date of this series clashes; nothing was booked."))
        if series is None:
            series = BookingSeries(
                room_id=room.id, renter_id=draft.renter_id, activity=draft.activity,
                start_time=draft.local_start.time(), end_time=draft.local_end.time(), first_date=first,
                rule=recurrence.to_dict(), exceptions=[], public=draft.public, created_by=actor.username,
            )
            session.add(series)
            session.flush()
        series.exceptions = sorted(set(series.exceptions) | {d.date.isoformat() for d in clashing})
        booked = []
        for planned in plan.free:
            booking = self._new_booking(actor, draft, planned.local_start, planned.local_end, series.id)
            session.add(booking)
            booked.append(booking)
        session.flush()
        audit.record(session, actor, "create", "booking_series", series.id, after={
            **audit.snapshot(series), "booking_ids": [b.id for b in booked],
        }, detail=_("{n} dates booked, {m} skipped").format(n=len(booked), m=len(clashing)))
        notices = self._district_notices(session, room, draft, [(d.local_start, d.local_end) for d in plan.free])
        return SeriesResult(series.id, tuple(booked), tuple(clashing), tuple(notices))  # type: ignore[arg-type]

    def make_series(self, actor: Actor, booking_id: int, recurrence: Recurrence, *, skip_clashes: bool = False,
                    expected_version: int | None = None) -> SeriesResult:
        """Turn a single booking into a series starting on its date (the booking itself stays)."""
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            booking = load_for_update(session, Booking, booking_id, expected_version, _("The booking"))
            if booking.series_id is not None:
                raise Conflict(_("This booking is already part of a series."))
            draft = self._draft_of(booking)
            room = lock_room(session, booking.room_id)
            first = booking.local_start.date()
            plan = self._plan(session, room, draft, recurrence, first, exclude={booking.id}, skip_first=True)
            series = BookingSeries(
                room_id=room.id, renter_id=booking.renter_id, activity=booking.activity,
                start_time=booking.local_start.time(), end_time=booking.local_end.time(), first_date=first,
                rule=recurrence.to_dict(), exceptions=[], public=booking.public, created_by=actor.username,
            )
            session.add(series)
            session.flush()
            booking.series_id, booking.original_date = series.id, first
            result = self._book_plan(session, actor, room, draft, recurrence, plan, skip_clashes, first, series)
            uow.commit()
            rows = (booking_row(session, booking), *(booking_row(session, b) for b in result.booked))  # type: ignore[arg-type]
            return replace(result, booked=rows)

    # ---- edits ----
    def update(self, actor: Actor, booking_id: int, draft: BookingDraft, *, scope: str = THIS,
               expected_version: int | None = None) -> list[BookingRow]:
        """Save the edited booking; with scope "following" or "all", the fields the user changed
        (not the ones left alone) go to those dates of the series too. A new date or time of
        day moves this one booking (scope "this"); for the others only the time of day moves."""
        actor.require(Permission.EDIT_BOOKINGS, _("change bookings"))
        if scope not in (THIS, FOLLOWING, ALL):
            raise ValueError(scope)
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            booking = load_for_update(session, Booking, booking_id, expected_version, _("The booking"))
            room, draft = self._validate(session, draft)
            old = self._draft_of(booking)
            changed = [f.name for f in fields(BookingDraft) if getattr(old, f.name) != getattr(draft, f.name)]
            targets = [booking]
            if scope != THIS and booking.series_id is not None:
                targets = self._series_targets(session, actor, booking, scope)
            for room_id in sorted({draft.room_id, old.room_id}):  # one order everywhere: no deadlock between two moves
                lock_room(session, room_id)
            exclude = {b.id for b in targets}
            closed_from = min(b.local_start.date() for b in targets) if len(targets) > 1 else draft.local_start.date()
            closed_to = max(b.local_start.date() for b in targets) if len(targets) > 1 else draft.local_start.date()
            closed = closed_dates(session, min(closed_from, draft.local_start.date()), max(closed_to, draft.local_start.date()),
                                  room.id)
            time_changed = old.local_start.time() != draft.local_start.time() or old.local_end.time() != draft.local_end.time()
            problems = []
            saved: list[tuple[dt.datetime, dt.datetime]] = []
            for target in targets:
                before = audit.snapshot(target)
                if target is booking:
                    new = draft
                else:
                    new = replace(self._draft_of(target), **{n: getattr(draft, n) for n in changed if n in COPIED_FIELDS})
                    if time_changed:
                        day = target.local_start.date()
                        span = (draft.local_end.date() - draft.local_start.date()).days
                        new = replace(new, local_start=dt.datetime.combine(day, draft.local_start.time()),
                                      local_end=dt.datetime.combine(day + dt.timedelta(days=span), draft.local_end.time()))
                moved = (new.local_start, new.local_end, new.room_id, new.setup_minutes, new.cleanup_minutes) != (
                    target.local_start, target.local_end, target.room_id, target.setup_minutes, target.cleanup_minutes)
                revived = target.status == rules.CANCELLED and new.status != rules.CANCELLED
                if (moved and new.status != rules.CANCELLED) or revived:  # a cancelled date may sit on a closed day
                    problem = self._problem_for(session, room, new, new.local_start, new.local_end, closed, exclude)
                    if problem:
                        problems.append(problem)
                        continue
                self._apply(target, new)
                session.flush()
                if new.public and new.status != rules.CANCELLED:
                    saved.append((new.local_start, new.local_end))
                old_values, new_values = audit.changed_fields(before, audit.snapshot(target))
                if new_values:
                    audit.record(session, actor, "update", "booking", target.id, before=old_values, after=new_values,
                                 detail=scope)
            if problems:
                raise Conflict(_("Nothing was changed: {list}").format(list=" ".join(problems[:5])))
            if scope != THIS and booking.series_id is not None:
                self._follow_series(session, booking.series_id, draft, changed, time_changed)
            notices = tuple(self._district_notices(session, room, replace(draft, public=True, status=rules.CONFIRMED), saved))
            uow.commit()
            rows = [booking_row(session, t) for t in targets]
            return [replace(rows[0], warnings=notices), *rows[1:]]

    @staticmethod
    def _follow_series(session: Session, series_id: int, draft: BookingDraft, changed: list[str], time_changed: bool) -> None:
        """The series remembers what its dates now share (shown in lists and the calendar file)."""
        series = session.get(BookingSeries, series_id)
        if series is None:
            return
        for name in ("activity", "renter_id", "room_id", "public"):
            if name in changed:
                setattr(series, name, getattr(draft, name))
        if time_changed:
            series.start_time, series.end_time = draft.local_start.time(), draft.local_end.time()

    @staticmethod
    def _apply(target: Booking, new: BookingDraft) -> None:
        for name in COPIED_FIELDS:
            setattr(target, name, getattr(new, name))
        block = rules.block_for(new.local_start, new.local_end, new.setup_minutes or 0, new.cleanup_minutes or 0)
        target.local_start, target.local_end = new.local_start, new.local_end
        target.start_at, target.end_at, target.block_start, target.block_end = block.start, block.end, block.block_start, block.block_end
        if new.status != rules.CANCELLED:
            target.cancel_reason = ""

    def _series_targets(self, session: Session, actor: Actor, booking: Booking, scope: str) -> list[Booking]:
        query = select(Booking).where(Booking.series_id == booking.series_id).order_by(Booking.local_start)
        targets = list(session.scalars(query))
        if scope == FOLLOWING:
            split = booking.original_date or booking.local_start.date()
            targets = [b for b in targets if (b.original_date or b.local_start.date()) >= split]
            self._split_series(session, actor, booking.series_id, split, targets)  # type: ignore[arg-type]
        return [booking] + [t for t in targets if t.id != booking.id]

    def _split_series(self, session: Session, actor: Actor, series_id: int, split: dt.date, moving: list[Booking]) -> None:
        """"This and following": the old series stops before `split`, a new one carries on."""
        old = session.get(BookingSeries, series_id)
        if old is None or old.first_date >= split:
            return
        rule = Recurrence.from_dict(old.rule)
        new = BookingSeries(
            room_id=old.room_id, renter_id=old.renter_id, activity=old.activity, start_time=old.start_time,
            end_time=old.end_time, first_date=split, rule=rule.starting_at(old.first_date, split).to_dict(),
            exceptions=[d for d in old.exceptions if d >= split.isoformat()], public=old.public, created_by=actor.username,
        )
        session.add(new)
        session.flush()
        before = audit.snapshot(old)
        old.rule = rule.ending_before(old.first_date, split).to_dict()
        old.exceptions = [d for d in old.exceptions if d < split.isoformat()]
        for booking in moving:
            booking.series_id = new.id
        session.flush()
        audit.record(session, actor, "split", "booking_series", old.id, before={"rule": before["rule"]},
                     after={"rule": old.rule, "new_series_id": new.id})

    def get_series(self, actor: Actor, series_id: int) -> tuple[Recurrence, list[str], list[BookingRow]]:
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:
            series = get_or_raise(uow.session, BookingSeries, series_id, _("Series"))
            rows = [booking_row(uow.session, b) for b in uow.session.scalars(
                select(Booking).where(Booking.series_id == series_id).order_by(Booking.local_start))]
            return Recurrence.from_dict(series.rule), list(series.exceptions), rows
