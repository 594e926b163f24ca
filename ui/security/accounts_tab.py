"""Accounts (administrator): create, change name, role and centre, disable or enable, reset a
password; and after how many idle minutes the window locks. An administrator of the whole
organisation manages every account and puts it in a centre or in the whole organisation; an
administrator of one centre manages that centre's accounts. Accounts are never deleted:
their names stay in the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import StaleRecord, ValidationError, WijkhuisError
from app.domain.permissions import Role
from app.services.accounts import UserRow
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.security.idle_lock import IDLE_SETTING, idle_minutes
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.buttons import action_button
from ui.widgets.form import ValidatedForm


ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordinator"),
    Role.TREASURER: QT_TRANSLATE_NOOP("Roles", "Treasurer"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Roles", "Read only"),
}


def role_names() -> dict[Role, str]:
    return {role: QCoreApplication.translate("Roles", name) for role, name in ROLE_NAMES.items()}


def whole_organisation_text() -> str:
    return QCoreApplication.translate("Accounts", "Whole organisation")


def centre_names(context: PageContext) -> dict[int, str]:
    """Centre id → name, for every centre of the organisation."""
    return {centre.id: centre.name for centre in context.services.settings.centres(context.actor)}


class AccountDialog(QDialog):
    """A new account (with a first password) or an existing one (name, role, active)."""

    def __init__(self, context: PageContext, row: UserRow | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.row = row
        self.saved: UserRow | None = None
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("New account") if row is None else self.tr("Account {name}").format(name=row.username))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("accountMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.username = QLineEdit(row.username if row else "")
        self.username.setReadOnly(row is not None)
        self.form.add("username", self.tr("User name"), self.username)
        self.display_name = QLineEdit(row.display_name if row else "")
        self.form.add("display_name", self.tr("Full name"), self.display_name)
        self.role = QComboBox()
        for role, name in role_names().items():
            self.role.addItem(name, role.value)
        self.role.setCurrentIndex(max(0, self.role.findData((row.role if row else Role.COORDINATOR).value)))
        self.form.add("role", self.tr("Role"), self.role)
        self.centre = QComboBox()
        self._fill_centres(row)
        self.form.add("centre", self.tr("Centre"), self.centre)
        self.password = QLineEdit()
        self.active = QCheckBox(self.tr("May log in"))
        if row is None:
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.add("password", self.tr("First password"), self.password)
        else:
            self.active.setChecked(row.active)
            self.form.add("active", self.tr("Active"), self.active)
        layout.addLayout(form_layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveAccount")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_centres(self, row: UserRow | None) -> None:
        """A whole-organisation administrator chooses any centre or the whole organisation; an
        administrator of one centre sees that centre only (its accounts stay there)."""
        actor = self.context.actor
        names = centre_names(self.context)
        if actor.whole_organisation:
            self.centre.addItem(whole_organisation_text(), None)
            for centre_id, name in names.items():
                self.centre.addItem(name, centre_id)
            if row is not None:
                chosen = row.centre_id
            elif len(names) > 1:  # a new account: the centre worked in, the least it needs
                chosen = actor.working_centre_id
            else:
                chosen = None  # one centre: the account also sees centres added later
        else:
            self.centre.addItem(names.get(actor.centre_id, ""), actor.centre_id)
            self.centre.setEnabled(False)
            chosen = actor.centre_id
        self.centre.setCurrentIndex(max(0, self.centre.findData(chosen)))

    def chosen_centre(self) -> int | None:
        return self.centre.currentData()

    def save(self) -> bool:
        users = self.context.services.users
        role = Role(self.role.currentData())
        # an administrator of one centre leaves the account where it is (the service's default)
        moved = {"centre_id": self.chosen_centre()} if self.context.actor.whole_organisation else {}
        try:
            if self.row is None:
                self.saved = users.create_user(
                    self.context.actor, self.username.text(), self.display_name.text(), role, self.password.text(),
                    centre_id=self.chosen_centre(),
                )
            else:
                self.saved = users.update_user(
                    self.context.actor, self.row.id, display_name=self.display_name.text(), role=role,
                    active=self.active.isChecked(), expected_version=self.row.version, **moved,
                )
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.accept()
        return True


class AccountsTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("accountsTab")
        layout = QVBoxLayout(self)
        intro = set_role(QLabel(self.tr(
            "Who may use Wijkhuis and in which role. Accounts are disabled, never deleted, so that "
            "their names stay in the audit trail."
        )), "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        names = role_names()
        self._centres: dict[int, str] = {}
        self.model: RowTableModel[UserRow] = RowTableModel([
            ColumnSpec(self.tr("User name"), lambda r: r.username),
            ColumnSpec(self.tr("Full name"), lambda r: r.display_name),
            ColumnSpec(self.tr("Role"), lambda r: names[r.role]),
            ColumnSpec(self.tr("Centre"), self.centre_text),
            ColumnSpec(self.tr("Status"), lambda r: self.tr("active") if r.active else self.tr("disabled"),
                       warning=lambda r: not r.active),
            ColumnSpec(self.tr("Last login"), lambda r: formatting.datetime(r.last_login_at.astimezone()) if r.last_login_at else "",
                       sort_key=lambda r: r.last_login_at.timestamp() if r.last_login_at else 0),
        ])
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = action_button(None, "newAccount", self.tr("New account…"), self.new_account)
        self.edit_button = action_button(None, "editAccount", self.tr("Change…"), self.edit_selected)
        self.toggle_button = action_button(None, "toggleAccount", self.tr("Disable"), self.toggle_selected)
        self.reset_button = action_button(None, "resetPassword", self.tr("Reset password…"), self.reset_selected)
        for button in (self.new_button, self.edit_button, self.toggle_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("Lock the window after this many idle minutes (0 = never):")))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setAccessibleName(self.tr("Idle minutes"))
        self.idle.setRange(0, 240)
        idle_row.addWidget(self.idle)
        self.idle_save = action_button(None, "saveIdleMinutes", self.tr("Save"), self.save_idle)
        idle_row.addWidget(self.idle_save)
        idle_row.addStretch(1)
        layout.addLayout(idle_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def centre_text(self, row: UserRow) -> str:
        if row.centre_id is None:
            return whole_organisation_text()
        return self._centres.get(row.centre_id, "")

    def refresh(self) -> None:
        try:
            self._centres = centre_names(self.context)
            self.model.set_rows(self.context.services.users.list_users(self.context.actor))
        except WijkhuisError as error:
            show_error(self, error)
        self.idle.setValue(idle_minutes(self.context.services))
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.username == username:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.toggle_button, self.reset_button):
            button.setEnabled(row is not None)
        self.toggle_button.setText(self.tr("Enable") if row is not None and not row.active else self.tr("Disable"))

    def new_account(self) -> None:
        dialog = AccountDialog(self.context, None, self)
        if dialog.exec():
            self.refresh()
            self.select_username(dialog.saved.username)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = AccountDialog(self.context, row, self)
        if dialog.exec():
            self.refresh()
            self.select_username(row.username)

    def toggle_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            self.context.services.users.update_user(
                self.context.actor, row.id, display_name=row.display_name, role=row.role,
                active=not row.active, expected_version=row.version,
            )
        except StaleRecord as error:
            QMessageBox.warning(self, "Wijkhuis", str(error))
            self.refresh()
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.select_username(row.username)
        return True

    def reset_selected(self, password: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if password is None:
            from PySide6.QtWidgets import QInputDialog

            password, ok = QInputDialog.getText(
                self, self.tr("Reset password"),
                self.tr("New password for {name} (at least 8 characters; ask them to change it):").format(name=row.display_name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False
        try:
            self.context.services.users.reset_password(self.context.actor, row.id, password)
        except WijkhuisError as error:
            show_error(self, error)
            return False
        QMessageBox.information(self, "Wijkhuis", self.tr("The new password for {name} is set.").format(name=row.display_name))
        return True

    def save_idle(self) -> bool:
        try:
            self.context.services.settings.set(self.context.actor, IDLE_SETTING, self.idle.value())
        except WijkhuisError as error:
            show_error(self, error)
            return False
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.set_interval(self.idle.value() * 60_000)
        return True

