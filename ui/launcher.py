"""Start the window: open the database (refusing a newer one), first-start welcome or login,
then the main window. `smoke=True` visits every page without a screen and exits."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import WijkhuisError
from app.services import Services
from app.services.actor import Actor
from ui import i18n, security, style
from ui.context import DataBus, PageContext
from ui.main_window import MainWindow
from ui.pages import PAGES

ORGANISATION = "Wijkhuis"
APPLICATION = "Wijkhuis"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    i18n.install(app, i18n.preferred_language())
    style.apply(app)
    return app


def open_services(database_url: str | None) -> Services:
    from app.bootstrap import open_services as _open

    return _open(database_url)


def run(database_url: str | None, *, smoke: bool = False) -> int:
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    try:
        services = open_services(database_url)
    except WijkhuisError as error:
        if smoke:
            print(f"wijkhuis smoke: {error}", file=sys.stderr)
            return error.exit_code
        QMessageBox.critical(None, "Wijkhuis", str(error))
        return error.exit_code
    if smoke:
        return _smoke(app, services)
    actor = _sign_in(services)
    if actor is None:
        return 0
    window = show_main_window(services, actor)
    return app.exec()


def show_main_window(services: Services, actor: Actor) -> MainWindow:
    """The window after login (tests/benchmarks/test_startup_bench.py times this path)."""
    window = MainWindow(PageContext(services, actor, DataBus()))
    security.install(window)  # idle lock, change password, lock now
    window.show()
    return window


def _sign_in(services: Services) -> Actor | None:
    from ui.dialogs.login import LoginDialog
    from ui.dialogs.welcome import WelcomeDialog

    username = ""
    if not services.users.is_initialised():
        welcome = WelcomeDialog(services)
        if not welcome.exec():
            return None
        if welcome.actor is not None:
            return welcome.actor
        username = "beheerder"
    login = LoginDialog(services, username=username)
    return login.actor if login.exec() else None


def _smoke(app: QApplication, services: Services) -> int:
    """Open the window, show every page once (waiting for pages that load in the background),
    report every error, without a screen and without anyone to click a message away."""
    import time

    from ui import tasks

    tasks.collected_errors = []
    failures: list[str] = []
    window = MainWindow(PageContext(services, Actor.system(), DataBus()))
    window.show()

    def visit() -> None:
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
                    failures.append(f"{spec.key}: page did not open")
                if hasattr(page, "is_loaded") and not page.is_loaded():
                    failures.append(f"{spec.key}: still loading after 120 s")
            except Exception as error:  # report every page's failure, then exit non-zero
                failures.append(f"{spec.key}: {type(error).__name__}: {error}")
            failures.extend(f"{spec.key}: {message}" for message in tasks.collected_errors)
            tasks.collected_errors.clear()
        window.close()
        app.quit()

    QTimer.singleShot(0, visit)
    app.exec()
    services.db.dispose()
    for failure in failures:
        print(f"wijkhuis smoke: {failure}", file=sys.stderr)
    if not failures:
        print(f"wijkhuis smoke: {len(PAGES)} pages opened on {services.db.describe()}")
    return 1 if failures else 0
