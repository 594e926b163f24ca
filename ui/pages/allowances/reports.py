"""The allowance exports on Rapporten."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.domain.permissions import Permission
from ui.context import PageContext
from ui.pages.allowances import exports
from ui.pages.allowances.bank_tab import export_open_items

CONTEXT = "AllowanceReports"


def actions(context: PageContext) -> list:
    from ui.pages.reports.page import ReportAction

    if not context.actor.can(Permission.EXPORT_FINANCIAL):
        return []
    year = dt.date.today().year
    group = QCoreApplication.translate("AllowanceReports", "Allowances")
    excel_title = QCoreApplication.translate("AllowanceReports", "Allowance overview {year} (Excel)")
    excel_hint = QCoreApplication.translate(
        "AllowanceReports",
        "One row per volunteer with months, year total, other organisations, room left and overrides; "
        "a second sheet with every line.")
    pdf_title = QCoreApplication.translate("AllowanceReports", "Year statements {year} (PDF)")
    pdf_hint = QCoreApplication.translate(
        "AllowanceReports", "A year statement of the volunteer allowance per volunteer on the letterhead, one per page.")
    return [
        ReportAction(group, excel_title.format(year=year), excel_hint,
                     lambda parent: exports.export_excel(parent, context, year), "reportAllowancesExcel"),
        ReportAction(group, pdf_title.format(year=year), pdf_hint,
                     lambda parent: exports.export_statements(parent, context, year), "reportAllowanceStatements"),
        ReportAction(group, QCoreApplication.translate("AllowanceReports", "Open items (Excel)"),
                     QCoreApplication.translate(
                         "AllowanceReports", "Invoices not (fully) paid and allowance payments the bank has not "
                         "confirmed or has returned, after the last bank statement."),
                     lambda parent: export_open_items(parent, context), "reportOpenItems"),
    ]
