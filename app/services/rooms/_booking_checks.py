"""What a booking is made of (BookingDraft) and the checks every write shares: the fields
are valid, the centre and the room are open, no other booking is in the way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Booking, Centre, Renter, Room, WorkingGroup
from app.domain import formatting
from app.domain import bookings as rules
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.rooms._booking_queries import local_range
from app.services.rooms._overlaps import clash_message, find_overlaps

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


COPIED_FIELDS = ("renter_id", "activity", "status", "expected_participants", "actual_participants", "public", "notes",
           "working_group_id", "rate_basis", "setup_minutes", "cleanup_minutes", "room_id")


class BookingChecks:
    """The steps BookingService's writes share; they run inside the caller's unit of work."""

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

    def _district_notices(self, session: Session, room: Room, draft: BookingDraft,
                          times: list[tuple[dt.datetime, dt.datetime]]) -> list[str]:
        """Warnings, not refusals: for a public evening activity, the public activities that
        another centre of the organisation already has on that evening (the district calendar;
        see rules.evening_of). The look-up crosses the centres on purpose and reads only what a
        coordinator of another centre may see: the centre's name, the activity and its time."""
        if not draft.public or draft.status == rules.CANCELLED:
            return []
        evenings = {day for day in (rules.evening_of(start, end) for start, end in times) if day is not None}
        if not evenings:
            return []
        first, last = local_range(min(evenings), max(evenings))
        query = (
            select(Centre.name, Booking.activity, Booking.local_start, Booking.local_end)
            .join(Centre, Centre.id == Booking.centre_id)
            .where(Booking.public.is_(True), Booking.status != rules.CANCELLED, Booking.centre_id != room.centre_id,
                   Booking.start_at >= first, Booking.start_at < last)
            .order_by(Booking.start_at, Centre.name)
            .execution_options(all_centres=True)
        )
        notices = []
        for centre, activity, start, end in session.execute(query):
            day = rules.evening_of(start, end)
            if day in evenings:
                notices.append(_("On {date} {centre} already has a public activity: {activity}, {start}–{end}.").format(
                    date=formatting.weekday_date(day), centre=centre, activity=activity,
                    start=f"{start:%H:%M}", end=f"{end:%H:%M}"))
        return notices

    def _new_booking(self, actor: Actor, draft: BookingDraft, start: dt.datetime, end: dt.datetime,
                     series_id: int | None = None) -> Booking:
        block = rules.block_for(start, end, draft.setup_minutes or 0, draft.cleanup_minutes or 0)
        values = {name: getattr(draft, name) for name in COPIED_FIELDS}
        return Booking(
            **values, start_at=block.start, end_at=block.end, block_start=block.block_start, block_end=block.block_end,
            local_start=start, local_end=end, series_id=series_id, original_date=start.date() if series_id else None,
            created_by=actor.username, cancel_reason="",
        )

    @staticmethod
    def _draft_of(booking: Booking) -> BookingDraft:
        return BookingDraft(
            **{name: getattr(booking, name) for name in COPIED_FIELDS}, local_start=booking.local_start, local_end=booking.local_end,
        )
