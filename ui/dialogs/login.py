"""Log in. Wrong passwords are counted; after a few the wait grows (see UserService)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.domain.errors import AuthenticationFailed, WijkhuisError
from app.services import Services
from app.services.common.actor import Actor
from ui.style import set_role
from ui.tasks import show_error


class LoginDialog(QDialog):
    def __init__(self, services: Services, parent=None, *, username: str = ""):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Wijkhuis"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        centre = services.settings.centre().name
        layout.addWidget(set_role(QLabel(centre or "Wijkhuis"), "heading"))
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
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        try:
            self.actor = self.services.users.authenticate(self.username.text(), self.password.text())
        except AuthenticationFailed as error:
            self.message.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.accept()
