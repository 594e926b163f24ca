"""Two program instances on one database: writers wait for each other (busy timeout, short
transactions), no update is lost, and a database held locked too long gives a Dutch message
instead of a freeze or a traceback — on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.db import database as database_module
from app.db.database import Database
from app.domain.errors import DatabaseLocked
from app.services import Services

ROOT = Path(__file__).resolve().parents[2]

# A second copy of the program: adds 1 to a shared counter (the centre's contact name) with
# the optimistic version check, retrying when the other instance saved first, and writes a
# setting of its own each round.
INSTANCE = textwrap.dedent(
    """
    import dataclasses, sys
    from app.db.database import Database
    from app.domain.errors import StaleRecord
    from app.services import Services

    url, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    services = Services.for_database(Database(url))
    actor = services.users.authenticate("beheerder", "geheim123")
    retries = 0
    for n in range(rounds):
        services.settings.set(actor, f"{name}.{n}", n)
        while True:
            details = services.settings.centre()
            try:
                services.settings.update_centre(
                    actor, dataclasses.replace(details, contact_name=str(int(details.contact_name) + 1)))
                break
            except StaleRecord:
                retries += 1
    print("klaar", retries, flush=True)
    """
)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _start(db: Database, name: str, rounds: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", INSTANCE, _url(db), name, str(rounds)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_two_program_instances_write_to_one_database_without_losing_an_update(services, admin):
    services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), contact_name="0"))
    rounds = 25
    first, second = _start(services.db, "eerste", rounds), _start(services.db, "tweede", rounds)
    outputs = [p.communicate(timeout=120) for p in (first, second)]
    for process, (out, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, err
        assert out.startswith("klaar"), err
        assert "Traceback" not in err
    assert services.settings.centre().contact_name == str(2 * rounds)  # no lost update
    values = services.settings.all_values()
    for name in ("eerste", "tweede"):
        assert [values.get(f"{name}.{n}") for n in range(rounds)] == list(range(rounds))


def test_a_locked_sqlite_database_gives_a_dutch_message_not_a_freeze(sqlite_db, monkeypatch):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    impatient = Services.for_database(Database(_url(sqlite_db)))
    holder = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is in the middle of saving
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as locked:
            impatient.settings.set(admin, "vog.renewal_years", 3)
        assert time.monotonic() - started < 3
        assert "bezet" in str(locked.value) and "Probeer het zo nog eens" in str(locked.value)
        assert impatient.settings.centre().name == "Buurthuis De Klinker"  # reading still works (WAL)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    impatient.settings.set(admin, "vog.renewal_years", 3)  # and once the lock is gone, it saves
    assert services.settings.get("vog.renewal_years") == 3
    impatient.db.dispose()


def test_a_locked_postgresql_table_gives_a_dutch_message_not_a_freeze(postgres_db, monkeypatch):
    services = Services.for_database(postgres_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    monkeypatch.setattr(database_module, "POSTGRES_LOCK_TIMEOUT_MS", 300)
    impatient = Services.for_database(Database(_url(postgres_db)))
    holder = create_engine(_url(postgres_db))
    try:
        with holder.connect() as connection:
            transaction = connection.begin()
            connection.execute(text("LOCK TABLE setting IN ACCESS EXCLUSIVE MODE"))
            started = time.monotonic()
            with pytest.raises(DatabaseLocked) as locked:
                impatient.settings.set(admin, "vog.renewal_years", 3)
            assert time.monotonic() - started < 3
            assert "bezet" in str(locked.value)
            transaction.rollback()
        impatient.settings.set(admin, "vog.renewal_years", 3)
        assert services.settings.get("vog.renewal_years") == 3
    finally:
        holder.dispose()
        impatient.db.dispose()


def test_the_command_line_reports_a_locked_database_in_one_dutch_line(sqlite_db, monkeypatch, capsys):
    from app import cli

    services = Services.for_database(sqlite_db)
    services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    holder = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(["--database-url", _url(sqlite_db), "users", "add", "--user", "beheerder",
                         "--username", "nieuw", "--role", "coordinator"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 4
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "bezet" in err
