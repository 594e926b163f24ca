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
import functools
import operator
from decimal import Decimal

from sqlalchemy import Integer, and_, case, cast, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.db.models import AllowanceArrangement, AllowanceLimit, AllowanceLine, Volunteer
from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState
from app.i18n import translator
from app.services.allowances._data import COUNTED, volunteer_name
from app.services.overview import OverviewItem
from app.db.scoping import scope_of

_ = translator("allowances")

NAMES_SHOWN = 5
NEAR_FRACTION = Decimal("0.10")  # "within 10 %": the default of rules.near_limit
# Line kinds that always count towards the limits, and arrangements under which real costs
# (receipts, kilometres) count too: rules.counts_towards_limits, as SQL.
ALWAYS_COUNTED = (LineKind.FIXED.value, LineKind.HOURLY.value, LineKind.GIFT.value)
COSTS_COUNTED_UNDER = (ArrangementKind.FIXED.value, ArrangementKind.HOURLY.value)


def _cents(column):
    return cast(func.round(column * 100), Integer)


MONTHS = range(1, 13)


def _month(month: int) -> str:
    return f"m{month}"


def _other_organisations_per_month(year: int):
    """(volunteer_id, m1 … m12) in cents for every volunteer also paid by other organisations:
    the twelve figures when given, else the year figure spread evenly (the cents left over in
    December), as rules.spread_over_months does."""
    year_total = _cents(AllowanceArrangement.other_organisations)
    share = year_total // 12
    months = []
    for month in MONTHS:
        # The figure of the month: NULL without twelve figures (the column may hold SQL NULL or a
        # JSON null, and either gives NULL here).
        given = _cents(AllowanceArrangement.other_monthly[month - 1].as_float())
        spread = year_total - 11 * share if month == 12 else share
        months.append(func.coalesce(given, spread).label(_month(month)))
    return (
        select(AllowanceArrangement.volunteer_id.label("volunteer_id"), *months)
        .where(AllowanceArrangement.year == year,
               or_(AllowanceArrangement.other_organisations > 0,
                   AllowanceArrangement.other_monthly[0].as_float().is_not(None)))
    )


def near_limit_volunteers(session: Session, limit: AllowanceLimit, month: int) -> tuple[int, list[str]]:
    """How many volunteers are over or within 10 % of a limit in `limit.year` (as of `month`),
    and the first names in alphabetical order. One query, whatever the number of volunteers.

    One row per volunteer with the twelve months side by side (the lines summed per month, plus
    what other organisations pay in that month), built from the sums outwards and only then
    joined to the volunteer by key. Grouping by volunteer alone keeps the work small (10.000
    groups rather than 120.000 volunteer-months, which spilled to disk on PostgreSQL) and the
    plan fast even before the database has statistics of freshly loaded tables."""
    per_year, per_month = round(limit.per_year * 100), round(limit.per_month * 100)
    year_margin = round(rules.money(limit.per_year * NEAR_FRACTION) * 100)
    month_margin = round(rules.money(limit.per_month * NEAR_FRACTION) * 100)
    # Whose real costs count: a set the database builds once, rather than a join per line.
    costs_counted = select(AllowanceArrangement.volunteer_id).where(
        AllowanceArrangement.year == limit.year, AllowanceArrangement.kind.in_(COSTS_COUNTED_UNDER))
    line_cents = _cents(AllowanceLine.amount)
    lines = (
        select(AllowanceLine.volunteer_id.label("volunteer_id"),
               *[func.sum(case((AllowanceLine.month == m, line_cents), else_=0)).label(_month(m)) for m in MONTHS])
        .where(AllowanceLine.year == limit.year, AllowanceLine.state.in_(COUNTED),
               or_(AllowanceLine.kind.in_(ALWAYS_COUNTED), AllowanceLine.volunteer_id.in_(costs_counted)))
        .group_by(AllowanceLine.volunteer_id)
    )
    both = union_all(lines, _other_organisations_per_month(limit.year)).subquery()
    year = (
        select(both.c.volunteer_id, *[func.sum(both.c[_month(m)]).label(_month(m)) for m in MONTHS])
        .group_by(both.c.volunteer_id)
        .subquery()
    )
    months = [year.c[_month(m)] for m in MONTHS]
    total = functools.reduce(operator.add, months)
    room_left = per_year - total
    over = or_(room_left < 0, *[cents > per_month for cents in months])
    near = and_(total > 0, or_(room_left <= year_margin, per_month - year.c[_month(month)] <= month_margin))
    # The limits are per person across every centre of the organisation: the sums look across
    # centres, then only the volunteers of the actor's centre are named.
    flagged = sorted(tuple(r) for r in session.execute(
        select(Volunteer.last_name, Volunteer.first_name, Volunteer.infix, Volunteer.id)
        .join(year, year.c.volunteer_id == Volunteer.id)
        .where(or_(over, near))
        .execution_options(all_centres=True)
    ))
    if scope_of(session).visible is not None and flagged:
        ours = set(session.scalars(select(Volunteer.id).where(Volunteer.id.in_([r[3] for r in flagged]))))
        flagged = [r for r in flagged if r[3] in ours]
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
