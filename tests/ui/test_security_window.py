"""Security in the window: the login lockout, the idle lock that keeps unsaved work, changing
your password, accounts, the audit trail and backups tabs, and the reload offer when someone
else saved first."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import database as database_module
from app.db.database import Database
from app.domain.permissions import Role
from app.services import Services
from tests.ui.held_back import assert_the_window_keeps_running, hold_back
from ui import security
from ui.context import DataBus, PageContext
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.security.accounts_tab import AccountDialog
from ui.security.idle_lock import IdleLock
from ui.security.password_dialog import PasswordDialog


@pytest.fixture
def nl(qapp):
    from app import i18n as app_i18n
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    app_i18n.set_language(app_i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered without a screen; what they said is kept."""
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return said


@pytest.fixture
def window(qtbot, nl, page_context, messages):
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    security.install(window)
    window.show()
    return window


def _settings_tab(window, object_name):
    page = window.page("settings")
    window.show_page("settings")
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).objectName() == object_name:
            page.tabs.setCurrentIndex(index)
            return page.tabs.widget(index)
    raise AssertionError(f"no tab {object_name}")


# -- login and idle lock ----------------------------------------------------------------------------
def test_the_login_window_shows_the_growing_wait_after_wrong_passwords(qtbot, nl, page_context):
    dialog = LoginDialog(page_context.services, username="beheerder")
    qtbot.addWidget(dialog)
    for _attempt in range(3):
        dialog.password.setText("fout")
        dialog.try_login()
        qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)
    assert "30 seconden" in dialog.message.text()
    dialog.password.setText("geheim123")
    dialog.try_login()  # the right password has to wait too
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)
    assert dialog.actor is None and "seconden" in dialog.message.text()
    assert dialog.password.text() == ""


def _unlock(qtbot, lock, password) -> None:
    """Type the password on the cover and wait until it has been checked (on a background thread)."""
    lock.try_unlock(password)
    qtbot.waitUntil(lambda: not lock.is_checking(), timeout=10_000)


def test_while_the_unlock_password_is_checked_the_cover_waits_greyed_and_the_window_does_not(
        qtbot, window, monkeypatch):
    """argon2 is deliberately slow: the check runs off the GUI thread, and a second Enter
    meanwhile does not start a second check."""
    held = hold_back(monkeypatch, window.context.services.users, "verify_password")
    lock = window.idle_lock
    lock.lock()
    cover = lock.interactive_cover()
    QTest.keyClicks(cover.password, "geheim123")
    QTest.keyClick(cover.password, Qt.Key.Key_Return)
    assert lock.is_checking() and cover.button.text() == "Controleren…" and not cover.password.isEnabled()
    assert_the_window_keeps_running(qtbot)
    lock.try_unlock("geheim123")  # Enter again while waiting: ignored
    assert lock.is_locked
    held.release.set()
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=10_000)
    assert [password for _actor, password in held.calls] == ["geheim123"] and lock.failed_attempts == 0


def test_the_idle_lock_covers_the_window_and_keeps_unsaved_work(qtbot, window):
    window.idle_lock.set_interval(150)
    window.show_page("settings")
    tab = window.page("settings").centre_tab
    tab.editors["town"].setText("Arnhem (nog niet opgeslagen)")
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    cover = window.idle_lock.interactive_cover()
    assert cover.isVisible() and cover.geometry() == window.rect()
    QTest.keyClicks(tab.editors["town"], "XYZ")  # nothing under the cover can be used
    assert tab.editors["town"].text() == "Arnhem (nog niet opgeslagen)"
    _unlock(qtbot, window.idle_lock, "fout")
    assert window.idle_lock.is_locked and cover.message.text() == "Dat is niet uw wachtwoord."
    assert cover.password.text() == "" and cover.window().focusWidget() is cover.password
    QTest.keyClicks(cover.password, "geheim123")
    QTest.keyClick(cover.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=10_000)
    assert tab.editors["town"].text() == "Arnhem (nog niet opgeslagen)" and tab.is_dirty()
    assert window.page("settings").centre_tab.save()  # and the kept work can be saved
    assert window.context.services.settings.centre().town == "Arnhem (nog niet opgeslagen)"


def test_a_locked_window_cannot_be_closed_by_someone_else(qtbot, window, messages):
    window.show_page("settings")
    tab = window.page("settings").centre_tab
    tab.editors["town"].setText("Nog niet opgeslagen")
    window.idle_lock.lock()
    assert not window.close()  # no "save changes?" question for whoever sits there
    assert window.isVisible() and messages == []
    _unlock(qtbot, window.idle_lock, "geheim123")
    assert not window.idle_lock.is_locked and tab.editors["town"].text() == "Nog niet opgeslagen"


