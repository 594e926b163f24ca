"""Funders and subsidy applications: writing them, the checks before submitting, the decision,
and the deadlines that come up. Only a concept is freely editable; every later step goes
through the state allow-list in app.domain.subsidies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db.database import Database
from app.db.models import (
    ApplicationDocument, BudgetLine, CoverageLine, Funder, SubsidyApplication, Theme, WorkingGroup,
)
from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.subsidies import State
from app.i18n import translator
from app.services import audit
from app.services.actor import Actor
from app.services.records import get_or_raise, load_for_update

_ = translator("subsidies")

ZERO = Decimal("0.00")


# -- rows the window and the reports get --------------------------------------------------------
@dataclass(frozen=True)
class FunderData:
    name: str
    kind: str = "fonds"
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""
    rounds: tuple[str, ...] = ()  # "1-2" = 1 February
    weeks_before_start: int | None = None
    deadline_note: str = ""
    maximum_amount: Decimal | None = None
    amount_step: Decimal | None = None
    never_pays_for: str = ""
    required_documents: tuple[str, ...] = ()
    no_report_below: Decimal | None = None
    auditor_statement_from: Decimal | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class FunderRow(FunderData):
    id: int = 0
    version: int = 1
    next_deadline: dt.date | None = None


@dataclass(frozen=True)
class BudgetLineData:
    category: str
    description: str
    amount: Decimal
    id: int | None = None
    explanation: str = ""


@dataclass(frozen=True)
class CoverageLineData:
    kind: str
    source: str
    amount: Decimal
    status: str = "zeker"
    id: int | None = None


@dataclass(frozen=True)
class DocumentData:
    name: str
    location: str = ""
    ready: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ApplicationData:
    """What a coordinator writes in a concept."""

    title: str
    funder_id: int
    theme_id: int | None = None
    working_group_id: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    aim: str = ""
    target_group: str = ""
    activities: str = ""
    planning: str = ""
    expected_sessions: int = 0
    expected_participants: int = 0
    requested_amount: Decimal = ZERO
    contact_person: str = ""
    budget: tuple[BudgetLineData, ...] = ()
    coverage: tuple[CoverageLineData, ...] = ()
    documents: tuple[DocumentData, ...] = ()


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    title: str
    funder_id: int
    funder_name: str
    state: str
    state_label: str
    period_start: dt.date | None
    period_end: dt.date | None
    requested_amount: Decimal
    granted_amount: Decimal | None
    next_date: dt.date | None  # the deadline, the decision awaited or the report due
    next_what: str
    version: int


@dataclass(frozen=True)
class ApplicationDetail(ApplicationData):
    id: int = 0
    version: int = 1
    state: str = "concept"
    funder_name: str = ""
    funder_kind: str = "fonds"
    theme_name: str = ""
    working_group_name: str = ""
    submitted_on: dt.date | None = None
    decided_on: dt.date | None = None
    granted_amount: Decimal | None = None
    conditions: str = ""
    interim_report_due: dt.date | None = None
    final_report_due: dt.date | None = None
    rejection_reason: str = ""
    accounted_on: dt.date | None = None
    settled_on: dt.date | None = None
    settled_amount: Decimal | None = None
    report_text: str = ""
    budget_total: Decimal = ZERO
    coverage_total: Decimal = ZERO
    difference: Decimal = ZERO
    deadline: dt.date | None = None
    funder_never_pays_for: str = ""
    checks: tuple[str, ...] = field(default_factory=tuple)  # what stops a submission now

    @property
    def editable(self) -> bool:
        return self.state == State.CONCEPT

    @property
    def state_label(self) -> str:
        return rules.state_label(self.state)


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    what: str
    funder_name: str
    application_id: int | None
    application_title: str
    overdue: bool


# -- helpers ------------------------------------------------------------------------------------
def funder_rounds(funder: Funder) -> list[tuple[int, int]]:
    result = []
    for text in funder.rounds or []:
        try:
            result.append(rules.parse_round(text))
        except ValueError:
            continue
    return result


def _funder_row(funder: Funder, today: dt.date) -> FunderRow:
    return FunderRow(
        id=funder.id, version=funder.version, name=funder.name, kind=funder.kind,
        contact_name=funder.contact_name, contact_email=funder.contact_email, contact_phone=funder.contact_phone,
        website=funder.website, rounds=tuple(funder.rounds or ()), weeks_before_start=funder.weeks_before_start,
        deadline_note=funder.deadline_note, maximum_amount=funder.maximum_amount, amount_step=funder.amount_step,
        never_pays_for=funder.never_pays_for, required_documents=tuple(funder.required_documents or ()),
        no_report_below=funder.no_report_below, auditor_statement_from=funder.auditor_statement_from,
        notes=funder.notes, active=funder.active, next_deadline=rules.next_round(funder_rounds(funder), today),
    )


def application_balance(application: SubsidyApplication) -> rules.Balance:
    return rules.balance(
        (line.amount for line in application.budget_lines), application.requested_amount,
        (line.amount for line in application.coverage_lines if line.status != "afgewezen"),
    )


def submission_problems(application: SubsidyApplication, funder: Funder) -> list[FieldProblem]:
    """Everything that stops a concept from being submitted, each with where to fix it."""
    problems: list[FieldProblem] = []
    if not application.title.strip():
        problems.append(FieldProblem("title", _("give the application a title")))
    if not application.aim.strip():
        problems.append(FieldProblem("aim", _("describe the aim of the project")))
    if not application.activities.strip():
        problems.append(FieldProblem("activities", _("describe the activities")))
    if application.period_start is None or application.period_end is None:
        problems.append(FieldProblem("period_start", _("give the period of the project")))
    if not application.budget_lines:
        problems.append(FieldProblem("budget", _("the budget has no lines")))
    for message in rules.amount_problems(
        application.requested_amount, funder.name, funder.maximum_amount, funder.amount_step
    ):
        problems.append(FieldProblem("requested_amount", message))
    message = rules.balance_message(application_balance(application))
    if message:
        problems.append(FieldProblem("coverage", message))
    missing = [doc.name for doc in application.documents if not doc.ready]
    if missing:
        problems.append(FieldProblem("documents", _("not ready yet: {names}").format(names=", ".join(missing))))
    return problems


def next_step(application: SubsidyApplication, funder: Funder, today: dt.date) -> tuple[dt.date | None, str]:
    state = State(application.state)
    if state is State.CONCEPT:
        day = rules.application_deadline(
            funder_rounds(funder), funder.weeks_before_start, application.period_start, today
        )
        return day, _("apply before")
    if state is State.SUBMITTED:
        return application.submitted_on, _("awaiting decision since")
    if state is State.GRANTED:
        due = [d for d in (application.interim_report_due, application.final_report_due) if d]
        upcoming = [d for d in due if d >= today]
        if upcoming:
            day = min(upcoming)
        else:
            day = max(due) if due else None
        if day is not None and day == application.interim_report_due and day != application.final_report_due:
            return day, _("interim report due")
        return day, _("report due")
    return None, ""


def _detail(session: Session, application: SubsidyApplication, today: dt.date) -> ApplicationDetail:
    funder = session.get(Funder, application.funder_id)
    theme = session.get(Theme, application.theme_id) if application.theme_id else None
    group = session.get(WorkingGroup, application.working_group_id) if application.working_group_id else None
    result = application_balance(application)
    checks = (
        tuple(p.message.rstrip(".") for p in submission_problems(application, funder))
        if application.state == State.CONCEPT else ()
    )
    deadline, _what = next_step(application, funder, today)
    return ApplicationDetail(
        id=application.id, version=application.version, state=application.state, title=application.title,
        funder_id=application.funder_id, funder_name=funder.name, funder_kind=funder.kind,
        theme_id=application.theme_id, working_group_id=application.working_group_id,
        theme_name=theme.name if theme else "", working_group_name=group.name if group else "",
        period_start=application.period_start, period_end=application.period_end, aim=application.aim,
        target_group=application.target_group, activities=application.activities, planning=application.planning,
        expected_sessions=application.expected_sessions, expected_participants=application.expected_participants,
        requested_amount=application.requested_amount, contact_person=application.contact_person,
        budget=tuple(
            BudgetLineData(l.category, l.description, l.amount, l.id, l.explanation) for l in application.budget_lines
        ),
        coverage=tuple(
            CoverageLineData(l.kind, l.source, l.amount, l.status, l.id) for l in application.coverage_lines
        ),
        documents=tuple(DocumentData(d.name, d.location, d.ready, d.id) for d in application.documents),
        submitted_on=application.submitted_on, decided_on=application.decided_on,
        granted_amount=application.granted_amount, conditions=application.conditions,
        interim_report_due=application.interim_report_due, final_report_due=application.final_report_due,
        rejection_reason=application.rejection_reason, accounted_on=application.accounted_on,
        settled_on=application.settled_on, settled_amount=application.settled_amount,
        report_text=application.report_text, budget_total=result.budget_total,
        coverage_total=result.coverage_total, difference=result.difference, deadline=deadline,
        funder_never_pays_for=funder.never_pays_for, checks=checks,
    )


def _snapshot(application: SubsidyApplication) -> dict:
    data = audit.snapshot(application)
    data["budget"] = [f"{l.category}: {l.description} {l.amount}" for l in application.budget_lines]
    data["coverage"] = [f"{l.kind}: {l.source} {l.amount} ({l.status})" for l in application.coverage_lines]
    data["documents"] = [f"{d.name} @ {d.location} ({'ok' if d.ready else '-'})" for d in application.documents]
    return data


def _clean_funder(data: FunderData) -> dict:
    problems = []
    if not data.name.strip():
        problems.append(FieldProblem("name", _("give the funder a name")))
    if data.kind not in (rules.FunderKind.MUNICIPALITY, rules.FunderKind.FUND):
        problems.append(FieldProblem("kind", _("choose municipality or fund")))
    rounds = []
    for text in data.rounds:
        if not text.strip():
            continue
        try:
            month, day = rules.parse_round(text)
            rounds.append(rules.format_round(month, day))
        except ValueError as error:
            problems.append(FieldProblem("rounds", str(error)))
    for name in ("maximum_amount", "amount_step", "no_report_below", "auditor_statement_from"):
        value = getattr(data, name)
        if value is not None and value < ZERO:
            problems.append(FieldProblem(name, _("cannot be negative")))
    if data.amount_step is not None and data.amount_step == ZERO:
        problems.append(FieldProblem("amount_step", _("leave empty when the fund has no steps")))
    if (data.no_report_below is not None and data.auditor_statement_from is not None
            and data.auditor_statement_from < data.no_report_below):
        problems.append(FieldProblem(
            "auditor_statement_from", _("the auditor's threshold lies below the no-report threshold")
        ))
    if data.weeks_before_start is not None and data.weeks_before_start < 0:
        problems.append(FieldProblem("weeks_before_start", _("cannot be negative")))
    if problems:
        raise ValidationError(problems)
    return {
        "name": data.name.strip(), "kind": str(data.kind), "contact_name": data.contact_name.strip(),
        "contact_email": data.contact_email.strip(), "contact_phone": data.contact_phone.strip(),
        "website": data.website.strip(), "rounds": rounds, "weeks_before_start": data.weeks_before_start,
        "deadline_note": data.deadline_note.strip(), "maximum_amount": data.maximum_amount,
        "amount_step": data.amount_step, "never_pays_for": data.never_pays_for.strip(),
        "required_documents": [d.strip() for d in data.required_documents if d.strip()],
        "no_report_below": data.no_report_below, "auditor_statement_from": data.auditor_statement_from,
        "notes": data.notes.strip(), "active": data.active,
    }


def _check_application(session: Session, data: ApplicationData) -> None:
    """What must be right even in a concept (a funder, no negative amounts, a sane period)."""
    problems = []
    if not data.title.strip():
        problems.append(FieldProblem("title", _("give the application a title")))
    if session.get(Funder, data.funder_id) is None:
        problems.append(FieldProblem("funder_id", _("choose a funder")))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        problems.append(FieldProblem("period_end", _("the period ends before it starts")))
    if data.requested_amount < ZERO:
        problems.append(FieldProblem("requested_amount", _("cannot be negative")))
    if data.expected_sessions < 0 or data.expected_participants < 0:
        problems.append(FieldProblem("expected_participants", _("cannot be negative")))
    for index, line in enumerate(data.budget, start=1):
        if line.category not in rules.BUDGET_CATEGORIES:
            problems.append(FieldProblem("budget", _("unknown category {value}").format(value=line.category), index))
        if not line.description.strip():
            problems.append(FieldProblem("budget", _("describe the cost"), index))
        if line.amount < ZERO:
            problems.append(FieldProblem("budget", _("an amount cannot be negative"), index))
    for index, line in enumerate(data.coverage, start=1):
        if line.kind not in rules.COVERAGE_KINDS:
            problems.append(FieldProblem("coverage", _("unknown kind {value}").format(value=line.kind), index))
        if line.status not in rules.COVERAGE_STATUSES:
            problems.append(FieldProblem("coverage", _("unknown status {value}").format(value=line.status), index))
        if line.amount < ZERO:
            problems.append(FieldProblem("coverage", _("an amount cannot be negative"), index))
    for index, doc in enumerate(data.documents, start=1):
        if not doc.name.strip():
            problems.append(FieldProblem("documents", _("name the document"), index))
    if problems:
        raise ValidationError(problems)


def _apply(application: SubsidyApplication, data: ApplicationData) -> None:
    for name in (
        "funder_id", "theme_id", "working_group_id", "period_start", "period_end", "expected_sessions",
        "expected_participants",
    ):
        setattr(application, name, getattr(data, name))
    for name in ("title", "aim", "target_group", "activities", "planning", "contact_person"):
        setattr(application, name, getattr(data, name).strip())
    application.requested_amount = formatting.round_money(data.requested_amount)
    application.budget_lines = [
        BudgetLine(position=i, category=l.category, description=l.description.strip(),
                   amount=formatting.round_money(l.amount), explanation=l.explanation)
        for i, l in enumerate(data.budget)
    ]
    application.coverage_lines = [
        CoverageLine(position=i, kind=l.kind, source=l.source.strip(), status=l.status,
                     amount=formatting.round_money(l.amount))
        for i, l in enumerate(data.coverage)
    ]
    application.documents = [
        ApplicationDocument(position=i, name=d.name.strip(), location=d.location.strip(), ready=d.ready)
        for i, d in enumerate(data.documents)
    ]


class SubsidyService:
    def __init__(self, db: Database):
        self.db = db

    # -- funders --------------------------------------------------------------------------------
    def list_funders(self, actor: Actor, *, today: dt.date | None = None, active_only: bool = False) -> list[FunderRow]:
        actor.require(Permission.VIEW, _("see funders"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            query = select(Funder).order_by(Funder.name)
            if active_only:
                query = query.where(Funder.active.is_(True))
            return [_funder_row(f, today) for f in uow.session.scalars(query)]

    def get_funder(self, actor: Actor, funder_id: int) -> FunderRow:
        actor.require(Permission.VIEW, _("see funders"))
        with self.db.reader() as uow:
            return _funder_row(get_or_raise(uow.session, Funder, funder_id, _("Funder")), dt.date.today())

    def save_funder(
        self, actor: Actor, data: FunderData, *, funder_id: int | None = None, expected_version: int | None = None,
    ) -> FunderRow:
        actor.require(Permission.EDIT_SUBSIDIES, _("change funders"))
        values = _clean_funder(data)
        with self.db.unit_of_work() as uow:
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
            return _funder_row(funder, dt.date.today())

    # -- applications -----------------------------------------------------------------------------
    def list_applications(self, actor: Actor, *, today: dt.date | None = None, state: str | None = None) -> list[ApplicationRow]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
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
        with self.db.reader() as uow:
            application = get_or_raise(uow.session, SubsidyApplication, application_id, _("Application"))
            return _detail(uow.session, application, today or dt.date.today())

    def documents_for(self, actor: Actor, funder_id: int) -> tuple[DocumentData, ...]:
        """The checklist a new application to this funder starts with."""
        funder = self.get_funder(actor, funder_id)
        return tuple(DocumentData(name) for name in funder.required_documents)

    def create_application(self, actor: Actor, data: ApplicationData) -> ApplicationDetail:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work() as uow:
            _check_application(uow.session, data)
            if not data.documents:
                funder = uow.session.get(Funder, data.funder_id)
                data = _with_documents(data, funder)
            application = SubsidyApplication(state=State.CONCEPT.value, created_by=actor.username)
            _apply(application, data)
            uow.session.add(application)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "subsidy_application", application.id, after=_snapshot(application))
            uow.commit()
            return _detail(uow.session, application, dt.date.today())

    def update_application(
        self, actor: Actor, application_id: int, data: ApplicationData, *, expected_version: int | None,
    ) -> ApplicationDetail:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work() as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            if application.state != State.CONCEPT:
                raise Conflict(_(
                    "Only a concept can be changed; this application is {state}."
                ).format(state=rules.state_label(application.state)))
            _check_application(uow.session, data)
            before = _snapshot(application)
            _apply(application, data)
            _touch(application)
            uow.session.flush()
            old, new = audit.changed_fields(before, _snapshot(application))
            audit.record(uow.session, actor, "update", "subsidy_application", application.id, before=old, after=new)
            uow.commit()
            return _detail(uow.session, application, dt.date.today())

    def delete_application(self, actor: Actor, application_id: int, *, expected_version: int | None) -> None:
        actor.require(Permission.EDIT_SUBSIDIES, _("write subsidy applications"))
        with self.db.unit_of_work() as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            if application.state != State.CONCEPT:
                raise Conflict(_("Only a concept can be deleted; this application is {state}.").format(
                    state=rules.state_label(application.state)))
            audit.record(uow.session, actor, "delete", "subsidy_application", application.id, before=_snapshot(application))
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
        from app.services.accountability import unexplained_lines

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
        with self.db.unit_of_work() as uow:
            application = load_for_update(
                uow.session, SubsidyApplication, application_id, expected_version, _("The application")
            )
            problem = rules.transition_problem(application.state, target)
            if problem:
                raise Conflict(problem)
            before = _snapshot(application)
            check(uow.session, application)
            application.state = target.value
            uow.session.flush()
            old, new = audit.changed_fields(before, _snapshot(application))
            audit.record(uow.session, actor, target.value, "subsidy_application", application.id, before=old, after=new)
            uow.commit()
            return _detail(uow.session, application, dt.date.today())

    def themes_and_groups(self, actor: Actor) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The themes and working groups an application or a goal can belong to."""
        actor.require(Permission.VIEW, _("see subsidy applications"))
        with self.db.reader() as uow:
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
        write_application_pdf(target, application, funder, letterhead(self.db), today=today)
        return target

    # -- deadlines ----------------------------------------------------------------------------------
    def deadlines(self, actor: Actor, *, today: dt.date | None = None,
                  weeks: int = rules.DEADLINE_WINDOW_WEEKS) -> list[Deadline]:
        actor.require(Permission.VIEW, _("see subsidy applications"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            return upcoming_deadlines(uow.session, today, weeks)


def letterhead(db: Database):
    from app.reports.pdf.document import Letterhead
    from app.services.settings import SettingsService

    settings = SettingsService(db)
    return Letterhead(settings.centre(), settings.logo())


def _touch(application: SubsidyApplication) -> None:
    """Replacing only child rows leaves the parent row untouched; force an UPDATE so that its
    version moves on and a second editor holding the old version is refused."""
    flag_modified(application, "title")


def _with_documents(data: ApplicationData, funder: Funder | None) -> ApplicationData:
    from dataclasses import replace

    names = list(funder.required_documents or []) if funder else []
    return replace(data, documents=tuple(DocumentData(name) for name in names))


def upcoming_deadlines(session: Session, today: dt.date, weeks: int = rules.DEADLINE_WINDOW_WEEKS) -> list[Deadline]:
    """Rounds of active funders, concept deadlines and reports due within `weeks` (or overdue)."""
    result: list[Deadline] = []
    funders = {f.id: f for f in session.scalars(select(Funder))}
    for funder in funders.values():
        if not funder.active:
            continue
        day = rules.next_round(funder_rounds(funder), today)
        if day and rules.within_window(day, today, weeks):
            result.append(Deadline(day, _("application round"), funder.name, None, "", False))
    open_states = (State.CONCEPT.value, State.GRANTED.value)
    for application in session.scalars(select(SubsidyApplication).where(SubsidyApplication.state.in_(open_states))):
        funder = funders[application.funder_id]
        if application.state == State.CONCEPT:
            day = rules.application_deadline(
                funder_rounds(funder), funder.weeks_before_start, application.period_start, today
            )
            if day and rules.within_window(day, today, weeks):
                result.append(Deadline(day, _("apply before"), funder.name, application.id, application.title,
                                       day < today))
            continue
        for day, what in ((application.interim_report_due, _("interim report due")),
                          (application.final_report_due, _("final report due"))):
            if day and rules.within_window(day, today, weeks):
                result.append(Deadline(day, what, funder.name, application.id, application.title, day < today))
    return sorted(result, key=lambda d: (d.day, d.funder_name))


def overview_items(session: Session, today: dt.date) -> list:
    """Overzicht: deadlines in the coming six weeks and applications awaiting a decision."""
    from app.services.overview import OverviewItem

    deadlines = upcoming_deadlines(session, today)
    lines = [
        f"{formatting.date(d.day)} {d.funder_name}: {d.what}" + (f" ({d.application_title})" if d.application_title else "")
        for d in deadlines[:4]
    ]
    waiting = list(session.execute(
        select(SubsidyApplication.title, Funder.name).join(Funder, Funder.id == SubsidyApplication.funder_id)
        .where(SubsidyApplication.state == State.SUBMITTED.value).order_by(SubsidyApplication.submitted_on)
    ))
    return [
        OverviewItem("subsidies", _("Subsidy deadlines in the next 6 weeks"), str(len(deadlines)),
                     "\n".join(lines), warning=any(d.overdue for d in deadlines)),
        OverviewItem("subsidies", _("Applications awaiting a decision"), str(len(waiting)),
                     "\n".join(f"{title} ({funder})" for title, funder in waiting[:4])),
    ]
