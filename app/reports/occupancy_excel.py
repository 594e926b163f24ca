"""Occupancy (bezettingsgraad) per room per month: hours booked, hours open, the rate, and a
chart of the rate per month for every room."""

from __future__ import annotations

from pathlib import Path

from openpyxl.chart import BarChart, Reference

from app.domain import formatting
from app.i18n import translator
from app.reports.excel import PERCENT_FORMAT, Column, new_workbook, protect_cell, write_table
from app.services.rooms.rows import OccupancyRow

_ = translator("rooms")


def write_occupancy(path: Path, year: int, rows: list[OccupancyRow]) -> None:
    workbook = new_workbook()
    sheet = workbook.create_sheet(_("Occupancy"))
    columns = [Column(_("Room")), Column(_("Month")), Column(_("Hours booked"), "hours"),
               Column(_("Hours open"), "hours"), Column(_("Occupancy rate"), "percent")]
    write_table(sheet, columns, [
        (r.room_name, formatting.month_name(r.year, r.month), r.hours_booked, r.hours_open, r.rate) for r in rows
    ], title=_("Room occupancy {year}").format(year=year))

    rooms = list(dict.fromkeys(r.room_name for r in rows))
    chart_sheet = workbook.create_sheet(_("Chart data"))
    chart_sheet.append([_("Month"), *rooms])
    for cell in chart_sheet[1]:
        protect_cell(cell)  # room names are typed by people
    by_key = {(r.room_name, r.month): r.rate for r in rows}
    for month in range(1, 13):
        chart_sheet.append([formatting.month_name(year, month).split(" ")[0],
                            *[float(by_key.get((room, month), 0)) for room in rooms]])
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
    workbook.save(path)
