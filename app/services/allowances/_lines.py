"""Allowance lines inside a unit of work: the amount (hours × rate, kilometres × rate), the
check against the year's limits and the insert — in the same transaction, with the volunteer's
row locked — and a treasurer's override with its reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import AllowanceArrangement, AllowanceLine, Volunteer
from app.domain import allowance_rules as rules
from app.domain.allowance_rules import LineKind, LineState, money
from app.domain.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import attachments, audit
from app.services.common.actor import Actor
from app.services.allowances._data import ArrangementRow, arrangement_row, situation
from app.services.allowances._limits import limits_for

_ = translator("allowances")


class LimitRefused(Conflict):
    """A line refused by the rules; `check` says which limits, the amounts and the room left."""

    def __init__(self, check: rules.Check | None = None, refusals: list[rules.Refusal] | None = None):
        self.refusals = list(check.refusals if check else refusals or [])
        self.check = check
        self.overridable = bool(self.refusals) and all(r.can_override for r in self.refusals)
        super().__init__(" ".join(r.message for r in self.refusals))


@dataclass(frozen=True)
class LineInput:
    volunteer_id: int
    kind: LineKind
    worked_on: dt.date | None
    amount: Decimal | None = None  # fixed, expense, gift; hours and km are computed
    hours: Decimal | None = None
    kilometres: Decimal | None = None
    rate: Decimal | None = None  # defaults: the arrangement's hourly rate, the year's km rate
    description: str = ""
    submit: bool = True
    receipt_name: str = ""
    receipt_data: bytes | None = None


@dataclass(frozen=True)
class EntryPreview:
    """What the entry form shows while typing: room left and, if so, why it would be refused."""

    amount: Decimal | None
    month_room: Decimal
    year_room: Decimal
    month_label: str
    counted: bool
    refusals: tuple[rules.Refusal, ...]
    overridable: bool

    @property
    def message(self) -> str:
        return " ".join(r.message for r in self.refusals)


def lock_volunteer(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.scalar(select(Volunteer).where(Volunteer.id == volunteer_id).with_for_update())
    if volunteer is None:
        raise NotFound(_("Volunteer {id} does not exist (any more).").format(id=volunteer_id))
    return volunteer


def decimal_or_none(value, field: str, problems: list[FieldProblem], label: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        problems.append(FieldProblem(field, _("{label} is not a number").format(label=label)))
        return None


HOURS_PLACES = 3  # 7,125 h: stored as given, so that hours × rate is the amount paid
KM_PLACES = 2  # 12,25 km


def check_places(value: Decimal | None, places: int, field: str, problems: list[FieldProblem]) -> None:
    """Refuse more precision than is stored: what is stored, shown and paid must agree."""
    if value is not None and value.is_finite() and value != value.quantize(Decimal(1).scaleb(-places)):
        problems.append(FieldProblem(field, _("at most {n} decimals").format(n=places)))


def arrangement_of(session: Session, volunteer_id: int, year: int) -> ArrangementRow:
    found = session.scalar(select(AllowanceArrangement).where(
        AllowanceArrangement.volunteer_id == volunteer_id, AllowanceArrangement.year == year))
    return arrangement_row(found, volunteer_id, year)


def amount_of(entry: LineInput, arrangement: ArrangementRow,
              limits: rules.Limits) -> tuple[Decimal, Decimal | None]:
    """The line's amount (computed for hours and kilometres) and the rate used."""
    problems: list[FieldProblem] = []
    kind = LineKind(entry.kind)
    amount = decimal_or_none(entry.amount, "amount", problems, _("Amount"))
    rate = decimal_or_none(entry.rate, "rate", problems, _("Rate"))
    if kind == LineKind.HOURLY:
        hours = decimal_or_none(entry.hours, "hours", problems, _("Hours"))
        check_places(hours, HOURS_PLACES, "hours", problems)
        rate = rate if rate is not None else arrangement.hourly_rate
        if hours is None or not Decimal("0") < hours <= Decimal("24"):
            problems.append(FieldProblem("hours", _("between 0 and 24 hours")))
        if rate is None:
            problems.append(FieldProblem("rate", _("no hourly amount agreed for this volunteer")))
        if not problems:
            amount = money(hours * rate)
    elif kind == LineKind.KILOMETRES:
        km = decimal_or_none(entry.kilometres, "kilometres", problems, _("Kilometres"))
        check_places(km, KM_PLACES, "kilometres", problems)
        rate = rate if rate is not None else limits.km_rate
        if km is None or km <= 0:
            problems.append(FieldProblem("kilometres", _("give the number of kilometres")))
        if not problems:
            amount = money(km * rate)
    elif kind == LineKind.FIXED:
        if amount is None:
            amount = arrangement.monthly_amount
        if amount is None:
            problems.append(FieldProblem("amount", _("no fixed amount agreed for this volunteer")))
    elif amount is None:
        problems.append(FieldProblem("amount", _("give the amount")))
    if amount is not None and not problems:
        amount = money(amount)
    if problems:
        raise ValidationError(problems)
    return amount, (money(rate) if rate is not None else None)


