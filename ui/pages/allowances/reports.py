"""The allowance exports on Rapporten."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.domain.permissions import Permission
from ui.context import PageContext
from ui.pages.allowances import exports


def _tr(text: str) -> str:
    return QCoreApplication.translate("AllowanceReports", text)


def actions(context: PageContext) -> list:
    from ui.pages.reports.page import ReportAction

    if not context.actor.can(Permission.EXPORT_FINANCIAL):
        return []
    year = dt.date.today().year
    group = _tr("Allowances")
    return [
        ReportAction(group, _tr("Allowance overview {year} (Excel)").format(year=year),
                     _tr("One row per volunteer with months, year total, other organisations, room left and "
                         "overrides; a second sheet with every line."),
                     lambda parent: exports.export_excel(parent, context, year), "reportAllowancesExcel"),
        ReportAction(group, _tr("Year statements {year} (PDF)").format(year=year),
                     _tr("Jaaroverzicht vrijwilligersvergoeding per volunteer on the letterhead, one per page."),
                     lambda parent: exports.export_statements(parent, context, year), "reportAllowanceStatements"),
    ]
