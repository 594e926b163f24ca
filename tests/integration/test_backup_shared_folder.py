"""Automatic copies of several databases in one shared folder: each database its own daily
copy and its own rotation (names carry the database), one copy before an update (not two),
the copies a restore leaves rotated too, every copy verified after writing, and a damaged or
odd backup path answered in Dutch."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from app import bootstrap
from app.config import backups_dir
from app.db import backup as db_backup
from app.db import migrate
from app.db.database import Database
from app.services import Services
from app.services.maintenance import auto_backup
from app.services.maintenance.auto_backup import BEFORE_RESTORE, BEFORE_UPDATE, DAILY
from tests.fixtures import broken_files
from tests.integration.fuzz_support import english_words


def _centre(path: Path, name: str, shared: Path) -> str:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    services = Services.for_database(db)
    admin = services.users.initialise(name, "beheerder", "Fatima el Amrani", "geheim123")
    services.backups.set_folder(admin, str(shared))
    db.dispose()
    return f"sqlite:///{path}"


def test_two_databases_sharing_a_folder_each_get_their_own_daily_copy(tmp_path):
    shared = tmp_path / "netwerkmap"
    shared.mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # the same file name in two folders: the names must still tell them apart
    first = _centre(tmp_path / "a" / "wijkhuis.sqlite", "De Klinker", shared)
    second = _centre(tmp_path / "b" / "wijkhuis.sqlite", "De Boog", shared)
    for _day_start in range(2):
        for url in (first, second):
            bootstrap.open_database(url).dispose()
    daily = [b for b in auto_backup.list_backups(shared) if b.kind == DAILY]
    assert len(daily) == 2 and len({b.database for b in daily}) == 2
    assert {auto_backup.preview(b.path).centre_name for b in daily} == {"De Klinker", "De Boog"}
    assert all(b.path.name.startswith("wijkhuis-") for b in daily)


def _fake(folder: Path, kind: str, when: dt.datetime, database: str) -> Path:
    path = folder / auto_backup.backup_name(kind, when, database)
    path.write_bytes(b"x")
    return path


def test_rotation_counts_per_database(tmp_path):
    start = dt.datetime(2026, 11, 1, 8)
    mine = [_fake(tmp_path, DAILY, start + dt.timedelta(days=d), "klinker-aaaaaa") for d in range(20)]
    theirs = [_fake(tmp_path, DAILY, start + dt.timedelta(days=d, hours=1), "boog-bbbbbb") for d in range(3)]
    auto_backup.rotate(tmp_path)
    assert all(p.exists() for p in theirs)  # the other centre's few copies are not pushed out
    assert all(p.exists() for p in mine[-7:]) and not mine[1].exists()


def test_the_copies_a_restore_leaves_are_rotated_like_the_copies_before_an_update(tmp_path):
    start = dt.datetime(2026, 1, 1)
    kept = [_fake(tmp_path, BEFORE_RESTORE, start + dt.timedelta(days=n), "wijkhuis") for n in range(6)]
    updates = [_fake(tmp_path, BEFORE_UPDATE, start + dt.timedelta(days=n), "wijkhuis") for n in range(6)]
    auto_backup.rotate(tmp_path)
    assert [p.exists() for p in kept] == [False, False, True, True, True, True]
    assert [p.exists() for p in updates] == [False, False, True, True, True, True]
    # the name maintenance.restore gives its copy is recognised
    assert auto_backup.list_backups(tmp_path)[0].kind in (BEFORE_RESTORE, BEFORE_UPDATE)


def test_after_many_restores_four_copies_of_the_data_before_are_kept(sqlite_db):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    made = services.backups.backup_now(admin)
    earlier = [_fake(backups_dir(), BEFORE_RESTORE, dt.datetime(2026, 1, 1) + dt.timedelta(days=n), "wijkhuis")
               for n in range(6)]
    services.backups.restore(admin, made.path)
    left = [b for b in auto_backup.list_backups(backups_dir()) if b.kind == BEFORE_RESTORE]
    assert len(left) == 4
    assert left[0].made_at.date() == dt.date.today()  # the copy this restore made is kept
    assert not earlier[0].exists() and earlier[-1].exists()


def test_one_copy_before_an_update_not_two(tmp_path):
    from alembic import command

    path = tmp_path / "oud.sqlite"
    old = Database(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    old.dispose()
    bootstrap.open_database(f"sqlite:///{path}").dispose()
    copies = [p for p in backups_dir().rglob("*.sqlite") if "voor-update" in p.name]
    assert len(copies) == 1, copies


def test_a_copy_that_fails_its_integrity_check_is_removed_and_reported(sqlite_db, monkeypatch):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    monkeypatch.setattr(db_backup, "verify", lambda path: "*** in database main *** Page 3: never used")
    result = services.backups.run_automatic(admin)
    assert result.made is None and "niet in orde" in result.problem and "verwijderd" in result.problem
    assert not [b for b in auto_backup.list_backups(result.folder) if b.kind == DAILY]
    assert not list(result.folder.glob("*.part"))


def test_a_copy_is_verified_for_real(sqlite_db):
    assert db_backup.verify(sqlite_db.sqlite_path) == ""
    broken = sqlite_db.sqlite_path.with_name("kapot.sqlite")
    broken.write_bytes(broken_files.BACKUP_KINDS["backup-nulpagina.sqlite"]())
    assert db_backup.verify(broken) != ""


@pytest.mark.parametrize("case, expected", [
    ("zeroed", "beschadigd"),
    ("relative", "bestaat niet"),
    ("home", "bestaat niet"),
    ("folder", "is een map"),
    ("device", "geen gewoon bestand"),
])
def test_the_preview_of_a_damaged_or_odd_path_answers_in_dutch(tmp_path, monkeypatch, case, expected):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "nul.sqlite").write_bytes(broken_files.BACKUP_KINDS["backup-nulpagina.sqlite"]())
    path = {"zeroed": Path("nul.sqlite"), "relative": Path("weg.sqlite"), "home": Path("~/weg.sqlite"),
            "folder": Path("."), "device": Path(os.devnull)}[case]
    preview = auto_backup.preview(path)
    assert not preview.restorable and expected in preview.problem, preview.problem
    assert not english_words(preview.problem)
    assert preview.path.is_absolute()


def test_a_relative_backup_path_can_be_previewed_and_restored(sqlite_db, tmp_path, monkeypatch):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    made = services.backups.backup_now(admin)
    monkeypatch.chdir(made.path.parent)
    assert services.backups.preview(admin, Path(made.path.name)).centre_name == "De Klinker"
    services.backups.restore(admin, Path(made.path.name))
    assert services.settings.centre().name == "De Klinker"
