"""Copies of an SQLite file made with SQLite's online backup API: consistent even while
another program writes, and including what is still in the WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("core")


class BackupNotSound(WijkhuisError):
    """The copy just written does not pass SQLite's integrity check; it was removed."""


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    problem = verify(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise BackupNotSound(_("The backup {file} was not sound after writing ({detail}); it was removed.").format(
            file=destination.name, detail=problem))
    partial.replace(destination)
    return destination


def verify(path: Path) -> str:
    """'' when the file opens as a database and passes `PRAGMA integrity_check`, else the reason."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    return "" if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])