def test_activity_postpones_the_idle_lock(qtbot, window):
    # Read from the timer, not from the wall clock: a busy test machine that stalls for a second
    # must not decide the outcome. Each kind of activity starts the idle time again.
    lock = window.idle_lock
    lock.set_interval(10_000)
    for act in (lambda: QTest.mouseMove(window.navigation, QPoint(5, 5)),
                lambda: QTest.mouseMove(window.navigation, QPoint(15, 25)),
                lambda: QTest.keyClick(window.navigation, Qt.Key.Key_Shift)):
        qtbot.waitUntil(lambda: lock.timer.remainingTime() < 9_000, timeout=5000)
        act()
        assert lock.timer.isActive() and lock.timer.remainingTime() > 9_000
    assert not lock.is_locked
    lock.set_interval(300)  # and without activity it does lock
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)


def test_the_idle_lock_reaches_an_open_dialog_too(qtbot, window):
    dialog = PasswordDialog(window.context.services, window.context.actor, window)
    dialog.old_password.setText("half getypt")
    dialog.open()  # window-modal, like exec() but without blocking the test
    qtbot.waitUntil(dialog.isVisible)
    window.idle_lock.lock()
    cover = window.idle_lock.interactive_cover()
    assert cover.parent() is dialog
    _unlock(qtbot, window.idle_lock, "geheim123")
    assert not window.idle_lock.is_locked
    assert dialog.isVisible() and dialog.old_password.text() == "half getypt"
    dialog.reject()


def test_the_lock_button_in_the_status_bar_locks_at_once(qtbot, window):
    button = window.findChild(QPushButton, "lockNow")
    assert button.text() == "Vergrendelen"
    button.click()
    assert window.idle_lock.is_locked


def test_the_idle_minutes_come_from_the_setting(qtbot, nl, page_context):
    page_context.services.settings.set(page_context.actor, "security.idle_minutes", 3)
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    lock = IdleLock(window, page_context.services, page_context.actor)
    assert lock.timer.interval() == 3 * 60_000
    lock.uninstall()


# -- password --------------------------------------------------------------------------------------
def test_changing_the_password_checks_the_old_one_and_then_works(qtbot, nl, page_context):
    dialog = PasswordDialog(page_context.services, page_context.actor)
    qtbot.addWidget(dialog)
    dialog.old_password.setText("fout")
    dialog.new_password.setText("nieuwgeheim")
    dialog.repeated.setText("nieuwgeheim")
    assert not dialog.save()
    assert dialog.form.error_text("old_password") == "is niet uw huidige wachtwoord"
    dialog.old_password.setText("geheim123")
    dialog.repeated.setText("anders123")
    assert not dialog.save()
    assert dialog.form.error_text("password_repeat") == "de twee wachtwoorden zijn niet gelijk"
    dialog.repeated.setText("nieuwgeheim")
    assert dialog.save()
    assert page_context.services.users.authenticate("beheerder", "nieuwgeheim").username == "beheerder"


# -- accounts --------------------------------------------------------------------------------------
def test_the_administrator_creates_disables_and_resets_accounts(qtbot, window, messages):
    tab = _settings_tab(window, "accountsTab")
    services = window.context.services
    dialog = AccountDialog(window.context, None, tab)
    dialog.username.setText("Joost")
    dialog.display_name.setText("Joost van der Berg")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TREASURER.value))
    dialog.password.setText("kort")
    assert not dialog.save()
    assert dialog.form.error_text("password") == "moet minstens 8 tekens lang zijn"
    dialog.password.setText("welkom123")
    assert dialog.save()
    tab.refresh()
    tab.select_username("joost")
    assert tab.model.row(tab.table.selectionModel().selectedRows()[0].row()).role == Role.TREASURER
    assert tab.toggle_button.text() == "Uitschakelen"
    assert tab.toggle_selected()
    assert tab.toggle_button.text() == "Inschakelen"
    row = next(r for r in tab.model.rows() if r.username == "joost")
    assert not row.active
    index = tab.model.rows().index(row)
    assert tab.model.data(tab.model.index(index, 4)) == "uitgeschakeld"
    with pytest.raises(Exception, match="uitgeschakeld"):
        services.users.authenticate("joost", "welkom123")
    assert tab.toggle_selected()  # enabled again
    assert tab.reset_selected("nieuwwachtwoord")
    assert services.users.authenticate("joost", "nieuwwachtwoord").username == "joost"


def test_only_the_administrator_sees_the_security_tabs(qtbot, nl, page_context, messages):
    services = page_context.services
    services.users.create_user(page_context.actor, "coordinator", "Joost", Role.COORDINATOR, "geheim123")
    coordinator = services.users.authenticate("coordinator", "geheim123")
    window = MainWindow(PageContext(services, coordinator, DataBus()))
    qtbot.addWidget(window)
    page = window.page("settings")
    names = {page.tabs.widget(i).objectName() for i in range(page.tabs.count())}
    assert not names & {"accountsTab", "auditTab", "backupsTab"}


def test_the_idle_minutes_are_saved_and_applied(qtbot, window):
    tab = _settings_tab(window, "accountsTab")
    tab.idle.setValue(7)
    assert tab.save_idle()
    assert window.context.services.settings.get("security.idle_minutes") == 7
    assert window.idle_lock.timer.interval() == 7 * 60_000


