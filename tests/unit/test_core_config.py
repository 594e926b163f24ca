from pathlib import Path

import pytest

from app import config


def test_the_default_database_is_a_file_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKHUIS_DATA_DIR", str(tmp_path / "gegevens"))
    url = config.resolve_database_url()
    assert url == f"sqlite:///{tmp_path / 'gegevens' / 'wijkhuis.sqlite'}"
    assert (tmp_path / "gegevens").is_dir()
    assert config.backups_dir() == tmp_path / "gegevens" / "backups"


def test_without_override_the_data_folder_comes_from_platformdirs(monkeypatch, tmp_path):
    monkeypatch.delenv("WIJKHUIS_DATA_DIR")
    monkeypatch.setattr(config.platformdirs, "user_data_dir", lambda name, appauthor: str(tmp_path / name))
    assert config.data_dir() == tmp_path / "Wijkhuis"


def test_the_environment_wins_over_the_default(monkeypatch):
    monkeypatch.setenv("WIJKHUIS_DATABASE_URL", "postgresql://wijk:geheim@server/wijkhuis")
    assert config.resolve_database_url() == "postgresql+psycopg://wijk:geheim@server/wijkhuis"


def test_the_command_line_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKHUIS_DATABASE_URL", "postgresql://server/wijkhuis")
    assert config.resolve_database_url(str(tmp_path / "ander.sqlite")) == f"sqlite:///{tmp_path / 'ander.sqlite'}"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("  sqlite:////tmp/a.sqlite ", "sqlite:////tmp/a.sqlite"),
    ],
)
def test_urls_people_copy_are_normalised(given, expected):
    assert config.normalise_url(given) == expected


def test_a_bare_path_becomes_an_absolute_sqlite_url(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert config.normalise_url("data.sqlite") == f"sqlite:///{tmp_path / 'data.sqlite'}"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config.normalise_url("~/x.sqlite") == f"sqlite:///{Path(tmp_path) / 'x.sqlite'}"


def test_services_are_built_once_on_first_use_and_their_modules_imported_only_then():
    import dataclasses
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from app.services import Services\n"
        "from app.db.database import Database\n"
        "s = Services.for_database(Database('sqlite://'))\n"
        "assert 'app.services.rooms' not in sys.modules and 'openpyxl' not in sys.modules\n"
        "assert s.bookings is s.bookings and 'app.services.rooms' in sys.modules\n"
        "assert Services(s.db, users='dubbel').users == 'dubbel'\n"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr == ""
    from app.services import Services

    assert [f.name for f in dataclasses.fields(Services)][:3] == ["db", "users", "settings"]
