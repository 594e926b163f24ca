"""The live bookings a new or widened closure hits: cancel them with a reason in one step, or
keep them explicitly (the closure then leaves them out).

Every hit is a row with a check box "cancel" (checked at first); the reason is asked once. The
accept button says what will happen, so "keep them all" is a choice, never an accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import bookings as rules
from app.services.rooms import ClosureHit
from ui.style import set_role


class ClosureHitsDialog(QDialog):
    def __init__(self, hits: list[ClosureHit], reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.hits = hits
        self.setObjectName("closureHitsDialog")
        self.setWindowTitle(self.tr("Bookings on the closed days"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%n booking(s) fall on these days. Checked bookings are cancelled with the reason "
                               "below (a series keeps its other dates); unchecked bookings stay booked and the "
                               "closure leaves them out.", "", len(hits)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(hits), 5)
        self.table.setObjectName("closureHits")
        self.table.setHorizontalHeaderLabels([self.tr("Cancel"), self.tr("Renter"), self.tr("Activity"),
                                              self.tr("When and where"), self.tr("Invoice")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, hit in enumerate(hits):
            check = QTableWidgetItem(self.tr("cancel"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            when = f"{rules.when_text(hit.local_start, hit.local_end)}, {hit.room_name}"
            if hit.invoice_final:
                invoice = self.tr("invoice %1 (final)").replace("%1", hit.invoice_number or "")
            elif hit.invoiced:
                invoice = self.tr("on a concept invoice")
            else:
                invoice = self.tr("not invoiced")
            for column, text in enumerate((hit.booked_by or "—", hit.activity, when, invoice), start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Reason for the cancellation (the renter sees it)")))
        self.cancel_reason = QLineEdit(reason)
        self.cancel_reason.setObjectName("closureCancelReason")
        layout.addWidget(self.cancel_reason)
        self.problem = set_role(QLabel(), "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.apply = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setObjectName("applyClosure")
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("closureBack")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemChanged.connect(lambda _item: self._update())
        self.cancel_reason.textChanged.connect(lambda _text: self._update())
        self._update()
        self.resize(960, 460)

    def cancel_ids(self) -> list[int]:
        return [hit.booking_id for row, hit in enumerate(self.hits)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def keep_ids(self) -> list[int]:
        cancelled = set(self.cancel_ids())
        return [hit.booking_id for hit in self.hits if hit.booking_id not in cancelled]

    def set_cancelled(self, booking_id: int, cancelled: bool) -> None:
        for row, hit in enumerate(self.hits):
            if hit.booking_id == booking_id:
                self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if cancelled else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        cancelling, keeping = len(self.cancel_ids()), len(self.keep_ids())
        if not cancelling:
            text = self.tr("Close and keep all %n booking(s)", "", keeping)
        elif not keeping:
            text = self.tr("Close and cancel %n booking(s)", "", cancelling)
        else:
            text = self.tr("Close, cancel %1 and keep %2").replace("%1", str(cancelling)).replace("%2", str(keeping))
        self.apply.setText(text)
        needs_reason = cancelling > 0 and not self.cancel_reason.text().strip()
        self.apply.setEnabled(not needs_reason)
        self.apply.setToolTip(self.tr("Give a reason for the cancellation first") if needs_reason else "")
        self.cancel_reason.setEnabled(cancelling > 0)

    def _accept(self) -> None:
        if self.cancel_ids() and not self.cancel_reason.text().strip():
            self.problem.setText(self.tr("Give a reason for the cancellation."))
            return
        self.accept()
