"""The figures of the whole district: every centre of the organisation side by side (booked
hours, allowances paid, subsidy budgets) in one workbook, for an account of the whole
organisation.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.district._figures import DistrictService
from app.services.district.rows import ApplicationBudget, CentreFigures, DistrictFigures, RoomHours

__all__ = [
    "ApplicationBudget",
    "CentreFigures",
    "DistrictFigures",
    "DistrictService",
    "RoomHours",
]
