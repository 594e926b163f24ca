"""Instellingen → Database (administrator): where the data is, and moving it to a server."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import PageContext
from ui.security.transfer_dialog import TransferDialog
from ui.style import set_role


class DatabaseTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("databaseTab")
        db = context.services.db
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.location = QLabel(db.describe())
        self.location.setObjectName("databaseLocation")
        form.addRow(self.tr("Where the data is"), self.location)
        kind = self.tr("a file on this computer (SQLite)") if db.is_sqlite else self.tr("a PostgreSQL server")
        form.addRow(self.tr("Kind"), QLabel(kind))
        layout.addLayout(form)
        hint = set_role(QLabel(self.tr(
            "When several computers or centres must work on one data set, move the data to a PostgreSQL "
            "server: ask for an empty database there, then transfer."
        )), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.transfer_button = QPushButton(self.tr("Transfer to a server…"))
        self.transfer_button.setObjectName("transferToServer")
        self.transfer_button.clicked.connect(lambda _checked=False: self.open_transfer())
        row.addWidget(self.transfer_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.dialog: TransferDialog | None = None

    def open_transfer(self) -> TransferDialog:
        self.dialog = TransferDialog(self.context, self)
        self.dialog.open()
        return self.dialog
