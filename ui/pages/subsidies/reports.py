"""The subsidy documents on the Rapporten page: an application PDF, an accountability report
(PDF or Excel) and the annual plan of a year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.context import PageContext
from ui.pages.reports.page import ReportAction
from ui.pages.subsidies import exports


def choose_application(parent: QWidget, context: PageContext, granted_only: bool = False) -> tuple[int, str] | None:
    rows = context.services.subsidies.list_applications(context.actor)
    if granted_only:
        rows = [r for r in rows if r.granted]
    if not rows:
        return None
    labels = [f"{r.title} — {r.funder_name} ({r.state_label})" for r in rows]
    label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("SubsidyReports", "Choose an application"), QCoreApplication.translate("SubsidyReports", "Application"), labels, 0, False)
    if not ok:
        return None
    row = rows[labels.index(label)]
    return row.id, row.title


def actions(context: PageContext) -> list[ReportAction]:
    group = QCoreApplication.translate("SubsidyReports", "Subsidies")

    def application_pdf(parent: QWidget) -> None:
        chosen = choose_application(parent, context)
        if chosen:
            exports.export(parent, QCoreApplication.translate("SubsidyReports", "Application PDF"), f"aanvraag-{exports.safe_name(chosen[1])}.pdf",
                           exports.pdf_filter(),
                           lambda path: context.services.subsidies.write_pdf(context.actor, chosen[0], path))

    def accountability(parent: QWidget, kind: str) -> None:
        chosen = choose_application(parent, context, granted_only=True)
        if chosen:
            service = context.services.accountability
            write = service.write_pdf if kind == "pdf" else service.write_excel
            exports.export(parent, QCoreApplication.translate("SubsidyReports", "Accountability report"),
                           f"verantwoording-{exports.safe_name(chosen[1])}.{kind}",
                           exports.pdf_filter() if kind == "pdf" else exports.excel_filter(),
                           lambda path: write(context.actor, chosen[0], path))

    def annual_plan(parent: QWidget) -> None:
        years = [str(y) for y in context.services.annual_plan.years(context.actor)] or [str(dt.date.today().year)]
        year, ok = QInputDialog.getItem(parent, QCoreApplication.translate("SubsidyReports", "Annual plan"), QCoreApplication.translate("SubsidyReports", "Year"), years, len(years) - 1, False)
        if ok:
            exports.export(parent, QCoreApplication.translate("SubsidyReports", "Annual plan"), f"jaarplan-{year}.pdf", exports.pdf_filter(),
                           lambda path: context.services.annual_plan.write_pdf(context.actor, int(year), path))

    return [
        ReportAction(group, QCoreApplication.translate("SubsidyReports", "Subsidy application (PDF)"),
                     QCoreApplication.translate("SubsidyReports", "An application with letterhead, budget, coverage plan and signature block, to send to a fund."),
                     application_pdf, "reportSubsidyApplication"),
        ReportAction(group, QCoreApplication.translate("SubsidyReports", "Accountability report (PDF)"),
                     QCoreApplication.translate("SubsidyReports", "Activities, participants, volunteer hours and budget against actual costs of a granted application."),
                     lambda parent: accountability(parent, "pdf"), "reportAccountabilityPdf"),
        ReportAction(group, QCoreApplication.translate("SubsidyReports", "Accountability figures (Excel)"),
                     QCoreApplication.translate("SubsidyReports", "The same figures as a workbook: budget and actuals, every cost, every activity."),
                     lambda parent: accountability(parent, "xlsx"), "reportAccountabilityExcel"),
        ReportAction(group, QCoreApplication.translate("SubsidyReports", "Annual plan (PDF)"),
                     QCoreApplication.translate("SubsidyReports", "Themes and working groups with their goals, actions, owners and budget."),
                     annual_plan, "reportAnnualPlan"),
    ]
