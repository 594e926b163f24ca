"""The Dutch tax-free volunteer allowance rules, as pure functions over the year's figures.

A volunteer stays free of tax only within all three limits at once: per hour (where an hourly
amount is agreed, by age on the date worked), per month (by the month worked, no averaging)
and per year (including what other organisations pay). Going over any one of them makes the
whole year's allowance taxable, so a line that would go over is refused, not trimmed.
Real costs with receipts have no maximum; for a volunteer who also gets a fixed or hourly
allowance they count into the month and year totals (the cautious reading). Gifts always count.
Nothing here knows the figures: they come in as `Limits`, read from the table per year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain import formatting
from app.i18n import translator

_ = translator("allowances")

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
ADULT_AGE = 21


def money(value: Decimal | int | str) -> Decimal:
    """Every amount is rounded to cents, half up, explicitly."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


class ArrangementKind(StrEnum):
    NONE = "geen"
    FIXED = "vast"
    HOURLY = "uurtarief"
    RECEIPTS = "declaraties"


class LineKind(StrEnum):
    FIXED = "vast"
    HOURLY = "uren"
    EXPENSE = "declaratie"
    KILOMETRES = "kilometers"
    GIFT = "gift"


class LineState(StrEnum):
    CONCEPT = "concept"
    SUBMITTED = "ingediend"
    APPROVED = "goedgekeurd"
    PAID = "betaald"
    REJECTED = "afgewezen"


# The allow-list of state changes. Paid and rejected lines are final: a mistake in them is
# put right with a new line that refers to the old one.
TRANSITIONS: dict[LineState, frozenset[LineState]] = {
    LineState.CONCEPT: frozenset({LineState.SUBMITTED, LineState.REJECTED}),
    LineState.SUBMITTED: frozenset({LineState.APPROVED, LineState.REJECTED}),
    LineState.APPROVED: frozenset({LineState.PAID, LineState.REJECTED}),
    LineState.PAID: frozenset(),
    LineState.REJECTED: frozenset(),
}

# Lines that count towards the limits: everything not rejected, concepts included, so that
# two concepts cannot each squeeze under a limit and then both be submitted.
COUNTED_STATES = frozenset({LineState.CONCEPT, LineState.SUBMITTED, LineState.APPROVED, LineState.PAID})


def can_transition(current: LineState | str, new: LineState | str) -> bool:
    return LineState(new) in TRANSITIONS[LineState(current)]


class Limit(StrEnum):
    PER_HOUR = "per_hour"
    PER_MONTH = "per_month"
    PER_YEAR = "per_year"
    KM_RATE = "km_rate"
    RECEIPT = "receipt"
    ARRANGEMENT = "arrangement"


@dataclass(frozen=True)
class Limits:
    year: int
    per_hour_adult: Decimal
    per_hour_young: Decimal
    per_month: Decimal
    per_year: Decimal
    km_rate: Decimal


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - (1 if before_birthday else 0)


def is_adult_on(date_of_birth: dt.date | None, day: dt.date) -> bool:
    """Unknown birth date: the lower (under-21) figure, the cautious choice."""
    return date_of_birth is not None and age_on(date_of_birth, day) >= ADULT_AGE


def hourly_limit(limits: Limits, date_of_birth: dt.date | None, day: dt.date) -> Decimal:
    return limits.per_hour_adult if is_adult_on(date_of_birth, day) else limits.per_hour_young


def age_group(date_of_birth: dt.date | None, day: dt.date) -> str:
    if date_of_birth is None:
        return _("unknown")
    return _("21 and over") if is_adult_on(date_of_birth, day) else _("under 21")


def counts_towards_limits(arrangement: ArrangementKind | str, kind: LineKind | str) -> bool:
    """Fixed and hourly allowances and gifts always count. Real costs (receipts, kilometres)
    count only for a volunteer who also gets a fixed or hourly allowance."""
    kind = LineKind(kind)
    if kind in (LineKind.FIXED, LineKind.HOURLY, LineKind.GIFT):
        return True
    return ArrangementKind(arrangement) in (ArrangementKind.FIXED, ArrangementKind.HOURLY)


@dataclass(frozen=True)
class ExistingLine:
    """A line already recorded (in a counted state)."""

    worked_on: dt.date
    kind: LineKind
    amount: Decimal


def spread_over_months(total: Decimal) -> tuple[Decimal, ...]:
    """A year figure spread evenly over twelve months; the cents left over go to December."""
    share = (Decimal(total) / 12).quantize(CENT, rounding=ROUND_DOWN)
    return (share,) * 11 + (money(Decimal(total) - 11 * share),)


@dataclass(frozen=True)
class VolunteerYear:
    """What is known about one volunteer in one year before the new line. What other
    organisations pay counts in the month they pay it: twelve figures, or the year figure
    spread evenly when only that is known."""

    arrangement: ArrangementKind
    date_of_birth: dt.date | None
    other_organisations: Decimal = ZERO
    lines: tuple[ExistingLine, ...] = ()
    other_monthly: tuple[Decimal, ...] | None = None

    def other_in_month(self, month: int) -> Decimal:
        if self.other_monthly is not None:
            return self.other_monthly[month - 1]
        if not self.other_organisations:
            return ZERO
        return spread_over_months(self.other_organisations)[month - 1]

    def counted_total(self, month: int | None = None) -> Decimal:
        return money(sum(
            (line.amount for line in self.lines
             if counts_towards_limits(self.arrangement, line.kind)
             and (month is None or line.worked_on.month == month)),
            ZERO,
        ))


