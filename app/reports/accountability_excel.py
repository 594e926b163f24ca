"""The accountability figures as a workbook: budget against actuals, every cost, every activity,
and the reach — for a treasurer who wants to check the sums."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.domain import subsidies as rules
from app.i18n import translator
from app.reports.excel import EURO_FORMAT, Column, new_workbook, prepare_for_print, write_table
from app.services.subsidies.rows import AccountabilityReport

_ = translator("subsidies")


def write_accountability_excel(path: Path, report: AccountabilityReport, *, centre: str = "") -> Path:
    application = report.application
    workbook = new_workbook()

    sheet = workbook.create_sheet(_("Budget and actuals"))
    rows = [
        [rules.category_label(l.category), l.description, l.budget, l.entered, l.allowances, l.actual, l.difference,
         l.explanation]
        for l in report.lines
    ]
    last = write_table(sheet, [
        Column(_("Category")), Column(_("Description")), Column(_("Budget"), "money"),
        Column(_("Costs entered"), "money"), Column(_("Allowances"), "money"), Column(_("Actual"), "money"),
        Column(_("Difference"), "money"), Column(_("Explanation"), width=50),
    ], rows, title=f"{application.title} — {application.funder_name}")
    total_row = last + 1
    first_data = last - len(rows) + 1
    sheet.cell(row=total_row, column=1, value=_("Total")).font = Font(bold=True)
    for column in range(3, 8):  # budget, entered, allowances, actual, difference: every money column
        letter = get_column_letter(column)
        cell = sheet.cell(row=total_row, column=column, value=f"=SUM({letter}{first_data}:{letter}{last})")
        cell.number_format = EURO_FORMAT
        cell.font = Font(bold=True)

    reach = workbook.create_sheet(_("Reach"))
    write_table(reach, [Column(_("What")), Column(_("Planned")), Column(_("Realised"))], [
        [_("Activities held"), application.expected_sessions, report.activities_held],
        [_("Participants (counted per activity)"), application.expected_participants, report.participants],
        [_("Activities without a participant count"), None, report.activities_without_count],
        [_("Volunteer hours"), None, float(report.volunteer_hours)],
        [_("Volunteers"), None, report.volunteers],
        [_("Amount granted"), None, float(application.granted_amount or application.requested_amount)],
        [_("What the funder asks"), None, report.report_requirement],
    ])
    reach.cell(row=reach.max_row - 1, column=3).number_format = EURO_FORMAT

    costs = workbook.create_sheet(_("Costs"))
    names = {line.budget_line_id: line.description for line in report.lines}
    write_table(costs, [
        Column(_("Date"), "date"), Column(_("Budget line")), Column(_("Description")), Column(_("Amount"), "money"),
        Column(_("Source")),
    ], [[c.spent_on, names.get(c.budget_line_id, ""), c.description, c.amount,
         _("entered") if c.source == "entered" else _("allowance")] for c in report.costs])

    activities = workbook.create_sheet(_("Activities"))
    write_table(activities, [
        Column(_("Date"), "date"), Column(_("Activity")), Column(_("Room")), Column(_("Participants"), "integer"),
    ], [[a.day, a.activity, a.room, a.participants] for a in report.activities])
    prepare_for_print(workbook, title=f"{application.title} — {application.funder_name}", centre=centre)
    workbook.save(path)
    return path
