"""Reading the allowance tables: the rows the allowance services return, and the situation of
one volunteer in one year as the rules need it. Shared by the line, payment and report code."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AllowanceArrangement, AllowanceLine, Attachment, Volunteer
from app.domain import allowance_rules as rules
from app.domain import validation
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState, money
from app.services.allowances.rows import ArrangementRow, LineRow, VolunteerYearRow  # noqa: F401 (re-exported)

ZERO = Decimal("0.00")
COUNTED = tuple(s.value for s in rules.COUNTED_STATES)


def volunteer_name(first: str, infix: str, last: str) -> str:
    return " ".join(part for part in (first, infix, last) if part)


def valid_iban(value: str | None) -> str | None:
    try:
        return validation.iban(value or "")
    except ValueError:
        return None


def arrangement_row(arrangement: AllowanceArrangement | None, volunteer_id: int, year: int) -> ArrangementRow:
    if arrangement is None:
        return ArrangementRow(volunteer_id, year, ArrangementKind.NONE)
    return ArrangementRow(
        arrangement.volunteer_id, arrangement.year, ArrangementKind(arrangement.kind), arrangement.monthly_amount,
        arrangement.hourly_rate, arrangement.other_organisations, arrangement.override_reason,
        arrangement.override_by, arrangement.override_at, arrangement.notes, arrangement.version,
        tuple(Decimal(v) for v in arrangement.other_monthly) if arrangement.other_monthly else None,
    )


LINE_COLUMNS = (
    AllowanceLine.id, AllowanceLine.volunteer_id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
    AllowanceLine.kind, AllowanceLine.worked_on, AllowanceLine.year, AllowanceLine.month, AllowanceLine.amount,
    AllowanceLine.hours, AllowanceLine.kilometres, AllowanceLine.rate, AllowanceLine.description,
    AllowanceLine.state, AllowanceLine.rejection_reason, AllowanceLine.correction_of,
    AllowanceLine.receipt_attachment_id, Attachment.original_name, AllowanceLine.override_reason,
    AllowanceLine.override_by, AllowanceLine.override_at, AllowanceLine.payment_batch_id,
    AllowanceLine.created_by, AllowanceLine.created_at, AllowanceLine.approved_by, AllowanceLine.paid_at,
    AllowanceLine.version,
)


def line_query():
    return (
        select(*LINE_COLUMNS)
        .join(Volunteer, Volunteer.id == AllowanceLine.volunteer_id)
        .outerjoin(Attachment, Attachment.id == AllowanceLine.receipt_attachment_id)
    )


def line_from_result(r) -> LineRow:
    return LineRow(
        r[0], r[1], volunteer_name(r[2], r[3], r[4]), LineKind(r[5]), r[6], r[7], r[8], r[9], r[10], r[11], r[12],
        r[13], LineState(r[14]), r[15], r[16], r[17], r[18] or "", r[19], r[20], r[21], r[22], r[23], r[24],
        r[25], r[26], r[27],
    )


def line_row(session: Session, line_id: int) -> LineRow:
    return line_from_result(session.execute(line_query().where(AllowanceLine.id == line_id)).one())


def situation(
    session: Session, volunteer: Volunteer, year: int, *, exclude_line_ids: tuple[int, ...] = (),
    arrangement: ArrangementRow | None = None,
) -> rules.VolunteerYear:
    if arrangement is None:
        found = session.scalar(
            select(AllowanceArrangement).where(
                AllowanceArrangement.volunteer_id == volunteer.id, AllowanceArrangement.year == year
            )
        )
        arrangement = arrangement_row(found, volunteer.id, year)
    # The Dutch limits are per person and organisation: the lines of every centre count
    # (app/db/scoping.py would otherwise show a coordinator only their own centre's lines).
    query = select(AllowanceLine.worked_on, AllowanceLine.kind, AllowanceLine.amount).where(
        AllowanceLine.volunteer_id == volunteer.id, AllowanceLine.year == year, AllowanceLine.state.in_(COUNTED)
    ).execution_options(all_centres=True)
    if exclude_line_ids:
        query = query.where(AllowanceLine.id.notin_(exclude_line_ids))
    lines = tuple(rules.ExistingLine(w, LineKind(k), a) for w, k, a in session.execute(query))
    return rules.VolunteerYear(arrangement.kind, volunteer.date_of_birth, arrangement.other_organisations, lines,
                               arrangement.other_monthly)


def year_rows(
    session: Session, year: int, limits: rules.Limits, reference_day: dt.date, *,
    only_with_activity: bool = False, states: tuple[str, ...] = COUNTED, with_iban: bool = True,
) -> list[VolunteerYearRow]:
    """Every volunteer (or only those with an arrangement or lines), in a few queries.
    `with_iban=False` skips checking and masking IBANs (exports that do not show them)."""
    arrangements = {
        a.volunteer_id: a
        for a in session.scalars(select(AllowanceArrangement).where(AllowanceArrangement.year == year))
    }
    sums: dict[int, dict[tuple[int, str], Decimal]] = defaultdict(dict)
    # Per person across every centre of the organisation, as the limits are (the volunteers
    # listed below are still only those of the actor's centre).
    for volunteer_id, month, kind, amount in session.execute(
        select(AllowanceLine.volunteer_id, AllowanceLine.month, AllowanceLine.kind, func.sum(AllowanceLine.amount))
        .where(AllowanceLine.year == year, AllowanceLine.state.in_(states))
        .group_by(AllowanceLine.volunteer_id, AllowanceLine.month, AllowanceLine.kind)
        .execution_options(all_centres=True)
    ):
        sums[volunteer_id][(month, kind)] = money(amount or 0)
    overrides = set(session.scalars(
        select(AllowanceLine.volunteer_id).where(
            AllowanceLine.year == year, AllowanceLine.override_reason != "", AllowanceLine.state.in_(COUNTED)
        ).distinct()
    ))
    waiting = dict(session.execute(
        select(AllowanceLine.volunteer_id, func.count()).where(
            AllowanceLine.year == year, AllowanceLine.state == LineState.SUBMITTED.value
        ).group_by(AllowanceLine.volunteer_id)
    ).all())
    query = select(
        Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name, Volunteer.date_of_birth,
        Volunteer.iban,
    ).order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id)
    result = []
    for vid, first, infix, last, birth, iban in session.execute(query):
        arrangement = arrangements.get(vid)
        if only_with_activity and arrangement is None and vid not in sums:
            continue
        kind = ArrangementKind(arrangement.kind) if arrangement else ArrangementKind.NONE
        other = arrangement.other_organisations if arrangement else ZERO
        other_months = (arrangement_row(arrangement, vid, year).other_by_month() if arrangement
                        else (ZERO,) * 12)
        months = [ZERO] * 12
        outside = ZERO
        for (month, line_kind), amount in sums.get(vid, {}).items():
            if rules.counts_towards_limits(kind, line_kind):
                months[month - 1] = money(months[month - 1] + amount)
            else:
                outside = money(outside + amount)
        total = money(sum(months, ZERO))
        room_left = money(limits.per_year - total - other)
        over = room_left < 0 or any(m + o > limits.per_month for m, o in zip(months, other_months, strict=True))
        month_now = reference_day.month if reference_day.year == year else 12
        near = rules.near_limit(room_left, limits.per_year) or rules.near_limit(
            money(limits.per_month - months[month_now - 1] - other_months[month_now - 1]), limits.per_month
        )
        has_activity = total > 0 or other > 0
        overridden = vid in overrides or bool(arrangement and arrangement.override_reason)
        clean_iban = valid_iban(iban) if with_iban else None
        result.append(VolunteerYearRow(
            vid, volunteer_name(first, infix, last), birth, rules.age_group(birth, reference_day),
            validation.mask_iban(iban) if with_iban else "", clean_iban is not None, kind, tuple(months), outside, total, other,
            limits.per_year, room_left, limits.per_month, over, overridden, near and has_activity,
            waiting.get(vid, 0), arrangement.version if arrangement else None,
        ))
    return result
