"""Integrity check, backup and restore of the database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from app.config import backups_dir
from app.db import migrate
from app.db.backup import backup_sqlite_file
from app.db.database import Database
from app.domain.errors import DatabaseUnavailable, WijkhuisError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services import audit
from app.services.actor import Actor
from app.services.room_closures import closing_day_problems

_ = translator("core")


@dataclass(frozen=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    problems: list[str] = []
    if not migrate.is_at_head(db):
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
    with db.unit_of_work() as uow:
        audit.record(uow.session, actor, "backup", "database", None, detail=str(destination))
        uow.commit()
    return destination


def inspect_backup(path: Path) -> set[str]:
    """Check that a file is a Wijkhuis database this version can open; returns its revisions."""
    if not path.is_file():
        raise WijkhuisError(_("{path} does not exist").format(path=path))
    candidate = Database(f"sqlite:///{path}")
    try:
        revisions = migrate.check_compatible(candidate)
        if not revisions:
            raise WijkhuisError(_("{path} is not a Wijkhuis database").format(path=path))
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
        if not result or result[0] != "ok":
            raise WijkhuisError(_("{path} is damaged").format(path=path))
        return revisions
    finally:
        candidate.dispose()


def restore(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the data with a backup. A copy of the current file is kept first; the backup is
    brought to the current schema afterwards. Returns where the copy of the old data went."""
    actor.require(Permission.BACKUP_RESTORE, _("restore backups"))
    target = _require_sqlite(db)
    inspect_backup(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir() / f"{target.stem}-{stamp}-voor-terugzetten.sqlite"
    backup_sqlite_file(target, kept)
    db.dispose()
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=5)
        try:
            src.backup(dst)
        except sqlite3.OperationalError as error:
            raise DatabaseUnavailable(str(error)) from None
        finally:
            dst.close()
    finally:
        src.close()
    migrate.upgrade(db, backup=False)
    with db.unit_of_work() as uow:
        audit.record(uow.session, actor, "restore", "database", None, detail=f"{source} (oud: {kept})")
        uow.commit()
    return kept
