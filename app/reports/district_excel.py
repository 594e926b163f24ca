"""The district figures of one year: a sheet per centre (booked hours per room, allowances
paid, the subsidy applications with their budgets) and a "Totaal" sheet whose every figure is a
formula on the centre sheets, so a corrected centre sheet corrects the totals.

The totals on a centre sheet carry a workbook name (`uren_centrum_1`, …) and the Totaal sheet
refers to those names: the formulas then never hold a centre's name (typed by people, so never
part of a formula) and keep working when someone renames a sheet."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.i18n import translator
from app.reports.excel import (
    EURO_FORMAT, HOURS_FORMAT, cell_value, fit_header_words, new_workbook, protect_cell, set_print_setup,
)
from app.services.district.rows import CentreFigures, DistrictFigures

_ = translator("rooms")

# The figures the Totaal sheet adds up, by the name of their cell on a centre sheet.
HOURS, PAID, BUDGET, REQUESTED, GRANTED = "uren", "vergoedingen", "begroting", "aangevraagd", "toegekend"
TOTALLED = (HOURS, PAID, BUDGET, REQUESTED, GRANTED)
MONEY = {PAID, BUDGET, REQUESTED, GRANTED}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name for a centre (at most 31 characters, none of []:*?/\\)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", name).strip().strip("'")[:31].strip() or _("Centre")
    candidate, number = base, 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.lower())
    return candidate


def defined_name(figure: str, index: int) -> str:
    return f"{figure}_centrum_{index}"


def _put(sheet, row: int, column: int, value: Any, number_format: str | None = None, *, bold: bool = False):
    from openpyxl.styles import Font

    cell = sheet.cell(row=row, column=column)
    cell.value = cell_value(value, "money" if number_format == EURO_FORMAT else "text")
    protect_cell(cell)  # names typed by people stay text
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    return cell


def _formula(sheet, row: int, column: int, formula: str | int, number_format: str, *, bold: bool = False):
    """A formula the program made (never from typed text) or 0 for an empty list."""
    from openpyxl.styles import Font

    cell = sheet.cell(row=row, column=column)
    cell.value = formula
    cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    return cell


def _header(sheet, row: int, headers: list[str]) -> None:
    from openpyxl.styles import Alignment

    from app.reports.excel import HEADER_FILL, HEADER_FONT

    for column, text in enumerate(headers, start=1):
        cell = _put(sheet, row, column, text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _name_cell(workbook, sheet, figure: str, index: int, row: int, column: int) -> None:
    from openpyxl.utils import absolute_coordinate, get_column_letter
    from openpyxl.workbook.defined_name import DefinedName

    title = sheet.title.replace("'", "''")
    reference = f"'{title}'!{absolute_coordinate(f'{get_column_letter(column)}{row}')}"
    workbook.defined_names[defined_name(figure, index)] = DefinedName(defined_name(figure, index), attr_text=reference)


def _sum(column: str, first: int, last: int) -> str | int:
    return f"=SUM({column}{first}:{column}{last})" if last >= first else 0


def _centre_sheet(workbook, figures: CentreFigures, index: int, year: int, name: str) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(name)
    title = _put(sheet, 1, 1, _("District figures {year}: {centre}").format(year=year, centre=figures.centre_name))
    title.font = Font(bold=True, size=14)

    row = 3
    _put(sheet, row, 1, _("Room occupancy"), bold=True)
    _header(sheet, row + 1, [_("Room"), _("Hours booked")])
    first = row + 2
    for offset, room in enumerate(figures.rooms):
        _put(sheet, first + offset, 1, room.room_name)
        _put(sheet, first + offset, 2, float(room.hours_booked), HOURS_FORMAT)
    row = first + len(figures.rooms)
    _put(sheet, row, 1, _("Total"), bold=True)
    _formula(sheet, row, 2, _sum("B", first, row - 1), HOURS_FORMAT, bold=True)
    _name_cell(workbook, sheet, HOURS, index, row, 2)

    row += 2
    _put(sheet, row, 1, _("Allowances paid"), bold=True)
    _put(sheet, row, 2, float(figures.allowances_paid), EURO_FORMAT, bold=True)
    _name_cell(workbook, sheet, PAID, index, row, 2)

    row += 2
    _put(sheet, row, 1, _("Subsidy applications"), bold=True)
    header_row = row + 1
    _header(sheet, header_row, [_("Funder"), _("Title"), _("Budget total"), _("Requested"), _("Granted"), _("State")])
    first = header_row + 1
    for offset, application in enumerate(figures.applications):
        line = first + offset
        _put(sheet, line, 1, application.funder_name)
        _put(sheet, line, 2, application.title)
        _put(sheet, line, 3, float(application.budget_total), EURO_FORMAT)
        _put(sheet, line, 4, float(application.requested_amount), EURO_FORMAT)
        _put(sheet, line, 5, None if application.granted_amount is None else float(application.granted_amount),
             EURO_FORMAT)
        _put(sheet, line, 6, application.state_label)
    row = first + len(figures.applications)
    _put(sheet, row, 1, _("Total"), bold=True)
    for column, figure in ((3, BUDGET), (4, REQUESTED), (5, GRANTED)):
        letter = "CDE"[column - 3]
        _formula(sheet, row, column, _sum(letter, first, row - 1), EURO_FORMAT, bold=True)
        _name_cell(workbook, sheet, figure, index, row, column)

    longest = [len(r.room_name) for r in figures.rooms] + [len(a.funder_name) for a in figures.applications]
    widths = {"A": max([24, *longest]) + 2, "B": max([14, *(len(a.title) for a in figures.applications)]) + 2,
              "C": 16, "D": 16, "E": 16, "F": 18}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = min(width, 50)
    fit_header_words(sheet, [_("Funder"), _("Title"), _("Budget total"), _("Requested"), _("Granted"), _("State")],
                     header_row=header_row)
    set_print_setup(sheet, title=_("District figures {year}").format(year=year), centre=figures.centre_name)


def _total_sheet(workbook, figures: DistrictFigures, name: str) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(name, 0)
    title = _put(sheet, 1, 1, _("District figures {year}: all centres").format(year=figures.year))
    title.font = Font(bold=True, size=14)
    headers = [_("Centre"), _("Hours booked"), _("Allowances paid"), _("Budget total"), _("Requested"), _("Granted")]
    _header(sheet, 3, headers)
    first = 4
    for index, centre in enumerate(figures.centres, start=1):
        row = first + index - 1
        _put(sheet, row, 1, centre.centre_name)
        for column, figure in enumerate(TOTALLED, start=2):
            _formula(sheet, row, column, f"={defined_name(figure, index)}",
                     EURO_FORMAT if figure in MONEY else HOURS_FORMAT)
    last = first + len(figures.centres) - 1
    row = last + 1
    _put(sheet, row, 1, _("Total"), bold=True)
    for column, figure in enumerate(TOTALLED, start=2):
        letter = "ABCDEF"[column - 1]
        _formula(sheet, row, column, _sum(letter, first, last), EURO_FORMAT if figure in MONEY else HOURS_FORMAT,
                 bold=True)
    sheet.column_dimensions["A"].width = min(max([24, *(len(c.centre_name) for c in figures.centres)]) + 2, 50)
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 16
    sheet.freeze_panes = "A4"
    fit_header_words(sheet, headers, header_row=3)
    set_print_setup(sheet, title=_("District figures {year}").format(year=figures.year), centre=_("All centres"))


def write_district_figures(path: Path, figures: DistrictFigures) -> None:
    workbook = new_workbook()
    taken = {_("Total").lower()}
    names = [sheet_name(centre.centre_name, taken) for centre in figures.centres]
    for index, (centre, name) in enumerate(zip(figures.centres, names, strict=True), start=1):
        _centre_sheet(workbook, centre, index, figures.year, name)
    _total_sheet(workbook, figures, _("Total"))
    workbook.active = 0
    workbook.save(path)
