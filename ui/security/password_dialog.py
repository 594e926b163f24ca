"""Change your own password: the current one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.domain.errors import ValidationError, WijkhuisError
from app.services import Services
from app.services.common.actor import Actor
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm


class PasswordDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent=None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(set_role(QLabel(self.tr("Choose a password of at least 8 characters.")), "hint"))
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("passwordMessage")
        layout.addWidget(self.message)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.old_password = self._field("old_password", self.tr("Current password"))
        self.new_password = self._field("password", self.tr("New password"))
        self.repeated = self._field("password_repeat", self.tr("Repeat the new password"))
        layout.addLayout(form_layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change password"))
        ok.setObjectName("changePasswordButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _field(self, name: str, label: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add(name, label, editor)
        return editor

    def save(self) -> bool:
        try:
            self.services.users.change_password(
                self.actor, self.old_password.text(), self.new_password.text(), self.repeated.text()
            )
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.accept()
        return True
