"""Booking rooms: single bookings, series, edits of one / following / all dates, cancelling.

No double bookings: every write locks the room (SELECT … FOR UPDATE on PostgreSQL; on SQLite
the unit of work began with BEGIN IMMEDIATE, which serialises writers) and only then looks for
an overlapping booking, in the same transaction as the insert. Two colleagues booking the same
slot at the same moment: the second one waits for the first, sees its booking and is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from sqlalchemy import Integer, String, bindparam, column, select, text
from sqlalchemy.orm import Session

from app.db.base import UTCDateTime
from app.db.database import Database
from app.db.models import Booking, BookingSeries, Renter, Room, WorkingGroup
from app.domain import bookings as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.recurrence import Recurrence
from app.i18n import translator
from app.services import audit
from app.services.actor import Actor
from app.services.booking_queries import BookingQueries, BookingRow, CalendarQueries, booking_row
from app.services.records import get_or_raise, load_for_update
from app.services.rooms import closed_dates

_ = translator("rooms")

THIS, FOLLOWING, ALL = "this", "following", "all"


@dataclass(frozen=True)
class BookingDraft:
    room_id: int
    activity: str
    local_start: dt.datetime
    local_end: dt.datetime
    renter_id: int | None = None
    setup_minutes: int | None = None  # None: the room's default
    cleanup_minutes: int | None = None
    status: str = rules.CONFIRMED
    expected_participants: int | None = None
    actual_participants: int | None = None
    public: bool = False
    notes: str = ""
    working_group_id: int | None = None
    rate_basis: str = rules.PER_HOUR


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


_COPIED = ("renter_id", "activity", "status", "expected_participants", "actual_participants", "public", "notes",
           "working_group_id", "rate_basis", "setup_minutes", "cleanup_minutes", "room_id")


def _lock_room(session: Session, room_id: int) -> Room:
    room = session.scalars(select(Room).where(Room.id == room_id).with_for_update()).first()
    if room is None:
        raise ValidationError(FieldProblem("room_id", _("choose a room")))
    return room


_CHUNK = 64


@lru_cache(maxsize=8)
def _overlap_statement(size: int):
    """An OR of `size` index range conditions on (room_id, block_start), built once per size
    as plain SQL with typed parameters: building and caching a 64-term expression on every
    check would cost more than running it."""
    terms = " OR ".join(
        f"(b.room_id = :room AND b.block_start < :end_{i} AND b.block_start >= :back_{i} AND b.block_end > :start_{i})"
        for i in range(size))
    instant = UTCDateTime()
    statement = text(
        "SELECT b.id, b.block_start, b.block_end, b.local_start, b.local_end, b.activity, b.status, "
        "b.setup_minutes, b.cleanup_minutes, r.name AS renter, w.name AS working_group "
        "FROM booking b LEFT JOIN renter r ON r.id = b.renter_id LEFT JOIN working_group w ON w.id = b.working_group_id "
        f"WHERE ({terms}) AND b.status != :cancelled ORDER BY b.block_start"
    ).bindparams(*[bindparam(f"{kind}_{i}", type_=instant) for i in range(size) for kind in ("end", "back", "start")])
    # Times come back as the driver gives them (SQLite: text) and are read by `_instant`, which
    # is many times faster than the generic SQLite date parsing for a few hundred values.
    return statement.columns(
        column("id", Integer), column("block_start"), column("block_end"),
        column("local_start"), column("local_end"), column("activity", String),
        column("status", String), column("setup_minutes", Integer), column("cleanup_minutes", Integer),
        column("renter", String), column("working_group", String))


class Overlap:
    """A booking in the way, read straight from the row; its wall-clock times are only parsed
    when a message names it."""

    __slots__ = ("_row", "block_start", "block_end")

    def __init__(self, row) -> None:
        self._row = row
        self.block_start = _instant(row.block_start, True)
        self.block_end = _instant(row.block_end, True)

    def __getattr__(self, name: str):
        value = getattr(self._row, name)
        return _instant(value, False) if name in ("local_start", "local_end") else value


def _instant(value, aware: bool) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if aware:
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value.replace(tzinfo=None)


def find_overlaps(session: Session, room_id: int, blocks: list[rules.Block],
                  exclude: set[int] | frozenset[int] = frozenset()) -> list:
    """For each block, the first live booking of the room whose buffered time overlaps it
    (half-open), or None. One statement per 64 blocks: an OR of index range conditions on
    (room_id, block_start), each bounded by the longest possible booking, so the work grows
    with the bookings near the asked times and not with all bookings stored."""
    found: list = [None] * len(blocks)
    for offset in range(0, len(blocks), _CHUNK):
        chunk = blocks[offset:offset + _CHUNK]
        size = next(n for n in (1, 8, _CHUNK) if n >= len(chunk))
        padded = chunk + [chunk[-1]] * (size - len(chunk))
        params: dict = {"room": room_id, "cancelled": rules.CANCELLED}
        for i, block in enumerate(padded):
            params[f"end_{i}"] = block.block_end
            params[f"back_{i}"] = block.block_start - rules.MAX_BLOCK
            params[f"start_{i}"] = block.block_start
        rows = [Overlap(r) for r in session.execute(_overlap_statement(size), params) if r.id not in exclude]
        for index, block in enumerate(chunk, start=offset):
            for row in rows:
                if row.block_start < block.block_end and row.block_end > block.block_start:
                    found[index] = row
                    break
    return found


def find_overlap(session: Session, room_id: int, block: rules.Block,
                 exclude: set[int] | frozenset[int] = frozenset()):
    return find_overlaps(session, room_id, [block], exclude)[0]


def clash_message(room: Room, other) -> str:
    """Names the booking in the way: who, what, when (and its buffers)."""
    text = _("{room} is already booked by {who} ({activity}, {status}) on {when}").format(
        room=room.name, who=other.renter or other.working_group or "—", activity=other.activity,
        status=rules.status_names()[other.status], when=rules.when_text(other.local_start, other.local_end))
    if other.setup_minutes or other.cleanup_minutes:
        text += " " + _("including set-up and clean-up {start}–{end}").format(
            start=rules.to_local(other.block_start).strftime("%H:%M"), end=rules.to_local(other.block_end).strftime("%H:%M"))
    return text + "."


class BookingService(BookingQueries, CalendarQueries):
    def __init__(self, db: Database):
        self.db = db

    # ---- checks shared by every write ----
    def _validate(self, session: Session, draft: BookingDraft) -> tuple[Room, BookingDraft]:
        problems = []
        if not draft.activity.strip():
            problems.append(FieldProblem("activity", _("say what happens (the activity)")))
        if draft.renter_id is None and draft.working_group_id is None:
            problems.append(FieldProblem("renter_id", _("choose a renter or a working group")))
        if draft.status not in rules.STATUSES:
            problems.append(FieldProblem("status", _("choose option, confirmed or cancelled")))
        if draft.rate_basis not in (rules.PER_HOUR, rules.PER_DAY_PART):
            problems.append(FieldProblem("rate_basis", _("per hour or per day part")))
        for name in ("expected_participants", "actual_participants"):
            value = getattr(draft, name)
            if value is not None and value < 0:
                problems.append(FieldProblem(name, _("cannot be negative")))
        room = session.get(Room, draft.room_id)
        if room is None:
            problems.append(FieldProblem("room_id", _("choose a room")))
        else:
            draft = replace(
                draft, activity=draft.activity.strip(),
                setup_minutes=room.setup_minutes if draft.setup_minutes is None else draft.setup_minutes,
                cleanup_minutes=room.cleanup_minutes if draft.cleanup_minutes is None else draft.cleanup_minutes,
            )
            problems += [FieldProblem(f, m) for f, m in rules.time_problems(
                draft.local_start, draft.local_end, draft.setup_minutes, draft.cleanup_minutes)]
        if draft.renter_id is not None and session.get(Renter, draft.renter_id) is None:
            problems.append(FieldProblem("renter_id", _("this renter does not exist (any more)")))
        if draft.working_group_id is not None and session.get(WorkingGroup, draft.working_group_id) is None:
            problems.append(FieldProblem("working_group_id", _("this working group does not exist (any more)")))
        if room is not None and room.capacity and (draft.expected_participants or 0) > room.capacity:
            problems.append(FieldProblem("expected_participants", _("{room} holds at most {n} people").format(
                room=room.name, n=room.capacity)))
        if problems:
            raise ValidationError(problems)
        return room, draft  # type: ignore[return-value]

    def _date_problem(self, session: Session, room: Room, start: dt.datetime, end: dt.datetime,
                      closed: dict[dt.date, str]) -> str:
        if start.date() in closed:
            return _("the centre is closed on {date} ({reason})").format(
                date=rules.when_text(start, end).split(" ")[1], reason=closed[start.date()])
        if not rules.within_opening(room.opening_hours, start, end):
            hours = rules.opening_for(room.opening_hours, start.date())
            if hours is None:
                return _("{room} is closed on {day}").format(room=room.name, day=rules.weekday_label(start.weekday()).lower())
            return _("{room} is open on {day} from {opens} to {closes}").format(
                room=room.name, day=rules.weekday_label(start.weekday()).lower(),
                opens=hours[0].strftime("%H:%M"), closes=hours[1].strftime("%H:%M"))
        return ""

    def _problem_for(self, session: Session, room: Room, draft: BookingDraft, start: dt.datetime, end: dt.datetime,
                     closed: dict[dt.date, str], exclude: set[int] | frozenset[int] = frozenset()) -> str:
        return self._problems_for(session, room, draft, [(start, end)], closed, exclude)[0]

    def _problems_for(self, session: Session, room: Room, draft: BookingDraft,
                      times: list[tuple[dt.datetime, dt.datetime]], closed: dict[dt.date, str],
                      exclude: set[int] | frozenset[int] = frozenset()) -> list[str]:
        """Why each of these times cannot be booked ("" when it can): closed, outside the
        opening hours, or another booking in the way (named)."""
        problems = [self._date_problem(session, room, start, end, closed) for start, end in times]
        if draft.status == rules.CANCELLED:
            return problems
        open_times = [i for i, problem in enumerate(problems) if not problem]
        blocks = [rules.block_for(times[i][0], times[i][1], draft.setup_minutes or 0, draft.cleanup_minutes or 0)
                  for i in open_times]
        for i, other in zip(open_times, find_overlaps(session, room.id, blocks, exclude), strict=True):
            if other is not None:
                problems[i] = clash_message(room, other)
        return problems

    def _new_booking(self, actor: Actor, draft: BookingDraft, start: dt.datetime, end: dt.datetime,
                     series_id: int | None = None) -> Booking:
        block = rules.block_for(start, end, draft.setup_minutes or 0, draft.cleanup_minutes or 0)
        values = {name: getattr(draft, name) for name in _COPIED}
        return Booking(
            **values, start_at=block.start, end_at=block.end, block_start=block.block_start, block_end=block.block_end,
            local_start=start, local_end=end, series_id=series_id, original_date=start.date() if series_id else None,
            created_by=actor.username, cancel_reason="",
        )

    # ---- single bookings ----
    def create(self, actor: Actor, draft: BookingDraft) -> BookingRow:
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work() as uow:
            session = uow.session
            room, draft = self._validate(session, draft)
            _lock_room(session, room.id)
            closed = closed_dates(session, draft.local_start.date(), draft.local_start.date())
            problem = self._problem_for(session, room, draft, draft.local_start, draft.local_end, closed)
            if problem:
                raise Conflict(problem)
            booking = self._new_booking(actor, draft, draft.local_start, draft.local_end)
            session.add(booking)
            session.flush()
            audit.record(session, actor, "create", "booking", booking.id, after=audit.snapshot(booking))
            uow.commit()
            return booking_row(session, booking)

    # ---- series ----
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
        closed = closed_dates(session, dates[0], dates[-1])
        times = [(dt.datetime.combine(day, draft.local_start.time()),
                  dt.datetime.combine(day + dt.timedelta(days=duration_days), draft.local_end.time())) for day in dates]
        problems = self._problems_for(session, room, draft, times, closed, exclude)
        return SeriesPlan(tuple(PlannedDate(day, start, end, problem)
                                for day, (start, end), problem in zip(dates, times, problems, strict=True)))

    def plan_series(self, actor: Actor, draft: BookingDraft, recurrence: Recurrence) -> SeriesPlan:
        """Every date of the series with what stands in its way (a booking, a closing day):
        shown to the user before anything is booked."""
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader() as uow:
            room, draft = self._validate(uow.session, draft)
            return self._plan(uow.session, room, draft, recurrence, draft.local_start.date())

    def create_series(self, actor: Actor, draft: BookingDraft, recurrence: Recurrence, *,
                      skip_clashes: bool = False) -> SeriesResult:
        """Book every free date. With clashes, nothing is booked unless the user agreed to
        skip them (`skip_clashes`); the skipped dates are kept as exceptions of the series."""
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work() as uow:
            session = uow.session
            room, draft = self._validate(session, draft)
            _lock_room(session, room.id)
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
                rule=recurrence.to_dict(), exceptions=[], created_by=actor.username,
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
        return SeriesResult(series.id, tuple(booked), tuple(clashing))  # type: ignore[arg-type]

    def make_series(self, actor: Actor, booking_id: int, recurrence: Recurrence, *, skip_clashes: bool = False,
                    expected_version: int | None = None) -> SeriesResult:
        """Turn a single booking into a series starting on its date (the booking itself stays)."""
        actor.require(Permission.EDIT_BOOKINGS, _("book rooms"))
        with self.db.unit_of_work() as uow:
            session = uow.session
            booking = load_for_update(session, Booking, booking_id, expected_version, _("The booking"))
            if booking.series_id is not None:
                raise Conflict(_("This booking is already part of a series."))
            draft = self._draft_of(booking)
            room = _lock_room(session, booking.room_id)
            first = booking.local_start.date()
            plan = self._plan(session, room, draft, recurrence, first, exclude={booking.id}, skip_first=True)
            series = BookingSeries(
                room_id=room.id, renter_id=booking.renter_id, activity=booking.activity,
                start_time=booking.local_start.time(), end_time=booking.local_end.time(), first_date=first,
                rule=recurrence.to_dict(), exceptions=[], created_by=actor.username,
            )
            session.add(series)
            session.flush()
            booking.series_id, booking.original_date = series.id, first
            result = self._book_plan(session, actor, room, draft, recurrence, plan, skip_clashes, first, series)
            uow.commit()
            rows = (booking_row(session, booking), *(booking_row(session, b) for b in result.booked))  # type: ignore[arg-type]
            return replace(result, booked=rows)

    @staticmethod
    def _draft_of(booking: Booking) -> BookingDraft:
        return BookingDraft(
            **{name: getattr(booking, name) for name in _COPIED}, local_start=booking.local_start, local_end=booking.local_end,
        )

    # ---- edits ----
    def update(self, actor: Actor, booking_id: int, draft: BookingDraft, *, scope: str = THIS,
               expected_version: int | None = None) -> list[BookingRow]:
        """Save the edited booking; with scope "following" or "all", the fields the user changed
        (not the ones left alone) go to those dates of the series too. A new date or time of
        day moves this one booking (scope "this"); for the others only the time of day moves."""
        actor.require(Permission.EDIT_BOOKINGS, _("change bookings"))
        if scope not in (THIS, FOLLOWING, ALL):
            raise ValueError(scope)
        with self.db.unit_of_work() as uow:
            session = uow.session
            booking = load_for_update(session, Booking, booking_id, expected_version, _("The booking"))
            room, draft = self._validate(session, draft)
            old = self._draft_of(booking)
            changed = [f.name for f in fields(BookingDraft) if getattr(old, f.name) != getattr(draft, f.name)]
            targets = [booking]
            if scope != THIS and booking.series_id is not None:
                targets = self._series_targets(session, actor, booking, scope)
            for room_id in sorted({draft.room_id, old.room_id}):  # one order everywhere: no deadlock between two moves
                _lock_room(session, room_id)
            exclude = {b.id for b in targets}
            closed_from = min(b.local_start.date() for b in targets) if len(targets) > 1 else draft.local_start.date()
            closed_to = max(b.local_start.date() for b in targets) if len(targets) > 1 else draft.local_start.date()
            closed = closed_dates(session, min(closed_from, draft.local_start.date()), max(closed_to, draft.local_start.date()))
            time_changed = old.local_start.time() != draft.local_start.time() or old.local_end.time() != draft.local_end.time()
            problems = []
            for target in targets:
                before = audit.snapshot(target)
                if target is booking:
                    new = draft
                else:
                    new = replace(self._draft_of(target), **{n: getattr(draft, n) for n in changed if n in _COPIED})
                    if time_changed:
                        day = target.local_start.date()
                        span = (draft.local_end.date() - draft.local_start.date()).days
                        new = replace(new, local_start=dt.datetime.combine(day, draft.local_start.time()),
                                      local_end=dt.datetime.combine(day + dt.timedelta(days=span), draft.local_end.time()))
                moved = (new.local_start, new.local_end, new.room_id, new.setup_minutes, new.cleanup_minutes) != (
                    target.local_start, target.local_end, target.room_id, target.setup_minutes, target.cleanup_minutes)
                revived = target.status == rules.CANCELLED and new.status != rules.CANCELLED
                if moved or revived:
                    problem = self._problem_for(session, room, new, new.local_start, new.local_end, closed, exclude)
                    if problem:
                        problems.append(problem)
                        continue
                self._apply(target, new)
                session.flush()
                old_values, new_values = audit.changed_fields(before, audit.snapshot(target))
                if new_values:
                    audit.record(session, actor, "update", "booking", target.id, before=old_values, after=new_values,
                                 detail=scope)
            if problems:
                raise Conflict(_("Nothing was changed: {list}").format(list=" ".join(problems[:5])))
            if scope != THIS and booking.series_id is not None:
                self._follow_series(session, booking.series_id, draft, changed, time_changed)
            uow.commit()
            return [booking_row(session, t) for t in targets]

    @staticmethod
    def _follow_series(session: Session, series_id: int, draft: BookingDraft, changed: list[str], time_changed: bool) -> None:
        """The series remembers what its dates now share (shown in lists and the calendar file)."""
        series = session.get(BookingSeries, series_id)
        if series is None:
            return
        for name in ("activity", "renter_id", "room_id"):
            if name in changed:
                setattr(series, name, getattr(draft, name))
        if time_changed:
            series.start_time, series.end_time = draft.local_start.time(), draft.local_end.time()

    @staticmethod
    def _apply(target: Booking, new: BookingDraft) -> None:
        for name in _COPIED:
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
            exceptions=[d for d in old.exceptions if d >= split.isoformat()], created_by=actor.username,
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

    def cancel(self, actor: Actor, booking_id: int, reason: str, *, scope: str = THIS,
               expected_version: int | None = None) -> list[BookingRow]:
        """Cancel one date (the series stays whole), this and the following dates, or all."""
        actor.require(Permission.EDIT_BOOKINGS, _("cancel bookings"))
        if not reason.strip():
            raise ValidationError(FieldProblem("cancel_reason", _("give a reason for the cancellation")))
        with self.db.unit_of_work() as uow:
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
        with self.db.unit_of_work() as uow:
            booking = get_or_raise(uow.session, Booking, booking_id, _("Booking"))
            draft = replace(self._draft_of(booking), status=status)
        return self.update(actor, booking_id, draft, expected_version=expected_version)[0]

    def get_series(self, actor: Actor, series_id: int) -> tuple[Recurrence, list[str], list[BookingRow]]:
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader() as uow:
            series = get_or_raise(uow.session, BookingSeries, series_id, _("Series"))
            rows = [booking_row(uow.session, b) for b in uow.session.scalars(
                select(Booking).where(Booking.series_id == series_id).order_by(Booking.local_start))]
            return Recurrence.from_dict(series.rule), list(series.exceptions), rows
