"""The schema on a fresh database, refusing a newer one untouched, and the backup before an
upgrade."""

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.config import backups_dir
from app.db import migrate
from app.db.database import Database
from app.domain.errors import DatabaseTooNew

FUTURE = "9999_written_by_a_newer_version"


def test_a_fresh_database_is_brought_to_every_head(db):
    assert migrate.is_at_head(db)
    assert migrate.check_compatible(db) <= migrate.known_revisions()
    tables = set(inspect(db.engine).get_table_names())
    assert {"user_account", "centre", "setting", "attachment", "audit_log", "alembic_version"} <= tables
    assert migrate.upgrade(db).upgraded is False  # nothing left to do


def test_a_database_stamped_by_a_newer_version_is_refused_on_postgresql(postgres_db):
    with postgres_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    with pytest.raises(DatabaseTooNew, match="nieuwere versie van Wijkhuis"):
        migrate.upgrade(postgres_db)
    with postgres_db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [FUTURE]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _newer_sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "nieuwer.sqlite"
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database)
    database.dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    connection.commit()
    connection.close()
    assert not Path(f"{path}-wal").exists()  # the last connection checkpointed and removed it
    return path


def test_a_sqlite_file_written_by_a_newer_version_is_refused_and_left_byte_for_byte(tmp_path):
    path = _newer_sqlite_file(tmp_path)
    before = _sha256(path)
    header = path.read_bytes()[18:20]
    assert header == b"\x02\x02"  # WAL mode, as Wijkhuis writes its files
    database = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseTooNew) as refused:
        migrate.upgrade(database)
    database.dispose()
    assert str(refused.value) == (
        f"De database {path} is gemaakt met een nieuwere versie van Wijkhuis. "
        "Installeer die nieuwere versie om hem te openen; er is niets aan veranderd."
    )
    assert _sha256(path) == before
    assert path.read_bytes()[18:20] == header
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuwer.sqlite"]  # no -wal, no -shm
    assert list(backups_dir().iterdir()) == []


def test_opening_a_newer_file_through_the_program_also_leaves_it_alone(tmp_path):
    from app.bootstrap import open_services

    path = _newer_sqlite_file(tmp_path)
    before = _sha256(path)
    with pytest.raises(DatabaseTooNew):
        open_services(str(path))
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuwer.sqlite"]


def _file_at_foundation(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    return database


def test_an_older_sqlite_file_is_backed_up_before_it_is_upgraded(tmp_path):
    database = _file_at_foundation(tmp_path / "oud.sqlite")
    with database.unit_of_work() as uow:
        uow.session.execute(text("INSERT INTO centre (id, name, street, postcode, town, kvk_number, iban, "
                                 "bic, contact_name, contact_phone, contact_email, website, version) "
                                 "VALUES (1, 'Het Anker', '', '', '', '', '', '', '', '', '', '', 1)"))
        uow.commit()
    assert not migrate.is_at_head(database)
    result = migrate.upgrade(database)
    assert result.upgraded and migrate.is_at_head(database)
    assert result.backup is not None and result.backup.parent == backups_dir()
    assert re.fullmatch(r"oud-\d{8}-\d{6}-voor-update\.sqlite", result.backup.name)
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_foundation",)]
        assert copy.execute("SELECT name FROM centre").fetchall() == [("Het Anker",)]
    finally:
        copy.close()
    database.dispose()


def test_a_new_empty_file_is_created_without_a_backup(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'nieuw.sqlite'}")
    result = migrate.upgrade(database)
    database.dispose()
    assert result.upgraded and result.backup is None
    assert list(backups_dir().iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path):
    from app.domain.errors import DatabaseUnavailable

    path = tmp_path / "brief.sqlite"
    path.write_text("Beste buren,\n" * 200)
    before = _sha256(path)
    with pytest.raises(DatabaseUnavailable, match="geen Wijkhuis-database"):
        migrate.upgrade(Database(f"sqlite:///{path}"))
    assert _sha256(path) == before


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path):
    from app.domain.errors import DatabaseUnavailable

    path = tmp_path / "ander.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE leden (naam TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseUnavailable, match="geen Wijkhuis-database"):
        migrate.upgrade(Database(f"sqlite:///{path}"))


def test_the_released_schema_fixture_is_a_real_copy(tmp_path):
    source = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001_foundation.sqlite"
    shutil.copy(source, tmp_path / "a.sqlite")
    assert migrate.current_revisions(Database(f"sqlite:///{tmp_path / 'a.sqlite'}")) == {"0001_foundation"}
