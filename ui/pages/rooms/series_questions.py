"""The questions a booking dialog asks about a series.

ClashDialog: the dates of a new series that cannot be booked, and whether to book the others.
ask_scope: whether a change is for this date, this and the following dates, or all dates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from app.domain import bookings as rules
from app.services.rooms import ALL, FOLLOWING, THIS, SeriesPlan


class ClashDialog(QDialog):
    """Lists the dates that cannot be booked; "Book the other N dates" or go back."""

    def __init__(self, plan: SeriesPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clashDialog")
        self.setWindowTitle(self.tr("Some dates clash"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 of the %2 dates cannot be booked:").replace("%1", str(len(plan.clashing)))
                                .replace("%2", str(len(plan.dates)))))
        self.list = QListWidget()
        self.list.setObjectName("clashList")
        for planned in plan.clashing:
            self.list.addItem(f"{rules.when_text(planned.local_start, planned.local_end)} — {planned.clash}")
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.book = buttons.addButton(self.tr("Book the other %n dates", "", len(plan.free)), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book.setObjectName("bookFreeDates")
        self.book.setEnabled(bool(plan.free))
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("clashBack")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


def ask_scope(parent: QWidget, title: str) -> str | None:
    """This date, this and the following dates, or all dates of the series (None: cancel)."""
    box = QMessageBox(parent)
    box.setObjectName("scopeQuestion")
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("BookingScope", "This booking is part of a series. Which dates?"))
    this = box.addButton(QCoreApplication.translate("BookingScope", "Only this date"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(QCoreApplication.translate("BookingScope", "This and the following dates"), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(QCoreApplication.translate("BookingScope", "All dates"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return {this: THIS, following: FOLLOWING, every: ALL}.get(box.clickedButton())
