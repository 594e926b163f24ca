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

from sqlalchemy import Integer, and_, case, cast, func, literal, or_, select
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


def near_limit_volunteers(session: Session, limit: AllowanceLimit, month: int) -> tuple[int, list[str]]:
    """How many volunteers are over or within 10 % of a limit in `limit.year` (as of `month`),
    and the first names in alphabetical order.

    Built from the sums outwards (lines per volunteer and month, plus the arrangements' other
    organisations, grouped per volunteer) and only then joined to the volunteer by key: a plan
    that stays fast even before the database has statistics of freshly loaded tables."""
    per_year, per_month = round(limit.per_year * 100), round(limit.per_month * 100)
    year_margin = round(rules.money(limit.per_year * NEAR_FRACTION) * 100)
    month_margin = round(rules.money(limit.per_month * NEAR_FRACTION) * 100)
    # Whose real costs count: a set the database builds once, rather than a join per line.
    costs_counted = select(AllowanceArrangement.volunteer_id).where(
        AllowanceArrangement.year == limit.year, AllowanceArrangement.kind.in_(COSTS_COUNTED_UNDER))
    monthly = (
        select(AllowanceLine.volunteer_id, AllowanceLine.month, func.sum(_cents(AllowanceLine.amount)).label("cents"))
        .where(AllowanceLine.year == limit.year, AllowanceLine.state.in_(COUNTED),
               or_(AllowanceLine.kind.in_(ALWAYS_COUNTED), AllowanceLine.volunteer_id.in_(costs_counted)))
        .group_by(AllowanceLine.volunteer_id, AllowanceLine.month)
        .subquery()
    )
    # Volunteers who are also paid by other organisations: that income counts in the month it is
    # paid (twelve figures, or the year figure spread evenly), so they are judged month by month
    # below, with the allowance page's own rule; everyone else is judged here in one query.
    with_other = {
        a.volunteer_id: a for a in session.execute(
            select(AllowanceArrangement.volunteer_id, AllowanceArrangement.other_organisations,
                   AllowanceArrangement.other_monthly)
            .where(AllowanceArrangement.year == limit.year,
                   or_(AllowanceArrangement.other_organisations > 0, AllowanceArrangement.other_monthly.is_not(None))))
    }
    year = (
        select(monthly.c.volunteer_id, func.sum(monthly.c.cents).label("total"),
               func.max(monthly.c.cents).label("busiest_month"),
               func.sum(case((monthly.c.month == month, monthly.c.cents), else_=0)).label("this_month"))
        .where(monthly.c.volunteer_id.notin_(with_other) if with_other else literal(True))
        .group_by(monthly.c.volunteer_id)
        .subquery()
    )
    room_left = per_year - year.c.total
    over = or_(room_left < 0, year.c.busiest_month > per_month)
    near = and_(year.c.total > 0, or_(room_left <= year_margin, per_month - year.c.this_month <= month_margin))
    flagged = [tuple(r) for r in session.execute(
        select(Volunteer.last_name, Volunteer.first_name, Volunteer.infix, Volunteer.id)
        .join(year, year.c.volunteer_id == Volunteer.id)
        .where(or_(over, near))
    )]
    if with_other:
        cents: dict[int, dict[int, int]] = {}
        for volunteer_id, line_month, amount in session.execute(
            select(monthly.c.volunteer_id, monthly.c.month, monthly.c.cents)
            .where(monthly.c.volunteer_id.in_(with_other))
        ):
            cents.setdefault(volunteer_id, {})[line_month] = int(amount or 0)
        judged_here = []
        for volunteer_id, arrangement in with_other.items():
            other = (tuple(Decimal(v or 0) for v in arrangement.other_monthly) if arrangement.other_monthly
                     else rules.spread_over_months(arrangement.other_organisations or Decimal(0)))
            months = [cents.get(volunteer_id, {}).get(m, 0) + round(other[m - 1] * 100) for m in range(1, 13)]
            total = sum(months)
            if total <= 0:
                continue
            if (total > per_year or max(months) > per_month or per_year - total <= year_margin
                    or per_month - months[month - 1] <= month_margin):
                judged_here.append(volunteer_id)
        if judged_here:  # their names in one query, not one per volunteer
            flagged += [tuple(r) for r in session.execute(
                select(Volunteer.last_name, Volunteer.first_name, Volunteer.infix, Volunteer.id)
                .where(Volunteer.id.in_(judged_here)))]
    flagged.sort()
    return len(flagged), [volunteer_name(first, infix, last) for last, first, infix, _id in flagged[:NAMES_SHOWN]]


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
