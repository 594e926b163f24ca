"""The connection test before a transfer: what the target is, and a message that says what to
fix when the password, the server or the database name is wrong."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app.db import migrate
from app.db.database import Database
from app.domain.errors import Conflict, DatabaseUnavailable
from app.services import Services
from app.db.unreachable import connection_problem
from app.services.transfer import open_target, seeded_tables
from tests.integration.transfer_helpers import blank_postgres_database


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'password authentication failed for user "wijkhuis"',
            "De server 10.0.0.5 weigert de gebruikersnaam of het wachtwoord van wijkhuis. "
            "Controleer beide en probeer het opnieuw.",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: fe_sendauth: no password supplied',
            "De server 10.0.0.5 weigert de gebruikersnaam of het wachtwoord van wijkhuis. "
            "Controleer beide en probeer het opnieuw.",
        ),
        (
            'FATAL:  wachtwoord-authenticatie mislukt voor gebruiker "wijkhuis"',
            "De server 10.0.0.5 weigert de gebruikersnaam of het wachtwoord van wijkhuis. "
            "Controleer beide en probeer het opnieuw.",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'database "buurthuis" does not exist',
            "Op de server 10.0.0.5 bestaat geen database buurthuis. "
            "Controleer de naam, of maak de database eerst aan.",
        ),
        (
            "connection failed: connection to server at \"10.0.0.5\", port 5432 failed: timeout expired",
            "De server 10.0.0.5 antwoordt niet. Controleer de naam en poort van de server, en of PostgreSQL daar draait.",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  no pg_hba.conf entry '
            'for host "10.0.0.7", user "wijkhuis", database "buurthuis", no encryption',
            "De server 10.0.0.5 laat deze computer niet toe (gebruiker wijkhuis, database buurthuis). Vraag de "
            "beheerder van de server om deze computer toegang te geven (pg_hba.conf).",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'role "wijkhuis" is not permitted to log in',
            "De gebruiker wijkhuis mag niet inloggen op de server 10.0.0.5. "
            "Vraag de beheerder van de server om dat toe te staan.",
        ),
        *[
            (
                f'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  {reason}',
                "De server 10.0.0.5 heeft geen verbinding meer vrij: er zijn te veel programma's verbonden. "
                "Probeer het over een paar minuten opnieuw; blijft het zo, vraag dan de beheerder van de server "
                "om meer verbindingen toe te staan.",
            )
            for reason in ("sorry, too many clients already", 'too many connections for role "wijkhuis"',
                           "remaining connection slots are reserved for non-replication superuser connections")
        ],
        *[
            (
                f'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  {reason}',
                "De server 10.0.0.5 start op of sluit af. Probeer het over een minuut opnieuw.",
            )
            for reason in ("the database system is starting up", "the database system is shutting down")
        ],
        (
            "something unheard of\nsecond line",
            "Geen verbinding met postgresql://wijkhuis:***@10.0.0.5/buurthuis: something unheard of",
        ),
    ],
)
def test_a_connection_failure_says_what_to_check(driver_message, expected):
    target = Database("postgresql+psycopg://wijkhuis:geheim@10.0.0.5/buurthuis")
    try:
        assert str(connection_problem(target, driver_message)) == expected
    finally:
        target.dispose()


def test_a_wrong_database_name_on_a_real_server_is_named(services, admin, postgres_template):
    url = make_url(postgres_template).set(database="bestaat_echt_niet").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailable) as caught:
        services.transfer.test_target(admin, url)
    host = make_url(postgres_template).host
    assert str(caught.value) == (
        f"Op de server {host} bestaat geen database bestaat_echt_niet. "
        "Controleer de naam, of maak de database eerst aan."
    )


def test_a_server_that_does_not_listen_is_reported_as_not_answering(services, admin):
    with pytest.raises(DatabaseUnavailable, match="De server 127.0.0.1 antwoordt niet"):
        services.transfer.transfer(admin, "postgresql://wijkhuis:geheim@127.0.0.1:1/wijkhuis")


def test_an_unknown_server_name_is_reported(services, admin):
    with pytest.raises(DatabaseUnavailable, match="De server server.invalid is niet gevonden"):
        services.transfer.test_target(admin, "postgresql://wijkhuis@server.invalid/wijkhuis")


def test_the_connection_test_describes_an_empty_server_database(services, admin, postgres_template):
    with blank_postgres_database(postgres_template) as url:
        status = services.transfer.test_target(admin, url)
        assert not status.is_sqlite and not status.has_tables and not status.new_file
        assert "***" not in status.where and "connect_timeout" not in status.where
        assert status.where == make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
        assert status.where.startswith("postgresql://")


def test_the_connection_test_of_a_new_file_creates_nothing(services, admin, tmp_path):
    status = services.transfer.test_target(admin, str(tmp_path / "nieuw.sqlite"))
    assert status.is_sqlite and status.new_file and status.where == str(tmp_path / "nieuw.sqlite")
    assert not (tmp_path / "nieuw.sqlite").exists()


def test_the_connection_test_refuses_a_database_with_data(db, admin, tmp_path):
    other = Database(f"sqlite:///{tmp_path / 'bron.sqlite'}")
    try:
        migrate.upgrade(other, backup=False)
        services = Services.for_database(other)
        other_admin = services.users.initialise("Het Anker", "beheerder", "", "geheim123")
        with pytest.raises(Conflict, match=r"is niet leeg \(audit_log: 2, centre: 1, user_account: 1\)"):
            services.transfer.test_target(other_admin, db.url.render_as_string(hide_password=False))
    finally:
        other.dispose()


def test_only_the_shipped_allowance_limits_are_rows_the_migrations_write():
    assert seeded_tables() == frozenset({"allowance_limit"})


_TEST_SILENT_TARGET = """
import sys, time
from app.db import database as database_module
from app.domain.errors import DatabaseUnavailable
from app.services.transfer import open_target
from app.services.transfer._target import ensure_reachable

database_module.POSTGRES_CONNECT_TIMEOUT_SECONDS = 1
target = open_target(sys.argv[1])
started = time.monotonic()
try:
    ensure_reachable(target)
except DatabaseUnavailable as refused:
    print(f"{time.monotonic() - started:.1f}", refused)
"""


def test_a_server_that_never_answers_gives_up_after_a_time_out(silent_server):
    """The target gets the connect time-out of every server database (in a process of its own,
    so that a wait without end fails this test instead of hanging the run)."""
    import subprocess
    import sys

    url = f"postgresql://wijkhuis@127.0.0.1:{silent_server}/buurthuis"
    done = subprocess.run([sys.executable, "-c", _TEST_SILENT_TARGET, url], capture_output=True, text=True, timeout=30)
    seconds, message = done.stdout.split(" ", 1)
    assert float(seconds) < 10, done.stdout + done.stderr
    assert message.startswith("De server 127.0.0.1 antwoordt niet."), done.stdout + done.stderr


def test_a_database_of_another_program_is_refused_and_left_as_it_was(services, admin, postgres_template):
    from sqlalchemy import create_engine, text

    from tests.integration.transfer_helpers import table_names

    with blank_postgres_database(postgres_template) as url:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE klanten (id integer primary key, naam text)"))
        engine.dispose()
        with pytest.raises(Conflict, match=r"is niet leeg \(tabel klanten van een ander programma\)"):
            services.transfer.transfer(admin, url)
        assert table_names(url) == {"klanten"}
