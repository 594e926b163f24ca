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
from app.services.overview import OverviewItem
from app.services.rooms._rooms import closed_dates

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


def _month_occupancy(session: Session, today: dt.date) -> Decimal | None:
    first = today.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    rooms = list(session.scalars(select(Room).where(Room.active.is_(True))))
    if not rooms:
        return None
    closed = closed_dates(session, first, last)
    open_hours = Decimal(0)
    day = first
    while day <= last:
        if day not in closed:
            for room in rooms:
                hours = rules.opening_for(room.opening_hours, day)
                if hours:
                    open_hours += Decimal((dt.datetime.combine(day, hours[1]) - dt.datetime.combine(day, hours[0])).total_seconds()) / 3600
        day += dt.timedelta(days=1)
    start, end = local_range(first, last)
    minutes = session.scalar(select(func.coalesce(func.sum(_minutes(session, Booking.local_start, Booking.local_end)), 0))
                             .where(Booking.start_at < end, Booking.start_at >= start - rules.MAX_BLOCK,
                                    Booking.end_at > start, Booking.status != rules.CANCELLED,
                                    Booking.room_id.in_([r.id for r in rooms])))
    booked = Decimal(minutes) / 60
    return booked / open_hours if open_hours else None


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
