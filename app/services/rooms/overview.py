"""The rooms area's figures on the Overzicht page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from app.db.models import Booking, Invoice, Room
from app.domain import bookings as rules
from app.domain import formatting
from app.i18n import translator
from app.services.rooms._booking_queries import local_range
from app.services.overview.rows import OverviewItem
from app.services.rooms._rooms import closed_dates_by_room

_ = translator("rooms")


def _count(session: Session, first: dt.date, last: dt.date, *conditions) -> int:
    start, end = local_range(first, last)
    return session.scalar(select(func.count()).select_from(Booking).where(
        Booking.start_at < end, Booking.start_at >= start - rules.MAX_BLOCK, Booking.end_at > start, *conditions)) or 0


def _minutes(session: Session, start, end):
    """Whole minutes between two wall-clock columns, summed by the database (no row fetched)."""
    if session.get_bind().dialect.name == "postgresql":
        seconds = func.extract("epoch", end - start)
    else:  # SQLite keeps datetimes as text; julianday() turns them into days
        seconds = (func.julianday(end) - func.julianday(start)) * 86400
    return cast(func.round(seconds / 60), Integer)


def _month(today: dt.date) -> tuple[dt.date, dt.date]:
    first = today.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def prepare_overview(today: dt.date) -> None:
    """Before counting (see overview.areas.prepare): the month's public holidays, whose package
    takes a noticeable part of a second to load."""
    rules.public_holidays(*_month(today))


def _month_occupancy(session: Session, today: dt.date) -> Decimal | None:
    """Booked hours against open hours this month; a closed day (of the centre, or of one room)
    counts in neither, so a painted hall does not lower the figure."""
    first, last = _month(today)
    rooms = list(session.scalars(select(Room).where(Room.active.is_(True))))
    if not rooms:
        return None
    closed = closed_dates_by_room(session, first, last, [room.id for room in rooms])
    open_hours = Decimal(0)
    day = first
    while day <= last:
        for room in rooms:
            hours = rules.opening_for(room.opening_hours, day)
            if hours and day not in closed[room.id]:
                open_hours += Decimal((dt.datetime.combine(day, hours[1]) - dt.datetime.combine(day, hours[0])).total_seconds()) / 3600
        day += dt.timedelta(days=1)
    start, end = local_range(first, last)
    booked_day = func.date(Booking.local_start)
    minutes = 0
    # Every room's bookings of the month, the inactive rooms' left out here: a condition on the
    # room would lead SQLite to walk each room's whole history by the room index instead of
    # only this month's bookings by their start.
    for room_id, booked_on, booked in session.execute(
        select(Booking.room_id, booked_day, func.sum(_minutes(session, Booking.local_start, Booking.local_end)))
        .where(Booking.start_at < end, Booking.start_at >= start - rules.MAX_BLOCK, Booking.end_at > start,
               Booking.status != rules.CANCELLED)
        .group_by(Booking.room_id, booked_day)
    ):
        day = booked_on if isinstance(booked_on, dt.date) else dt.date.fromisoformat(str(booked_on)[:10])
        if room_id in closed and day not in closed[room_id]:
            minutes += int(booked or 0)
    booked_hours = Decimal(minutes) / 60
    return booked_hours / open_hours if open_hours else None


def overview_items(session: Session, today: dt.date) -> list[OverviewItem]:
    monday = today - dt.timedelta(days=today.weekday())
    week = _count(session, monday, monday + dt.timedelta(days=6), Booking.status != rules.CANCELLED)
    options = _count(session, today, today + dt.timedelta(days=365), Booking.status == rules.OPTION)
    soon = _count(session, today, today + dt.timedelta(days=7), Booking.status == rules.OPTION)
    items = [
        OverviewItem("rooms", _("Bookings this week"), str(week)),
        OverviewItem("rooms", _("Options awaiting confirmation"), str(options),
                     _("{n} of them within a week").format(n=soon) if soon else "", warning=soon > 0),
    ]
    rate = _month_occupancy(session, today)
    if rate is not None:
        items.append(OverviewItem("rooms", _("Occupancy this month"), formatting.percent(rate),
                                  formatting.month_name(today.year, today.month)))
    concepts = session.scalar(select(func.count()).select_from(Invoice).where(Invoice.status == "concept")) or 0
    unpaid = session.execute(select(func.count(), func.coalesce(func.sum(Invoice.total), 0)).where(
        Invoice.status == "definitief", Invoice.paid_on.is_(None), Invoice.total > 0)).one()
    overdue = session.scalar(select(func.count()).select_from(Invoice).where(
        Invoice.status == "definitief", Invoice.paid_on.is_(None), Invoice.total > 0, Invoice.due_date < today)) or 0
    items.append(OverviewItem("rooms", _("Unpaid invoices"), str(unpaid[0]),
                              _("{amount} outstanding, {n} overdue").format(amount=formatting.money(unpaid[1]), n=overdue),
                              warning=overdue > 0))
    if concepts:
        items.append(OverviewItem("rooms", _("Concept invoices"), str(concepts), _("not yet final"), warning=True))
    return items