# -- audit trail -----------------------------------------------------------------------------------
def test_the_audit_tab_filters_by_person_and_exports_to_excel(qtbot, window, tmp_path, messages):
    services, admin = window.context.services, window.context.actor
    services.users.create_user(admin, "joost", "Joost", Role.COORDINATOR, "geheim123")
    services.users.authenticate("joost", "geheim123")
    tab = _settings_tab(window, "auditTab")
    tab.refresh()
    tab.person.setCurrentIndex(tab.person.findData("joost"))
    tab.search()
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 2)) == "ingelogd"
    assert tab.count_label.text() == "1 regels"
    tab.table.selectRow(0)
    assert "joost" in tab.detail.toPlainText()
    out = tmp_path / "logboek.xlsx"
    finished = []
    tab.export(out, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][1] == "Gebruiker" and [r[1] for r in rows[1:]] == ["joost"]


# -- backups ---------------------------------------------------------------------------------------
def test_the_backups_tab_makes_previews_and_restores_a_backup(qtbot, window, tmp_path, messages):
    services, admin = window.context.services, window.context.actor
    tab = _settings_tab(window, "backupsTab")
    closed = []
    tab.after_restore = lambda: closed.append(True)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert tab.set_folder(str(usb))
    assert tab.folder.text() == str(usb)
    made_now = []
    tab.backup_now(made_now.append)
    qtbot.waitUntil(lambda: bool(made_now), timeout=10_000)
    made = made_now[0]
    assert made.path.parent == usb
    assert tab.selected().path == made.path
    assert "Centrum: Buurthuis De Klinker" in tab.preview_label.text()
    assert "Accounts: 1" in tab.preview_label.text()
    services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), name="Later gewijzigd"))
    assert tab.restore_selected()
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    assert services.settings.centre().name == "Buurthuis De Klinker"
    assert any("teruggezet" in text for text in messages)


def test_backing_up_and_restoring_keep_the_window_running_without_a_cancel_that_does_nothing(
        qtbot, window, tmp_path, messages, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    services = window.context.services
    tab = _settings_tab(window, "backupsTab")
    tab.after_restore = lambda: None
    held = hold_back(monkeypatch, services.backups, "backup_now")
    made = []
    task = tab.backup_now(made.append)
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    assert_the_window_keeps_running(qtbot)  # a large database takes seconds to copy and check
    assert task.dialog is not None and task.dialog.findChildren(QPushButton) == []
    held.release.set()
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    held = hold_back(monkeypatch, services.backups, "restore")
    assert tab.restore(made[0].path)
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    assert_the_window_keeps_running(qtbot)
    held.release.set()
    qtbot.waitUntil(lambda: any("teruggezet" in text for text in messages), timeout=10_000)


def test_a_file_that_is_not_a_backup_is_refused_before_asking(qtbot, window, tmp_path, messages):
    tab = _settings_tab(window, "backupsTab")
    bad = tmp_path / "vakantiefoto.sqlite"
    bad.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    assert not tab.restore(bad)
    assert messages == ["vakantiefoto.sqlite is geen reservekopie van Wijkhuis"]


# -- two users, a locked database ------------------------------------------------------------------
def test_saving_over_a_newer_version_names_who_and_reloads_on_request(qtbot, window, monkeypatch):
    services, admin = window.context.services, window.context.actor
    tab = window.page("settings").centre_tab
    window.show_page("settings")
    tab.load()
    other = Services.for_database(Database(services.db.url.render_as_string(hide_password=False)))
    other.users.create_user(admin, "ingrid", "Ingrid Hoekstra", Role.ADMIN, "geheim123")
    ingrid = other.users.authenticate("ingrid", "geheim123")
    other.settings.update_centre(ingrid, dataclasses.replace(other.settings.centre(), town="Ede"))
    shown = []

    def answer(box):
        shown.append(box.text())
        next(b for b in box.buttons() if b.objectName() == "reloadButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    tab.editors["town"].setText("Zwolle")
    assert not tab.save()
    assert "ingrid" in shown[0] and "opnieuw laden" in shown[0].lower()
    assert tab.editors["town"].text() == "Ede"  # reloaded: the other user's version
    assert services.settings.centre().town == "Ede"
    other.db.dispose()


def test_a_locked_database_shows_a_dutch_message_and_keeps_the_form(qtbot, nl, page_context, messages, monkeypatch):
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    services = Services.for_database(Database(page_context.services.db.url.render_as_string(hide_password=False)))
    window = MainWindow(PageContext(services, page_context.actor, DataBus()))
    qtbot.addWidget(window)
    window.show_page("settings")
    tab = window.page("settings").centre_tab
    tab.editors["town"].setText("Arnhem")
    holder = sqlite3.connect(services.db.sqlite_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert not tab.save()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert messages and "bezet" in messages[-1]
    assert tab.editors["town"].text() == "Arnhem"
    assert tab.save()
    services.db.dispose()
