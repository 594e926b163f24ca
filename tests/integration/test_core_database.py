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


def test_a_server_that_does_not_listen_is_said_in_words_when_the_program_opens_its_data():
    from app.bootstrap import open_services

    with pytest.raises(DatabaseUnavailable) as refused:
        open_services("postgresql://wijk:geheim@127.0.0.1:1/wijkhuis", daily_backup=False)
    assert str(refused.value) == ("De server 127.0.0.1 antwoordt niet. Controleer de naam en poort van de server, "
                                  "en of PostgreSQL daar draait.")


@pytest.mark.parametrize(("role_options", "expected"), [
    ("NOLOGIN", "De gebruiker {user} mag niet inloggen op de server {host}. "
                "Vraag de beheerder van de server om dat toe te staan."),
    ("LOGIN CONNECTION LIMIT 0", "De server {host} heeft geen verbinding meer vrij: er zijn te veel programma's "
                                 "verbonden. Probeer het over een paar minuten opnieuw; blijft het zo, vraag dan de "
                                 "beheerder van de server om meer verbindingen toe te staan."),
])
def test_a_real_server_that_turns_the_user_away_says_why_in_words(postgres_template, role_options, expected):
    """A shared server's own refusals (an account that may not log in, no connection left for
    it), said as what to do instead of PostgreSQL's English."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from app.bootstrap import open_services

    role = f"wijkhuis_turned_away_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_template, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" {role_options} PASSWORD \'weggestuurd\''))
    server = make_url(postgres_template)
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            open_services(server.set(username=role, password="weggestuurd").render_as_string(hide_password=False),
                          daily_backup=False)
        assert str(refused.value) == expected.format(user=role, host=server.host)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


_OPEN_SILENT_SERVER = """
import sys, time
from app.db import database as database_module, migrate
from app.domain.errors import DatabaseUnavailable

database_module.POSTGRES_CONNECT_TIMEOUT_SECONDS = int(sys.argv[2])
database = database_module.Database(sys.argv[1])
started = time.monotonic()
try:
    migrate.current_revisions(database)
except DatabaseUnavailable as refused:
    print(f"{time.monotonic() - started:.1f}", refused)
"""


@pytest.mark.parametrize("own_timeout", [False, True])
def test_a_server_that_never_answers_is_given_up_after_the_connect_time_out(silent_server, own_timeout):
    """Without a time-out, opening a server database out of reach waits for minutes with the
    login dialog greyed. An address with its own connect_timeout keeps it. (In a process of its
    own, so that a wait without end fails this test instead of hanging the run.)"""
    import subprocess
    import sys

    url = f"postgresql://wijk@127.0.0.1:{silent_server}/wijkhuis" + ("?connect_timeout=1" if own_timeout else "")
    done = subprocess.run([sys.executable, "-c", _OPEN_SILENT_SERVER, url, "60" if own_timeout else "1"],
                          capture_output=True, text=True, timeout=30)
    seconds, message = done.stdout.split(" ", 1)
    assert float(seconds) < 10, done.stdout
    assert message.startswith("De server 127.0.0.1 antwoordt niet."), done.stdout + done.stderr
