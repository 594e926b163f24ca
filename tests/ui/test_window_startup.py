"""Start-up, window first: the main window is on screen before the database is open; with a
database that has accounts the login dialog is over it at once, typed into while the data
opens (on a first start, the welcome dialog once the data is open); a database error ends the
program with its message and exit code; the smoke run still visits every page."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from app.domain.errors import DatabaseTooNew
from ui import launcher
from ui.dialogs.login import LoginDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.pages import PAGES

LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def critical(monkeypatch):
    said = []

    def record(parent, title, text, *args, **kwargs):
        said.append((parent, title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    return said


@pytest.fixture
def start(qtbot, qsettings):
    """A Startup as `ui.launcher.run` makes it, with its event loop left to qtbot."""
    made = []

    def make(url=None, **options):
        startup = launcher.Startup(url, **options)
        qtbot.addWidget(startup.window)
        startup.start()
        made.append(startup)
        return startup

    yield make
    for startup in made:
        startup.window.close()


def _wait_for_dialog(qtbot, window, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=10_000)
    return next(d for d in window.findChildren(kind) if d.isVisible())


def test_the_window_is_on_screen_before_the_database_is_open(qtbot, start, ui_services, ui_admin, dutch_ui):
    release = threading.Event()
    asked = []

    def slow_database(_url):
        assert release.wait(20), "the test never let the database open"
        return ui_services

    def sign_in(window, services, done):
        asked.append(services)
        done(ui_admin)

    startup = start(loader=slow_database, sign_in=sign_in)
    window = startup.window
    try:
        qtbot.waitExposed(window)
        qtbot.wait(100)  # the database is still "opening": nothing may have been filled in yet
        assert window.isVisible() and not window.is_attached()
        assert not window.navigation.isEnabled()
        assert window.windowTitle() == "Wijkhuis"
        assert window.findChild(QLabel, "openingLabel").text() == "Wijkhuis wordt geopend…"
        assert window.findChild(QLabel, "openingLabel").isVisible()
        assert window.findChild(QLabel, "loggedInLabel") is None and asked == []
    finally:
        release.set()
    qtbot.waitUntil(window.is_attached, timeout=10_000)
    assert asked == [ui_services]
    assert window.navigation.isEnabled() and window.current_key() == "overview"
    assert window.windowTitle() == "Buurthuis De Klinker — Wijkhuis"
    assert window.findChild(QLabel, "openingLabel") is None


def test_after_loading_the_login_dialog_appears_over_the_window_and_logs_in(qtbot, start, ui_services, ui_admin, dutch_ui):
    startup = start(loader=lambda _url: ui_services)
    window = startup.window
    dialog = _wait_for_dialog(qtbot, window, LoginDialog)
    assert dialog.parent() is window and dialog.isModal() and window.isVisible()
    assert not window.is_attached() and not window.navigation.isEnabled()
    dialog.findChild(QLineEdit, "username").setText("beheerder")
    dialog.findChild(QLineEdit, "password").setText("fout-wachtwoord")
    qtbot.mouseClick(dialog.findChild(QPushButton, "loginButton"), LEFT)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)
    assert dialog.isVisible() and not window.is_attached()  # a wrong password: try again
    dialog.findChild(QLineEdit, "password").setText("geheim123")
    qtbot.mouseClick(dialog.findChild(QPushButton, "loginButton"), LEFT)
    qtbot.waitUntil(window.is_attached, timeout=10_000)
    assert window.context.actor.username == "beheerder" and window.context.services is ui_services
    assert window.findChild(QLabel, "loggedInLabel").text() == "Ingelogd als Fatima el Amrani (beheerder)"
    assert window.findChild(QPushButton, "lockNow") is not None  # what the launcher installs: idle lock
    assert window.findChild(QPushButton, "changePassword") is not None
    assert window.idle_lock is not None
    assert startup.exit_code is None


def _url(database) -> str:
    return database.url.render_as_string(hide_password=False)


def _held_back(services):
    """A loader that opens the database only once the test releases it."""
    release = threading.Event()

    def slow_database(_url):
        assert release.wait(20), "the test never let the database open"
        return services

    return slow_database, release


def test_with_accounts_the_login_dialog_is_there_at_once_and_waits_for_the_data_if_need_be(
        qtbot, start, sqlite_db, ui_services, ui_admin, dutch_ui):
    """The name and password are typed while the database opens; "Inloggen" pressed before the
    data is there waits, greyed, and logs in as soon as it is."""
    loader, release = _held_back(ui_services)
    startup = start(url=_url(sqlite_db), loader=loader)
    window = startup.window
    try:
        dialog = _wait_for_dialog(qtbot, window, LoginDialog)
        assert dialog.parent() is window and dialog.isModal() and window.isVisible()
        assert not window.is_attached() and not window.navigation.isEnabled()
        assert dialog.findChild(QLabel, "loginHeading").text() == "Wijkhuis"  # the centre's name is in the data
        qtbot.keyClicks(dialog.findChild(QLineEdit, "username"), "beheerder")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password"), "geheim123")
        button = dialog.findChild(QPushButton, "loginButton")
        qtbot.mouseClick(button, LEFT)
        assert dialog.is_checking() and button.text() == "Controleren…"
        assert not dialog.findChild(QLineEdit, "password").isEnabled()
        qtbot.wait(100)
        assert dialog.isVisible() and not window.is_attached()  # no data yet: nobody is logged in
    finally:
        release.set()
    qtbot.waitUntil(window.is_attached, timeout=10_000)
    assert window.context.actor.username == "beheerder" and window.context.services is ui_services
    assert window.windowTitle() == "Buurthuis De Klinker — Wijkhuis"
    assert not [d for d in window.findChildren(LoginDialog) if d.isVisible()]


def test_the_early_login_dialog_names_the_centre_once_the_data_is_open_and_refuses_a_wrong_password(
        qtbot, start, sqlite_db, ui_services, ui_admin, dutch_ui):
    loader, release = _held_back(ui_services)
    startup = start(url=_url(sqlite_db), loader=loader)
    dialog = _wait_for_dialog(qtbot, startup.window, LoginDialog)
    release.set()
    heading = dialog.findChild(QLabel, "loginHeading")
    qtbot.waitUntil(lambda: heading.text() == "Buurthuis De Klinker", timeout=10_000)
    dialog.findChild(QLineEdit, "username").setText("beheerder")
    dialog.findChild(QLineEdit, "password").setText("fout-wachtwoord")
    qtbot.mouseClick(dialog.findChild(QPushButton, "loginButton"), LEFT)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)
    assert dialog.isVisible() and not startup.window.is_attached()
    assert "wachtwoord" in dialog.findChild(QLabel, "loginMessage").text()
    assert dialog.findChild(QLineEdit, "password").text() == ""


def test_cancelling_the_login_while_the_data_opens_ends_the_program_and_nobody_is_logged_in(
        qtbot, start, sqlite_db, ui_services, ui_admin):
    loader, release = _held_back(ui_services)
    startup = start(url=_url(sqlite_db), loader=loader)
    dialog = _wait_for_dialog(qtbot, startup.window, LoginDialog)
    qtbot.waitUntil(lambda: startup._task is not None, timeout=5_000)  # the database is being opened
    with qtbot.waitSignal(startup.finished, timeout=5_000) as finished:
        dialog.reject()
    with qtbot.waitSignal(startup._task.done, timeout=10_000):  # the data opened after all
        release.set()
    qtbot.wait(50)
    assert finished.args == [0] and startup.exit_code == 0
    assert not startup.window.is_attached() and not startup.window.isVisible()
    assert not [d for d in startup.window.findChildren(LoginDialog) if d.isVisible()]


def test_a_database_error_while_the_login_dialog_is_open_closes_it_and_says_what_is_wrong(
        qtbot, start, sqlite_db, critical):
    release = threading.Event()

    def too_new(_url):
        assert release.wait(20)
        raise DatabaseTooNew("/data/wijkhuis.sqlite")

    startup = start(url=_url(sqlite_db), loader=too_new)
    dialog = _wait_for_dialog(qtbot, startup.window, LoginDialog)
    dialog.findChild(QLineEdit, "username").setText("beheerder")
    with qtbot.waitSignal(startup.finished, timeout=10_000) as finished:
        release.set()
    assert finished.args == [4] and startup.exit_code == 4
    assert not [d for d in startup.window.findChildren(LoginDialog) if d.isVisible()]
    assert not startup.window.isVisible()
    [(parent, _title, text)] = critical
    assert parent is startup.window and "nieuwere versie" in text


def test_a_database_file_without_accounts_gets_the_welcome_instead_of_the_login(
        qtbot, start, sqlite_db, ui_services, dutch_ui):
    """An existing file without accounts (a first start on a prepared database): the login
    dialog shown in advance makes way for the welcome."""
    loader, release = _held_back(ui_services)
    startup = start(url=_url(sqlite_db), loader=loader)
    dialog = _wait_for_dialog(qtbot, startup.window, LoginDialog)
    release.set()
    welcome = _wait_for_dialog(qtbot, startup.window, WelcomeDialog)
    assert welcome.isModal()
    assert not [d for d in startup.window.findChildren(LoginDialog) if d.isVisible()]
    assert startup.exit_code is None  # the login dialog put aside did not end the program


def test_the_remembered_page_is_shown_after_login(qtbot, start, ui_services, ui_admin, qsettings):
    qsettings.setValue("window/last_page", "volunteers")
    startup = start(loader=lambda _url: ui_services, sign_in=lambda window, services, done: done(ui_admin))
    qtbot.waitUntil(startup.window.is_attached, timeout=10_000)
    assert startup.window.current_key() == "volunteers"


def test_cancelling_the_login_closes_the_program_with_exit_code_0(qtbot, start, ui_services, ui_admin, qsettings):
    qsettings.setValue("window/last_page", "rooms")
    startup = start(loader=lambda _url: ui_services)
    dialog = _wait_for_dialog(qtbot, startup.window, LoginDialog)
    with qtbot.waitSignal(startup.finished, timeout=5_000) as finished:
        dialog.reject()
    assert finished.args == [0] and startup.exit_code == 0
    assert not startup.window.isVisible() and not startup.window.is_attached()
    assert qsettings.value("window/last_page") == "rooms"  # the shell does not forget the last page


def test_a_database_error_shows_its_message_and_ends_with_its_exit_code(qtbot, start, critical):
    def too_new(_url):
        raise DatabaseTooNew("/data/wijkhuis.sqlite")

    startup = start(loader=too_new)
    with qtbot.waitSignal(startup.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [4] and startup.exit_code == 4
    [(parent, title, text)] = critical
    assert parent is startup.window and title == "Wijkhuis"
    assert "/data/wijkhuis.sqlite" in text and "nieuwere versie" in text
    assert not startup.window.isVisible()


def test_first_start_shows_the_welcome_dialog_over_the_window(qtbot, start, ui_services, dutch_ui):
    startup = start(loader=lambda _url: ui_services)
    window = startup.window
    welcome = _wait_for_dialog(qtbot, window, WelcomeDialog)
    assert welcome.parent() is window and welcome.isModal()
    assert not window.findChildren(LoginDialog)
    for name, value in {"centre": "Wijkcentrum Het Anker", "username": "sanne", "full_name": "Sanne de Vries",
                        "password": "geheim123", "password_repeat": "geheim123"}.items():
        welcome.findChild(QLineEdit, name).setText(value)
    qtbot.mouseClick(welcome.findChild(QPushButton, "createButton"), LEFT)
    qtbot.waitUntil(window.is_attached, timeout=10_000)
    assert window.context.actor.username == "sanne"
    assert window.windowTitle() == "Wijkcentrum Het Anker — Wijkhuis"


def test_the_daily_backup_is_made_in_the_background_after_start_up_not_before_the_figures(
        qtbot, start, monkeypatch):
    from app.services.common.actor import Actor
    from app.services.maintenance import auto_backup

    made = []
    monkeypatch.setattr(auto_backup, "daily", lambda db, **_options: made.append(threading.current_thread()))
    monkeypatch.setattr(launcher, "DAILY_BACKUP_DELAY_MS", 50)
    when_signed_in = []

    def sign_in(window, services, done):
        when_signed_in.append(list(made))
        done(Actor.system())

    startup = start(sign_in=sign_in)
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert when_signed_in == [[]], "the backup was made while the database was opened"
    assert made[0] is not threading.main_thread()
    startup.window.close()
    assert startup.wind_down(0) == 0
    assert len(made) == 1, "one backup a start"


def test_a_program_closed_before_the_daily_backup_makes_it_on_the_way_out(qtbot, start, monkeypatch):
    from app.services.common.actor import Actor
    from app.services.maintenance import auto_backup

    made = []
    monkeypatch.setattr(auto_backup, "daily", lambda db, **_options: made.append(db))
    startup = start(sign_in=lambda window, services, done: done(Actor.system()))
    qtbot.waitUntil(startup.window.is_attached, timeout=10_000)
    startup.window.close()
    assert startup.wind_down(0) == 0
    assert made == [startup.services.db]


def test_while_the_login_dialog_is_open_the_overzicht_prepares_its_counting_in_the_background(
        qtbot, start, ui_services, monkeypatch):
    from app.services.overview import OverviewService

    prepared = []
    monkeypatch.setattr(OverviewService, "prepare", lambda self, today=None: prepared.append(threading.current_thread()))
    start(loader=lambda url: ui_services, sign_in=lambda window, services, done: None)  # the dialog stays open
    qtbot.waitUntil(lambda: bool(prepared), timeout=10_000)
    assert prepared[0] is not threading.main_thread()


# `run` ends with app.exec(), after which Qt lets no other event loop run in that process:
# these tests run it in a fresh process, as `wijkhuis` does.
RUN = """
import sys
from PySide6.QtWidgets import QMessageBox
from ui import launcher
from ui.main_window import MainWindow

