"""Bring a database to the current schema, safely.

Before anything is written: a database stamped with a revision this program does not know
(written by a newer version) is refused, and an SQLite file is only read, so it stays the same
byte for byte. Before an existing SQLite file is upgraded, a timestamped backup is made.

Whether a database is up to date is decided from the revision files themselves (a quick
parse), so that a normal start does not load Alembic at all; Alembic runs only when there is
something to upgrade.
"""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.config import backups_dir
from app.db import locks
from app.db.backup import backup_sqlite_file
from app.db.database import SQLITE_BUSY_TIMEOUT_MS, Database
from app.db.unreachable import connect_error
from app.domain.errors import DatabaseLocked, DatabaseTooNew, DatabaseUnavailable
from app.i18n import translator
from app.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

_ = translator("core")


@dataclass(frozen=True)
class MigrationResult:
    upgraded: bool
    backup: Path | None


@dataclass(frozen=True)
class RevisionInfo:
    revision: str
    down_revisions: tuple[str, ...]
    depends_on: tuple[str, ...]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)  # type: ignore[arg-type]


def _read_revision_file(path: Path) -> RevisionInfo | None:
    values: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = value = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        if target in ("revision", "down_revision", "depends_on"):
            values[target] = ast.literal_eval(value)
    if not values.get("revision"):
        return None
    return RevisionInfo(
        str(values["revision"]), _as_tuple(values.get("down_revision")), _as_tuple(values.get("depends_on"))
    )


@lru_cache(maxsize=1)
def revisions() -> dict[str, RevisionInfo]:
    """Every revision this program knows, read from the files in migrations/versions."""
    found = {}
    for path in sorted((migrations_path() / "versions").glob("*.py")):
        info = _read_revision_file(path)
        if info is not None:
            found[info.revision] = info
    return found


def known_revisions() -> set[str]:
    return set(revisions())


def head_revisions() -> set[str]:
    """The same set as Alembic's `heads` (tests/unit/test_core_migration_graph.py checks it)."""
    known = revisions()
    parents = {parent for info in known.values() for parent in info.down_revisions}
    return set(known) - parents


def applied_revisions(current: set[str]) -> set[str]:
    """Everything a database stamped with `current` contains: Alembic stamps only the tips,
    so follow each tip's parents and dependencies."""
    known = revisions()
    applied: set[str] = set()
    todo = [rev for rev in current if rev in known]
    while todo:
        rev = todo.pop()
        if rev in applied:
            continue
        applied.add(rev)
        todo.extend(known[rev].down_revisions + known[rev].depends_on)
    return applied


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
        raise connect_error(database, error) from None


def _sqlite_revisions_read_only(path: Path) -> set[str]:
    if path.is_dir():
        raise DatabaseUnavailable(_("{path} is a folder, not a database file").format(path=path))
    if not path.exists() or path.stat().st_size == 0:
        return set()
    # With no -wal file beside it, no other program has the file open in WAL mode and the
    # main file holds everything: read it as immutable, so that not even an empty -wal or
    # -shm file is left behind. Otherwise (or if that read fails) read it the normal way.
    wal_in_use = Path(f"{path}-wal").exists()
    modes = ("ro",) if wal_in_use else ("ro&immutable=1", "ro")
    for index, mode in enumerate(modes):
        try:
            return _read_version_table(path, mode)
        except sqlite3.DatabaseError:
            if index == len(modes) - 1:
                raise
    return set()  # pragma: no cover


def _read_version_table(path: Path, mode: str) -> set[str]:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error as error:
        raise DatabaseUnavailable(
            _("Cannot open {path}: {reason}").format(path=path, reason=error)
        ) from None
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise DatabaseUnavailable(
                    _("{path} is not a Wijkhuis database (or it is damaged)").format(path=path)
                )
            return set()
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseLocked() from None
        if "immutable" in mode:
            raise
        raise DatabaseUnavailable(
            _("Cannot open {path}: {reason}").format(path=path, reason=error)
        ) from None
    except sqlite3.DatabaseError:
        if "immutable" in mode:
            raise
        raise DatabaseUnavailable(
            _("{path} is not a Wijkhuis database (or it is damaged)").format(path=path)
        ) from None
    finally:
        connection.close()


def check_compatible(database: Database) -> set[str]:
    current = current_revisions(database)
    if current - known_revisions():
        raise DatabaseTooNew(database.describe())
    return current


def is_at_head(database: Database) -> bool:
    return _is_complete(current_revisions(database))


def _is_complete(current: set[str]) -> bool:
    return bool(current) and applied_revisions(current) == known_revisions()


MIGRATION_WAIT_MS = 300_000  # another program migrating the same new file: wait for it


def upgrade(database: Database, *, backup: bool = True) -> MigrationResult:
    current = check_compatible(database)
    if _is_complete(current):
        return MigrationResult(upgraded=False, backup=None)
    backup_path = None
    path = database.sqlite_path
    if backup and current and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backups_dir() / f"{path.stem}-{stamp}-voor-update.sqlite"
        backup_sqlite_file(path, backup_path)
    from alembic import command

    config = alembic_config()
    try:
        with database.engine.connect() as connection:
            raw = connection.connection.driver_connection if database.is_sqlite else None
            if path is not None:
                # Two programs opening a new SQLite file at once: the second waits for the first's
                # write lock as long as the migrations take (not the 5 s of an ordinary save),
                # then finds the schema made; Alembic upgrades nothing.
                raw.execute(f"PRAGMA busy_timeout={MIGRATION_WAIT_MS}")
            if raw is not None:
                # SQLite changes a table by copying it to a new one (Alembic's batch mode); the
                # foreign keys are checked once at the end instead of refusing the copy, as
                # SQLite's own procedure for ALTER TABLE prescribes.
                raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with connection.begin():
                    # The same on PostgreSQL, with an advisory lock held until the first is done.
                    locks.hold(connection, locks.MIGRATION, wait_ms=0)
                    config.attributes["connection"] = connection
                    command.upgrade(config, "heads")
                    if raw is not None:
                        _refuse_broken_references(connection)
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys=ON")
                if path is not None:
                    raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    except DBAPIError as error:
        from app.db.database import translate_error

        raise translate_error(error) from error
    return MigrationResult(upgraded=True, backup=backup_path)


def _refuse_broken_references(connection) -> None:
    """After a migration on SQLite with the foreign keys off: every reference must still hold,
    or the whole upgrade is rolled back (the file stays as it was)."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
        raise DatabaseUnavailable(
            _("The update of the database stopped: {count} references no longer hold (first: {table} row {rowid} "
              "→ {parent}). Nothing was changed.").format(count=len(broken), table=table, rowid=rowid, parent=parent)
        )
