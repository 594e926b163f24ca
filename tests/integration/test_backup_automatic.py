"""Automatic backups: at the first start of a day and before every schema update, in the folder
the administrator chose, rotated to 7 daily + 4 weekly copies; a preview says what a backup
holds; a restore keeps a copy of the current file first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import bootstrap
from app.config import backups_dir
from app.db import migrate
from app.db.database import Database
from app.domain.errors import PermissionDenied, ValidationError, WijkhuisError
from app.services import Services
from app.services.maintenance import auto_backup
from app.services.maintenance.auto_backup import BEFORE_UPDATE, DAILY, MANUAL


@pytest.fixture
def centre_file(sqlite_db):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    return services, admin


def _daily(folder: Path) -> list[auto_backup.BackupFile]:
    return [b for b in auto_backup.list_backups(folder) if b.kind == DAILY]


def test_the_first_start_of_a_day_makes_one_daily_backup_in_the_chosen_folder(centre_file, tmp_path):
    services, admin = centre_file
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    services.backups.set_folder(admin, str(usb))
    url = services.db.url.render_as_string(hide_password=False)
    services.db.dispose()
    for _start in range(3):  # three starts on one day: one copy
        bootstrap.open_database(url).dispose()
    copies = _daily(usb)
    assert len(copies) == 1 and copies[0].made_at.date() == dt.date.today()
    assert auto_backup.preview(copies[0].path).centre_name == "Buurthuis De Klinker"
    assert _daily(backups_dir()) == []


def test_an_unreachable_backup_folder_falls_back_to_the_data_folder_and_says_why(centre_file, tmp_path):
    services, admin = centre_file
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    services.backups.set_folder(admin, str(usb))
    usb.rmdir()  # the stick was pulled out
    result = auto_backup.daily(services.db)
    assert result is not None and result.made is not None
    assert result.made.parent == backups_dir()
    assert "usb-stick" in result.problem and "niet bereikbaar" in result.problem


def test_before_a_schema_update_a_copy_goes_to_the_chosen_folder(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    path = tmp_path / "oud.sqlite"
    old = Database(f"sqlite:///{path}")
    config = migrate.alembic_config()
    from alembic import command

    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    Services.for_database(old)  # noqa: B018
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO setting (key, value, version) VALUES (?, ?, 1)",
            (auto_backup.FOLDER_SETTING, f'{{"value": "{usb}"}}'),
        )
    old.dispose()
    db = bootstrap.open_database(f"sqlite:///{path}")
    db.dispose()
    before_update = [b for b in auto_backup.list_backups(usb) if b.kind == BEFORE_UPDATE]
    assert len(before_update) == 1
    assert auto_backup.preview(before_update[0].path).revisions == {"0001_foundation"}
    assert migrate.is_at_head(Database(f"sqlite:///{path}"))


def _fake(folder: Path, kind: str, when: dt.datetime) -> Path:
    path = folder / auto_backup.backup_name(kind, when)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_seven_daily_and_four_weekly_copies_and_every_manual_one(tmp_path):
    today = dt.datetime(2026, 11, 22, 9, 0)
    for day in range(60):
        _fake(tmp_path, DAILY, today - dt.timedelta(days=day))
    _fake(tmp_path, DAILY, today - dt.timedelta(hours=3))  # a second copy on the same day
    manual = _fake(tmp_path, MANUAL, today - dt.timedelta(days=200))
    (tmp_path / "wijkhuis-20261101-000000-dagelijks.sqlite.part").write_bytes(b"half")
    removed = auto_backup.rotate(tmp_path)
    left = auto_backup.list_backups(tmp_path)
    daily_days = sorted({b.made_at.date() for b in left if b.kind == DAILY}, reverse=True)
    assert daily_days[:7] == [(today - dt.timedelta(days=d)).date() for d in range(7)]
    weeks = {b.made_at.isocalendar()[:2] for b in left if b.kind == DAILY}
    assert len(weeks) == 4 and len(daily_days) <= 7 + 4
    assert manual.exists()
    assert not list(tmp_path.glob("*.part"))
    assert len(removed) == 61 - len(daily_days) + 1
    assert auto_backup.rotate(tmp_path) == []  # stable


def test_rotation_keeps_the_last_four_copies_made_before_updates(tmp_path):
    start = dt.datetime(2026, 1, 1)
    made = [_fake(tmp_path, BEFORE_UPDATE, start + dt.timedelta(days=30 * n)) for n in range(6)]
    auto_backup.rotate(tmp_path)
    assert [p.exists() for p in made] == [False, False, True, True, True, True]


def test_the_preview_shows_date_centre_and_counts_per_table(centre_file):
    services, admin = centre_file
    services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), town="Arnhem"))
    made = services.backups.backup_now(admin)
    preview = services.backups.preview(admin, made.path)
    assert preview.restorable and preview.centre_name == "Buurthuis De Klinker"
    assert preview.counts["user_account"] == 1 and preview.counts["audit_log"] >= 3
    assert preview.made_at.date() == dt.date.today() and made.kind == MANUAL
    labels = dict(auto_backup.main_counts(preview.counts))
    assert labels["Accounts"] == 1 and "Vrijwilligers" in labels


@pytest.mark.parametrize("content", [b"", b"random bytes" * 100, b"PK\x03\x04 renamed xlsx", b"\xd0\xcf\x11\xe0 old xls"])
def test_a_file_that_is_not_a_backup_gives_a_clear_reason_and_restores_nothing(centre_file, tmp_path, content):
    services, admin = centre_file
    bad = tmp_path / "backup.sqlite"
    bad.write_bytes(content)
    preview = services.backups.preview(admin, bad)
    assert not preview.restorable and "backup.sqlite" in preview.problem
    with pytest.raises(WijkhuisError):
        services.backups.restore(admin, bad)
    assert services.settings.centre().name == "Buurthuis De Klinker"


def test_a_damaged_backup_is_refused(centre_file, tmp_path):
    services, admin = centre_file
    made = services.backups.backup_now(admin)
    data = bytearray(made.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page in the middle
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(bytes(data))
    assert not auto_backup.preview(broken).restorable


def test_restoring_brings_back_the_old_data_and_keeps_a_copy_of_the_current_file(centre_file):
    services, admin = centre_file
    made = services.backups.backup_now(admin)
    services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), name="Na de backup"))
    kept = services.backups.restore(admin, made.path)
    assert services.settings.centre().name == "Buurthuis De Klinker"
    assert auto_backup.preview(kept).centre_name == "Na de backup"
    restored = [e for e in services.audit.search(admin) if e.action == "restore"]
    assert restored and made.path.name in restored[0].detail


def test_only_the_administrator_manages_backups(services, actors, tmp_path):
    for role in ("coordinator", "penningmeester", "alleen_lezen"):
        for call in (
            lambda a: services.backups.backup_now(a),
            lambda a: services.backups.restore(a, tmp_path / "x.sqlite"),
            lambda a: services.backups.set_folder(a, str(tmp_path)),
            lambda a: services.backups.backups(a),
        ):
            with pytest.raises(PermissionDenied):
                call(actors[role])


def test_a_folder_that_does_not_exist_is_refused_with_a_dutch_message(centre_file, tmp_path):
    services, admin = centre_file
    with pytest.raises(ValidationError) as refused:
        services.backups.set_folder(admin, str(tmp_path / "bestaat-niet"))
    assert "bestaat niet" in str(refused.value)


def test_postgresql_backups_are_left_to_the_server_with_a_clear_message(postgres_db):
    services = Services.for_database(postgres_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    with pytest.raises(WijkhuisError, match="pg_dump"):
        services.backups.backup_now(admin)
    assert auto_backup.daily(postgres_db) is None


def test_a_backup_made_while_another_program_writes_is_consistent(centre_file, tmp_path):
    services, admin = centre_file
    writer = sqlite3.connect(services.db.sqlite_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE centre SET town = 'half opgeslagen'")
    try:
        result = services.backups.run_automatic(admin)  # the copy itself needs no write lock
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.made is not None and not result.problem
    copy = tmp_path / "copy.sqlite"
    shutil.copy(result.made, copy)
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT town FROM centre").fetchone()[0] == ""
    connection.close()
