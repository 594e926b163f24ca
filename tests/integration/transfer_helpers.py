"""Shared by the transfer tests: an empty (not even migrated) PostgreSQL database, a demo
database as source, and reading every row of every table for comparison."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from app.db.database import Database
from app.db.table_copy import model_tables

DEMO_DAY = dt.date(2026, 11, 22)


@contextmanager
def blank_postgres_database(server_url: str) -> Iterator[str]:
    """A database with nothing in it, as an administrator would create it for Wijkhuis."""
    name = f"wijkhuis_transfer_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def build_demo(db: Database) -> None:
    """The small demo set, plus one audit entry whose JSON columns are SQL NULL (the program
    itself writes JSON nulls there), so that the copy must keep the two apart."""
    from sqlalchemy import insert, null

    from app import demo
    from app.db import migrate
    from app.db.models import AuditEntry

    migrate.upgrade(db, backup=False)
    demo.build(db, size="small", today=DEMO_DAY)
    with db.engine.begin() as connection:  # linked into the audit chain like any entry
        from app.domain.audit.chain import GENESIS, HASHED_FIELDS, entry_hash

        last = connection.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
        row = {key: None for key in HASHED_FIELDS} | {
            "username": "systeem", "action": "import", "entity": "database", "detail": "",
            "at": dt.datetime(2026, 11, 22, 9, 30, 15, 123456, tzinfo=dt.UTC),
        }
        digest = entry_hash(last or GENESIS, row)
        plain = {key: value for key, value in row.items() if key not in ("before", "after")}
        connection.execute(insert(AuditEntry.__table__).values(
            **plain, before=null(), after=null(), prev_hash=last or GENESIS, hash=digest))


def all_rows(db: Database) -> dict[str, list]:
    """Every row of every table, in primary-key order, as the model's types read them."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                row for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in model_tables()
        }


def sql_nulls(db: Database, table: str, column: str) -> int:
    """Rows where the column is SQL NULL (not a JSON null)."""
    with db.engine.connect() as connection:
        return connection.execute(text(f'SELECT count(*) FROM {table} WHERE "{column}" IS NULL')).scalar_one()


def table_names(url: str) -> set[str]:
    from sqlalchemy import inspect

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


class RecordingProgress:
    def __init__(self, cancel_after: int | None = None):
        self.reports: list[tuple[int, int, str]] = []
        self._cancel_after = cancel_after

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))

    @property
    def cancelled(self) -> bool:
        return self._cancel_after is not None and len(self.reports) > self._cancel_after


def transfer_rounds(source_url: str, actor, targets: list[str], barrier, results) -> None:
    """One program instance in a race (run in its own process): for each target, wait until
    every instance is ready, then transfer; report "ok" or "refused" per round."""
    from app.domain.errors import Conflict
    from app.services import Services

    source = Database(source_url)
    services = Services.for_database(source)
    try:
        for index, target in enumerate(targets):
            barrier.wait(60)
            try:
                services.transfer.transfer(actor, target)
                results.put((index, source_url, "ok"))
            except Conflict:
                results.put((index, source_url, "refused"))
            except Exception as error:  # reported to the test, which fails on it
                results.put((index, source_url, f"error: {error!r}"))
    finally:
        source.dispose()
