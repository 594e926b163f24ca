"""Verantwoording, read side: the figures of an application's accountability report (activities held,
participants, volunteer hours, actual costs per budget line) assembled from what the centre recorded."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    ApplicationBooking, ApplicationSeries,
    ApplicationWorkingGroup, Booking, Funder, Room, SubsidyApplication, Volunteer, VolunteerHours, WorkingGroup,
)
from app.domain import formatting
from app.domain.accountability_checks import contradictions
from app.domain import subsidies as rules
from app.i18n import translator
from app.services.subsidies._accountability_scope import (
    COUNTED_ALLOWANCE_STATES, LeftOut, counted_allowances, counted_costs,
)
from app.services.subsidies._records import application_detail
from app.services.subsidies.rows import ZERO, ReportLine, ActivityRow, CostRow, AccountabilityReport  # noqa: F401 (re-exported)

_ = translator("subsidies")

HELD_STATUS = "bevestigd"  # options and cancelled bookings are not activities held


def report_period(application: SubsidyApplication) -> tuple[dt.date, dt.date]:
    start = application.period_start or dt.date(1900, 1, 1)
    end = application.period_end or dt.date(2999, 12, 31)
    return start, end


def linked_bookings(session: Session, application: SubsidyApplication, today: dt.date) -> list[ActivityRow]:
    start, end = report_period(application)
    last = min(end, today)
    series_ids = select(ApplicationSeries.series_id).where(ApplicationSeries.application_id == application.id)
    booking_ids = select(ApplicationBooking.booking_id).where(ApplicationBooking.application_id == application.id)
    query = (
        select(Booking.id, Booking.local_start, Booking.activity, Room.name, Booking.actual_participants, Booking.series_id)
        .join(Room, Room.id == Booking.room_id)
        .where(
            or_(Booking.id.in_(booking_ids), Booking.series_id.in_(series_ids)),
            Booking.status == HELD_STATUS,
            Booking.local_start >= dt.datetime.combine(start, dt.time.min),
            Booking.local_start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min),
        )
        .order_by(Booking.local_start)
    )
    return [
        ActivityRow(row[0], row[1].date(), row[2], row[3], row[4], row[5]) for row in session.execute(query)
    ]


def linked_group_ids(session: Session, application: SubsidyApplication) -> list[int]:
    ids = set(session.scalars(
        select(ApplicationWorkingGroup.working_group_id).where(ApplicationWorkingGroup.application_id == application.id)
    ))
    if application.working_group_id:
        ids.add(application.working_group_id)
    return sorted(ids)


def _scope(session: Session, application: SubsidyApplication):
    start, end = report_period(application)
    costs, left_costs = counted_costs(session, application.id, start, end)
    allowances, left_allowances = counted_allowances(session, application.id, start, end,
                                                     linked_group_ids(session, application))
    return costs, allowances, left_costs + left_allowances


def actual_costs(session: Session, application_id: int) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """budget line id → entered costs, and → linked (approved or paid) allowances; only what
    falls inside the application's period and, for allowances, its working groups."""
    application = session.get(SubsidyApplication, application_id)
    entered: dict[int, Decimal] = defaultdict(lambda: ZERO)
    allowances: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if application is None:
        return entered, allowances
    costs, counted, _left_out = _scope(session, application)
    for cost in costs:
        entered[cost.budget_line_id] += Decimal(cost.amount)
    for line in counted:
        allowances[line.budget_line_id] += Decimal(line.amount)
    return entered, allowances


def report_lines(session: Session, application: SubsidyApplication) -> list[ReportLine]:
    entered, allowances = actual_costs(session, application.id)
    return [
        ReportLine(
            line.id, line.category, line.description, line.amount, formatting.round_money(entered[line.id]),
            formatting.round_money(allowances[line.id]), line.explanation,
        )
        for line in application.budget_lines
    ]


def unexplained_lines(session: Session, application: SubsidyApplication) -> list[str]:
    return [line.description for line in report_lines(session, application) if line.needs_explanation]


def build_report(session: Session, application: SubsidyApplication, today: dt.date) -> AccountabilityReport:
    funder = session.get(Funder, application.funder_id)
    detail = application_detail(session, application, today)
    granted = application.granted_amount if application.granted_amount is not None else application.requested_amount
    level = rules.required_report(granted, funder.no_report_below, funder.auditor_statement_from)
    activities = linked_bookings(session, application, today)
    start, end = report_period(application)
    groups = linked_group_ids(session, application)
    hours, volunteers = ZERO, 0
    if groups:
        hours, volunteers = session.execute(
            select(func.coalesce(func.sum(VolunteerHours.hours), 0), func.count(func.distinct(VolunteerHours.volunteer_id)))
            .where(VolunteerHours.working_group_id.in_(groups), VolunteerHours.worked_on >= start,
                   VolunteerHours.worked_on <= end)
        ).one()
    group_names = tuple(session.scalars(select(WorkingGroup.name).where(WorkingGroup.id.in_(groups)).order_by(WorkingGroup.name)))
    entered, allowances, left_out = _scope(session, application)
    costs = [CostRow(c.id, c.budget_line_id, c.spent_on, c.description, c.amount, "entered") for c in entered]
    people = {v.id: " ".join(p for p in (v.first_name, v.infix, v.last_name) if p) for v in session.scalars(
        select(Volunteer).where(Volunteer.id.in_({a.volunteer_id for a in allowances})))}
    for line in allowances:
        costs.append(CostRow(line.id, line.budget_line_id, line.worked_on,
                             _("allowance: {what}").format(what=line.description), line.amount, "allowance",
                             people.get(line.volunteer_id, ""), line.hours))
    return AccountabilityReport(
        application=detail, report_level=level.value,
        report_requirement=rules.report_description(level, granted, funder.no_report_below, funder.auditor_statement_from),
        activities=tuple(activities), participants=sum(a.participants or 0 for a in activities),
        activities_without_count=sum(1 for a in activities if a.participants is None),
        volunteer_hours=formatting.round_money(Decimal(hours)), volunteers=int(volunteers),
        working_groups=group_names, lines=tuple(report_lines(session, application)), costs=tuple(costs),
        left_out=tuple(left_out), allowance_volunteers=len({a.volunteer_id for a in allowances}),
        allowance_hours=formatting.round_money(sum((a.hours or ZERO for a in allowances), ZERO)),
    )