visited = []
_page = MainWindow.page
MainWindow.page = lambda window, key: visited.append(key) or _page(window, key)


def critical(parent, title, text, *args):
    print(f"critical over {type(parent).__name__}: {text}")


def too_new(url):
    from app.domain.errors import DatabaseTooNew

    raise DatabaseTooNew(url)


QMessageBox.critical = staticmethod(critical)
code = launcher.run(sys.argv[1], smoke=sys.argv[2] == "smoke", loader=too_new if sys.argv[3] == "too-new" else None)
print("visited", ",".join(dict.fromkeys(visited)))
sys.exit(code)
"""


def _run(tmp_path, url, mode, loader):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "WIJKHUIS_DATA_DIR": str(tmp_path / "data")}
    env.pop("WIJKHUIS_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-c", RUN, url, mode, loader], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_smoke_run_still_visits_every_page(tmp_path, sqlite_db, ui_admin):
    done = _run(tmp_path, sqlite_db.url.render_as_string(hide_password=False), "smoke", "real")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"wijkhuis smoke: {len(PAGES)} pages opened on {sqlite_db.describe()}"
    assert lines[1] == "wijkhuis smoke: navigation: Overzicht, Vrijwilligers, Vergoedingen, Zalen & boekingen, " \
                       "Subsidies, Rapporten, Instellingen"  # CI checks an installed build's language by it
    assert lines[2] == "visited " + ",".join(spec.key for spec in PAGES)


def test_run_shows_a_database_error_over_the_window_and_returns_its_exit_code(tmp_path):
    done = _run(tmp_path, "/data/wijkhuis.sqlite", "window", "too-new")
    assert done.returncode == 4, done.stderr
    assert done.stdout.splitlines()[0].startswith("critical over MainWindow: De database /data/wijkhuis.sqlite")


def test_the_smoke_run_reports_a_database_error_with_its_exit_code(tmp_path):
    done = _run(tmp_path, "/data/wijkhuis.sqlite", "smoke", "too-new")
    assert done.returncode == 4
    assert done.stdout.strip() == "visited"
    assert done.stderr.startswith("wijkhuis smoke: De database /data/wijkhuis.sqlite")
