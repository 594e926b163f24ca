"""Verantwoording: an application is linked to the bookings and series that were its activities,
to working groups (their volunteer hours) and to allowance lines or entered costs; the report
then fills itself from what the centre recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    ActualCost, AllowanceLine, ApplicationAllowanceLine, ApplicationBooking, ApplicationSeries,
    ApplicationWorkingGroup, Booking, BookingSeries, BudgetLine, Room, SubsidyApplication, Volunteer, WorkingGroup,
)
from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.subsidies import State
from app.i18n import translator
from app.services.common import audit
from app.services.exports import ExportService
from app.services.settings import SettingsService
from app.services.subsidies._accountability_report import (
    COUNTED_ALLOWANCE_STATES,
    HELD_STATUS,
    ZERO,
    AccountabilityReport,
    ActivityRow,
    CostRow,
    ReportLine,
    linked_group_ids,
    report_period,
    actual_costs,
    build_report,
    report_lines,
    unexplained_lines,
)
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise
from app.services.subsidies.rows import ApplicationDetail

__all__ = [
    "COUNTED_ALLOWANCE_STATES", "HELD_STATUS", "LINK_STATES", "ZERO", "AccountabilityReport", "AccountabilityService",
    "ActivityRow", "ApplicationDetail", "Candidate", "CostRow", "ReportLine", "actual_costs", "build_report",
    "report_lines", "unexplained_lines",
]

_ = translator("subsidies")

LINK_STATES = frozenset({State.CONCEPT, State.SUBMITTED, State.GRANTED, State.ACCOUNTED})


@dataclass(frozen=True)
class Candidate:
    """Something that can be linked: a booking, a series, a working group, an allowance line."""

    id: int
    label: str
    detail: str
    linked: bool
    amount: Decimal | None = None
    budget_line_id: int | None = None


class AccountabilityService:
    def __init__(self, db: Database):
        self.db = db

    def report(self, actor: Actor, application_id: int, *, today: dt.date | None = None) -> AccountabilityReport:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            return build_report(uow.session, application, today or dt.date.today())

    # -- candidates for the pickers -----------------------------------------------------------------
    def booking_candidates(self, actor: Actor, application_id: int, *, limit: int = 400) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            start, end = report_period(application)
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
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            _start, end = report_period(application)
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
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            linked = set(linked_group_ids(uow.session, application))
            return [
                Candidate(g.id, g.name, "", g.id in linked)
                for g in uow.session.scalars(select(WorkingGroup).order_by(WorkingGroup.name))
            ]

    def allowance_candidates(self, actor: Actor, application_id: int, *, limit: int = 400) -> list[Candidate]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            start, end = report_period(application)
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
        with self.db.unit_of_work(actor) as uow:
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
        with self.db.unit_of_work(actor) as uow:
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
        with self.db.unit_of_work(actor) as uow:
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
        with self.db.unit_of_work(actor) as uow:
            cost = get_or_raise(uow.session, ActualCost, cost_id, _("Cost"))
            self._open(uow.session, cost.application_id, rules.ACCOUNTABILITY_STATES)
            audit.record(uow.session, actor, "delete", "subsidy_actual_cost", cost.id, before=audit.snapshot(cost))
            uow.session.delete(cost)
            uow.commit()

    def set_explanation(self, actor: Actor, application_id: int, budget_line_id: int, text: str) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work(actor) as uow:
            application = self._open(uow.session, application_id, rules.ACCOUNTABILITY_STATES)
            line = self._budget_line(uow.session, application, budget_line_id)
            before = line.explanation
            line.explanation = text.strip()
            audit.record(uow.session, actor, "update", "subsidy_budget_line", line.id,
                         before={"explanation": before}, after={"explanation": line.explanation})
            uow.commit()

    def set_report_text(self, actor: Actor, application_id: int, text: str) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the accountability of applications"))
        with self.db.unit_of_work(actor) as uow:
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

        report = self.report(actor, application_id, today=today)
        exports = ExportService(self.db)
        exports.write(actor, target, lambda partial: write_accountability_pdf(
            partial, report, exports.letterhead(actor), today=today), record="subsidy_application",
            record_id=application_id, detail=_("accountability report (PDF)"))
        return target

    def write_excel(self, actor: Actor, application_id: int, path, *, today: dt.date | None = None):
        from app.reports.accountability_excel import write_accountability_excel

        actor.require(Permission.VIEW, _("see subsidy applications"))
        report = self.report(actor, application_id, today=today)
        centre = SettingsService(self.db).centre(actor).name
        ExportService(self.db).write(
            actor, path, lambda partial: write_accountability_excel(partial, report, centre=centre),
            record="subsidy_application", record_id=application_id, detail=_("accountability figures (Excel)"))
        return path
