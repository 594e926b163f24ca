"""The volunteer exports on the Rapporten page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.permissions import Permission
from ui.context import PageContext
from ui.pages.reports.page import ReportAction
from ui.pages.volunteers import actions as page_actions


def actions_for(context: PageContext) -> list[ReportAction]:
    if not context.actor.can(Permission.EXPORT_PERSONAL_DATA):
        return []
    group = QCoreApplication.translate("VolunteerReports", "Volunteers")
    return [
        ReportAction(group, QCoreApplication.translate("VolunteerReports", "Volunteer list (Excel)"),
                     QCoreApplication.translate("VolunteerReports", "Every volunteer with every field, one row each."),
                     page_actions.export_excel, "reportVolunteersExcel"),
        ReportAction(group, QCoreApplication.translate("VolunteerReports", "Phone list (PDF)"),
                     QCoreApplication.translate("VolunteerReports", "Active volunteers per working group, A4 to print."),
                     page_actions.export_phone_list, "reportPhoneList"),
    ]


def actions(context: PageContext) -> list[ReportAction]:  # the name Rapporten looks for
    return actions_for(context)
