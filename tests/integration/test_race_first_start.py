"""Two programs open the same empty database at the same moment (first start on a shared
PostgreSQL server, or two PCs on one new file): both open it, the schema is made once, exactly
one sets the centre up and the other is told it has been set up already. No traceback."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app.db.models import User
from tests.integration.race import exactly_one_ok, racing, rounds

ROUNDS = rounds(4)


def first_start(db, round_no: int, index: int) -> str:
    from app.bootstrap import open_services

    url = make_url(db.url.render_as_string(hide_password=False))
    url = url.set(database=f"{url.database}-r{round_no}" if db.is_sqlite else f"{url.database}_r{round_no}")
    services = open_services(url.render_as_string(hide_password=False))
    try:
        services.users.initialise(f"Buurthuis {index}", "beheerder", "Fatima el Amrani", "geheim123",
                                  check_password=False)
        return f"set up by {index}"
    finally:
        services.db.dispose()


def _count_users(url: str) -> int:
    from app.db.database import Database

    db = Database(url)
    try:
        with db.reader() as uow:
            return uow.session.scalar(select(func.count()).select_from(User))
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_first_starts_at_once_make_one_schema_and_one_centre(backend, tmp_path, request):
    if backend == "sqlite":
        base = f"sqlite:///{tmp_path / 'nieuw.sqlite'}"
        round_urls = [f"{base}-r{n}" for n in range(ROUNDS)]
        server = None
    else:
        server_url = request.getfixturevalue("postgres_template")  # a server (or skipped with the reason)
        server = create_engine(server_url, isolation_level="AUTOCOMMIT")
        name = f"wijkhuis_first_{uuid.uuid4().hex[:10]}"
        base = make_url(server.url).set(database=name).render_as_string(hide_password=False)
        round_urls = [make_url(base).set(database=f"{name}_r{n}").render_as_string(hide_password=False)
                      for n in range(ROUNDS)]
        with server.connect() as connection:
            for n in range(ROUNDS):
                connection.execute(text(f'CREATE DATABASE "{name}_r{n}"'))
    try:
        with racing(base, f"{__name__}:first_start", ROUNDS) as race:
            for round_no in range(ROUNDS):
                outcomes = race.go()
                exactly_one_ok(outcomes, lambda message: "al ingericht" in message)
                assert _count_users(round_urls[round_no]) == 1
    finally:
        if server is not None:
            with server.connect() as connection:
                for n in range(ROUNDS):
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}_r{n}" WITH (FORCE)'))
            server.dispose()
