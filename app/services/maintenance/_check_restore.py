"""Integrity check, backup and restore of the database."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from app.config import backups_dir
from app.db import migrate, restore_marker
from app.db.backup import backup_sqlite_file
from app.db.database import Database
from app.domain.errors import DatabaseUnavailable, WijkhuisError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.maintenance import _backup_check as backup_check, _integrity as integrity

_ = translator("core")

RESTORE_WAIT_SECONDS = 60


@dataclass(frozen=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    """Read-only: SQLite's own checks, then the schema (every table and column), the centre row
    and the audit chain (the first entry that does not fit is named)."""
    problems: list[str] = []
    at_head = migrate.is_at_head(db)
    if not at_head:
        problems.append(_("The database schema is not up to date; start Wijkhuis once to update it."))
    with db.engine.connect() as connection:
        if db.is_sqlite:
            result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.extend(_("Damaged: {detail}").format(detail=r) for r in result[:20])
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(
                    _("Table {table} row {rowid} refers to a missing {parent}").format(
                        table=row[0], rowid=row[1], parent=row[2]
                    )
                )
        else:
            connection.execute(text("SELECT 1"))
        if at_head:
            problems.extend(integrity.full_check(connection))
    from app.services.rooms import closing_day_problems  # the rooms area: not needed to open the database

    problems.extend(closing_day_problems(db))
    return CheckReport(problems)


def _require_sqlite(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise WijkhuisError(
            _("Backups of a PostgreSQL server are made on the server (pg_dump), not by Wijkhuis.")
        )
    return path


def backup(db: Database, actor: Actor, destination: Path) -> Path:
    actor.require(Permission.BACKUP_RESTORE, _("make backups"))
    source = _require_sqlite(db)
    if destination.exists() and destination.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = destination / f"wijkhuis-{stamp}.sqlite"
    if not destination.parent.exists():
        raise WijkhuisError(_("The folder {folder} does not exist").format(folder=destination.parent))
    backup_sqlite_file(source, destination)
    with db.unit_of_work(actor) as uow:
        audit.record(uow.session, actor, "backup", "database", None, detail=str(destination))
        uow.commit()
    return destination


def inspect_backup(path: Path) -> set[str]:
    """Check that a file is a sound Wijkhuis backup this version can open; returns its revisions.
    Nothing is changed: the checks run on a temporary copy (see backup_check)."""
    with tempfile.TemporaryDirectory(prefix="wijkhuis-restore-") as work:
        return backup_check.validated_copy(path, Path(work)).revisions


def restore(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the data with a backup. The backup is checked in full first (on a copy brought to
    the current schema). While it is put back, other programs cannot save (restore_marker); a
    copy of the current file is kept first. Returns where the copy of the old data went."""
    actor.require(Permission.BACKUP_RESTORE, _("restore backups"))
    target = _require_sqlite(db)
    with tempfile.TemporaryDirectory(prefix="wijkhuis-restore-") as work:
        checked = backup_check.validated_copy(source, Path(work))
        other = restore_marker.place(target, actor.username)
        if other is not None:
            raise WijkhuisError(_("{user} is already restoring a backup of this database (since {since}).").format(
                user=other.username, since=other.since.astimezone().strftime("%H:%M:%S")))
        try:
            kept = _replace(db, target, checked.path)
            migrate.upgrade(db, backup=False)
            with db.unit_of_work(actor) as uow:
                audit.record(uow.session, actor, "restore", "database", None, detail=f"{source} (oud: {kept})")
                uow.commit()
        finally:
            restore_marker.remove(target)
    return kept


def _replace(db: Database, target: Path, checked: Path) -> Path:
    """With the marker placed: wait for a save under way (SQLite's write lock), then copy the
    current data aside and put the checked backup in its place."""
    db.dispose()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir() / f"{target.stem}-{stamp}-voor-terugzetten.sqlite"
    try:
        guard = sqlite3.connect(target, timeout=RESTORE_WAIT_SECONDS, isolation_level=None)
        try:
            guard.execute("BEGIN IMMEDIATE")  # a save that started before the marker finishes first
            guard.execute("COMMIT")
        finally:
            guard.close()
        backup_sqlite_file(target, kept)
        src = sqlite3.connect(f"{checked.as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target, timeout=RESTORE_WAIT_SECONDS)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.OperationalError as error:
        raise DatabaseUnavailable(
            _("The backup could not be put back: {reason}. Nothing was changed.").format(reason=error)) from None
    return kept
