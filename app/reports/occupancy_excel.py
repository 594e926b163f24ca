"""Occupancy (bezettingsgraad) per room per month: hours booked, hours open, the rate, and a
chart of the rate per month for every room."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.chart import BarChart, Reference

from app.i18n import translator
from app.reports.excel import (
    PERCENT_FORMAT, Column, new_workbook, prepare_for_print, protect_cell, write_table,
)
from app.services.rooms.rows import OccupancyRow

_ = translator("rooms")


def write_occupancy(path: Path, year: int, rows: list[OccupancyRow], *, centre: str = "") -> None:
    workbook = new_workbook()
    sheet = workbook.create_sheet(_("Occupancy"))
    columns = [Column(_("Room")), Column(_("Month"), "month"), Column(_("Hours booked"), "hours"),
               Column(_("Hours open"), "hours"), Column(_("Occupancy rate"), "percent")]
    write_table(sheet, columns, [
        (r.room_name, dt.date(r.year, r.month, 1), r.hours_booked, r.hours_open, r.rate) for r in rows
    ], title=_("Room occupancy {year}").format(year=year))

    rooms = list(dict.fromkeys(r.room_name for r in rows))
    chart_sheet = workbook.create_sheet(_("Chart data"))
    chart_sheet.append([_("Month"), *rooms])
    for cell in chart_sheet[1]:
        protect_cell(cell)  # room names are typed by people
    by_key = {(r.room_name, r.month): r.rate for r in rows}
    for month in range(1, 13):
        chart_sheet.append([dt.date(year, month, 1), *[float(by_key.get((room, month), 0)) for room in rooms]])
        chart_sheet.cell(row=month + 1, column=1).number_format = "[$-413]MMM"
    for row in chart_sheet.iter_rows(min_row=2, min_col=2):
        for cell in row:
            cell.number_format = PERCENT_FORMAT
    chart = BarChart()
    chart.type = "col"
    chart.title = _("Occupancy rate per room per month, {year}").format(year=year)
    chart.y_axis.title = _("Occupancy rate")
    chart.y_axis.number_format = "0%"
    chart.height, chart.width = 9, 22
    if rooms:
        data = Reference(chart_sheet, min_col=2, max_col=1 + len(rooms), min_row=1, max_row=13)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(chart_sheet, min_col=1, min_row=2, max_row=13))
    sheet.add_chart(chart, "H3")
    prepare_for_print(workbook, title=_("Room occupancy {year}").format(year=year), centre=centre)
    workbook.save(path)
