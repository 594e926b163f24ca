"""First start: the welcome dialog sets up the centre and its administrator, or builds demo
data; then the login dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from app.domain.permissions import Role
from tests.ui.held_back import assert_the_window_keeps_running, hold_back
from ui.dialogs.login import LoginDialog
from ui.dialogs.welcome import WelcomeDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def welcome(qtbot, qsettings, dutch_ui, ui_services):
    dialog = WelcomeDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog, **values):
    for name, value in values.items():
        dialog.findChild(QLineEdit, name).setText(value)


def test_the_welcome_dialog_is_in_dutch(welcome):
    assert welcome.windowTitle() == "Welkom bij Wijkhuis"
    assert welcome.findChild(QPushButton, "createButton").text() == "Inrichten"
    assert welcome.findChild(QPushButton, "demoButton").text() == "Uitproberen met voorbeeldgegevens"


def test_the_welcome_dialog_creates_the_centre_and_its_administrator(welcome, ui_services, qtbot):
    _fill(welcome, centre="Wijkcentrum Het Anker", username="Sanne", full_name="Sanne de Vries",
          password="geheim123", password_repeat="geheim123")
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    assert welcome.result() == welcome.DialogCode.Accepted
    assert welcome.actor.username == "sanne" and welcome.actor.role == Role.ADMIN
    assert ui_services.settings.centre().name == "Wijkcentrum Het Anker"
    assert ui_services.users.authenticate("sanne", "geheim123").display_name == "Sanne de Vries"


def test_two_different_passwords_are_refused_inline_and_nothing_is_created(welcome, ui_services, qtbot):
    _fill(welcome, centre="Het Anker", username="sanne", password="geheim123", password_repeat="geheim124")
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    assert welcome.isVisible() and welcome.actor is None
    assert welcome.form.error_text("password_repeat") == "de twee wachtwoorden zijn niet gelijk"
    assert welcome.findChild(QLineEdit, "password_repeat").property("invalid") == "true"
    assert not ui_services.users.is_initialised()


def test_missing_centre_name_and_short_password_are_shown_at_their_fields(welcome, ui_services, qtbot):
    _fill(welcome, centre="  ", username="sanne", password="kort", password_repeat="kort")
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    assert welcome.form.error_text("password") == "moet minstens 8 tekens lang zijn"
    _fill(welcome, password="geheim123", password_repeat="geheim123")
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    assert welcome.form.error_text("centre") == "is verplicht"
    assert welcome.form.error_text("password") == ""
    assert not ui_services.users.is_initialised()


def test_the_demo_button_builds_demo_data_and_closes_the_dialog(welcome, ui_services, qtbot):
    qtbot.mouseClick(welcome.findChild(QPushButton, "demoButton"), LEFT)
    qtbot.waitUntil(lambda: welcome.demo_built, timeout=60_000)
    assert welcome.result() == welcome.DialogCode.Accepted
    assert ui_services.users.authenticate("coordinator", "demo").role == Role.COORDINATOR
    assert ui_services.settings.centre().name


@pytest.fixture
def login(qtbot, qsettings, dutch_ui, ui_services, ui_admin):
    dialog = LoginDialog(ui_services, username="beheerder", centre_name="Buurthuis De Klinker")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _log_in(qtbot, dialog) -> None:
    """Click "Inloggen" and wait until the password has been checked (on a background thread)."""
    qtbot.mouseClick(dialog.findChild(QPushButton, "loginButton"), LEFT)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)


def test_the_login_shows_the_centre_and_logs_in(login, qtbot):
    assert login.windowTitle() == "Inloggen — Wijkhuis"
    assert login.findChild(QLabel, "loginHeading").text() == "Buurthuis De Klinker"
    login.password.setText("geheim123")
    _log_in(qtbot, login)
    assert login.result() == login.DialogCode.Accepted and login.actor.username == "beheerder"


def test_while_the_password_is_checked_the_dialog_waits_greyed_and_the_window_does_not(login, qtbot, ui_services,
                                                                                         monkeypatch):
    """The check runs off the GUI thread, and a second click does not start a second check."""
    held = hold_back(monkeypatch, ui_services.users, "authenticate")
    login.password.setText("geheim123")
    button = login.findChild(QPushButton, "loginButton")
    qtbot.mouseClick(button, LEFT)
    assert login.is_checking() and button.text() == "Controleren…"
    assert button.width() > button.fontMetrics().horizontalAdvance("Controleren…")  # not cut off
    assert not login.password.isEnabled() and not login.username.isEnabled()
    assert_the_window_keeps_running(qtbot)
    login.try_login()  # Enter again while waiting: ignored
    held.release.set()
    qtbot.waitUntil(lambda: not login.is_checking(), timeout=10_000)
    assert [username for username, _password in held.calls] == ["beheerder"]
    assert login.result() == login.DialogCode.Accepted and login.actor.username == "beheerder"


def test_cancelling_while_the_password_is_checked_logs_nobody_in(login, qtbot, ui_services, monkeypatch):
    held = hold_back(monkeypatch, ui_services.users, "authenticate")
    finished = []
    login.finished.connect(finished.append)
    login.password.setText("geheim123")
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    login.reject()  # Annuleren while the check runs
    held.release.set()
    qtbot.waitUntil(lambda: not login.is_checking(), timeout=10_000)
    assert finished == [login.DialogCode.Rejected] and login.actor is None


def test_a_wrong_password_is_said_plainly_and_the_field_is_emptied(login, qtbot):
    login.password.setText("geheim12")
    _log_in(qtbot, login)
    assert login.isVisible() and login.actor is None
    assert login.message.text() == "Onbekende gebruikersnaam of verkeerd wachtwoord."
    assert login.password.text() == ""


def test_after_three_wrong_passwords_the_login_says_how_long_to_wait(login, qtbot):
    for _attempt in range(3):
        login.password.setText("fout")
        _log_in(qtbot, login)
    assert login.message.text() == "Onbekende gebruikersnaam of verkeerd wachtwoord. Te veel pogingen: wacht 30 seconden."
    login.password.setText("geheim123")  # even the right password waits
    _log_in(qtbot, login)
    assert login.actor is None
    assert login.message.text().startswith("Te vaak een verkeerd wachtwoord. Probeer het over ")
    assert login.message.text().endswith(" seconden opnieuw.")


def test_every_empty_field_is_marked_at_once_not_only_the_password(welcome, ui_services, qtbot):
    _fill(welcome, centre="", username="", full_name="", password="kort", password_repeat="kort")
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    for field in ("centre", "username", "full_name"):
        assert welcome.form.error_text(field) == "is verplicht", field
    assert welcome.form.error_text("password") == "moet minstens 8 tekens lang zijn"
    assert welcome.findChild(QLabel, "welcomeMessage").text() == "Enkele velden vragen aandacht; ze zijn gemarkeerd."
    assert not ui_services.users.is_initialised()
