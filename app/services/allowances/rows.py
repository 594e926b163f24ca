"""Frozen rows of this area: what services return and what reports and the window show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ArrangementRow:
    volunteer_id: int
    year: int
    kind: ArrangementKind
    monthly_amount: Decimal | None = None
    hourly_rate: Decimal | None = None
    other_organisations: Decimal = ZERO
    override_reason: str = ""
    override_by: str = ""
    override_at: dt.datetime | None = None
    notes: str = ""
    version: int | None = None
    other_monthly: tuple[Decimal, ...] | None = None  # January first; None: the year figure spread evenly

    @property
    def other_spread(self) -> bool:
        """Only a year figure is known: it is spread evenly over the months (and shown as such)."""
        return self.other_monthly is None and self.other_organisations > 0

    def other_by_month(self) -> tuple[Decimal, ...]:
        if self.other_monthly is not None:
            return self.other_monthly
        return rules.spread_over_months(self.other_organisations or ZERO)


@dataclass(frozen=True)
class LineRow:
    id: int
    volunteer_id: int
    volunteer_name: str
    kind: LineKind
    worked_on: dt.date
    year: int
    month: int
    amount: Decimal
    hours: Decimal | None
    kilometres: Decimal | None
    rate: Decimal | None
    description: str
    state: LineState
    rejection_reason: str
    correction_of: int | None
    receipt_attachment_id: int | None
    receipt_name: str
    override_reason: str
    override_by: str
    override_at: dt.datetime | None
    payment_batch_id: int | None
    created_by: str
    created_at: dt.datetime
    approved_by: str
    paid_at: dt.datetime | None
    version: int

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class VolunteerYearRow:
    """One row of the treasurer's summary: a volunteer's year at a glance."""

    volunteer_id: int
    name: str
    date_of_birth: dt.date | None
    age_group: str
    iban_masked: str
    iban_valid: bool
    arrangement: ArrangementKind
    months: tuple[Decimal, ...]  # counted towards the limits, by month worked
    outside_limits: Decimal  # real costs of a receipts-only volunteer: no cap
    total: Decimal
    other_organisations: Decimal
    year_limit: Decimal
    room_left: Decimal
    month_limit: Decimal
    over_limit: bool
    overridden: bool
    near_limit: bool
    waiting: int  # lines submitted, waiting for approval
    arrangement_version: int | None

    @property
    def flag(self) -> str:
        flags = []
        if self.over_limit:
            flags.append("over")
        if self.overridden:
            flags.append("override")
        return ",".join(flags)
