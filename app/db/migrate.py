"""Bring a database to the current schema, safely.

Before anything is written: a database stamped with a revision this program does not know
(written by a newer version) is refused, and an SQLite file is only read, so it stays the same
byte for byte. Before an existing SQLite file is upgraded, a timestamped backup is made.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.config import backups_dir
from app.db.backup import backup_sqlite_file
from app.db.database import Database
from app.domain.errors import DatabaseTooNew, DatabaseUnavailable
from app.i18n import translator
from app.resources import migrations_path

_ = translator("core")


@dataclass(frozen=True)
class MigrationResult:
    upgraded: bool
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> set[str]:
    return set(_script().get_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revisions(database: Database) -> set[str]:
    """The revisions the database is stamped with; empty for a new database. Read-only."""
    path = database.sqlite_path
    if path is not None:
        return _sqlite_revisions_read_only(path)
    try:
        with database.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return set()
            return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError as error:
        raise DatabaseUnavailable(
            _("Cannot open the database {where}: {reason}").format(
                where=database.describe(), reason=str(error.orig).strip().splitlines()[0]
            )
        ) from None


def _sqlite_revisions_read_only(path: Path) -> set[str]:
    if not path.exists() or path.stat().st_size == 0:
        return set()
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseUnavailable(
            _("Cannot open {path}: {reason}").format(path=path, reason=error)
        ) from None
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return set()
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError:
        raise DatabaseUnavailable(
            _("{path} is not a Wijkhuis database (or it is damaged)").format(path=path)
        ) from None
    finally:
        connection.close()


def check_compatible(database: Database) -> set[str]:
    current = current_revisions(database)
    unknown = current - known_revisions()
    if unknown:
        raise DatabaseTooNew(database.describe())
    return current


def is_at_head(database: Database) -> bool:
    return current_revisions(database) == head_revisions()


def upgrade(database: Database, *, backup: bool = True) -> MigrationResult:
    current = check_compatible(database)
    if current == head_revisions():
        return MigrationResult(upgraded=False, backup=None)
    backup_path = None
    path = database.sqlite_path
    if backup and current and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backups_dir() / f"{path.stem}-{stamp}-voor-update.sqlite"
        backup_sqlite_file(path, backup_path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return MigrationResult(upgraded=True, backup=backup_path)
