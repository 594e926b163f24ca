"""Frozen rows of the district figures: what the service gathers and the workbook shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class RoomHours:
    room_name: str
    hours_booked: Decimal  # options and confirmed bookings in the year, as the occupancy export counts them


@dataclass(frozen=True)
class ApplicationBudget:
    funder_name: str
    title: str
    budget_total: Decimal
    requested_amount: Decimal
    granted_amount: Decimal | None
    state_label: str  # in Dutch, as the Subsidies page shows it
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@dataclass(frozen=True)
class CentreFigures:
    centre_id: int
    centre_name: str
    rooms: tuple[RoomHours, ...]
    allowances_paid: Decimal  # the paid allowance lines of the year
    applications: tuple[ApplicationBudget, ...]


@dataclass(frozen=True)
class DistrictFigures:
    year: int
    centres: tuple[CentreFigures, ...]
