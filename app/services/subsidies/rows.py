"""The frozen rows the subsidy services return and the data a window hands them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain import annual_plan_realisation as realisation
from app.domain import subsidies as rules
from app.domain.accountability_checks import contradictions
from app.domain.subsidies import State

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


class ApplicationState:
    """What an application's state allows, for the list row and the detail alike."""

    state: str

    @property
    def allowed(self) -> frozenset[rules.Action]:
        """What may be done with the application now (the window enables its buttons from this)."""
        return rules.allowed_actions(self.state)

    @property
    def awaiting_decision(self) -> bool:
        return self.state == State.SUBMITTED

    @property
    def granted(self) -> bool:
        return self.state in rules.GRANT_STATES


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
class ApplicationRow(ApplicationState):
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
class ApplicationDetail(ApplicationData, ApplicationState):
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


@dataclass(frozen=True)
class ActionData:
    description: str
    owner: str = ""
    timing: str = ""
    budget: Decimal = ZERO
    application_id: int | None = None


@dataclass(frozen=True)
class ActionRow(ActionData):
    application_title: str = ""
    application_state: str = ""
    application_funder: str = ""
    application_amount: Decimal | None = None  # granted, else requested
    spent: Decimal | None = None  # its share of the linked application's actual costs; None: no application

    @property
    def funding(self) -> str:
        """"Title — funder: requested € 1.500,00" (or granted, rejected, in preparation)."""
        if not self.application_id:
            return ""
        return f"{self.application_title} — {self.application_funder}: " + realisation.funding_text(
            self.application_state, self.application_amount)


@dataclass(frozen=True)
class GoalData:
    heading: str
    goal: str = ""
    theme_id: int | None = None
    working_group_id: int | None = None
    actions: tuple[ActionData, ...] = ()


@dataclass(frozen=True)
class GoalRow(GoalData):
    theme_name: str = ""
    working_group_name: str = ""

    @property
    def budget(self) -> Decimal:
        return sum((a.budget for a in self.actions), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((a.spent or ZERO for a in self.actions if isinstance(a, ActionRow)), ZERO)


@dataclass(frozen=True)
class AnnualPlanRow:
    id: int | None
    year: int
    title: str
    introduction: str
    goals: tuple[GoalRow, ...]
    version: int | None

    @property
    def total(self) -> Decimal:
        return sum((g.budget for g in self.goals), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((g.spent for g in self.goals), ZERO)

    @property
    def funded(self) -> Decimal:
        """What linked applications bring in (granted, or requested while undecided)."""
        seen: dict[int, Decimal] = {}
        for goal in self.goals:
            for action in goal.actions:
                if action.application_id and realisation.counts_as_funding(action.application_state):
                    seen[action.application_id] = action.application_amount or ZERO
        return sum(seen.values(), ZERO)


ZERO = Decimal("0.00")


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
    person: str = ""  # the volunteer of an allowance: for the coordinator's screen, never in the report
    hours: Decimal | None = None


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
    left_out: tuple[LeftOut, ...] = ()  # linked but not counted, with the reason (coordinator's screen)
    allowance_volunteers: int = 0
    allowance_hours: Decimal = ZERO

    @property
    def activities_held(self) -> int:
        return len(self.activities)

    @property
    def warnings(self) -> list[str]:
        """Figures that contradict the report's text: shown to the coordinator before printing."""
        application = self.application
        return contradictions(application.report_text or application.activities, application.expected_sessions,
                              self.activities_held, application.expected_participants, self.participants)

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
class LeftOut:
    """A cost or allowance linked to the application that the report does not count."""

    source: str  # "entered" or "allowance"
    id: int
    day: dt.date
    description: str
    amount: Decimal
    reason: str
