"""What an accountability report may count: costs and allowances linked to the application that
fall inside its period and, for allowances, belong to its working groups. Everything else
linked to it is left out, with the reason, for the coordinator to see (never for the fund)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    ActualCost, AllowanceLine, ApplicationAllowanceLine, VolunteerHours, WorkingGroup, WorkingGroupMember,
)
from app.i18n import translator
from app.services.subsidies.rows import LeftOut  # noqa: F401 (re-exported)

_ = translator("subsidies")

COUNTED_ALLOWANCE_STATES = ("goedgekeurd", "betaald")


@dataclass(frozen=True)
class CountedAllowance:
    id: int
    budget_line_id: int
    volunteer_id: int
    worked_on: dt.date
    description: str
    kind: str
    hours: Decimal | None
    amount: Decimal


def _outside(day: dt.date, start: dt.date, end: dt.date) -> str:
    if day < start:
        return _("dated before the period")
    if day > end:
        return _("dated after the period")
    return ""


def counted_costs(session: Session, application_id: int, start: dt.date, end: dt.date
                  ) -> tuple[list[ActualCost], list[LeftOut]]:
    counted, left_out = [], []
    for cost in session.scalars(select(ActualCost).where(ActualCost.application_id == application_id)
                                .order_by(ActualCost.spent_on, ActualCost.id)):
        reason = _outside(cost.spent_on, start, end)
        if reason:
            left_out.append(LeftOut("entered", cost.id, cost.spent_on, cost.description, cost.amount, reason))
        else:
            counted.append(cost)
    return counted, left_out


def counted_allowances(session: Session, application_id: int, start: dt.date, end: dt.date, groups: list[int]
                       ) -> tuple[list[CountedAllowance], list[LeftOut]]:
    """Approved or paid allowance lines linked to the application, inside its period and (when
    the application names working groups) of those groups: the group of the hours worked, or
    else the group the line names, or else a group the volunteer is a member of or worked for
    in the period."""
    names = {g.id: g.name for g in session.scalars(select(WorkingGroup))}
    own = set(groups)
    members: dict[int, set[int]] = {}
    for group_id, volunteer_id in session.execute(
            select(WorkingGroupMember.working_group_id, WorkingGroupMember.volunteer_id)
            .where(WorkingGroupMember.volunteer_id.is_not(None))):
        members.setdefault(volunteer_id, set()).add(group_id)
    for group_id, volunteer_id in session.execute(  # worked for the group in the period: belongs to it too
            select(VolunteerHours.working_group_id, VolunteerHours.volunteer_id).distinct()
            .where(VolunteerHours.working_group_id.in_(own), VolunteerHours.worked_on >= start,
                   VolunteerHours.worked_on <= end)):
        members.setdefault(volunteer_id, set()).add(group_id)
    counted, left_out = [], []
    query = (select(ApplicationAllowanceLine.budget_line_id, AllowanceLine, VolunteerHours.working_group_id,
                    VolunteerHours.hours)
             .join(AllowanceLine, AllowanceLine.id == ApplicationAllowanceLine.allowance_line_id)
             .outerjoin(VolunteerHours, VolunteerHours.id == AllowanceLine.hours_id)
             .where(ApplicationAllowanceLine.application_id == application_id,
                    AllowanceLine.state.in_(COUNTED_ALLOWANCE_STATES))
             .order_by(AllowanceLine.worked_on, AllowanceLine.id))
    for budget_line_id, line, hours_group, hours_worked in session.execute(query):
        what = line.description or line.kind
        reason = _outside(line.worked_on, start, end)
        if not reason and own:
            named = {gid for gid, name in names.items() if name.casefold() in what.casefold()}
            if hours_group is not None:
                if hours_group not in own:
                    reason = _("hours of working group {name}").format(name=names.get(hours_group, "?"))
            elif named & own:
                pass  # the line names a group of this application
            elif named:
                reason = _("for working group {name}").format(name=names[min(named)])
            elif not (members.get(line.volunteer_id, set()) & own):
                reason = _("the volunteer is not in a working group of this application")
        if reason:
            left_out.append(LeftOut("allowance", line.id, line.worked_on, _("allowance: {what}").format(what=what),
                                    line.amount, reason))
        else:
            counted.append(CountedAllowance(line.id, budget_line_id, line.volunteer_id, line.worked_on, what,
                                            line.kind, line.hours if line.hours is not None else hours_worked,
                                            line.amount))
    return counted, left_out
