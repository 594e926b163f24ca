"""The tax-free limits per year, as data an administrator can extend (next year's figures)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.database import Database
from app.db.models import AllowanceLimit
from app.domain import formatting
from app.domain.allowance_rules import Limits, money
from app.domain.errors import FieldProblem, NotFound, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import load_for_update

_ = translator("allowances")

FIGURES = ("per_hour_adult", "per_hour_young", "per_month", "per_year", "km_rate")


def figure_labels() -> dict[str, str]:
    return {
        "per_hour_adult": _("per hour, 21 and over"),
        "per_hour_young": _("per hour, under 21"),
        "per_month": _("per month"),
        "per_year": _("per year"),
        "km_rate": _("per kilometre"),
    }


@dataclass(frozen=True)
class LimitRow:
    year: int
    per_hour_adult: Decimal
    per_hour_young: Decimal
    per_month: Decimal
    per_year: Decimal
    km_rate: Decimal
    sources: dict[str, str]
    to_confirm: bool = False
    version: int | None = None

    @property
    def limits(self) -> Limits:
        return Limits(self.year, self.per_hour_adult, self.per_hour_young, self.per_month, self.per_year, self.km_rate)

    def lines(self) -> list[tuple[str, str, str]]:
        """(label, `€ 5,60`, source) per figure, in a fixed order."""
        labels = figure_labels()
        return [(labels[f], formatting.money(getattr(self, f)), self.sources.get(f, "")) for f in FIGURES]


def row_of_limit(limit: AllowanceLimit) -> LimitRow:
    return LimitRow(
        limit.year, limit.per_hour_adult, limit.per_hour_young, limit.per_month, limit.per_year, limit.km_rate,
        {f: getattr(limit, f"source_{f}") for f in FIGURES}, limit.to_confirm, limit.version,
    )


def limits_for(session: Session, year: int) -> Limits:
    limit = session.get(AllowanceLimit, year)
    if limit is None:
        raise NotFound(
            _("There are no allowance limits for {year} yet: an administrator adds them in Settings.").format(year=year)
        )
    return row_of_limit(limit).limits


class AllowanceLimitService:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[LimitRow]:
        with self.db.reader() as uow:
            return [row_of_limit(limit) for limit in uow.session.scalars(select(AllowanceLimit).order_by(AllowanceLimit.year))]

    def for_year(self, year: int) -> LimitRow:
        with self.db.reader() as uow:
            limit = uow.session.get(AllowanceLimit, year)
            if limit is None:
                limits_for(uow.session, year)  # raises the message
            return row_of_limit(limit)

    def save(self, actor: Actor, row: LimitRow) -> LimitRow:
        """Add a year's figures, or correct them (with the version the user saw)."""
        actor.require(Permission.MANAGE_SETTINGS, _("change the allowance limits"))
        actor.require_whole_organisation(_("change the allowance limits"))
        problems: list[FieldProblem] = []
        values: dict[str, Decimal] = {}
        labels = figure_labels()
        if not 2000 <= row.year <= 2100:
            problems.append(FieldProblem("year", _("{year} is not a year").format(year=row.year)))
        for figure in FIGURES:
            value = getattr(row, figure)
            if value is None or Decimal(value) <= 0:
                problems.append(FieldProblem(figure, _("{label}: give an amount above zero").format(label=labels[figure])))
            else:
                values[figure] = money(value)
        if not problems:
            if values["per_hour_young"] > values["per_hour_adult"]:
                problems.append(FieldProblem("per_hour_young", _("the under-21 figure is higher than the 21+ figure")))
            if values["per_month"] > values["per_year"]:
                problems.append(FieldProblem("per_month", _("the month limit is higher than the year limit")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            existing = uow.session.get(AllowanceLimit, row.year)
            if existing is None:
                limit = AllowanceLimit(year=row.year)
                uow.session.add(limit)
                before: dict = {}
            else:
                limit = load_for_update(uow.session, AllowanceLimit, row.year, row.version,
                                        _("The limits of {year}").format(year=row.year))
                before = audit.snapshot(limit)
            for figure in FIGURES:
                setattr(limit, figure, values[figure])
                setattr(limit, f"source_{figure}", (row.sources.get(figure) or "").strip()[:300])
            limit.to_confirm = row.to_confirm
            limit.updated_at = utcnow()
            limit.updated_by = actor.username
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(limit))
            audit.record(uow.session, actor, "create" if not before else "update", "allowance_limit", row.year,
                         before=old, after=new)
            uow.commit()
            return row_of_limit(limit)
