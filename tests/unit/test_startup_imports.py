"""What start-up imports: the libraries that take a noticeable part of a second to load are
imported only where they are used, so that the window and its Overzicht do not wait for them
(tests/benchmarks/test_startup_bench.py measures the whole start-up).

Each check runs in a fresh interpreter: the test process itself has imported everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SLOW_LIBRARIES = ("holidays", "openpyxl", "reportlab", "lxml", "alembic", "mt940")


def _imported_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_booking_rules_load_the_public_holidays_only_when_they_are_asked_for():
    assert "holidays" not in _imported_after("import app.domain.bookings")
    assert "holidays" in _imported_after(
        "import datetime as dt, app.domain.bookings as b; b.public_holidays(dt.date(2026, 1, 1), dt.date(2026, 1, 2))")


@pytest.mark.parametrize("statement", [
    "import app.bootstrap",
    "import app.services.volunteers.overview, app.services.allowances.overview, "
    "app.services.rooms.overview, app.services.subsidies.overview, app.services.overview",
])
def test_opening_the_database_and_the_overzicht_modules_do_not_load_the_slow_libraries(statement):
    loaded = _imported_after(statement)
    assert not loaded & set(SLOW_LIBRARIES), sorted(loaded & set(SLOW_LIBRARIES))


def test_preparing_the_overzicht_loads_every_area_and_the_holidays_without_a_database():
    loaded = _imported_after(
        "import datetime as dt\n"
        "from app.services.overview import areas\n"
        "for name in areas.provider_names():\n"
        "    areas.prepare(name, dt.date(2026, 12, 6))")
    assert "holidays" in loaded
    assert {name for name in ("app.services.volunteers.overview", "app.services.allowances.overview",
                              "app.services.rooms.overview", "app.services.subsidies.overview")} <= loaded


def test_opening_the_database_does_not_load_the_areas_services():
    """`app.bootstrap` opens, checks and migrates the database: the rooms' services (which the
    database check needs only when `wijkhuis check` runs) stay unloaded until a page needs them."""
    loaded = _imported_after("import app.bootstrap")
    assert not {"app.services.rooms", "app.services.allowances", "app.services.subsidies"} & loaded


def test_a_window_on_sqlite_does_not_load_the_postgresql_dialect_or_the_sepa_library():
    """SQLAlchemy's PostgreSQL dialect module takes ≈ 30 ms to load (it brings its asyncpg
    variant along); sepaxml is for writing a bank file. Neither is needed to open a SQLite
    database and count the Overzicht."""
    loaded = _imported_after(
        "import app.bootstrap, app.services.volunteers.overview, app.services.allowances.overview, "
        "app.services.rooms.overview, app.services.subsidies.overview")
    assert not {"sqlalchemy.dialects.postgresql", "sepaxml"} & loaded, sorted(
        {"sqlalchemy.dialects.postgresql", "sepaxml"} & loaded)


def test_the_window_shell_and_the_login_dialog_load_no_sqlalchemy():
    """The login dialog is on screen while the database is opened behind it: the shell and the
    dialog must not wait for SQLAlchemy and the models (≈ 0,4 s), nor for app.services."""
    loaded = _imported_after("import ui.launcher, ui.main_window, ui.dialogs.login")
    assert not {"sqlalchemy", "app.services", "app.db"} & loaded, sorted(
        {"sqlalchemy", "app.services", "app.db"} & loaded)


def test_whether_the_data_has_accounts_is_guessed_from_the_file_without_opening_it(tmp_path, monkeypatch):
    from ui.launcher import expects_accounts

    monkeypatch.delenv("WIJKHUIS_DATABASE_URL", raising=False)
    monkeypatch.setenv("WIJKHUIS_DATA_DIR", str(tmp_path / "data"))
    database = tmp_path / "wijkhuis.sqlite"
    assert not expects_accounts(str(database))  # no file yet: a first start
    database.write_bytes(b"")
    assert not expects_accounts(str(database))  # an empty file: nothing in it yet
    database.write_bytes(b"SQLite format 3\x00")
    assert expects_accounts(str(database))
    assert expects_accounts(f"sqlite:///{database}")
    assert not expects_accounts(None)  # the default file in the data folder does not exist
    (tmp_path / "data" / "wijkhuis.sqlite").write_bytes(b"SQLite format 3\x00")
    assert expects_accounts(None)
    assert expects_accounts("postgresql://wijkhuis@server/wijkhuis")  # a server: asked when opened


def test_the_program_starts_in_fusion_wherever_the_platform_would_choose_another_style():
    """Fusion (the style the style sheet is made for) is given to Qt as the application starts,
    not chosen afterwards: a platform or user choosing another style does not win."""
    code = ("import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\nos.environ['QT_STYLE_OVERRIDE'] = 'windows'\n"
            "from ui.launcher import make_application\n"
            "app = make_application()\n"
            "sheet = app.styleSheet()\n"
            "app.setStyleSheet('')  # the style under the sheet\n"
            "print(app.style().name(), bool(sheet))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fusion", "True"]
