"""Verantwoording: an application is linked to the bookings and series that were its activities,
to working groups (their volunteer hours) and to allowance lines or entered costs; the report
then fills itself from what the centre recorded."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    ActualCost, AllowanceLine, ApplicationAllowanceLine, ApplicationBooking, ApplicationSeries,
    ApplicationWorkingGroup, Booking, BookingSeries, BudgetLine, Funder, Room, SubsidyApplication, Volunteer,
    VolunteerHours, WorkingGroup,
)
from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.subsidies import State
from app.i18n import translator
from app.services import audit
from app.services.actor import Actor
from app.services.records import get_or_raise
from app.services.subsidies import ApplicationDetail, _detail

_ = translator("subsidies")

ZERO = Decimal("0.00")
HELD_STATUS = "bevestigd"  # options and cancelled bookings are not activities held
COUNTED_ALLOWANCE_STATES = ("goedgekeurd", "betaald")
LINK_STATES = frozenset({State.CONCEPT, State.SUBMITTED, State.GRANTED, State.ACCOUNTED})


@dataclass(frozen=True)
class ReportLine:
    budget_line_id: int
    category: str
    description: str
    budget: Decimal
    entered: Decimal
    allowances: Decimal
    explanation: str

    @property
    def actual(self) -> Decimal:
        return self.entered + self.allowances

    @property
    def difference(self) -> Decimal:
        return self.actual - self.budget

    @property
    def needs_explanation(self) -> bool:
        return rules.needs_explanation(self.budget, self.actual) and not self.explanation.strip()


@dataclass(frozen=True)
class ActivityRow:
    booking_id: int
    day: dt.date
    activity: str
    room: str
    participants: int | None
    series_id: int | None


@dataclass(frozen=True)
class CostRow:
    id: int
    budget_line_id: int
    spent_on: dt.date
    description: str
    amount: Decimal
    source: str  # "entered" or "allowance"


@dataclass(frozen=True)
class AccountabilityReport:
    application: ApplicationDetail
    report_level: str
    report_requirement: str
    activities: tuple[ActivityRow, ...]
    participants: int
    activities_without_count: int
    volunteer_hours: Decimal
    volunteers: int
    working_groups: tuple[str, ...]
    lines: tuple[ReportLine, ...]
    costs: tuple[CostRow, ...]

    @property
    def activities_held(self) -> int:
        return len(self.activities)

    @property
    def budget_total(self) -> Decimal:
        return sum((l.budget for l in self.lines), ZERO)

    @property
    def actual_total(self) -> Decimal:
        return sum((l.actual for l in self.lines), ZERO)

    @property
    def difference_total(self) -> Decimal:
        return self.actual_total - self.budget_total


@dataclass(frozen=True)
class Candidate:
    """Something that can be linked: a booking, a series, a working group, an allowance line."""

    id: int
    label: str
    detail: str
    linked: bool
    amount: Decimal | None = None
    budget_line_id: int | None = None


def _period(application: SubsidyApplication) -> tuple[dt.date, dt.date]:
    start = application.period_start or dt.date(1900, 1, 1)
    end = application.period_end or dt.date(2999, 12, 31)
    return start, end


def _linked_bookings(session: Session, application: SubsidyApplication, today: dt.date) -> list[ActivityRow]:
    start, end = _period(application)
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


def _group_ids(session: Session, application: SubsidyApplication) -> list[int]:
    ids = set(session.scalars(
        select(ApplicationWorkingGroup.working_group_id).where(ApplicationWorkingGroup.application_id == application.id)
    ))
    if application.working_group_id:
        ids.add(application.working_group_id)
    return sorted(ids)


def actual_costs(session: Session, application_id: int) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """budget line id → entered costs, and → linked (approved or paid) allowances."""
    entered: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for line_id, total in session.execute(
        select(ActualCost.budget_line_id, func.sum(ActualCost.amount))
        .where(ActualCost.application_id == application_id).group_by(ActualCost.budget_line_id)
    ):
        entered[line_id] = Decimal(total or 0)
    allowances: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for line_id, total in session.execute(
        select(ApplicationAllowanceLine.budget_line_id, func.sum(AllowanceLine.amount))
        .join(AllowanceLine, AllowanceLine.id == ApplicationAllowanceLine.allowance_line_id)
        .where(ApplicationAllowanceLine.application_id == application_id,
               AllowanceLine.state.in_(COUNTED_ALLOWANCE_STATES))
        .group_by(ApplicationAllowanceLine.budget_line_id)
    ):
        allowances[line_id] = Decimal(total or 0)
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
    detail = _detail(session, application, today)
    granted = application.granted_amount if application.granted_amount is not None else application.requested_amount
    level = rules.required_report(granted, funder.no_report_below, funder.auditor_statement_from)
    activities = _linked_bookings(session, application, today)
    start, end = _period(application)
    groups = _group_ids(session, application)
    hours, volunteers = ZERO, 0
    if groups:
        hours, volunteers = session.execute(
            select(func.coalesce(func.sum(VolunteerHours.hours), 0), func.count(func.distinct(VolunteerHours.volunteer_id)))
            .where(VolunteerHours.working_group_id.in_(groups), VolunteerHours.worked_on >= start,
                   VolunteerHours.worked_on <= end)
        ).one()
    group_names = tuple(session.scalars(select(WorkingGroup.name).where(WorkingGroup.id.in_(groups)).order_by(WorkingGroup.name)))
    costs = [
        CostRow(c.id, c.budget_line_id, c.spent_on, c.description, c.amount, "entered")
        for c in session.scalars(select(ActualCost).where(ActualCost.application_id == application.id)
                                 .order_by(ActualCost.spent_on, ActualCost.id))
    ]
    for link, line, volunteer in session.execute(
        select(ApplicationAllowanceLine, AllowanceLine, Volunteer)
        .join(AllowanceLine, AllowanceLine.id == ApplicationAllowanceLine.allowance_line_id)
        .join(Volunteer, Volunteer.id == AllowanceLine.volunteer_id)
        .where(ApplicationAllowanceLine.application_id == application.id,
               AllowanceLine.state.in_(COUNTED_ALLOWANCE_STATES))
        .order_by(AllowanceLine.worked_on)
    ):
        name = " ".join(p for p in (volunteer.first_name, volunteer.infix, volunteer.last_name) if p)
        costs.append(CostRow(line.id, link.budget_line_id, line.worked_on,
                             _("allowance {name}: {what}").format(name=name, what=line.description or line.kind),
                             line.amount, "allowance"))
    return AccountabilityReport(
        application=detail, report_level=level.value,
        report_requirement=rules.report_description(level, granted, funder.no_report_below, funder.auditor_statement_from),
        activities=tuple(activities), participants=sum(a.participants or 0 for a in activities),
        activities_without_count=sum(1 for a in activities if a.participants is None),
        volunteer_hours=formatting.round_money(Decimal(hours)), volunteers=int(volunteers),
        working_groups=group_names, lines=tuple(report_lines(session, application)), costs=tuple(costs),
    )


class AccountabilityService:
    def __init__(self, db: Database):
        self.db = db

    def report(self, actor: Actor, application_id: int, *, today: dt.date | None = None) -> AccountabilityReport:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            return build_report(uow.session, application, today or dt.date.today())

    # -- candidates for the pickers -----------------------------------------------------------------
    def booking_candidates(self, actor: Actor, application_id: int, *, limit: int = 400) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            start, end = _period(application)
            linked = set(uow.session.scalars(select(ApplicationBooking.booking_id)
                                             .where(ApplicationBooking.application_id == application_id)))
            rows = uow.session.execute(
                select(Booking.id, Booking.local_start, Booking.activity, Room.name, Booking.actual_participants)
                .join(Room, Room.id == Booking.room_id)
                .where(Booking.series_id.is_(None), Booking.status != "geannuleerd",
                       Booking.local_start >= dt.datetime.combine(start, dt.time.min),
                       Booking.local_start < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min))
                .order_by(Booking.local_start).limit(limit)
            )
            return [
                Candidate(r[0], r[2], f"{formatting.datetime(r[1])} · {r[3]}"
                          + (f" · {r[4]}" if r[4] is not None else ""), r[0] in linked)
                for r in rows
            ]

    def series_candidates(self, actor: Actor, application_id: int) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            _start, end = _period(application)
            linked = set(uow.session.scalars(select(ApplicationSeries.series_id)
                                             .where(ApplicationSeries.application_id == application_id)))
            rows = uow.session.execute(
                select(BookingSeries.id, BookingSeries.activity, Room.name, BookingSeries.first_date, BookingSeries.start_time)
                .join(Room, Room.id == BookingSeries.room_id)
                .where(BookingSeries.first_date <= end).order_by(BookingSeries.activity)
            )
            return [
                Candidate(r[0], r[1], _("from {date}, {time} · {room}").format(
                    date=formatting.date(r[3]), time=r[4].strftime("%H:%M"), room=r[2]), r[0] in linked)
                for r in rows
            ]

    def working_group_candidates(self, actor: Actor, application_id: int) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            linked = set(_group_ids(uow.session, application))
            return [
                Candidate(g.id, g.name, "", g.id in linked)
                for g in uow.session.scalars(select(WorkingGroup).order_by(WorkingGroup.name))
            ]

    def allowance_candidates(self, actor: Actor, application_id: int, *, limit: int = 400) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            start, end = _period(application)
            links = dict(uow.session.execute(
                select(ApplicationAllowanceLine.allowance_line_id, ApplicationAllowanceLine.budget_line_id)
                .where(ApplicationAllowanceLine.application_id == application_id)).all())
            rows = uow.session.execute(
                select(AllowanceLine, Volunteer).join(Volunteer, Volunteer.id == AllowanceLine.volunteer_id)
                .where(AllowanceLine.state.in_(COUNTED_ALLOWANCE_STATES),
                       or_(AllowanceLine.id.in_(list(links)) if links else false(),
                           and_(AllowanceLine.worked_on >= start, AllowanceLine.worked_on <= end)))
                .order_by(AllowanceLine.worked_on).limit(limit)
            )
            return [
                Candidate(line.id, " ".join(p for p in (v.first_name, v.infix, v.last_name) if p),
                          f"{formatting.date(line.worked_on)} · {line.kind} · {line.description}",
                          line.id in links, line.amount, links.get(line.id))
                for line, v in rows
            ]

    # -- changing the links ---------------------------------------------------------------------------
    def set_booking_links(self, actor: Actor, application_id: int, booking_ids: list[int]) -> None:
        self._set_links(actor, application_id, ApplicationBooking, "booking_id", Booking, booking_ids, _("Booking"))

    def set_series_links(self, actor: Actor, application_id: int, series_ids: list[int]) -> None:
        self._set_links(actor, application_id, ApplicationSeries, "series_id", BookingSeries, series_ids, _("Series"))

    def set_working_group_links(self, actor: Actor, application_id: int, group_ids: list[int]) -> None:
        self._set_links(actor, application_id, ApplicationWorkingGroup, "working_group_id", WorkingGroup, group_ids,
                        _("Working group"))

    def _set_links(self, actor, application_id, link_model, column, target_model, ids, what) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work() as uow:
            application = self._open(uow.session, application_id, LINK_STATES)
            wanted = set(ids)
            for target_id in wanted:
                get_or_raise(uow.session, target_model, target_id, what)
            current = {getattr(l, column): l for l in uow.session.scalars(
                select(link_model).where(link_model.application_id == application.id))}
            added = sorted(wanted - set(current))
            removed = sorted(set(current) - wanted)
            for target_id in removed:
                uow.session.delete(current[target_id])
            for target_id in added:
                uow.session.add(link_model(application_id=application.id, **{column: target_id}))
            if added or removed:
                audit.record(uow.session, actor, "link", "subsidy_application", application.id,
                             before={column: removed}, after={column: added}, detail=link_model.__tablename__)
            uow.commit()

    def link_allowance_line(self, actor: Actor, application_id: int, allowance_line_id: int,
                            budget_line_id: int | None) -> None:
        """Count an allowance line as a cost of a budget line; None removes the link."""
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work() as uow:
            application = self._open(uow.session, application_id, rules.ACCOUNTABILITY_STATES)
            get_or_raise(uow.session, AllowanceLine, allowance_line_id, _("Allowance line"))
            link = uow.session.scalar(select(ApplicationAllowanceLine).where(
                ApplicationAllowanceLine.application_id == application.id,
                ApplicationAllowanceLine.allowance_line_id == allowance_line_id))
            before = {"allowance_line_id": allowance_line_id, "budget_line_id": link.budget_line_id if link else None}
            if budget_line_id is None:
                if link is not None:
                    uow.session.delete(link)
            else:
                self._budget_line(uow.session, application, budget_line_id)
                if link is None:
                    uow.session.add(ApplicationAllowanceLine(application_id=application.id,
                                                             allowance_line_id=allowance_line_id,
                                                             budget_line_id=budget_line_id))
                else:
                    link.budget_line_id = budget_line_id
            audit.record(uow.session, actor, "link", "subsidy_application", application.id, before=before,
                         after={"allowance_line_id": allowance_line_id, "budget_line_id": budget_line_id},
                         detail="subsidy_application_allowance")
            uow.commit()

    # -- actual costs and explanations ------------------------------------------------------------------
    def add_cost(self, actor: Actor, application_id: int, *, budget_line_id: int, spent_on: dt.date,
                 description: str, amount: Decimal) -> CostRow:
        actor.require(Permission.EDIT_SUBSIDIES, _("enter actual costs"))
        problems = []
        if spent_on is None:
            problems.append(FieldProblem("spent_on", _("enter the date")))
        if not description.strip():
            problems.append(FieldProblem("description", _("describe the cost")))
        if amount is None or amount == ZERO:
            problems.append(FieldProblem("amount", _("enter an amount")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work() as uow:
            application = self._open(uow.session, application_id, rules.ACCOUNTABILITY_STATES)
            self._budget_line(uow.session, application, budget_line_id)
            cost = ActualCost(application_id=application.id, budget_line_id=budget_line_id, spent_on=spent_on,
                              description=description.strip(), amount=formatting.round_money(amount),
                              created_by=actor.username)
            uow.session.add(cost)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "subsidy_actual_cost", cost.id, after=audit.snapshot(cost))
            uow.commit()
            return CostRow(cost.id, cost.budget_line_id, cost.spent_on, cost.description, cost.amount, "entered")

    def remove_cost(self, actor: Actor, cost_id: int) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("enter actual costs"))
        with self.db.unit_of_work() as uow:
            cost = get_or_raise(uow.session, ActualCost, cost_id, _("Cost"))
            self._open(uow.session, cost.application_id, rules.ACCOUNTABILITY_STATES)
            audit.record(uow.session, actor, "delete", "subsidy_actual_cost", cost.id, before=audit.snapshot(cost))
            uow.session.delete(cost)
            uow.commit()

    def set_explanation(self, actor: Actor, application_id: int, budget_line_id: int, text: str) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work() as uow:
            application = self._open(uow.session, application_id, rules.ACCOUNTABILITY_STATES)
            line = self._budget_line(uow.session, application, budget_line_id)
            before = line.explanation
            line.explanation = text.strip()
            audit.record(uow.session, actor, "update", "subsidy_budget_line", line.id,
                         before={"explanation": before}, after={"explanation": line.explanation})
            uow.commit()

    def set_report_text(self, actor: Actor, application_id: int, text: str) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work() as uow:
            application = self._open(uow.session, application_id, rules.ACCOUNTABILITY_STATES)
            before = application.report_text
            application.report_text = text.strip()
            audit.record(uow.session, actor, "update", "subsidy_application", application.id,
                         before={"report_text": before}, after={"report_text": application.report_text})
            uow.commit()

    @staticmethod
    def _open(session: Session, application_id: int, states: frozenset[State]) -> SubsidyApplication:
        application = get_or_raise(session, SubsidyApplication, application_id, _("Application"))
        if State(application.state) not in states:
            raise Conflict(_("The accountability of an application that is {state} cannot be changed.").format(
                state=rules.state_label(application.state)))
        return application

    @staticmethod
    def _budget_line(session: Session, application: SubsidyApplication, budget_line_id: int) -> BudgetLine:
        line = session.get(BudgetLine, budget_line_id)
        if line is None or line.application_id != application.id:
            raise NotFound(_("Budget line {id} is not part of this application.").format(id=budget_line_id))
        return line

    # -- printing ---------------------------------------------------------------------------------------
    def write_pdf(self, actor: Actor, application_id: int, target, *, today: dt.date | None = None):
        from app.reports.pdf.accountability import write_accountability_pdf
        from app.services.subsidies import letterhead

        report = self.report(actor, application_id, today=today)
        write_accountability_pdf(target, report, letterhead(self.db), today=today)
        return target

    def write_excel(self, actor: Actor, application_id: int, path, *, today: dt.date | None = None):
        from app.reports.accountability_excel import write_accountability_excel

        actor.require(Permission.VIEW, _("see subsidy applications"))
        return write_accountability_excel(path, self.report(actor, application_id, today=today))
