"""Fixtures every test shares.

`db` runs a test twice: on a real SQLite file in tmp_path and on a real PostgreSQL server
(`WIJKHUIS_TEST_POSTGRES_URL`, a server URL with rights to create databases). Without that
variable the PostgreSQL half is skipped with a reason — unless `WIJKHUIS_REQUIRE_POSTGRES=1`
(set by .ci/run), where it fails instead, so CI cannot pass without having run it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Qt's offscreen screen is 800×800 by default, smaller than the window's minimum size;
    # give the UI tests an ordinary office screen instead.
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'fixtures' / 'offscreen_screen.json'}"

POSTGRES_URL_ENV = "WIJKHUIS_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "WIJKHUIS_REQUIRE_POSTGRES"
_TEMPLATE = f"wijkhuis_test_template_{os.getpid()}"  # one per test process


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2id, with a small cost so that hundreds of test logins stay fast."""
    from argon2 import PasswordHasher

    from app.services.accounts import passwords

    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches a real user's data folder or database."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WIJKHUIS_DATA_DIR", str(data))
    monkeypatch.delenv("WIJKHUIS_DATABASE_URL", raising=False)
    return data


def _postgres_server_url() -> str | None:
    url = os.environ.get(POSTGRES_URL_ENV)
    if url:
        return url
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_URL_ENV} is not set")
    pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_ENV} (CI does)")
    return None


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated template database; each test gets a copy (CREATE DATABASE … TEMPLATE)."""
    from sqlalchemy import create_engine, text

    from app.config import normalise_url
    from app.db import migrate
    from app.db.database import Database

    server = normalise_url(_postgres_server_url())
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{_TEMPLATE}"'))
    template = Database(_database_url(server, _TEMPLATE))
    migrate.upgrade(template)
    template.dispose()
    yield server
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


def _database_url(server_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def postgres_db(postgres_template: str) -> Iterator:
    from sqlalchemy import create_engine, text

    from app.db.database import Database

    name = f"wijkhuis_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_template, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"'))
    database = Database(_database_url(postgres_template, name))
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator:
    from app.db import migrate
    from app.db.database import Database

    database = Database(f"sqlite:///{tmp_path / 'wijkhuis.sqlite'}")
    migrate.upgrade(database)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator:
    """A migrated, empty database: once SQLite, once PostgreSQL."""
    fixture = "sqlite_db" if request.param == "sqlite" else "postgres_db"
    yield request.getfixturevalue(fixture)


@pytest.fixture
def services(db):
    from app.services import Services

    return Services.for_database(db)


@pytest.fixture
def admin(services):
    """A set-up centre with its first administrator; returns the administrator's Actor."""
    return services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")


@pytest.fixture
def actors(services, admin):
    """One Actor per role, keyed by role value: beheerder, coordinator, penningmeester, alleen_lezen."""
    from app.domain.permissions import Role

    result = {Role.ADMIN.value: admin}
    for role in (Role.COORDINATOR, Role.TREASURER, Role.READ_ONLY):
        services.users.create_user(admin, role.value, role.value.title(), role, "geheim123")
        result[role.value] = services.users.authenticate(role.value, "geheim123")
    return result


MODAL_LEFT_OPEN_SECONDS = 30


@pytest.fixture(autouse=True)
def _no_dialog_left_waiting(request: pytest.FixtureRequest):
    """A modal dialog that no test answers would block the whole run until CI kills it. In the
    window tests, one left open for 30 s is closed and the test fails with what it said."""
    if "/tests/ui/" not in str(request.node.path).replace("\\", "/"):
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    request.getfixturevalue("qapp")
    opened: dict[int, float] = {}
    left_open: list[str] = []

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            opened.clear()
            return
        since = opened.setdefault(id(widget), time.monotonic())
        if time.monotonic() - since > MODAL_LEFT_OPEN_SECONDS:
            text = widget.text() if hasattr(widget, "text") else widget.windowTitle()
            left_open.append(f"{type(widget).__name__}: {text}")
            widget.reject() if isinstance(widget, QDialog) else widget.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    if left_open:
        pytest.fail("a dialog was left open, waiting for an answer: " + "; ".join(left_open))


@pytest.fixture
def qsettings(tmp_path: Path):
    """QSettings in a temp folder, so UI tests do not remember each other's windows."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("WijkhuisTest")
    QCoreApplication.setApplicationName("WijkhuisTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    return QSettings()


@pytest.fixture
def ui_services(sqlite_db):
    from app.services import Services

    return Services.for_database(sqlite_db)


@pytest.fixture
def ui_admin(ui_services):
    return ui_services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")


@pytest.fixture
def page_context(qapp, qsettings, ui_services, ui_admin):
    """What a page gets in the real window: services on a fresh SQLite file, the administrator."""
    from ui.context import DataBus, PageContext

    return PageContext(ui_services, ui_admin, DataBus())


@pytest.fixture
def dutch_ui(qapp):
    """The Dutch Qt translations installed for one test, and removed afterwards so that other
    tests see the interface exactly as they expect."""
    from app import i18n as app_i18n
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    app_i18n.set_language(app_i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def silent_server():
    """A port that takes the connection and then never says a word (a server that hangs, or a
    firewall that swallows the traffic): only a time-out ends the wait."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
