"""The unit of work, SQLite's connection settings, locks and the audit trail's transaction."""

import sqlite3

import pytest
from sqlalchemy import func, select, text

from app.db import database as database_module
from app.db import migrate
from app.db.database import Database
from app.db.models import AuditEntry, Centre, Setting
from app.domain.errors import DatabaseLocked, DatabaseUnavailable
from app.services.common import audit
from app.services.common.actor import Actor


def _settings_count(db) -> int:
    with db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(Setting))


def test_a_unit_of_work_left_without_commit_rolls_back(db):
    with db.unit_of_work() as uow:
        uow.session.add(Setting(key="proef", value={"value": 1}))
        uow.session.flush()
        assert uow.session.get(Setting, "proef") is not None
    assert _settings_count(db) == 0


def test_a_unit_of_work_left_by_an_error_rolls_back_and_the_error_goes_on(db):
    with pytest.raises(RuntimeError, match="halverwege"):
        with db.unit_of_work() as uow:
            uow.session.add(Setting(key="proef", value={"value": 1}))
            uow.session.flush()
            raise RuntimeError("halverwege")
    assert _settings_count(db) == 0


def test_a_committed_unit_of_work_is_kept(db):
    with db.unit_of_work() as uow:
        uow.session.add(Setting(key="proef", value={"value": [1, 2]}))
        uow.commit()
    with db.reader() as uow:
        assert uow.session.get(Setting, "proef").value == {"value": [1, 2]}


def test_an_audit_entry_is_written_in_the_same_transaction_as_the_change(db):
    system = Actor.system()
    with db.unit_of_work() as uow:
        uow.session.add(Centre(id=1, name="De Klinker"))
        audit.record(uow.session, system, "create", "centre", 1, after={"name": "De Klinker"})
        # not committed: neither the centre nor its audit entry may remain
    with db.reader() as uow:
        assert uow.session.get(Centre, 1) is None
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == 0
    with db.unit_of_work() as uow:
        uow.session.add(Centre(id=1, name="De Klinker"))
        audit.record(uow.session, system, "create", "centre", 1, after={"name": "De Klinker"})
        uow.commit()
    with db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry)).one()
        assert (entry.username, entry.action, entry.entity, entry.entity_id) == ("systeem", "create", "centre", "1")
        assert entry.after == {"name": "De Klinker"} and entry.at.tzinfo is not None


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == database_module.SQLITE_BUSY_TIMEOUT_MS
    assert sqlite_db.sqlite_path.read_bytes()[18:20] == b"\x02\x02"


def test_foreign_keys_are_enforced_on_sqlite(sqlite_db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with sqlite_db.unit_of_work() as uow:
            uow.session.execute(text(
                "INSERT INTO centre (id, name, street, postcode, town, kvk_number, iban, bic, contact_name, "
                "contact_phone, contact_email, website, logo_attachment_id, version) "
                "VALUES (1, 'x', '', '', '', '', '', '', '', '', '', '', 999, 1)"
            ))
            uow.commit()


def test_a_writer_waiting_too_long_for_another_gets_the_busy_message(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "bezet.sqlite"
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is saving
    try:
        with pytest.raises(DatabaseLocked, match="De database is bezet"):
            with database.unit_of_work() as uow:
                uow.session.add(Setting(key="x", value={}))
                uow.commit()
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()


def test_an_unknown_kind_of_database_address_is_refused_in_one_line():
    for url in ("mysql://wijk@server/wijkhuis", "ftp://server/wijkhuis"):
        with pytest.raises(DatabaseUnavailable, match="geen databaseadres") as refused:
            Database(url)
        assert "\n" not in str(refused.value)


def test_the_description_of_a_server_database_hides_the_password():
    database = Database("postgresql+psycopg://wijk:geheim@server/wijkhuis")
    assert "geheim" not in database.describe()
    database.dispose()
