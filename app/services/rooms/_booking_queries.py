"""Reading bookings: the rows of a day/week/month view, one booking, free slots, occupancy.

Range queries ask "starts before the end AND ends after the start" plus a bounded look-back
(no booking is longer than `MAX_BLOCK`), so the database walks the index on the start time
over the shown period only: a week loads as fast with 100.000 bookings as with 100.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Booking, BookingSeries, Centre, Renter, Room, WorkingGroup
from app.domain import bookings as rules
from app.domain.permissions import Permission
from app.domain.recurrence import Recurrence
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise
from app.services.rooms._rooms import closed_dates, closed_dates_by_room
from app.services.rooms.rows import (  # noqa: F401 (re-exported)
    BookingRow,
    DistrictActivity,
    FreeSlot,
    OccupancyRow,
    SeriesInfo,
)

_ = translator("rooms")


def booking_row(session: Session, booking: Booking) -> BookingRow:
    room = session.get(Room, booking.room_id)
    renter = session.get(Renter, booking.renter_id) if booking.renter_id else None
    name = renter.name if renter else ""
    if not name and booking.working_group_id:
        group = session.get(WorkingGroup, booking.working_group_id)
        name = group.name if group else ""
    return BookingRow(
        booking.id, booking.room_id, room.name if room else "", room.colour if room else "#888888",
        booking.renter_id, name, booking.activity, booking.local_start, booking.local_end, booking.setup_minutes,
        booking.cleanup_minutes, booking.status, booking.cancel_reason, booking.expected_participants,
        booking.actual_participants, booking.public, booking.notes, booking.working_group_id, booking.rate_basis,
        booking.series_id, booking.original_date, booking.version,
        contact=" ".join(x for x in (renter.contact_name, renter.phone) if x) if renter else "",
    )


_COLUMNS = (
    Booking.id, Booking.room_id, Room.name, Room.colour, Booking.renter_id, Renter.name, Booking.activity,
    Booking.local_start, Booking.local_end, Booking.setup_minutes, Booking.cleanup_minutes, Booking.status,
    Booking.cancel_reason, Booking.expected_participants, Booking.actual_participants, Booking.public, Booking.notes,
    Booking.working_group_id, Booking.rate_basis, Booking.series_id, Booking.original_date, Booking.version,
    Renter.contact_name, Renter.phone, WorkingGroup.name,
)


def range_query(start: dt.datetime, end: dt.datetime):
    """Bookings overlapping [start, end) (UTC instants), by an index range scan on start_at."""
    return (
        select(*_COLUMNS).join(Room, Room.id == Booking.room_id)
        .outerjoin(Renter, Renter.id == Booking.renter_id)
        .outerjoin(WorkingGroup, WorkingGroup.id == Booking.working_group_id)
        .where(Booking.start_at < end, Booking.start_at >= start - rules.MAX_BLOCK, Booking.end_at > start)
        .order_by(Booking.start_at, Room.sort_order)
    )


def _rows(session: Session, query, personal: bool) -> list[BookingRow]:
    result = []
    for r in session.execute(query):
        contact = " ".join(x for x in (r[22], r[23]) if x) if personal else ""
        result.append(BookingRow(*r[:5], r[5] or r[24] or "", *r[6:22], contact=contact))
    return result


def local_range(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants of local midnight at `first` and local midnight after `last`."""
    return (rules.to_utc(dt.datetime.combine(first, dt.time())),
            rules.to_utc(dt.datetime.combine(last + dt.timedelta(days=1), dt.time())))


