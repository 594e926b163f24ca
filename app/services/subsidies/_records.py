"""What the subsidy services share: reading funders and applications into rows, the checks
before submitting, the next deadline of an application, and the deadlines on Overzicht."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db.models import (
    ApplicationDocument, BudgetLine, CoverageLine, Funder, SubsidyApplication, Theme, WorkingGroup,
)
from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import FieldProblem, ValidationError
from app.domain.subsidies import State
from app.i18n import translator
from app.services.common import audit
from app.services.subsidies.rows import (
    ZERO,
    ApplicationData,
    ApplicationDetail,
    BudgetLineData,
    CoverageLineData,
    Deadline,
    DocumentData,
    FunderData,
    FunderRow,
)

_ = translator("subsidies")


def funder_rounds(funder: Funder) -> list[tuple[int, int]]:
    result = []
    for text in funder.rounds or []:
        try:
            result.append(rules.parse_round(text))
        except ValueError:
            continue
    return result


def funder_row(funder: Funder, today: dt.date) -> FunderRow:
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


def application_detail(session: Session, application: SubsidyApplication, today: dt.date) -> ApplicationDetail:
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


def application_snapshot(application: SubsidyApplication) -> dict:
    data = audit.snapshot(application)
    data["budget"] = [f"{l.category}: {l.description} {l.amount}" for l in application.budget_lines]
    data["coverage"] = [f"{l.kind}: {l.source} {l.amount} ({l.status})" for l in application.coverage_lines]
    data["documents"] = [f"{d.name} @ {d.location} ({'ok' if d.ready else '-'})" for d in application.documents]
    return data


def clean_funder(data: FunderData) -> dict:
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


def check_application(session: Session, data: ApplicationData) -> None:
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


def apply_application_data(application: SubsidyApplication, data: ApplicationData) -> None:
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


def touch_application(application: SubsidyApplication) -> None:
    """Replacing only child rows leaves the parent row untouched; force an UPDATE so that its
    version moves on and a second editor holding the old version is refused."""
    flag_modified(application, "title")


def with_documents(data: ApplicationData, funder: Funder | None) -> ApplicationData:
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
