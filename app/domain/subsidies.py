"""The rules of subsidy applications, without I/O: which state may follow which, whether budget
and coverage balance, a fund's maximum and steps, which report a funder's thresholds require,
and when the next application round or report is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain import formatting
from app.i18n import translator

_ = translator("subsidies")

ZERO = Decimal("0.00")
#: a difference between budget and actual costs above this share of the budget line must be explained
EXPLAIN_ABOVE_FRACTION = Decimal("0.10")
DEADLINE_WINDOW_WEEKS = 6


class FunderKind(StrEnum):
    MUNICIPALITY = "gemeente"
    FUND = "fonds"


class State(StrEnum):
    CONCEPT = "concept"
    SUBMITTED = "ingediend"
    GRANTED = "toegekend"
    REJECTED = "afgewezen"
    ACCOUNTED = "verantwoord"
    SETTLED = "vastgesteld"


#: state → the states it may move to. A submitted application can be taken back to concept
#: to correct it; a grant below the no-report threshold can be settled without a report.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.CONCEPT: frozenset({State.SUBMITTED}),
    State.SUBMITTED: frozenset({State.GRANTED, State.REJECTED, State.CONCEPT}),
    State.GRANTED: frozenset({State.ACCOUNTED, State.SETTLED}),
    State.REJECTED: frozenset(),
    State.ACCOUNTED: frozenset({State.SETTLED}),
    State.SETTLED: frozenset(),
}

class Action(StrEnum):
    """What a coordinator may do with an application; the window shows a button per action."""

    EDIT = "edit"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    GRANT = "grant"
    REJECT = "reject"
    ACCOUNT = "accounted"
    SETTLE = "settle"


#: the state each action moves an application to (EDIT keeps it a concept)
ACTION_TARGETS: dict[Action, State] = {
    Action.SUBMIT: State.SUBMITTED, Action.WITHDRAW: State.CONCEPT, Action.GRANT: State.GRANTED,
    Action.REJECT: State.REJECTED, Action.ACCOUNT: State.ACCOUNTED, Action.SETTLE: State.SETTLED,
}

#: states whose application holds a grant (decided and granted, whatever came after)
GRANT_STATES = frozenset({State.GRANTED, State.ACCOUNTED, State.SETTLED})


def allowed_actions(state: State | str) -> frozenset[Action]:
    """The actions allowed now, read from the one transition table above."""
    current = State(state)
    allowed = {action for action, target in ACTION_TARGETS.items() if target in TRANSITIONS[current]}
    if current == State.CONCEPT:
        allowed.add(Action.EDIT)
    return frozenset(allowed)


#: states in which the accountability (links, actual costs, explanations) may still change
ACCOUNTABILITY_STATES = frozenset({State.GRANTED, State.ACCOUNTED})


def state_label(state: State | str) -> str:
    labels = {
        State.CONCEPT: _("concept"), State.SUBMITTED: _("submitted"), State.GRANTED: _("granted"),
        State.REJECTED: _("rejected"), State.ACCOUNTED: _("accounted for"), State.SETTLED: _("settled"),
    }
    return labels[State(state)]


def can_move(current: State | str, target: State | str) -> bool:
    return State(target) in TRANSITIONS[State(current)]


def transition_problem(current: State | str, target: State | str) -> str | None:
    if can_move(current, target):
        return None
    return _("An application that is {current} cannot become {target}.").format(
        current=state_label(current), target=state_label(target)
    )


BUDGET_CATEGORIES = (
    "activiteiten", "materialen", "huur", "vrijwilligers", "begeleiding", "communicatie", "overig",
)
COVERAGE_KINDS = ("eigen_bijdrage", "ander_fonds", "deelnemers", "gemeente", "overig")
class CoverageStatus(StrEnum):
    CERTAIN = "zeker"
    APPLIED = "aangevraagd"
    GRANTED = "toegekend"
    REJECTED = "afgewezen"


COVERAGE_STATUSES = tuple(status.value for status in CoverageStatus)


def category_label(key: str) -> str:
    labels = {
        "activiteiten": _("Activity costs"), "materialen": _("Materials"), "huur": _("Room hire"),
        "vrijwilligers": _("Volunteer allowances"), "begeleiding": _("Professional support"),
        "communicatie": _("Publicity"), "overig": _("Other costs"),
    }
    return labels.get(key, key)


def coverage_label(key: str) -> str:
    labels = {
        "eigen_bijdrage": _("Own contribution"), "ander_fonds": _("Other fund"),
        "deelnemers": _("Income from participants"), "gemeente": _("Municipality"), "overig": _("Other income"),
    }
    return labels.get(key, key)


def coverage_status_label(key: str) -> str:
    labels = {
        "zeker": _("certain"), "aangevraagd": _("applied for"), "toegekend": _("granted"),
        "afgewezen": _("rejected"),
    }
    return labels.get(key, key)


# -- budget and coverage ----------------------------------------------------------------------
@dataclass(frozen=True)
class Balance:
    budget_total: Decimal
    coverage_total: Decimal  # the requested amount plus every other source

    @property
    def difference(self) -> Decimal:
        """Positive: costs not covered yet; negative: more coverage than costs."""
        return self.budget_total - self.coverage_total

    @property
    def balanced(self) -> bool:
        return self.difference == ZERO


def balance(budget: Iterable[Decimal], requested: Decimal, other_coverage: Iterable[Decimal]) -> Balance:
    budget_total = sum((Decimal(a) for a in budget), ZERO)
    coverage_total = Decimal(requested or ZERO) + sum((Decimal(a) for a in other_coverage), ZERO)
    return Balance(formatting.round_money(budget_total), formatting.round_money(coverage_total))


def balance_message(result: Balance) -> str | None:
    """None when balanced; otherwise what is wrong, with the difference in euros."""
    if result.balanced:
        return None
    if result.difference > 0:
        return _(
            "Budget and coverage do not balance: {difference} of the costs ({budget}) is not covered "
            "(coverage {coverage})."
        ).format(
            difference=formatting.money(result.difference), budget=formatting.money(result.budget_total),
            coverage=formatting.money(result.coverage_total),
        )
    return _(
        "Budget and coverage do not balance: the coverage ({coverage}) is {difference} more than the "
        "costs ({budget})."
    ).format(
        difference=formatting.money(-result.difference), budget=formatting.money(result.budget_total),
        coverage=formatting.money(result.coverage_total),
    )


def amount_problems(
    amount: Decimal, funder_name: str, maximum: Decimal | None, step: Decimal | None
) -> list[str]:
    """A fund's maximum and its steps (Fonds 1818: up to € 1.500 in steps of € 250)."""
    problems = []
    if amount <= ZERO:
        problems.append(_("the requested amount must be more than {zero}").format(zero=formatting.money(ZERO)))
        return problems
    if maximum is not None and amount > maximum:
        problems.append(
            _("{funder} gives at most {maximum}; you ask {amount}").format(
                funder=funder_name, maximum=formatting.money(maximum), amount=formatting.money(amount)
            )
        )
    if step is not None and step > ZERO and amount % step != ZERO:
        lower = (amount // step) * step
        upper = lower + step
        options = [formatting.money(v) for v in (lower, upper) if v > ZERO and (maximum is None or v <= maximum)]
        problems.append(
            _("{funder} gives amounts in steps of {step}: ask {options}").format(
                funder=funder_name, step=formatting.money(step), options=_(" or ").join(options)
            )
        )
    return problems


# -- thresholds: which report -----------------------------------------------------------------
class ReportLevel(StrEnum):
    NONE = "geen"  # set without a report
    ACTIVITY_AND_FINANCIAL = "verslag"  # activity report and financial report
    WITH_AUDITOR = "accountant"  # both, plus an auditor's statement


def required_report(
    granted: Decimal, no_report_below: Decimal | None, auditor_from: Decimal | None
) -> ReportLevel:
    if auditor_from is not None and granted >= auditor_from:
        return ReportLevel.WITH_AUDITOR
    if no_report_below is not None and granted < no_report_below:
        return ReportLevel.NONE
    return ReportLevel.ACTIVITY_AND_FINANCIAL


def report_description(level: ReportLevel | str, granted: Decimal, no_report_below: Decimal | None,
                       auditor_from: Decimal | None) -> str:
    level = ReportLevel(level)
    if level is ReportLevel.NONE:
        return _(
            "No report needed: {granted} is below {threshold}; the grant is settled without accountability."
        ).format(granted=formatting.money(granted), threshold=formatting.money(no_report_below))
    if level is ReportLevel.WITH_AUDITOR:
        return _(
            "An activity report, a financial report and an auditor's statement: {granted} is {threshold} or more."
        ).format(granted=formatting.money(granted), threshold=formatting.money(auditor_from))
    if no_report_below is not None:
        return _(
            "An activity report and a financial report (budget against actual costs, differences explained): "
            "{granted} is {threshold} or more."
        ).format(granted=formatting.money(granted), threshold=formatting.money(no_report_below))
    return _("An activity report and a financial report (budget against actual costs, differences explained).")


def needs_explanation(budget: Decimal, actual: Decimal) -> bool:
    difference = abs(actual - budget)
    if difference == ZERO:
        return False
    if budget == ZERO:
        return True
    return difference > abs(budget) * EXPLAIN_ABOVE_FRACTION


# -- deadlines --------------------------------------------------------------------------------
def parse_round(text: str) -> tuple[int, int]:
    """`1-2`, `01-02` or `1 feb` style day-month → (month, day). Raises ValueError."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = [p for p in cleaned.split("-") if p]
    if len(parts) != 2:
        raise ValueError(_("{text} is not a day and month such as 1-2").format(text=text))
    try:
        day, month = int(parts[0]), int(parts[1])
        dt.date(2024, month, day)  # 2024: a leap year allows 29-2
    except (ValueError, OverflowError):
        raise ValueError(_("{text} is not a day and month such as 1-2").format(text=text)) from None
    return month, day


def format_round(month: int, day: int) -> str:
    return f"{day}-{month}"


def _round_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February in a common year
        return dt.date(year, month, 28)


def next_round(rounds: Sequence[tuple[int, int]], today: dt.date) -> dt.date | None:
    """The first round date on or after `today` (rounds repeat every year)."""
    candidates = [
        _round_date(year, month, day)
        for year in (today.year, today.year + 1)
        for month, day in rounds
    ]
    upcoming = sorted(d for d in candidates if d >= today)
    return upcoming[0] if upcoming else None


def application_deadline(
    rounds: Sequence[tuple[int, int]], weeks_before_start: int | None, period_start: dt.date | None,
    today: dt.date,
) -> dt.date | None:
    """When a concept must be in: the next round, or — for funds without rounds — a number of
    weeks before the project starts (Oranje Fonds, VSBfonds: apply well before the start)."""
    if rounds:
        return next_round(rounds, today)
    if weeks_before_start is not None and period_start is not None:
        return period_start - dt.timedelta(weeks=weeks_before_start)
    return None


def within_window(day: dt.date | None, today: dt.date, weeks: int = DEADLINE_WINDOW_WEEKS) -> bool:
    """Due in the coming weeks — or already overdue, which matters even more."""
    return day is not None and day <= today + dt.timedelta(weeks=weeks)
