"""Log in. Wrong passwords are counted; after a few the wait grows (see UserService).

At start-up the dialog is on screen while the database is still being opened behind it, so
that the name and password are typed meanwhile: `LoginDialog(None, …)` waits for its data,
which `data_opened` hands it. "Log in" pressed before that waits, greyed, until the data is
there. This module is imported before the database is open: it imports no SQLAlchemy (nor
anything of app.services).

The password is checked on a background thread: its hash is deliberately slow (argon2, a
noticeable part of a second on an office PC), and the window must not freeze meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.domain.errors import AuthenticationFailed
from ui.style import set_role
from ui.tasks import run_task
from ui.widgets.buttons import fit_texts

if TYPE_CHECKING:
    from app.services import Services
    from app.services.common.actor import Actor


class LoginDialog(QDialog):
    def __init__(self, services: Services | None, parent=None, *, username: str = "", centre_name: str = ""):
        """`services` None: the data is still being opened; `data_opened` follows. The heading
        is the centre's name once it is known, "Wijkhuis" until then."""
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self._checking = False  # a name and password are being checked on a background thread
        self._closed = False  # accepted or cancelled: a check still running is moot
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Wijkhuis"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = set_role(QLabel(centre_name or "Wijkhuis"), "heading")
        self.heading.setObjectName("loginHeading")
        layout.addWidget(self.heading)
        layout.addWidget(set_role(QLabel(self.tr("Log in with your own account to continue.")), "hint"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("loginButton")
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        fit_texts(self.login_button, self.tr("Log in"), self.tr("Checking…"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def data_opened(self, services: Services, centre_name: str) -> None:
        """The database is open: a "Log in" pressed before now is checked now."""
        self.services = services
        self.heading.setText(centre_name or "Wijkhuis")
        if self.is_checking() and not self._closed:
            self._check()

    def try_login(self) -> None:
        """Check the name and password off the GUI thread; the dialog waits, greyed, meanwhile
        (and, at start-up, until the data is open)."""
        if self.is_checking():
            return
        self._set_checking(True)
        self.message.setText("")
        if self.services is not None:
            self._check()

    def _check(self) -> None:
        services, username, password = self.services, self.username.text(), self.password.text()

        def check(_progress) -> Actor | AuthenticationFailed:
            try:
                return services.users.authenticate(username, password)
            except AuthenticationFailed as refused:  # said in the dialog, not in a message box
                return refused

        task = run_task(self, self.tr("Log in"), check, self._checked, show_dialog=False)
        task.failed.connect(lambda _error: self._set_checking(False))  # the task shows the error

    def done(self, result: int) -> None:  # Qt calls it for Log in and for Annuleren alike
        self._closed = True
        super().done(result)

    def is_checking(self) -> bool:
        return self._checking

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not checking)
        self.login_button.setText(self.tr("Checking…") if checking else self.tr("Log in"))

    def _checked(self, result: Actor | AuthenticationFailed) -> None:
        self._set_checking(False)
        if self._closed:  # cancelled while the password was checked: the answer is moot
            return
        if isinstance(result, AuthenticationFailed):
            self.message.setText(str(result))
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = result
        self.accept()
