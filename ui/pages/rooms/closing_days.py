"""The centre's and the rooms' own closing days, with the public holidays of the year beside
them. Adding or widening a closure first shows the live bookings it hits (closure_dialog.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
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
from app.services.rooms import ClosureResult
from app.services.rooms import ClosingRow
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.pages.rooms.closure_dialog import ClosureHitsDialog
from ui.pages.rooms.manage import selection_table
from ui.style import set_role
from ui.tasks import show_error


class ClosingDaysTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.editing: ClosingRow | None = None
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
            ColumnSpec(self.tr("Closed"), lambda r: r.room_name or self.tr("whole centre")),
            ColumnSpec(self.tr("Reason"), lambda r: r.reason),
            ColumnSpec(self.tr("Kind"), lambda r: self.tr("public holiday") if r.public_holiday else self.tr("own closure")),
        ])
        self.table = selection_table(self.model)
        self.table.setObjectName("closingTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        layout.addWidget(self.table)
        self.empty = set_role(QLabel(self.tr("No closures of your own this year. Add one below: the summer weeks, "
                                             "a renovation, or the maintenance of one room.")), "hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        add = QGroupBox(self.tr("Close the centre or one room"))
        form = QGridLayout(add)
        today = dt.date.today()
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.first.setObjectName("closingFrom")
        self.last.setObjectName("closingTo")
        self.room = QComboBox()
        self.room.setObjectName("closingRoom")
        self.room.setAccessibleName(self.tr("Closed"))
        self.reason = QLineEdit()
        self.reason.setObjectName("closingReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. summer closure"))
        form.addWidget(QLabel(self.tr("From")), 0, 0)
        form.addWidget(self.first, 0, 1)
        form.addWidget(QLabel(self.tr("to")), 0, 2)
        form.addWidget(self.last, 0, 3)
        form.addWidget(QLabel(self.tr("Closed")), 0, 4)
        form.addWidget(self.room, 0, 5)
        form.addWidget(QLabel(self.tr("Reason")), 1, 0)
        form.addWidget(self.reason, 1, 1, 1, 5)
        form.setColumnStretch(5, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addClosing")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveClosing")
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("removeClosing")
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addLayout(buttons, 2, 0, 1, 6)
        layout.addWidget(add)
        hint = set_role(QLabel(self.tr("Public holidays come from the Dutch calendar by themselves; "
                                       "Liberation Day every year is a setting.")), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self._update_buttons()

    def refresh(self) -> None:
        year = self.year.value()
        services, actor = self.context.services, self.context.actor
        current = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("whole centre"), None)
        for room in services.rooms.rooms(actor):
            self.room.addItem(room.name, room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(current)))
        self.room.blockSignals(False)
        rows = services.rooms.closing_days(actor, dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.model.set_rows(rows)
        self.empty.setVisible(not any(not r.public_holiday for r in rows))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _selected_row(self) -> ClosingRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def _selected(self) -> None:
        row = self._selected_row()
        self.editing = row if row is not None and not row.public_holiday else None
        if self.editing is not None:
            self.first.setDate(QDate(row.start_date.year, row.start_date.month, row.start_date.day))
            self.last.setDate(QDate(row.end_date.year, row.end_date.month, row.end_date.day))
            self.reason.setText(row.reason)
            self.room.setCurrentIndex(max(0, self.room.findData(row.room_id)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        allowed = self.context.actor.can(Permission.MANAGE_ROOMS)
        no_right = self.tr("Only a coordinator or an administrator manages closing days")
        choose = self.tr("Select one of your own closures in the list first")
        for button, ready in ((self.add_button, True), (self.save_button, self.editing is not None),
                              (self.remove_button, self.editing is not None)):
            button.setEnabled(allowed and ready)
            button.setToolTip("" if allowed and ready else (no_right if not allowed else choose))

    def _fields(self) -> tuple[dt.date, dt.date, int | None, str]:
        return self.first.date().toPython(), self.last.date().toPython(), self.room.currentData(), self.reason.text()

    def add(self) -> None:
        self._close(None)

    def save(self) -> None:
        if self.editing is not None:
            self._close(self.editing)

    def _close(self, editing: ClosingRow | None) -> None:
        services, actor = self.context.services, self.context.actor
        start, end, room_id, reason = self._fields()
        try:
            hits = services.closures.hits(actor, start, end, room_id, closing_id=editing.id if editing else None)
            cancel: list[int] = []
            keep: list[int] = []
            cancel_reason = ""
            if hits and end >= start and reason.strip():
                dialog = ClosureHitsDialog(hits, reason.strip(), self)
                if not dialog.exec():
                    return
                cancel, keep, cancel_reason = dialog.cancel_ids(), dialog.keep_ids(), dialog.cancel_reason.text()
            if editing is None:
                result = services.closures.close(actor, start, end, reason, room_id=room_id, cancel=cancel, keep=keep,
                                                 cancel_reason=cancel_reason)
            else:
                result = services.closures.widen(actor, editing.id, start, end, reason, room_id=room_id, cancel=cancel,
                                                 keep=keep, cancel_reason=cancel_reason, expected_version=editing.version)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.reason.clear()
        self.editing = None
        self.context.bus.changed.emit("rooms")
        self.refresh()
        self._offer_credits(result)

    def _offer_credits(self, result: ClosureResult) -> None:
        """A cancelled booking on a final invoice: offer a credit invoice (or say who makes one)."""
        services, actor = self.context.services, self.context.actor
        invoices = {hit.invoice_id: hit.invoice_number for hit in result.to_credit}
        for invoice_id, number in invoices.items():
            if not actor.can(Permission.INVOICE):
                QMessageBox.information(self, self.tr("Closing days"), self.tr(
                    "Invoice %1 holds a booking that is now cancelled. Ask the treasurer to make a credit invoice.")
                    .replace("%1", number or ""))
                continue
            answer = QMessageBox.question(self, self.tr("Closing days"), self.tr(
                "Invoice %1 holds a booking that is now cancelled. Make a credit invoice for it now?")
                .replace("%1", number or ""))
            if answer != QMessageBox.StandardButton.Yes:
                continue
            try:
                services.invoices.credit(actor, invoice_id, self.tr("Booking cancelled: %1").replace("%1", result.closing.reason))
            except WijkhuisError as error:
                show_error(self, error)
        if invoices:
            self.context.bus.changed.emit("rooms")

    def remove(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if row.id is None:
            QMessageBox.information(self, self.tr("Closing days"), self.tr("A public holiday cannot be removed; "
                                                                          "switch Liberation Day off in Settings."))
            return
        try:
            self.context.services.rooms.remove_closing(self.context.actor, row.id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.editing = None
        self.context.bus.changed.emit("rooms")
        self.refresh()