@dataclass(frozen=True)
class ProposedLine:
    kind: LineKind
    worked_on: dt.date
    amount: Decimal
    rate: Decimal | None = None  # per hour (hourly lines) or per km (kilometre lines)
    has_receipt: bool = False
    submitting: bool = True  # a concept may wait for its receipt; a submitted claim may not


@dataclass(frozen=True)
class Room:
    """How much can still be paid this month and this year (receipts of a receipts-only
    volunteer do not use it up; gifts do)."""

    month: Decimal
    year: Decimal
    month_limit: Decimal
    year_limit: Decimal
    month_used: Decimal
    year_used: Decimal  # counted lines plus other organisations


@dataclass(frozen=True)
class Refusal:
    limit: Limit
    limit_amount: Decimal | None = None
    amount: Decimal | None = None
    room: Decimal | None = None
    period: str = ""  # "november 2026" for the month limit, age group for the hourly one

    @property
    def message(self) -> str:
        taxable = _("Going over a limit makes the whole year's allowance taxable.")
        if self.limit == Limit.PER_HOUR:
            return _(
                "Refused: the hourly limit for {group} is {limit}; this line pays {amount} an hour. {taxable}"
            ).format(group=self.period, limit=formatting.money(self.limit_amount),
                     amount=formatting.money(self.amount), taxable=taxable)
        if self.limit == Limit.PER_MONTH:
            return _(
                "Refused: the monthly limit of {limit} for {month} would be exceeded: this line is {amount}, "
                "room left {room}. {taxable}"
            ).format(limit=formatting.money(self.limit_amount), month=self.period,
                     amount=formatting.money(self.amount), room=formatting.money(self.room), taxable=taxable)
        if self.limit == Limit.PER_YEAR:
            return _(
                "Refused: the year limit of {limit} for {year} (other organisations included) would be exceeded: "
                "this line is {amount}, room left {room}. {taxable}"
            ).format(limit=formatting.money(self.limit_amount), year=self.period,
                     amount=formatting.money(self.amount), room=formatting.money(self.room), taxable=taxable)
        if self.limit == Limit.KM_RATE:
            return _(
                "Refused: the tax-free kilometre rate is {limit}; this line pays {amount} a kilometre."
            ).format(limit=formatting.money(self.limit_amount), amount=formatting.money(self.amount))
        if self.limit == Limit.RECEIPT:
            return _("Refused: an expense claim needs its receipt (an image or PDF) before it is submitted.")
        return _("Refused: this kind of line does not fit the volunteer's arrangement ({arrangement}).").format(
            arrangement=self.period
        )

    @property
    def can_override(self) -> bool:
        """Tax limits may be overridden by a treasurer with a reason; a missing receipt or a
        line that does not fit the arrangement may not."""
        return self.limit in (Limit.PER_HOUR, Limit.PER_MONTH, Limit.PER_YEAR, Limit.KM_RATE)


@dataclass(frozen=True)
class Check:
    room_before: Room
    refusals: tuple[Refusal, ...] = field(default_factory=tuple)
    counted: bool = True

    @property
    def allowed(self) -> bool:
        return not self.refusals

    @property
    def overridable(self) -> bool:
        return bool(self.refusals) and all(r.can_override for r in self.refusals)

    @property
    def message(self) -> str:
        return " ".join(r.message for r in self.refusals)


ALLOWED_KINDS: dict[ArrangementKind, frozenset[LineKind]] = {
    ArrangementKind.NONE: frozenset({LineKind.EXPENSE, LineKind.KILOMETRES, LineKind.GIFT}),
    ArrangementKind.FIXED: frozenset(LineKind),
    ArrangementKind.HOURLY: frozenset(LineKind),
    ArrangementKind.RECEIPTS: frozenset({LineKind.EXPENSE, LineKind.KILOMETRES, LineKind.GIFT}),
}


def room(limits: Limits, situation: VolunteerYear, month: int) -> Room:
    month_used = money(situation.counted_total(month) + situation.other_in_month(month))
    year_used = money(situation.counted_total() + situation.other_organisations)
    month_room = money(limits.per_month - month_used)
    year_room = money(limits.per_year - year_used)
    return Room(month_room, year_room, limits.per_month, limits.per_year, month_used, year_used)


