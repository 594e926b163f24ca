"""The centre's own closing days, with the public holidays of the year shown beside them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.rooms import ClosingRow
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.pages.rooms.manage import selection_table
from ui.style import set_role
from ui.tasks import show_error

class ClosingDaysTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("closingYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RowTableModel[ClosingRow] = RowTableModel([
            ColumnSpec(self.tr("From"), lambda r: formatting.date(r.start_date), sort_key=lambda r: r.start_date),
            ColumnSpec(self.tr("To"), lambda r: formatting.date(r.end_date)),
            ColumnSpec(self.tr("Reason"), lambda r: r.reason),
            ColumnSpec(self.tr("Kind"), lambda r: self.tr("public holiday") if r.public_holiday else self.tr("closure of the centre")),
        ])
        self.table = selection_table(self.model)
        self.table.setObjectName("closingTable")
        layout.addWidget(self.table)
        add = QGroupBox(self.tr("Close the centre"))
        form = QHBoxLayout(add)
        today = dt.date.today()
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.first.setObjectName("closingFrom")
        self.last.setObjectName("closingTo")
        self.reason = QLineEdit()
        self.reason.setObjectName("closingReason")
        self.reason.setPlaceholderText(self.tr("e.g. summer closure"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addClosing")
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("removeClosing")
        for widget in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last, self.reason,
                       self.add_button, self.remove_button):
            form.addWidget(widget)
        layout.addWidget(add)
        layout.addWidget(set_role(QLabel(self.tr("Public holidays come from the Dutch calendar by themselves; "
                                                 "Liberation Day every year is a setting.")), "hint"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        allowed = context.actor.can(Permission.MANAGE_ROOMS)
        self.add_button.setEnabled(allowed)
        self.remove_button.setEnabled(allowed)

    def refresh(self) -> None:
        year = self.year.value()
        self.model.set_rows(self.context.services.rooms.closing_days(self.context.actor, dt.date(year, 1, 1), dt.date(year, 12, 31)))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            self.context.services.rooms.add_closing(self.context.actor, self.first.date().toPython(),
                                                    self.last.date().toPython(), self.reason.text())
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.reason.clear()
        self.context.bus.changed.emit("rooms")
        self.refresh()

    def remove(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        row = self.model.row(indexes[0].row())
        if row.id is None:
            QMessageBox.information(self, self.tr("Closing days"), self.tr("A public holiday cannot be removed; "
                                                                          "switch Liberation Day off in Settings."))
            return
        try:
            self.context.services.rooms.remove_closing(self.context.actor, row.id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.context.bus.changed.emit("rooms")
        self.refresh()