def insert_line(
    session: Session, actor: Actor, entry: LineInput, override_reason: str | None, *,
    correction_of: AllowanceLine | None = None, hours_id: int | None = None,
) -> AllowanceLine:
    problems: list[FieldProblem] = []
    kind = LineKind(entry.kind)
    if entry.worked_on is None:
        problems.append(FieldProblem("worked_on", _("give the date worked")))
    description = (entry.description or "").strip()
    if kind in (LineKind.EXPENSE, LineKind.KILOMETRES, LineKind.GIFT) and not description:
        problems.append(FieldProblem("description", _("say what it was for")))
    if len(description) > 300:
        problems.append(FieldProblem("description", _("at most 300 characters")))
    if problems:
        raise ValidationError(problems)
    volunteer = lock_volunteer(session, entry.volunteer_id)
    year = entry.worked_on.year
    limits = limits_for(session, year)
    arrangement = arrangement_of(session, entry.volunteer_id, year)
    amount, rate = amount_of(entry, arrangement, limits)
    paid_correction = correction_of is not None and correction_of.state == LineState.PAID.value
    if paid_correction:
        # the difference with what was paid: may be negative
        amount = money(amount - correction_of.amount)
        if amount == 0:
            raise ValidationError(FieldProblem("amount", _("the correction changes nothing")))
    elif amount <= 0:
        raise ValidationError(FieldProblem("amount", _("give an amount above zero")))
    current = situation(session, volunteer, year)
    has_receipt = entry.receipt_data is not None or (
        correction_of is not None and correction_of.receipt_attachment_id is not None)
    check = rules.check_line(limits, current, rules.ProposedLine(
        kind, entry.worked_on, amount, rate, has_receipt=has_receipt, submitting=entry.submit))
    line = AllowanceLine(
        volunteer_id=entry.volunteer_id, kind=kind.value, worked_on=entry.worked_on, year=year,
        month=entry.worked_on.month, amount=amount, rate=rate, description=description,
        hours=Decimal(str(entry.hours)).quantize(Decimal(1).scaleb(-HOURS_PLACES)) if kind == LineKind.HOURLY else None,
        kilometres=(Decimal(str(entry.kilometres)).quantize(Decimal(1).scaleb(-KM_PLACES))
                    if kind == LineKind.KILOMETRES else None),
        state=(LineState.SUBMITTED if entry.submit else LineState.CONCEPT).value,
        correction_of=correction_of.id if correction_of is not None else None,
        receipt_attachment_id=correction_of.receipt_attachment_id if correction_of is not None else None,
        hours_id=hours_id, created_by=actor.username, submitted_at=utcnow() if entry.submit else None,
    )
    if check.refusals:
        apply_override(actor, override_reason, list(check.refusals), line)
    if entry.receipt_data is not None:
        stored = attachments.store(session, actor, entry.receipt_name or "bon", entry.receipt_data,
                                   attachments.RECEIPT_TYPES, field="receipt")
        line.receipt_attachment_id = stored.id
    session.add(line)
    session.flush()
    audit.record(session, actor, "create", "allowance_line", line.id, after=audit.snapshot(line))
    if check.refusals:
        audit.record(session, actor, "override", "allowance_line", line.id,
                     after={"limits": [r.limit.value for r in check.refusals]},
                     detail=f"{line.override_reason} — {check.message}")
    return line


def apply_override(actor: Actor, reason: str | None, refusals: list[rules.Refusal], target) -> None:
    if reason is None:
        raise LimitRefused(refusals=refusals)
    if not all(r.can_override for r in refusals):
        raise LimitRefused(refusals=[r for r in refusals if not r.can_override])
    actor.require(Permission.APPROVE_CLAIMS, _("override an allowance limit"))
    if len(reason.strip()) < 5:
        raise ValidationError(FieldProblem("override_reason", _("write down why the limit is overridden")))
    target.override_reason = reason.strip()
    target.override_by = actor.username
    target.override_at = utcnow()
