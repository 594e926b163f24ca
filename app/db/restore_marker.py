"""While a backup is being put back, no other program may write to the SQLite file: its change
would be overwritten (or miss the copy of the old data) without anyone knowing.

The restore puts a marker file beside the database (`<file>.terugzetten`, saying who and since
when). Every writing unit of work checks for it right after it obtained SQLite's write lock and
then stops with a clear message instead of saving, so a change is either saved before the
restore took its copy of the old data, or refused with the reason — never silently lost. A
marker left by a program that crashed on this computer is recognised (its process is gone) and
ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".terugzetten"


@dataclass(frozen=True)
class Marker:
    username: str
    since: dt.datetime
    host: str
    pid: int

    @property
    def is_ours(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


def path_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def place(database: Path, username: str) -> Marker | None:
    """Put the marker; returns the marker of a restore already under way instead (nothing placed)."""
    marker = Marker(username, dt.datetime.now(dt.UTC), socket.gethostname(), os.getpid())
    path = path_for(database)
    for _attempt in range(2):
        try:
            with path.open("x", encoding="utf-8") as handle:
                json.dump({"username": marker.username, "since": marker.since.isoformat(), "host": marker.host,
                           "pid": marker.pid}, handle)
            return None
        except FileExistsError:
            other = read(database)
            if other is not None:
                return other
            path.unlink(missing_ok=True)  # stale: its program is gone
    return read(database)


def remove(database: Path) -> None:
    path_for(database).unlink(missing_ok=True)


def read(database: Path) -> Marker | None:
    """The live marker of a restore by another program, or None."""
    path = path_for(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        marker = Marker(str(data["username"]), dt.datetime.fromisoformat(data["since"]), str(data["host"]),
                        int(data["pid"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Marker("?", dt.datetime.now(dt.UTC), "?", -1)  # being written or unreadable: honour it
    if marker.host == socket.gethostname() and marker.pid != os.getpid() and not _alive(marker.pid):
        return None
    return marker


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
