"""The rooms area on the Rapporten page: week schedule, district week, poster, door sign,
iCalendar, occupancy, rental income and (for an account of the whole organisation) the district
figures — the same files as the `wijkhuis export` commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.services.rooms import exports as room_exports
from ui.context import PageContext
from ui.pages.reports.page import ReportAction
from ui.tasks import run_task

translate = QCoreApplication.translate  # with the context spelled out in each call, for lupdate


def _ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(name) if name else None


def _monday() -> dt.date:
    today = dt.date.today()
    return today - dt.timedelta(days=today.weekday())


def _run(parent: QWidget, title: str, work, path: Path) -> None:
    saved = translate("RoomReports", "Saved as %1").replace("%1", str(path))
    run_task(parent, title, lambda _progress: work(), lambda _result: QMessageBox.information(parent, title, saved))


def actions(context: PageContext) -> list[ReportAction]:
    services, actor = context.services, context.actor

    def schedule(parent: QWidget) -> None:
        monday = _monday()
        title = translate("RoomReports", "Week schedule")
        path = _ask_path(parent, title, f"zaalrooster-week-{monday.isocalendar()[1]}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, title, lambda: room_exports.export_schedule(services, actor, monday, path), path)

    def poster(parent: QWidget) -> None:
        monday = _monday()
        title = translate("RoomReports", "Poster")
        path = _ask_path(parent, title, f"deze-week-{monday.isocalendar()[1]}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, title, lambda: room_exports.export_poster(services, actor, monday, path), path)

    def door_sign(parent: QWidget) -> None:
        rooms = [r.name for r in services.rooms.rooms(actor)]
        if not rooms:
            return
        title = translate("RoomReports", "Door sign")
        room, ok = QInputDialog.getItem(parent, title, translate("RoomReports", "Room"), rooms, 0, False)
        if not ok:
            return
        path = _ask_path(parent, title, f"deurbordje-{room.lower().replace(' ', '-')}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, title, lambda: room_exports.export_door_sign(services, actor, room, dt.date.today(), path), path)

    def ics(parent: QWidget) -> None:
        title = translate("RoomReports", "Calendar file")
        path = _ask_path(parent, title, "boekingen.ics", "iCalendar (*.ics)")
        if path:
            _run(parent, title, lambda: room_exports.export_ics(services, actor, path), path)

    def occupancy(parent: QWidget) -> None:
        year = dt.date.today().year
        title = translate("RoomReports", "Occupancy")
        path = _ask_path(parent, title, f"bezetting-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            _run(parent, title, lambda: room_exports.export_occupancy(services, actor, year, path), path)

    def district_week(parent: QWidget) -> None:
        monday = _monday()
        title = translate("RoomReports", "District week")
        path = _ask_path(parent, title, f"wijkweek-{monday.isocalendar()[1]}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, title, lambda: room_exports.export_district_week(services, actor, monday, path), path)

    def district(parent: QWidget) -> None:
        year = dt.date.today().year
        title = translate("RoomReports", "District figures")
        path = _ask_path(parent, title, f"wijkcijfers-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            _run(parent, title, lambda: services.district.write_figures(actor, year, path), path)

    def income(parent: QWidget) -> None:
        year = dt.date.today().year
        title = translate("RoomReports", "Rental income")
        path = _ask_path(parent, title, f"huuropbrengst-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            _run(parent, title, lambda: room_exports.export_rental_income(services, actor, year, path), path)

    group = translate("RoomReports", "Rooms and bookings")
    whole_organisation = [
        ReportAction(group, translate("RoomReports", "District figures this year (Excel)"),
                     translate("RoomReports", "Every centre on its own sheet (hours booked per room, allowances paid, "
                                              "subsidy budgets) and a sheet with the totals."),
                     district, "reportDistrictFigures"),
    ] if actor.whole_organisation else []
    return [
        ReportAction(group, translate("RoomReports", "Week schedule (PDF)"),
                     translate("RoomReports", "This week across all rooms on A4 landscape, for the office wall."),
                     schedule, "reportRoomSchedule"),
        ReportAction(group, translate("RoomReports", "District week (PDF)"),
                     translate("RoomReports", "The public activities of every centre this week, per day."),
                     district_week, "reportDistrictWeek"),
        ReportAction(group, translate("RoomReports", "Poster 'This week at the community centre' (PDF)"),
                     translate("RoomReports", "The public activities of this week, for the foyer."),
                     poster, "reportRoomPoster"),
        ReportAction(group, translate("RoomReports", "Door sign (PDF)"),
                     translate("RoomReports", "Today's bookings of one room, for its door."),
                     door_sign, "reportDoorSign"),
        ReportAction(group, translate("RoomReports", "Calendar file (iCalendar)"),
                     translate("RoomReports", "Every booking, for Outlook, Google Calendar or Apple Calendar."),
                     ics, "reportRoomIcs"),
        ReportAction(group, translate("RoomReports", "Occupancy this year (Excel)"),
                     translate("RoomReports",
                               "Per room per month: hours booked, hours open and the occupancy rate, with a chart."),
                     occupancy, "reportOccupancy"),
        ReportAction(group, translate("RoomReports", "Rental income this year (Excel)"),
                     translate("RoomReports", "Invoiced rent per renter and room."),
                     income, "reportRentalIncome"),
        *whole_organisation,
    ]
