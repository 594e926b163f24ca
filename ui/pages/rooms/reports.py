"""The rooms area on the Rapporten page: week schedule, poster, door sign, iCalendar,
occupancy and rental income — the same files as the `wijkhuis export` commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.services import room_exports
from ui.context import PageContext
from ui.pages.reports.page import ReportAction
from ui.tasks import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomReports", text)


def _ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(name) if name else None


def _monday() -> dt.date:
    today = dt.date.today()
    return today - dt.timedelta(days=today.weekday())


def _run(parent: QWidget, title: str, work, path: Path) -> None:
    run_task(parent, title, lambda _progress: work(),
             lambda _result: QMessageBox.information(parent, title, tr("Saved as %1").replace("%1", str(path))))


def actions(context: PageContext) -> list[ReportAction]:
    services, actor = context.services, context.actor

    def schedule(parent: QWidget) -> None:
        monday = _monday()
        path = _ask_path(parent, tr("Week schedule"), f"zaalrooster-week-{monday.isocalendar()[1]}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, tr("Week schedule"), lambda: room_exports.export_schedule(services, actor, monday, path), path)

    def poster(parent: QWidget) -> None:
        monday = _monday()
        path = _ask_path(parent, tr("Poster"), f"deze-week-{monday.isocalendar()[1]}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, tr("Poster"), lambda: room_exports.export_poster(services, actor, monday, path), path)

    def door_sign(parent: QWidget) -> None:
        rooms = [r.name for r in services.rooms.rooms(actor)]
        if not rooms:
            return
        room, ok = QInputDialog.getItem(parent, tr("Door sign"), tr("Room"), rooms, 0, False)
        if not ok:
            return
        path = _ask_path(parent, tr("Door sign"), f"deurbordje-{room.lower().replace(' ', '-')}.pdf", "PDF (*.pdf)")
        if path:
            _run(parent, tr("Door sign"), lambda: room_exports.export_door_sign(services, actor, room, dt.date.today(), path), path)

    def ics(parent: QWidget) -> None:
        path = _ask_path(parent, tr("Calendar file"), "boekingen.ics", "iCalendar (*.ics)")
        if path:
            _run(parent, tr("Calendar file"), lambda: room_exports.export_ics(services, actor, path), path)

    def occupancy(parent: QWidget) -> None:
        year = dt.date.today().year
        path = _ask_path(parent, tr("Occupancy"), f"bezetting-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            _run(parent, tr("Occupancy"), lambda: room_exports.export_occupancy(services, actor, year, path), path)

    def income(parent: QWidget) -> None:
        year = dt.date.today().year
        path = _ask_path(parent, tr("Rental income"), f"huuropbrengst-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            _run(parent, tr("Rental income"), lambda: room_exports.export_rental_income(services, actor, year, path), path)

    group = tr("Rooms and bookings")
    return [
        ReportAction(group, tr("Week schedule (PDF)"), tr("This week across all rooms on A4 landscape, for the office wall."),
                     schedule, "reportRoomSchedule"),
        ReportAction(group, tr("Poster 'This week at the community centre' (PDF)"),
                     tr("The public activities of this week, for the foyer."), poster, "reportRoomPoster"),
        ReportAction(group, tr("Door sign (PDF)"), tr("Today's bookings of one room, for its door."), door_sign, "reportDoorSign"),
        ReportAction(group, tr("Calendar file (iCalendar)"), tr("Every booking, for Outlook, Google Calendar or Apple Calendar."),
                     ics, "reportRoomIcs"),
        ReportAction(group, tr("Occupancy this year (Excel)"),
                     tr("Per room per month: hours booked, hours open and the occupancy rate, with a chart."),
                     occupancy, "reportOccupancy"),
        ReportAction(group, tr("Rental income this year (Excel)"), tr("Invoiced rent per renter and room."), income,
                     "reportRentalIncome"),
    ]
