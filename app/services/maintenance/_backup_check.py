"""Checking a backup before it may replace anything: SQLite's full integrity check, a schema
this version knows, and then — on a temporary copy brought to the current schema — every
expected table and column, the centre row and the audit chain. A foreign or damaged file is
refused with a message that says what is wrong; the file itself is never changed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.db import migrate
from app.db.backup import backup_sqlite_file
from app.db.database import Database
from app.domain.errors import WijkhuisError
from app.i18n import translator
from app.services.maintenance import _integrity as integrity

_ = translator("core")


@dataclass(frozen=True)
class CheckedBackup:
    path: Path  # the checked copy, at the current schema
    revisions: set[str]  # the backup's own revisions


def _refuse(path: Path, reason: str) -> WijkhuisError:
    return WijkhuisError(_("{path} cannot be restored: {reason}").format(path=path, reason=reason))


def validated_copy(path: Path, work: Path) -> CheckedBackup:
    if not path.is_file():
        raise WijkhuisError(_("{path} does not exist").format(path=path))
    _integrity(path)
    candidate = Database(f"sqlite:///{path}")
    try:
        revisions = migrate.check_compatible(candidate)
    except WijkhuisError as error:
        raise _refuse(path, str(error)) from None
    finally:
        candidate.dispose()
    if not revisions:
        raise _refuse(path, _("it is not a Wijkhuis database"))
    copy = work / "te-controleren.sqlite"
    try:
        backup_sqlite_file(path, copy)
    except sqlite3.DatabaseError as error:
        raise _refuse(path, _("it is damaged ({detail})").format(detail=error)) from None
    checked = Database(f"sqlite:///{copy}")
    try:
        try:
            migrate.upgrade(checked, backup=False)
        except (SQLAlchemyError, WijkhuisError) as error:
            detail = str(getattr(error, "orig", error)).strip().splitlines()[0]
            raise _refuse(path, _("its schema is incomplete ({detail})").format(detail=detail)) from None
        with checked.engine.connect() as connection:
            problems = integrity.full_check(connection)
    finally:
        checked.dispose()
    if problems:
        shown = " ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        raise _refuse(path, shown)
    return CheckedBackup(copy, revisions)


def _integrity(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _refuse(path, str(error)) from None
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as error:
        reason = _("it is not a Wijkhuis database (not an SQLite file, or damaged: {detail})").format(detail=error)
        raise _refuse(path, reason) from None
    finally:
        connection.close()
    if result != ["ok"]:
        raise _refuse(path, _("it is damaged ({detail})").format(detail="; ".join(result[:3])))
