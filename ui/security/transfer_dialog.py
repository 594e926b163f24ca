"""Instellingen → Database → "Transfer to a server…": the server's details, a connection test
that says what is wrong, then the transfer in the background with a progress bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.domain import formatting
from app.domain.errors import ValidationError, WijkhuisError
from app.services.transfer import TransferResult
from app.services.transfer import TargetStatus, server_url
from ui.context import PageContext
from ui.style import set_role
from ui.tasks import Task, run_task
from ui.widgets.form import ValidatedForm


class TransferDialog(QDialog):
    def __init__(self, context: PageContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer to a server"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = set_role(QLabel(self.tr(
            "Copies all data of this database into an empty PostgreSQL database on a server, so that "
            "several computers can work on one data set. This database stays as it is."
        )), "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.host = self.form.add("host", self.tr("Server"), QLineEdit())
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.form.add("port", self.tr("Port"), self.port)
        self.database = self.form.add("database", self.tr("Database"), QLineEdit())
        self.user = self.form.add("user", self.tr("User name"), QLineEdit())
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form_layout)
        self.status = QLabel()
        self.status.setObjectName("transferStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.transfer_button.setObjectName("startTransfer")
        self.transfer_button.setEnabled(False)
        set_role(self.transfer_button, "primary")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.transfer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(lambda _checked=False: self.test_connection())
        self.transfer_button.clicked.connect(lambda _checked=False: self.start_transfer())
        for editor in (self.host, self.database, self.user, self.password):
            editor.textChanged.connect(self._details_changed)
        self.port.valueChanged.connect(self._details_changed)
        self.tested_url: str | None = None
        self.task: Task | None = None
        self.result: TransferResult | None = None

    def _details_changed(self) -> None:
        """A transfer goes only where the last successful test went."""
        self.tested_url = None
        self.transfer_button.setEnabled(False)

    def _show(self, text: str, *, problem: bool) -> None:
        set_role(self.status, "error" if problem else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def url(self) -> str | None:
        try:
            url = server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                             self.password.text())
        except ValidationError as error:
            self._show("\n".join(self.form.show(error)), problem=True)
            return None
        self.form.clear()
        return url

    def test_connection(self) -> bool:
        url = self.url()
        if url is None:
            return False
        try:
            status = self.context.services.transfer.test_target(self.context.actor, url)
        except WijkhuisError as error:
            self._show(str(error), problem=True)
            return False
        self._show(self.describe(status), problem=False)
        self.tested_url = url
        self.transfer_button.setEnabled(True)
        return True

    def describe(self, status: TargetStatus) -> str:
        if status.has_tables:
            return self.tr("The connection works. {where} is an empty Wijkhuis database: ready to transfer.").format(
                where=status.where)
        return self.tr("The connection works. {where} is empty; the transfer creates the tables.").format(
            where=status.where)

    def start_transfer(self) -> Task | None:
        url = self.tested_url
        if url is None:
            return None
        services, actor = self.context.services, self.context.actor
        self.test_button.setEnabled(False)
        self.transfer_button.setEnabled(False)
        self._show(self.tr("Transferring…"), problem=False)
        self.task = run_task(
            self, self.tr("Transferring the data"), lambda progress: services.transfer.transfer(actor, url, progress),
            self.finished_transfer,
        )
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda: self._stopped(self.tr("Cancelled: nothing was written to the server.")))
        return self.task

    def _failed(self, error: BaseException) -> None:
        self._stopped(str(error) if isinstance(error, WijkhuisError) else self.tr("The transfer failed; nothing was kept."))

    def _stopped(self, text: str) -> None:
        self._show(text, problem=True)
        self.test_button.setEnabled(True)
        self.transfer_button.setEnabled(self.tested_url is not None)

    def finished_transfer(self, result: TransferResult) -> None:
        self.result = result
        self.test_button.setEnabled(True)
        text = self.tr(
            "{rows} rows in {tables} tables are now also in {where}; the counts match.\n\n"
            "To work on the server from now on, start Wijkhuis on every computer with\n"
            "--database-url {where} (the password as well), or set WIJKHUIS_DATABASE_URL."
        ).format(rows=formatting.number(result.total), tables=len(result.rows), where=result.target)
        self._show(text, problem=False)
        QMessageBox.information(self, "Wijkhuis", text)
