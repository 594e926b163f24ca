"""Funders and subsidy applications: writing them, the checks before submitting, the decision,
and the deadlines that come up. Only a concept is freely editable; every later step goes
through the state allow-list in app.domain.subsidies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Funder, SubsidyApplication, Theme, WorkingGroup
from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.subsidies import State
from app.i18n import translator
from app.services.common import audit
from app.services.exports import ExportService
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.subsidies._records import (
    apply_application_data,
    check_application,
    clean_funder,
    application_detail,
    funder_row,
    application_snapshot,
    touch_application,
    with_documents,
    next_step,
    submission_problems,
    upcoming_deadlines,
)
from app.services.common.transitions import move_state
from app.services.subsidies.rows import (
    ZERO,
    ApplicationData,
    ApplicationDetail,
    ApplicationRow,
    Deadline,
    DocumentData,
    FunderData,
    FunderRow,
)

_ = translator("subsidies")


class SubsidyService:
    def __init__(self, db: Database):
        self.db = db

    # -- funders --------------------------------------------------------------------------------
    def list_funders(self, actor: Actor, *, today: dt.date | None = None, active_only: bool = False) -> list[FunderRow]:
        actor.require(Permission.VIEW, _("see funders"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            query = select(Funder).order_by(Funder.name)
            if active_only:
                query = query.where(Funder.active.is_(True))
            return [funder_row(f, today) for f in uow.session.scalars(query)]

    def get_funder(self, actor: Actor, funder_id: int) -> FunderRow:
        actor.require(Permission.VIEW, _("see funders"))
        with self.db.reader(actor) as uow:
            return funder_row(get_or_raise(uow.session, Funder, funder_id, _("Funder")), dt.date.today())

    def save_funder(
        self, actor: Actor, data: FunderData, *, funder_id: int | None = None, expected_version: int | None = None,
    ) -> FunderRow:
        actor.require(Permission.EDIT_SUBSIDIES, _("change funders"))
        values = clean_funder(data)
        with self.db.unit_of_work(actor) as uow:
            clash = uow.session.scalar(select(Funder.id).where(func.lower(Funder.name) == values["name"].lower()))
            if clash is not None and clash != funder_id:
                raise ValidationError(FieldProblem("name", _("{name} exists already").format(name=values["name"])))
            if funder_id is None:
                funder = Funder(**values)
                uow.session.add(funder)
                uow.session.flush()
                audit.record(uow.session, actor, "create", "funder", funder.id, after=audit.snapshot(funder))
            else:
                funder = load_for_update(uow.session, Funder, funder_id, expected_version, _("Funder"))
                before = audit.snapshot(funder)
                for key, value in values.items():
                    setattr(funder, key, value)
                uow.session.flush()
                old, new = audit.changed_fields(before, audit.snapshot(funder))
                audit.record(uow.session, actor, "update", "funder", funder.id, before=old, after=new)
            uow.commit()
            return funder_row(funder, dt.date.today())

    # -- applications -----------------------------------------------------------------------------
    def list_applications(self, actor: Actor, *, today: dt.date | None = None, state: str | None = None) -> list[ApplicationRow]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            query = select(SubsidyApplication, Funder).join(Funder, Funder.id == SubsidyApplication.funder_id)
            if state:
                query = query.where(SubsidyApplication.state == state)
            rows = []
            for application, funder in uow.session.execute(query.order_by(SubsidyApplication.id.desc())):
                day, what = next_step(application, funder, today)
                rows.append(ApplicationRow(
                    id=application.id, title=application.title, funder_id=funder.id, funder_name=funder.name,
                    state=application.state, state_label=rules.state_label(application.state),
                    period_start=application.period_start, period_end=application.period_end,
                    requested_amount=application.requested_amount, granted_amount=application.granted_amount,
                    next_date=day, next_what=what, version=application.version,
                ))
            return rows

    def get_application(self, actor: Actor, application_id: int, *, today: dt.date | None = None) -> ApplicationDetail:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader(actor) as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            return application_detail(uow.session, application, today or dt.date.today())

    def documents_for(self, actor: Actor, funder_id: int) -> tuple[DocumentData, ...]:
        """The checklist a new application to this funder starts with."""
        funder = self.get_funder(actor, funder_id)
        return tuple(DocumentData(name) for name in funder.required_documents)

    def create_application(self, actor: Actor, data: ApplicationData) -> ApplicationDetail:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work(actor) as uow:
            check_application(uow.session, data)
            if not data.documents:
                funder = uow.session.get(Funder, data.funder_id)
                data = with_documents(data, funder)
            application = SubsidyApplication(state=State.CONCEPT.value, created_by=actor.username)
            apply_application_data(application, data)
            uow.session.add(application)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "subsidy_application", application.id, after=application_snapshot(application))
            uow.commit()
            return application_detail(uow.session, application, dt.date.today())

    def update_application(
        self, actor: Actor, application_id: int, data: ApplicationData, *, expected_version: int | None,
    ) -> ApplicationDetail:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work(actor) as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            if application.state != State.CONCEPT:
                raise Conflict(_(
                    "Only a concept can be changed; this application is {state}."
                ).format(state=rules.state_label(application.state)))
            check_application(uow.session, data)
            before = application_snapshot(application)
            apply_application_data(application, data)
            touch_application(application)
            uow.session.flush()
            old, new = audit.changed_fields(before, application_snapshot(application))
            audit.record(uow.session, actor, "update", "subsidy_application", application.id, before=old, after=new)
            uow.commit()
            return application_detail(uow.session, application, dt.date.today())

    def delete_application(self, actor: Actor, application_id: int, *, expected_version: int | None) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work(actor) as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            if application.state != State.CONCEPT:
                raise Conflict(_("Only a concept can be deleted; this application is {state}.").format(
                    state=rules.state_label(application.state)))
            audit.record(uow.session, actor, "delete", "subsidy_application", application.id, before=application_snapshot(application))
            uow.session.delete(application)
            uow.commit()

    # -- state changes ------------------------------------------------------------------------------
    def submit(self, actor: Actor, application_id: int, *, expected_version: int | None,
               on: dt.date | None = None) -> ApplicationDetail:
        def check(session: Session, application: SubsidyApplication) -> None:
            problems = submission_problems(application, session.get(Funder, application.funder_id))
            if problems:
                raise ValidationError(problems)
            application.submitted_on = on or dt.date.today()

        return self._move(actor, application_id, State.SUBMITTED, expected_version, check)

    def withdraw(self, actor: Actor, application_id: int, *, expected_version: int | None) -> ApplicationDetail:
        """Back to concept to correct it (before the funder decided)."""

        def check(session: Session, application: SubsidyApplication) -> None:
            application.submitted_on = None

        return self._move(actor, application_id, State.CONCEPT, expected_version, check)

    def grant(
        self, actor: Actor, application_id: int, *, expected_version: int | None, amount: Decimal,
        decided_on: dt.date, conditions: str = "", interim_report_due: dt.date | None = None,
        final_report_due: dt.date | None = None,
    ) -> ApplicationDetail:
        def check(session: Session, application: SubsidyApplication) -> None:
            funder = session.get(Funder, application.funder_id)
            problems = []
            if amount is None or amount <= ZERO:
                problems.append(FieldProblem("granted_amount", _("enter the amount granted")))
            elif amount > application.requested_amount:
                problems.append(FieldProblem("granted_amount", _("more than the {requested} requested").format(
                    requested=formatting.money(application.requested_amount))))
            if decided_on is None:
                problems.append(FieldProblem("decided_on", _("enter the date of the decision")))
            elif application.submitted_on and decided_on < application.submitted_on:
                problems.append(FieldProblem("decided_on", _("lies before the application was submitted")))
            if amount and amount > ZERO:
                level = rules.required_report(amount, funder.no_report_below, funder.auditor_statement_from)
                if level is not rules.ReportLevel.NONE and final_report_due is None:
                    problems.append(FieldProblem(
                        "final_report_due", _("{funder} wants a report for this amount: enter when it is due").format(
                            funder=funder.name)))
            if interim_report_due and final_report_due and interim_report_due > final_report_due:
                problems.append(FieldProblem("interim_report_due", _("lies after the final report")))
            if problems:
                raise ValidationError(problems)
            application.granted_amount = formatting.round_money(amount)
            application.decided_on = decided_on
            application.conditions = conditions.strip()
            application.interim_report_due = interim_report_due
            application.final_report_due = final_report_due

        return self._move(actor, application_id, State.GRANTED, expected_version, check)

    def reject(self, actor: Actor, application_id: int, *, expected_version: int | None, decided_on: dt.date,
               reason: str = "") -> ApplicationDetail:
        def check(session: Session, application: SubsidyApplication) -> None:
            if decided_on is None:
                raise ValidationError(FieldProblem("decided_on", _("enter the date of the decision")))
            application.decided_on = decided_on
            application.rejection_reason = reason.strip()

        return self._move(actor, application_id, State.REJECTED, expected_version, check)

    def mark_accounted(self, actor: Actor, application_id: int, *, expected_version: int | None,
                       on: dt.date | None = None) -> ApplicationDetail:
        """The report went to the funder. Differences above 10 % must be explained first."""
        from app.services.subsidies._accountability import unexplained_lines

        def check(session: Session, application: SubsidyApplication) -> None:
            missing = unexplained_lines(session, application)
            if missing:
                raise ValidationError([
                    FieldProblem("explanation", _("explain why {line} differs from the budget").format(line=name))
                    for name in missing
                ])
            application.accounted_on = on or dt.date.today()

        return self._move(actor, application_id, State.ACCOUNTED, expected_version, check)

    def settle(self, actor: Actor, application_id: int, *, expected_version: int | None, amount: Decimal,
               on: dt.date) -> ApplicationDetail:
        """The funder set the final amount (vaststelling). Straight from granted only when the
        funder's thresholds need no report for the amount."""

        def check(session: Session, application: SubsidyApplication) -> None:
            funder = session.get(Funder, application.funder_id)
            if application.state == State.GRANTED:
                level = rules.required_report(
                    application.granted_amount or ZERO, funder.no_report_below, funder.auditor_statement_from
                )
                if level is not rules.ReportLevel.NONE:
                    raise Conflict(_(
                        "{funder} wants a report for {amount}: mark the application as accounted for first."
                    ).format(funder=funder.name, amount=formatting.money(application.granted_amount)))
            problems = []
            if amount is None or amount < ZERO:
                problems.append(FieldProblem("settled_amount", _("enter the amount set by the funder")))
            elif application.granted_amount is not None and amount > application.granted_amount:
                problems.append(FieldProblem("settled_amount", _("more than the {granted} granted").format(
                    granted=formatting.money(application.granted_amount))))
            if on is None:
                problems.append(FieldProblem("settled_on", _("enter the date of the decision")))
            if problems:
                raise ValidationError(problems)
            application.settled_amount = formatting.round_money(amount)
            application.settled_on = on

        return self._move(actor, application_id, State.SETTLED, expected_version, check)

    def _move(self, actor: Actor, application_id: int, target: State, expected_version: int | None, check) -> ApplicationDetail:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the state of subsidy applications"))
        with self.db.unit_of_work(actor) as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            problem = rules.transition_problem(application.state, target)
            if problem:
                raise Conflict(problem)
            before = application_snapshot(application)
            check(uow.session, application)
            move_state(uow.session, application, target.value, _("The application"))
            old, new = audit.changed_fields(before, application_snapshot(application))
            audit.record(uow.session, actor, target.value, "subsidy_application", application.id, before=old, after=new)
            uow.commit()
            return application_detail(uow.session, application, dt.date.today())

    def themes_and_groups(self, actor: Actor) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The themes and working groups an application or a goal can belong to."""
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader(actor) as uow:
            themes = [tuple(r) for r in uow.session.execute(select(Theme.id, Theme.name).order_by(Theme.name))]
            groups = [tuple(r) for r in uow.session.execute(
                select(WorkingGroup.id, WorkingGroup.name).order_by(WorkingGroup.name))]
            return themes, groups

    # -- printing ------------------------------------------------------------------------------------
    def write_pdf(self, actor: Actor, application_id: int, target, *, today: dt.date | None = None):
        """The application as it goes to the fund (a path or a BytesIO)."""
        from app.reports.pdf.application import write_application_pdf

        application = self.get_application(actor, application_id, today=today)
        funder = self.get_funder(actor, application.funder_id)
        exports = ExportService(self.db)
        exports.write(actor, target, lambda partial: write_application_pdf(
            partial, application, funder, exports.letterhead(actor), today=today), record="subsidy_application",
            record_id=application_id, detail=_("application (PDF)"))
        return target

    # -- deadlines ----------------------------------------------------------------------------------
    def deadlines(self, actor: Actor, *, today: dt.date | None = None,
                  weeks: int = rules.DEADLINE_WINDOW_WEEKS) -> list[Deadline]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            return upcoming_deadlines(uow.session, today, weeks)
