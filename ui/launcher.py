"""Start the program: window first, data behind it.

1. The application (translations, style) and the main window's shell are shown at once; they
   import only Qt and small parts of `app`, never SQLAlchemy or app.services.
2. When the data is expected to have accounts (a database file with something in it, or a
   server), the login dialog is put over the window at once, so that the name and password are
   typed while the database opens; the dialog waits for the data if "Log in" comes first.
3. The database is opened on a background thread (`app.bootstrap.open_services`: it refuses a
   newer database and migrates); that thread imports SQLAlchemy. It also reads whether the
   data has accounts and the centre's name for the login dialog. The day's automatic backup
   is made later, on a background thread, once the user can work (DAILY_BACKUP_DELAY_MS), or
   when the program ends before that.
4. Back on the GUI thread: no accounts yet (first start) → the welcome dialog over the window
   (instead of a login dialog shown at step 2); otherwise the login dialog gets its data.
   After login the window attaches its PageContext and shows the remembered page. A database
   error shows its message and ends with its exit code; cancelling the login ends the program
   (exit 0), also while the database is still being opened.

`smoke=True` takes the same path with the program's own system actor, visits every page
without a screen and exits.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui import i18n, style
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services import Services
    from app.services.common.actor import Actor
    from ui import tasks
    from ui.dialogs.login import LoginDialog

ORGANISATION = "Wijkhuis"
APPLICATION = "Wijkhuis"

#: Instead of the program's own login and welcome dialogs (tests): (window, services, done) →
#: calls done(actor) once someone is logged in, done(None) if not.
SignIn = Callable[[MainWindow, "Services", Callable[["Actor | None"], None]], None]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    created = app is None
    if created:
        app = QApplication([*(argv or sys.argv[:1]), *style.FUSION_ARGUMENTS])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    i18n.install(app, i18n.preferred_language())
    style.apply(app, started_in_fusion=created)
    return app


# The day's backup waits until the Overzicht's figures are on screen: on a large database it
# copies the whole file, which the user should not wait for at start-up.
DAILY_BACKUP_DELAY_MS = 5000


def open_services(database_url: str | None) -> Services:
    """Runs on the background thread: the first import of SQLAlchemy and the models is here.
    The daily backup is left to `Startup` (after the figures)."""
    from app.bootstrap import open_services as _open
    from app.bootstrap import warm_up

    services = _open(database_url, daily_backup=False)
    warm_up()
    return services


def daily_backup(services: Services) -> None:
    from app.services.maintenance import auto_backup

    auto_backup.daily(services.db)


def run(
    database_url: str | None, *, smoke: bool = False, sign_in: SignIn | None = None,
    loader: Callable[[str | None], Services] | None = None,
) -> int:
    """The program's window (`wijkhuis` without a subcommand). `sign_in` replaces the login
    and welcome dialogs (tests); `loader` replaces open_services (tests)."""
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    startup = Startup(database_url, smoke=smoke, sign_in=sign_in, loader=loader)
    startup.finished.connect(app.exit)
    startup.start()
    code = app.exec()
    return startup.wind_down(code)


class Startup(QObject):
    """The steps of `run` without the event loop, so tests can drive them one by one.
    `finished(code)` fires when the program should end before or instead of normal use: a
    database error, a cancelled login, or the end of a smoke run."""

    finished = Signal(int)

    def __init__(
        self, database_url: str | None, *, smoke: bool = False, sign_in: SignIn | None = None,
        loader: Callable[[str | None], Services] | None = None,
    ):
        super().__init__()
        self.database_url = database_url
        self.smoke = smoke
        self.sign_in = sign_in
        self.loader = loader or open_services
        self._backup_due = loader is None  # a test's own loader: no backups of its database
        self._backup_task: tasks.Task | None = None
        self._prepare_task: tasks.Task | None = None
        self.window = MainWindow()
        self.services: Services | None = None
        self.exit_code: int | None = None
        self.failures: list[str] = []
        self._task: tasks.Task | None = None
        self._loading = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._after_first_frame)
        self._opened: Services | None = None  # set by the background thread
        self._login: LoginDialog | None = None  # the login dialog whose answer counts
        self._first_frame_of: QWidget = self.window

    def start(self) -> None:
        """Show the shell now. Right after its first frame, the login dialog over it when the
        data is expected to have accounts; right after the dialog's first frame (or the
        window's, without one), open the database behind them: neither frame waits for the work
        in the background."""
        self._show_watched(self.window)

    def _show_watched(self, widget: QWidget) -> None:
        widget.winId()  # the native window now, so that its first expose is seen
        widget.windowHandle().installEventFilter(self)
        self._first_frame_of = widget
        widget.show()
        self._fallback.start(250)  # no expose (a minimised start): go on anyway

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Expose and not self._loading:
            self._fallback.start(0)  # right after this first frame
        return False

    def _after_first_frame(self) -> None:
        if self._loading or self.exit_code is not None:
            return
        self._first_frame_of.windowHandle().removeEventFilter(self)
        if (self._first_frame_of is self.window and self.sign_in is None and not self.smoke
                and expects_accounts(self.database_url)):
            self._login = self._make_login()
            self._show_watched(self._login)
        else:
            self._start_loading()

    def _start_loading(self) -> None:
        from ui import tasks

        self._loading = True
        if self.smoke:
            tasks.collected_errors = []
        self._task = tasks.run_task(self.window, "Wijkhuis", self._load, self._loaded, show_dialog=False)

    def _load(self, _progress: tasks.TaskProgress) -> object:
        """On the background thread. Errors come back as the result, so that the GUI thread
        shows them: a user-facing one (too new, unreachable) the way the program always has."""
        try:
            self._opened = self.loader(self.database_url)
            if self.sign_in is not None or self.smoke:
                return _Opened(self._opened, True, "")
            initialised = self._opened.users.is_initialised()
            return _Opened(self._opened, initialised, self._opened.settings.centre().name if initialised else "")
        except Exception as error:
            import traceback

            return _LoadError(error, traceback.format_exc())

    def _loaded(self, result: object) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.domain.errors import WijkhuisError
        from ui import tasks

        if self.exit_code is not None:  # the login was cancelled while the data was opened
            return
        if isinstance(result, _LoadError):
            self._put_login_aside()
            error = result.error
            if self.smoke:
                print(f"wijkhuis smoke: {error}", file=sys.stderr)
            elif isinstance(error, WijkhuisError):
                QMessageBox.critical(self.window, "Wijkhuis", str(error))
            else:  # a bug: the plain apology with the details
                tasks.show_error(self.window, error, result.details)
            self._finish(error.exit_code if isinstance(error, WijkhuisError) else 1)
            return
        assert isinstance(result, _Opened)
        self.services = result.services
        if self.smoke:
            from app.services.common.actor import Actor

            self._signed_in(Actor.system())
            return
        if self.window.opening_label is not None:  # the data is there: only the login is asked now
            self.window.opening_label.hide()
        services = self.services
        self._prepare_task = tasks.run_task(self.window, "Wijkhuis", lambda _progress: _prepare_overview(services),
                                            show_dialog=False)
        if self.sign_in is not None:
            self.sign_in(self.window, services, self._signed_in)
        elif not result.initialised:  # first start: the welcome, not the login shown in advance
            self._put_login_aside()
            self._welcome(services)
        else:
            if self._login is None:
                self._login = self._make_login()
                self._login.show()
            self._login.data_opened(services, result.centre_name)

    def _make_login(self, username: str = "") -> LoginDialog:
        """The login dialog, modal over the window; without its data until `data_opened`."""
        from ui.dialogs.login import LoginDialog

        dialog = LoginDialog(None, self.window, username=username)
        dialog.setModal(True)
        dialog.finished.connect(lambda result: self._login_finished(dialog, result))
        return dialog

    def _login_finished(self, dialog: LoginDialog, result: int) -> None:
        dialog.deleteLater()
        if dialog is not self._login:  # put aside for the welcome or a database error
            return
        self._login = None
        self._signed_in(dialog.actor if result else None)

    def _put_login_aside(self) -> None:
        dialog, self._login = self._login, None
        if dialog is not None:
            dialog.close()

    def _welcome(self, services: Services) -> None:
        """First start: set up the centre and its administrator, or build demo data and log in
        as the demo's administrator."""
        from ui.dialogs.welcome import WelcomeDialog

        welcome = WelcomeDialog(services, self.window)
        welcome.setModal(True)

        def welcomed(result: int) -> None:
            welcome.deleteLater()
            if not result:
                self._signed_in(None)
            elif welcome.actor is not None:
                self._signed_in(welcome.actor)
            else:  # demo data built
                self._login = self._make_login("beheerder")
                self._login.show()
                self._login.data_opened(services, services.settings.centre().name)

        welcome.finished.connect(welcomed)
        welcome.show()

    def _signed_in(self, actor: Actor | None) -> None:
        if actor is None:  # the login (or the welcome) was cancelled
            self._finish(0)
            return
        from ui.context import DataBus, PageContext

        self.window.attach(PageContext(self.services, actor, DataBus()))
        if self.smoke:
            QTimer.singleShot(0, self._visit_every_page)
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, self._start_daily_backup)

    def _start_daily_backup(self) -> None:
        """On a background thread; a failure is reported the way every task's is."""
        from ui import tasks

        if not self._backup_due or self.services is None:
            return
        self._backup_due = False
        services = self.services
        self._backup_task = tasks.run_task(self.window, "Wijkhuis", lambda _progress: daily_backup(services),
                                           show_dialog=False)

    def _finish(self, code: int) -> None:
        self._fallback.stop()
        self.exit_code = code
        self.finished.emit(code)
        self.window.close()

    def wind_down(self, code: int) -> int:
        """After the event loop: let a still-running open finish, close the database, report."""
        from ui import tasks

        QThreadPool.globalInstance().waitForDone()  # the window was closed while the database opened
        if self._backup_due and self.services is not None:  # closed before the day's backup started
            self._backup_due = False
            daily_backup(self.services)
        opened = self.services or self._opened
        if opened is not None:
            opened.db.dispose()
        if self.smoke:
            self.failures.extend(tasks.collected_errors or [])
            tasks.collected_errors = None
            for failure in self.failures:
                print(f"wijkhuis smoke: {failure}", file=sys.stderr)
            if self.exit_code == 0 and not self.failures and self.services is not None:
                from ui.pages import PAGES

                print(f"wijkhuis smoke: {len(PAGES)} pages opened on {self.services.db.describe()}")
                navigation = self.window.navigation  # CI checks the language of an installed build by it
                labels = [navigation.item(row).text() for row in range(navigation.count())]
                print(f"wijkhuis smoke: navigation: {', '.join(labels)}")
            if self.failures and not self.exit_code:
                return 1
        return self.exit_code if self.exit_code is not None else code

    def _visit_every_page(self) -> None:
        """Show every page once (waiting for pages that load in the background), collecting
        every error: no screen, and no one to click a message away."""
        import time

        from PySide6.QtCore import QEventLoop

        from ui import tasks
        from ui.pages import PAGES

        # QEventLoop.processEvents, not QApplication.processEvents: with PySide6 6.12 on Python
        # 3.11 the latter drops a reference to None on every call, and a long wait crashes.
        app = QEventLoop()
        window = self.window
        for spec in PAGES:
            try:
                window.show_page(spec.key)
                app.processEvents()
                page = window.page(spec.key)
                deadline = time.monotonic() + 120
                while hasattr(page, "is_loaded") and not page.is_loaded() and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.01)
                if window.current_key() != spec.key:
                    self.failures.append(f"{spec.key}: page did not open")
                if hasattr(page, "is_loaded") and not page.is_loaded():
                    self.failures.append(f"{spec.key}: still loading after 120 s")
            except Exception as error:  # report every page's failure, then exit non-zero
                self.failures.append(f"{spec.key}: {type(error).__name__}: {error}")
            self.failures.extend(f"{spec.key}: {message}" for message in tasks.collected_errors or [])
            if tasks.collected_errors:
                tasks.collected_errors.clear()
        self._finish(1 if self.failures else 0)


def _prepare_overview(services: Services) -> None:
    """While the login dialog is open: what the Overzicht's counting will need. Only a head
    start: a module that cannot be loaded fails again, and is reported, when the figures are counted."""
    try:
        services.overview.prepare()
    except Exception:  # noqa: BLE001 (reported by the counting itself)
        pass


def expects_accounts(database_url: str | None) -> bool:
    """Whether the data most likely has accounts, told without opening it (SQLAlchemy is not
    loaded yet): a server, or a database file with something in it. Only decides whether the
    login dialog is shown before the database is open; the opened data has the last word."""
    from app.config import resolve_database_url

    url = resolve_database_url(database_url)
    if not url.startswith("sqlite"):
        return True
    path = url.removeprefix("sqlite:///")
    return bool(path) and path != ":memory:" and os.path.isfile(path) and os.path.getsize(path) > 0


class _Opened:
    """What the background thread found: the services, whether anyone has an account yet, and
    the centre's name for the login dialog."""

    def __init__(self, services: Services, initialised: bool, centre_name: str):
        self.services = services
        self.initialised = initialised
        self.centre_name = centre_name


class _LoadError:
    def __init__(self, error: Exception, details: str):
        self.error = error
        self.details = details
