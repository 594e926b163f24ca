"""Accounts, audit trail and backups in the window.

- `install(window)`: the idle lock, and "Change password" and "Lock" in the status bar
  (called once from ui/launcher.py).
- `settings_tabs(context)`: the administrator's tabs in Instellingen (Accounts, Audit trail,
  Backups, Database), each only for a user who may use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from app.domain.permissions import Permission
from ui.context import PageContext


def install(window: QMainWindow) -> None:
    from ui.security.idle_lock import IdleLock

    context: PageContext = window.context  # type: ignore[attr-defined]
    if context.actor.user_id is None:  # the program itself (smoke run): nobody to ask
        return
    window.idle_lock = IdleLock(window, context.services, context.actor)  # type: ignore[attr-defined]

    password = QPushButton(QCoreApplication.translate("Security", "Change password…"))
    password.setObjectName("changePassword")
    password.setFlat(True)

    def change_password() -> None:
        from ui.security.password_dialog import PasswordDialog  # built when asked for, not at start-up

        PasswordDialog(context.services, context.actor, window).exec()

    password.clicked.connect(change_password)
    lock = QPushButton(QCoreApplication.translate("Security", "Lock"))
    lock.setObjectName("lockNow")
    lock.setFlat(True)
    lock.setToolTip(QCoreApplication.translate("Security", "Lock the window until you type your password again"))
    lock.clicked.connect(window.idle_lock.lock)  # type: ignore[attr-defined]
    window.statusBar().addWidget(password)
    window.statusBar().addWidget(lock)


def settings_tabs(context: PageContext) -> list[tuple[str, QWidget]]:
    tabs: list[tuple[str, QWidget]] = []
    if context.actor.can(Permission.MANAGE_USERS):
        from ui.security.accounts_tab import AccountsTab

        tabs.append((QCoreApplication.translate("Security", "Accounts"), AccountsTab(context)))
    if context.actor.can(Permission.VIEW_AUDIT):
        from ui.security.audit_tab import AuditTab

        tabs.append((QCoreApplication.translate("Security", "Audit trail"), AuditTab(context)))
    if context.actor.can(Permission.BACKUP_RESTORE):
        from ui.security.backups_tab import BackupsTab

        tabs.append((QCoreApplication.translate("Security", "Backups"), BackupsTab(context)))
        from ui.security.database_tab import DatabaseTab

        tabs.append((QCoreApplication.translate("Security", "Database"), DatabaseTab(context)))
    return tabs
