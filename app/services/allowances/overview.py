"""The allowance figures on Overzicht: claims waiting for approval, volunteers within 10 % of a
limit, and limits overridden this year — each counted by the database (aggregates), not by
walking every volunteer's year in Python: on a large centre the Overzicht must appear at once.

"Near a limit" is the allowance page's rule (allowance_data.year_rows) as one query: per
volunteer, the counted lines of the year summed per month (receipts and kilometres count only
with a fixed or hourly arrangement), plus what other organisations pay; flagged when over a
limit, or — with any activity — within 10 % of the year limit or of this month's limit.
Amounts are compared in whole cents, so SQLite's floating-point sums cannot tip a boundary.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Integer, and_, case, cast, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.db.models import AllowanceArrangement, AllowanceLimit, AllowanceLine, Volunteer
from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState
from app.i18n import translator
from app.services.allowances._data import COUNTED, volunteer_name
from app.services.overview import OverviewItem

_ = translator("allowances")

NAMES_SHOWN = 5
NEAR_FRACTION = Decimal("0.10")  # "within 10 %": the default of rules.near_limit
# Line kinds that always count towards the limits, and arrangements under which real costs
# (receipts, kilometres) count too: rules.counts_towards_limits, as SQL.
ALWAYS_COUNTED = (LineKind.FIXED.value, LineKind.HOURLY.value, LineKind.GIFT.value)
COSTS_COUNTED_UNDER = (ArrangementKind.FIXED.value, ArrangementKind.HOURLY.value)


def _cents(column):
    return cast(func.round(column * 100), Integer)


def _arrangement_of(volunteer_id, year: int):
    return and_(AllowanceArrangement.volunteer_id == volunteer_id, AllowanceArrangement.year == year)


def near_limit_volunteers(session: Session, limit: AllowanceLimit, month: int) -> tuple[int, list[str]]:
    """How many volunteers are over or within 10 % of a limit in `limit.year` (as of `month`),
    and the first names in alphabetical order.

    Built from the sums outwards (lines per volunteer and month, plus the arrangements' other
    organisations, grouped per volunteer) and only then joined to the volunteer by key: a plan
    that stays fast even before the database has statistics of freshly loaded tables."""
    per_year, per_month = round(limit.per_year * 100), round(limit.per_month * 100)
    year_margin = round(rules.money(limit.per_year * NEAR_FRACTION) * 100)
    month_margin = round(rules.money(limit.per_month * NEAR_FRACTION) * 100)
    monthly = (
        select(AllowanceLine.volunteer_id, AllowanceLine.month, func.sum(_cents(AllowanceLine.amount)).label("cents"))
        .outerjoin(AllowanceArrangement, _arrangement_of(AllowanceLine.volunteer_id, limit.year))
        .where(AllowanceLine.year == limit.year, AllowanceLine.state.in_(COUNTED),
               or_(AllowanceLine.kind.in_(ALWAYS_COUNTED), AllowanceArrangement.kind.in_(COSTS_COUNTED_UNDER)))
        .group_by(AllowanceLine.volunteer_id, AllowanceLine.month)
        .subquery()
    )
    parts = union_all(
        select(monthly.c.volunteer_id, monthly.c.cents.label("total"), monthly.c.cents.label("busiest_month"),
               case((monthly.c.month == month, monthly.c.cents), else_=0).label("this_month"),
               literal(0).label("other")),
        select(AllowanceArrangement.volunteer_id, literal(0), literal(0), literal(0),
               _cents(AllowanceArrangement.other_organisations))
        .where(AllowanceArrangement.year == limit.year),
    ).subquery()
    year = (
        select(parts.c.volunteer_id, func.sum(parts.c.total).label("total"),
               func.max(parts.c.busiest_month).label("busiest_month"),
               func.sum(parts.c.this_month).label("this_month"), func.sum(parts.c.other).label("other"))
        .group_by(parts.c.volunteer_id)
        .subquery()
    )
    room_left = per_year - year.c.total - year.c.other
    over = or_(room_left < 0, year.c.busiest_month > per_month)
    near = and_(year.c.total + year.c.other > 0,
                or_(room_left <= year_margin, per_month - year.c.this_month <= month_margin))
    rows = session.execute(
        select(Volunteer.first_name, Volunteer.infix, Volunteer.last_name, func.count().over().label("flagged"))
        .join(year, year.c.volunteer_id == Volunteer.id)
        .where(or_(over, near))
        .order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id)
        .limit(NAMES_SHOWN)
    ).all()
    return (rows[0].flagged if rows else 0), [volunteer_name(r.first_name, r.infix, r.last_name) for r in rows]


def overview_items(session: Session, today: dt.date) -> list[OverviewItem]:
    waiting = session.scalar(select(func.count()).select_from(AllowanceLine).where(
        AllowanceLine.state == LineState.SUBMITTED.value)) or 0
    items = [OverviewItem("allowances", _("Claims waiting for approval"), str(waiting),
                          _("submitted allowance lines and expense claims"), warning=waiting > 0)]
    limit = session.get(AllowanceLimit, today.year)
    if limit is None:
        items.append(OverviewItem("settings", _("Allowance limits"), str(today.year),
                                  _("no limits for this year yet: add them in Settings"), warning=True))
        return items
    near, names = near_limit_volunteers(session, limit, today.month)
    items.append(OverviewItem(
        "allowances", _("Volunteers near an allowance limit"), str(near),
        ", ".join(names) + (" …" if near > len(names) else "") if near
        else _("everyone is more than 10 percent below the month and year limits"),
        warning=bool(near),
    ))
    overrides = session.scalar(select(func.count()).select_from(AllowanceLine).where(
        AllowanceLine.year == today.year, AllowanceLine.override_reason != "",
        AllowanceLine.state != LineState.REJECTED.value)) or 0
    overrides += session.scalar(select(func.count()).select_from(AllowanceArrangement).where(
        AllowanceArrangement.year == today.year, AllowanceArrangement.override_reason != "")) or 0
    items.append(OverviewItem("allowances", _("Limits overridden this year"), str(overrides),
                              _("the whole year's allowance of these volunteers may be taxable"),
                              warning=overrides > 0))
    return items
