"""The database the data is transferred to: opening it, a connection test whose failure says
what to fix (password, server name, database name), and whether it is empty.

"Empty" means: no tables but Wijkhuis's own, and no rows in them except those the migrations
write themselves (the allowance limits of the shipped years). Which tables those are is learnt
by migrating a scratch database once, so no list here has to be kept up to date.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from app.config import normalise_url
from app.db import migrate
from app.db.database import Database
from app.db.table_copy import model_tables
from app.db.unreachable import connect_error, where
from app.domain import formatting
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.i18n import translator

_ = translator("transfer")

VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class TargetStatus:
    """What the connection test found: where the data would go, and whether the tables are
    there already (else the transfer creates them)."""

    where: str
    is_sqlite: bool
    new_file: bool
    has_tables: bool


def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The address of a PostgreSQL database from the window's fields (any character allowed in
    the password). Missing fields are refused by name."""
    problems = [
        FieldProblem(name, message) for name, value, message in (
            ("host", host, _("Fill in the server's name or address.")),
            ("database", database, _("Fill in the name of the database on the server.")),
            ("user", user, _("Fill in your user name on the server.")),
        ) if not value.strip()
    ]
    if problems:
        raise ValidationError(problems)
    url = URL.create(
        "postgresql+psycopg", username=user.strip() or None, password=password or None,
        host=host.strip() or None, port=port or None, database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def open_target(url: str) -> Database:
    """The target as a Database; a server that does not answer gives up after the connect
    time-out every server database has (app/db/database.py)."""
    return Database(normalise_url(url))


def ensure_reachable(database: Database) -> None:
    """Connect once, so that a wrong password, server or database name is reported as such."""
    try:
        with database.engine.connect():
            pass
    except DBAPIError as error:
        raise connect_error(database, error) from None


@lru_cache(maxsize=1)
def seeded_tables() -> frozenset[str]:
    """The tables that hold rows right after the migrations ran on a new database."""
    with tempfile.TemporaryDirectory(prefix="wijkhuis-seed-") as folder:
        scratch = Database(f"sqlite:///{Path(folder) / 'seed.sqlite'}")
        try:
            migrate.upgrade(scratch, backup=False)
            with scratch.engine.connect() as connection:
                return frozenset(
                    table.name for table in model_tables()
                    if connection.execute(select(func.count()).select_from(table)).scalar_one()
                )
        finally:
            scratch.dispose()


def refuse_unless_empty(connection: Connection, database: Database) -> bool:
    """Raise Conflict when the target holds anything; returns whether its tables exist."""
    existing = set(inspect(connection).get_table_names())
    ours = {table.name: table for table in model_tables()}
    foreign = sorted(existing - set(ours) - {VERSION_TABLE})
    filled = []
    for name in sorted(existing & set(ours) - seeded_tables()):
        rows = connection.execute(select(func.count()).select_from(ours[name])).scalar_one()
        if rows:
            filled.append(f"{name}: {formatting.number(rows)}")
    foreign = [_("table {table} of another program").format(table=name) for name in foreign]
    found = foreign + filled
    if found:
        shown = ", ".join(found[:3])
        if len(found) > 3:
            shown = _("{shown} and {more} more tables").format(shown=shown, more=len(found) - 3)
        raise Conflict(
            _("The database {where} is not empty ({contents}). Data can only be transferred into an empty "
              "database; nothing was changed there.").format(where=where(database), contents=shown)
        )
    return bool(existing & set(ours))