def check_line(limits: Limits, situation: VolunteerYear, line: ProposedLine) -> Check:
    """All limits at once; every refusal names its limit, the amount and the room left."""
    if line.worked_on.year != limits.year:
        raise ValueError("the limits of another year")
    kind = LineKind(line.kind)
    amount = money(line.amount)
    before = room(limits, situation, line.worked_on.month)
    refusals: list[Refusal] = []
    if kind not in ALLOWED_KINDS[situation.arrangement]:
        refusals.append(Refusal(Limit.ARRANGEMENT, period=arrangement_label(situation.arrangement)))
    if kind == LineKind.EXPENSE and line.submitting and not line.has_receipt:
        refusals.append(Refusal(Limit.RECEIPT))
    if kind == LineKind.HOURLY and line.rate is not None:
        per_hour = hourly_limit(limits, situation.date_of_birth, line.worked_on)
        if money(line.rate) > per_hour:
            refusals.append(Refusal(Limit.PER_HOUR, per_hour, money(line.rate),
                                    period=age_group(situation.date_of_birth, line.worked_on)))
    if kind == LineKind.KILOMETRES and line.rate is not None and money(line.rate) > limits.km_rate:
        refusals.append(Refusal(Limit.KM_RATE, limits.km_rate, money(line.rate)))
    counted = counts_towards_limits(situation.arrangement, kind)
    if counted:
        month_room = money(limits.per_month - before.month_used)
        year_room = money(limits.per_year - before.year_used)
        if amount > month_room:
            refusals.append(Refusal(Limit.PER_MONTH, limits.per_month, amount, month_room,
                                    formatting.month_name(line.worked_on.year, line.worked_on.month)))
        if amount > year_room:
            refusals.append(Refusal(Limit.PER_YEAR, limits.per_year, amount, year_room, str(limits.year)))
    return Check(before, tuple(refusals), counted)


def check_year(limits: Limits, situation: VolunteerYear) -> list[Refusal]:
    """A whole year judged at once (after an arrangement or other-organisations change): every
    month (other organisations included) and the year."""
    refusals: list[Refusal] = []
    months = sorted({line.worked_on.month for line in situation.lines}
                    | {m for m in range(1, 13) if situation.other_in_month(m) > 0})
    for month in months:
        used = money(situation.counted_total(month) + situation.other_in_month(month))
        if used > limits.per_month:
            refusals.append(Refusal(Limit.PER_MONTH, limits.per_month, used, money(limits.per_month - used),
                                    formatting.month_name(limits.year, month)))
    year_used = money(situation.counted_total() + situation.other_organisations)
    if year_used > limits.per_year:
        refusals.append(Refusal(Limit.PER_YEAR, limits.per_year, year_used, money(limits.per_year - year_used),
                                str(limits.year)))
    return refusals


def near_limit(room_left: Decimal | None, limit: Decimal, fraction: Decimal = Decimal("0.10")) -> bool:
    """Within 10 % of a limit (or over it)."""
    return room_left is not None and room_left <= money(limit * fraction)


def arrangement_label(kind: ArrangementKind | str) -> str:
    return {
        ArrangementKind.NONE: _("no allowance"),
        ArrangementKind.FIXED: _("fixed amount per month"),
        ArrangementKind.HOURLY: _("hourly amount"),
        ArrangementKind.RECEIPTS: _("receipts only"),
    }[ArrangementKind(kind)]


def line_kind_label(kind: LineKind | str) -> str:
    return {
        LineKind.FIXED: _("fixed monthly allowance"),
        LineKind.HOURLY: _("hours"),
        LineKind.EXPENSE: _("expense claim"),
        LineKind.KILOMETRES: _("kilometres"),
        LineKind.GIFT: _("gift in kind"),
    }[LineKind(kind)]


def state_label(state: LineState | str) -> str:
    return {
        LineState.CONCEPT: _("draft"),
        LineState.SUBMITTED: _("submitted"),
        LineState.APPROVED: _("approved"),
        LineState.PAID: _("paid"),
        LineState.REJECTED: _("rejected"),
    }[LineState(state)]


def rule_text(limits: Limits, arrangement: ArrangementKind | str, date_of_birth: dt.date | None) -> str:
    """The rule that applied, in words, for the year statement."""
    arrangement = ArrangementKind(arrangement)
    if arrangement == ArrangementKind.RECEIPTS:
        return _(
            "Reimbursement of real costs with receipts: free of tax, no maximum. "
            "Gifts in kind count towards the limits of {month} a month and {year} a year."
        ).format(month=formatting.money(limits.per_month), year=formatting.money(limits.per_year))
    text = _(
        "Volunteer allowance {year}: free of tax up to {month} a month and {per_year} a year, "
        "allowances from other organisations included; receipts, kilometres and gifts count towards these limits."
    ).format(year=limits.year, month=formatting.money(limits.per_month), per_year=formatting.money(limits.per_year))
    if arrangement == ArrangementKind.HOURLY:
        text += " " + _("Hourly amount at most {adult} (21 and over) or {young} (under 21), by age on the day worked.").format(
            adult=formatting.money(limits.per_hour_adult), young=formatting.money(limits.per_hour_young)
        )
    return text


def totals_by_month(lines: Iterable[ExistingLine]) -> dict[int, Decimal]:
    result = {month: ZERO for month in range(1, 13)}
    for line in lines:
        result[line.worked_on.month] = money(result[line.worked_on.month] + line.amount)
    return result
