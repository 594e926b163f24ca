"""Volunteer allowances and expense claims within the Dutch limits, the limits themselves, payment
runs with their SEPA file, and the treasurer's exports.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.allowances._exports import AllowanceExportService
from app.services.allowances._limits import AllowanceLimitService, FIGURES, LimitRow, figure_labels
from app.services.allowances._lines import LimitRefused, LineInput
from app.services.allowances._payments import (
    BatchRow,
    BatchState,
    PayeeRow,
    PaymentPreview,
    PaymentService,
)
from app.services.allowances._service import AllowanceService
from app.services.allowances.rows import ArrangementRow, LineRow, VolunteerYearRow
from app.services.allowances._data import year_rows
from app.services.allowances._limits import limits_for
from app.services.allowances._data import valid_iban
from app.services.allowances._data import volunteer_name

__all__ = [
    "valid_iban",
    "volunteer_name",
    "year_rows",
    "limits_for",
    "AllowanceExportService",
    "AllowanceLimitService",
    "AllowanceService",
    "ArrangementRow",
    "BatchRow",
    "BatchState",
    "FIGURES",
    "LimitRefused",
    "LimitRow",
    "LineInput",
    "LineRow",
    "PayeeRow",
    "PaymentPreview",
    "PaymentService",
    "VolunteerYearRow",
    "figure_labels",
]