class BookingQueries:
    db: object

    def between(self, actor: Actor, first: dt.date, last: dt.date, *, room_ids: list[int] | None = None,
                include_cancelled: bool = True, public_only: bool = False) -> list[BookingRow]:
        """Every booking touching the days `first` … `last` (inclusive), by start time."""
        actor.require(Permission.VIEW, _("see the bookings"))
        start, end = local_range(first, last)
        query = range_query(start, end)
        if room_ids is not None:
            query = query.where(Booking.room_id.in_(room_ids))
        if not include_cancelled:
            query = query.where(Booking.status != rules.CANCELLED)
        if public_only:
            query = query.where(Booking.public.is_(True))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            return _rows(uow.session, query, actor.can(Permission.VIEW_PERSONAL_DETAILS))

    def booking(self, actor: Actor, booking_id: int) -> BookingRow:
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            row = booking_row(uow.session, get_or_raise(uow.session, Booking, booking_id, _("Booking")))
            if not actor.can(Permission.VIEW_PERSONAL_DETAILS):
                row = replace(row, contact="")
            return row

    def series_rule(self, actor: Actor, series_id: int) -> Recurrence:
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            return Recurrence.from_dict(get_or_raise(uow.session, BookingSeries, series_id, _("Series")).rule)

    def free_slots(self, actor: Actor, first: dt.date, last: dt.date, duration: dt.timedelta, *,
                   room_id: int | None = None, min_capacity: int = 0, limit: int = 200) -> list[FreeSlot]:
        """Where a booking of `duration` fits: per room and day the free stretches within the
        opening hours (closing days left out), keeping the buffers of both bookings free."""
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            session = uow.session
            query = select(Room).where(Room.active.is_(True), Room.capacity >= min_capacity).order_by(Room.sort_order, Room.name)
            if room_id is not None:
                query = query.where(Room.id == room_id)
            rooms = list(session.scalars(query))
            closed_by_room = closed_dates_by_room(session, first, last, [r.id for r in rooms])
            start, end = local_range(first, last)
            busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
            for b in session.execute(
                select(Booking.room_id, Booking.block_start, Booking.block_end).where(
                    Booking.block_start < end, Booking.block_start >= start - rules.MAX_BLOCK,
                    Booking.block_end > start, Booking.status != rules.CANCELLED)
            ):
                busy.setdefault(b.room_id, []).append((rules.to_local(b.block_start), rules.to_local(b.block_end)))
        slots: list[FreeSlot] = []
        day = first
        while day <= last and len(slots) < limit:
            for room in rooms:
                if day not in closed_by_room[room.id]:
                    hours = rules.opening_for(room.opening_hours, day)
                    if hours is None:
                        continue
                    opens = dt.datetime.combine(day, hours[0])
                    closes = dt.datetime.combine(day, hours[1])
                    setup = dt.timedelta(minutes=room.setup_minutes)
                    cleanup = dt.timedelta(minutes=room.cleanup_minutes)
                    earliest = opens
                    for b_start, b_end in sorted(busy.get(room.id, [])) + [(closes + cleanup, closes + cleanup)]:
                        if b_end <= opens:
                            continue
                        latest = min(closes, b_start - cleanup)
                        if latest - earliest >= duration:
                            slots.append(FreeSlot(room.id, room.name, room.capacity, earliest, latest))
                        earliest = max(earliest, b_end + setup)
                        if earliest >= closes:
                            break
            day += dt.timedelta(days=1)
        return slots[:limit]

    def occupancy(self, actor: Actor, year: int) -> list[OccupancyRow]:
        """Per room per month: hours booked (options and confirmed), hours open (opening
        hours on the days the centre is open) and so the occupancy rate (bezettingsgraad)."""
        actor.require(Permission.VIEW, _("see the bookings"))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            session = uow.session
            rooms = list(session.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.sort_order, Room.name)))
            closed = closed_dates_by_room(session, dt.date(year, 1, 1), dt.date(year, 12, 31), [r.id for r in rooms])
            start, end = local_range(dt.date(year, 1, 1), dt.date(year, 12, 31))
            booked: dict[tuple[int, int], Decimal] = {}
            for b in session.execute(
                select(Booking.room_id, Booking.local_start, Booking.local_end).where(
                    Booking.start_at < end, Booking.start_at >= start - rules.MAX_BLOCK, Booking.end_at > start,
                    Booking.status != rules.CANCELLED)
            ):
                if b.local_start.year != year or b.room_id not in closed or b.local_start.date() in closed[b.room_id]:
                    continue  # another year, an inactive room, or a closed day: no hours counted
                key = (b.room_id, b.local_start.month)
                booked[key] = booked.get(key, Decimal(0)) + Decimal((b.local_end - b.local_start).total_seconds()) / 3600
        result = []
        for room in rooms:
            open_hours = dict.fromkeys(range(1, 13), Decimal(0))
            day = dt.date(year, 1, 1)
            while day.year == year:
                hours = rules.opening_for(room.opening_hours, day)
                if hours is not None and day not in closed[room.id]:
                    span = dt.datetime.combine(day, hours[1]) - dt.datetime.combine(day, hours[0])
                    open_hours[day.month] += Decimal(span.total_seconds()) / 3600
                day += dt.timedelta(days=1)
            for month in range(1, 13):
                result.append(OccupancyRow(room.id, room.name, year, month,
                                           booked.get((room.id, month), Decimal(0)).quantize(Decimal("0.01")),
                                           open_hours[month].quantize(Decimal("0.01"))))
        return result


class CalendarQueries:
    db: object

    def calendar_export(self, actor: Actor, *, room_id: int | None = None, first: dt.date | None = None,
                        last: dt.date | None = None) -> tuple[list[SeriesInfo], list[BookingRow]]:
        """What an iCalendar file needs: the series (rules) and every booking, cancelled ones too."""
        actor.require(Permission.VIEW, _("see the bookings"))
        first = first or dt.date(1970, 1, 1)
        last = last or dt.date(2999, 12, 31)
        rows = self.between(actor, first, last, room_ids=[room_id] if room_id is not None else None)  # type: ignore[attr-defined]
        ids = {r.series_id for r in rows if r.series_id is not None}
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            series = [
                SeriesInfo(s.id, Recurrence.from_dict(s.rule), s.first_date, s.start_time, s.end_time, tuple(s.exceptions))
                for s in uow.session.scalars(select(BookingSeries).where(BookingSeries.id.in_(ids)).order_by(BookingSeries.id))
            ] if ids else []
        return series, rows

    def district_week(self, actor: Actor, monday: dt.date) -> list[DistrictActivity]:
        """The district week: the public activities of every centre of the organisation in the
        7 days from `monday`, for everyone who may see bookings; an account of the whole
        organisation sees every booking of every centre (cancelled ones left out). Of another
        centre's booking a one-centre account sees the centre, the activity and the time only."""
        actor.require(Permission.VIEW, _("see the bookings"))
        start, end = local_range(monday, monday + dt.timedelta(days=6))
        now = actor.current()
        everything = now.whole_organisation
        query = (
            select(Booking.centre_id, Centre.name, Booking.activity, Booking.local_start, Booking.local_end,
                   Booking.public, Room.name)
            .join(Centre, Centre.id == Booking.centre_id).join(Room, Room.id == Booking.room_id)
            .where(Booking.start_at < end, Booking.start_at >= start, Booking.status != rules.CANCELLED)
            .order_by(Booking.start_at, Centre.name, Room.sort_order)
            .execution_options(all_centres=True)
        )
        if not everything:
            query = query.where(Booking.public.is_(True))
        with self.db.reader(actor) as uow:  # type: ignore[attr-defined]
            return [
                DistrictActivity(centre_id, centre, activity, local_start, local_end, public,
                                 room if everything or centre_id == now.centre_id else "")
                for centre_id, centre, activity, local_start, local_end, public, room in uow.session.execute(query)
            ]
