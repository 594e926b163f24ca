"""What is free? A room (or any room holding N people), a period and a length → free slots.
Double-click a slot to book it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.recurrence import short_weekday_names
from app.services.rooms import FreeSlot
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import show_error


class FreeSearchTab(QWidget):
    def __init__(self, context: PageContext, calendar, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.calendar = calendar
        layout = QHBoxLayout(self)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.room = QComboBox()
        self.room.setObjectName("freeRoom")
        form.addRow(self.tr("Room"), self.room)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("freeCapacity")
        self.capacity.setRange(0, 1000)
        self.capacity.setSuffix(self.tr(" people or more"))
        form.addRow(self.tr("Capacity"), self.capacity)
        today = dt.date.today()
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.first.setObjectName("freeFrom")
        self.last = QDateEdit(QDate(today.year, today.month, today.day).addDays(13))
        self.last.setObjectName("freeTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        self.length = QTimeEdit(QTime(2, 0))
        self.length.setObjectName("freeLength")
        self.length.setDisplayFormat("H:mm")
        form.addRow(self.tr("Length (hours)"), self.length)
        self.search = QPushButton(self.tr("Search"))
        self.search.setObjectName("freeSearch")
        self.search.clicked.connect(self.run)
        form.addRow("", self.search)
        hint = set_role(QLabel(self.tr("Buffers of the room and of other bookings are kept free. "
                                       "Double-click a result to book it.")), "hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        form_host.setMaximumWidth(380)
        layout.addWidget(form_host)
        right = QVBoxLayout()
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("freeSummary")
        right.addWidget(self.summary)
        names = short_weekday_names()
        self.model: RowTableModel[FreeSlot] = RowTableModel([
            ColumnSpec(self.tr("Room"), lambda s: s.room_name),
            ColumnSpec(self.tr("Capacity"), lambda s: str(s.capacity), align_right=True),
            ColumnSpec(self.tr("Date"), lambda s: f"{names[s.start.weekday()]} {formatting.date(s.start.date())}",
                       sort_key=lambda s: s.start),
            ColumnSpec(self.tr("Free from"), lambda s: f"{s.start:%H:%M}"),
            ColumnSpec(self.tr("Free until"), lambda s: f"{s.end:%H:%M}"),
        ])
        self.table = QTableView()
        self.table.setObjectName("freeResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._book)
        right.addWidget(self.table)
        layout.addLayout(right, 1)

    def refresh(self) -> None:
        current = self.room.currentData()
        self.room.clear()
        self.room.addItem(self.tr("any room"), None)
        for room in self.context.services.rooms.rooms(self.context.actor):
            self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.room.setCurrentIndex(max(self.room.findData(current), 0))

    def run(self) -> None:
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        length = dt.timedelta(hours=self.length.time().hour(), minutes=self.length.time().minute())
        try:
            slots = self.context.services.bookings.free_slots(
                self.context.actor, first, last, length, room_id=self.room.currentData(), min_capacity=self.capacity.value())
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.model.set_rows(slots)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%n free slot(s)", "", len(slots)))

    def _book(self, index) -> None:
        slot = self.model.row(index.row())
        self.calendar.open_new(slot.room_id, slot.start)
        self.run()
