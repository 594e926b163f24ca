"""Integrity check, backup and restore."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.config import backups_dir
from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied, WijkhuisError
from app.services import maintenance


def test_a_sound_database_passes_the_check(db, admin):
    report = maintenance.check(db)
    assert report.ok and report.problems == []


def test_a_dangling_reference_is_reported_by_the_check(sqlite_db):
    other = sqlite3.connect(sqlite_db.sqlite_path)  # another program, foreign keys off
    other.execute(
        "INSERT INTO centre (id, name, street, postcode, town, kvk_number, iban, bic, contact_name, "
        "contact_phone, contact_email, website, logo_attachment_id, version) "
        "VALUES (1, 'x', '', '', '', '', '', '', '', '', '', '', 42, 1)"
    )
    other.commit()
    other.close()
    report = maintenance.check(sqlite_db)
    assert not report.ok
    assert report.problems == ["Tabel centre, rij 1 verwijst naar een ontbrekende attachment"]


def test_an_outdated_schema_is_reported_by_the_check(sqlite_db):
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001_foundation'"))
    report = maintenance.check(sqlite_db)
    assert report.problems == [
        "De opbouw van de database is niet bijgewerkt; start Wijkhuis één keer om hem bij te werken."
    ]


def test_a_backup_is_a_complete_self_contained_copy(sqlite_db, tmp_path):
    from app.services import Services

    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "", "geheim123")
    written = maintenance.backup(sqlite_db, admin, tmp_path / "kopie.sqlite")
    assert written == tmp_path / "kopie.sqlite"
    copy = sqlite3.connect(written)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT name FROM centre").fetchall() == [("De Klinker",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    with sqlite_db.reader() as uow:
        assert uow.session.scalars(select(AuditEntry.action).where(AuditEntry.action == "backup")).all() == ["backup"]


def test_a_backup_into_a_folder_gets_a_dated_name(sqlite_db, tmp_path):
    from app.services.common.actor import Actor

    written = maintenance.backup(sqlite_db, Actor.system(), tmp_path)
    assert written.parent == tmp_path and written.name.startswith("wijkhuis-") and written.exists()


def test_backup_and_restore_are_for_administrators_only(services, actors, tmp_path):
    for role in ("coordinator", "penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied, match="reservekopieën"):
            maintenance.backup(services.db, actors[role], tmp_path / "x.sqlite")
        with pytest.raises(PermissionDenied, match="reservekopieën terugzetten"):
            maintenance.restore(services.db, actors[role], tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_postgresql_backups_are_left_to_the_server(postgres_db, tmp_path):
    from app.services.common.actor import Actor

    with pytest.raises(WijkhuisError, match="pg_dump"):
        maintenance.backup(postgres_db, Actor.system(), tmp_path / "x.sqlite")


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(sqlite_db, tmp_path):
    from app.services import Services

    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "", "geheim123")
    backup = maintenance.backup(sqlite_db, admin, tmp_path / "maandag.sqlite")
    centre = services.settings.centre()
    from dataclasses import replace

    services.settings.update_centre(admin, replace(centre, name="Na de kopie"))
    kept = maintenance.restore(sqlite_db, admin, backup)
    assert services.settings.centre().name == "De Klinker"
    assert kept.parent == backups_dir() and "voor-terugzetten" in kept.name
    old = sqlite3.connect(kept)
    try:
        assert old.execute("SELECT name FROM centre").fetchall() == [("Na de kopie",)]
    finally:
        old.close()
    with sqlite_db.reader() as uow:
        assert uow.session.scalars(select(AuditEntry.action).where(AuditEntry.action == "restore")).all() == ["restore"]


def test_restore_refuses_a_file_that_is_not_a_wijkhuis_backup(sqlite_db, tmp_path):
    from app.services.common.actor import Actor

    not_a_backup = tmp_path / "foto.sqlite"
    not_a_backup.write_bytes(b"\x89PNG" + b"\x00" * 2000)
    with pytest.raises(WijkhuisError, match="geen Wijkhuis-database"):
        maintenance.restore(sqlite_db, Actor.system(), not_a_backup)
    with pytest.raises(WijkhuisError, match="bestaat niet"):
        maintenance.restore(sqlite_db, Actor.system(), tmp_path / "weg.sqlite")
    assert list(backups_dir().iterdir()) == []  # nothing replaced, so nothing kept
