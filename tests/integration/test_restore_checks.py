"""A backup is checked in full before it replaces anything: a foreign or damaged file is refused
with a Dutch message (no traceback), the current data stays as it was, and the checks are
those of `wijkhuis check` (schema, centre row, audit chain) on top of SQLite's own."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.config import backups_dir
from app.db import migrate
from app.domain.errors import WijkhuisError
from app.services import Services, maintenance


@pytest.fixture
def world(sqlite_db, tmp_path):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "", "geheim123")
    backup = maintenance.backup(sqlite_db, admin, tmp_path / "maandag.sqlite")
    services.settings.update_centre(admin, replace(services.settings.centre(), name="Na de kopie"))
    return services, admin, backup


def _spoil(path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _only_version_table(tmp_path):
    path = tmp_path / "leeg.sqlite"
    heads = sorted(migrate.head_revisions())
    _spoil(path, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
           *(f"INSERT INTO alembic_version VALUES ('{head}')" for head in heads))
    return path


def _table_dropped(backup):
    _spoil(backup, "DROP TABLE volunteer_hours")
    return backup


def _zeroed_page(backup):
    data = bytearray(backup.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page * 3: page * 4] = bytes(page)  # a page in the middle of the tables
    backup.write_bytes(bytes(data))
    return backup


def _text_file(tmp_path):
    path = tmp_path / "notities.db"
    path.write_text("Boodschappen: melk, brood, koffie\n" * 50, encoding="utf-8")
    return path


def _audit_rewritten(backup):
    _spoil(backup, "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET username = 'iemand' WHERE id = 1")
    return backup


def _centre_gone(backup):
    _spoil(backup, "PRAGMA foreign_keys=OFF", "DELETE FROM centre")
    return backup


CASES = {
    "only alembic_version": (lambda backup, tmp: _only_version_table(tmp), "ontbreekt"),
    "a table dropped": (lambda backup, tmp: _table_dropped(backup), "Tabel volunteer_hours ontbreekt"),
    "a zeroed page": (lambda backup, tmp: _zeroed_page(backup), "beschadigd"),
    "a text file named .db": (lambda backup, tmp: _text_file(tmp), "geen Wijkhuis-database"),
    "an audit entry rewritten": (lambda backup, tmp: _audit_rewritten(backup), "Regel 1 van het logboek"),
    "the centre row gone": (lambda backup, tmp: _centre_gone(backup), "centrum"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_foreign_or_damaged_backup_is_refused_and_nothing_changes(world, tmp_path, case):
    services, admin, backup = world
    spoil, message = CASES[case]
    bad = spoil(backup, tmp_path)
    with pytest.raises(WijkhuisError, match="kan niet worden teruggezet") as refused:
        maintenance.inspect_backup(bad)
    assert message in str(refused.value)
    with pytest.raises(WijkhuisError, match="kan niet worden teruggezet"):
        maintenance.restore(services.db, admin, bad)
    assert services.settings.centre().name == "Na de kopie"
    assert not backups_dir().exists() or not any(p.name.endswith("voor-terugzetten.sqlite")
                                                 for p in backups_dir().iterdir())
    assert maintenance.check(services.db).ok


def test_a_sound_backup_is_restored_and_passes_the_check(world):
    services, admin, backup = world
    before = backup.read_bytes()
    assert maintenance.inspect_backup(backup) == migrate.current_revisions(services.db)
    assert backup.read_bytes() == before  # checking never changes the file
    maintenance.restore(services.db, admin, backup)
    assert services.settings.centre().name == "De Klinker"
    assert maintenance.check(services.db).ok
