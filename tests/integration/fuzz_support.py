"""Shared by the fuzz tests: a CPU-time limit per file (a hang counts as a crash), a database
fingerprint that must not change when a file is refused, and a check that a message is Dutch."""

from __future__ import annotations

import contextlib
import re
import signal
from collections.abc import Iterator

from sqlalchemy import func, select

CPU_SECONDS_PER_FILE = 5.0

# Words that give away an English (or half English) message; Dutch messages never hold them.
ENGLISH_WORDS = {
    "the", "not", "file", "cannot", "does", "error", "invalid", "with", "was", "damaged", "column", "row",
    "password", "empty", "exist", "folder", "unexpected", "traceback", "field", "larger", "than", "limit",
    "could", "unable", "workbook", "please", "found", "missing", "expected", "line", "must", "has", "no",
}


class CpuLimitExceeded(BaseException):
    """Raised from the profiling timer: not an Exception, so no reader can swallow it."""


@contextlib.contextmanager
def cpu_limit(seconds: float = CPU_SECONDS_PER_FILE) -> Iterator[None]:
    def stop(_signum, _frame):
        raise CpuLimitExceeded(f"more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def english_words(message: str) -> set[str]:
    """The English give-away words in a message, after removing paths and file names."""
    text = re.sub(r"\S*[/\\]\S*", " ", message)  # paths
    text = re.sub(r"\S+\.(xlsx|csv|sqlite|xls|pdf|txt|json|ics)\b", " ", text, flags=re.I)
    text = re.sub(r"--[a-z-]+", " ", text).replace("wijkhuis:", " ")  # options are names, not words
    text = re.sub(r"'[^']*'", " ", text)  # quoted values and choices are what the user typed or may type
    return {w for w in re.findall(r"[A-Za-z]+", text.lower()) if w in ENGLISH_WORDS}


def fingerprint(db) -> dict[str, object]:
    """Rows per table, the volunteers' names, and the audit entries other than logins: a
    refused file must leave all of it as it was (a command's login and the daily backup are not changes)."""
    import app.db.models  # noqa: F401 (registers every table)
    from app.db.base import Base
    from app.db.models import AuditEntry, Volunteer

    with db.reader() as uow:
        session = uow.session
        counts: dict[str, object] = {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items() if name not in ("audit_log",)
        }
        counts["audit_log (no logins)"] = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action.not_in(("login", "login_failed", "backup"))))
        counts["names"] = sorted(session.scalars(select(Volunteer.last_name)))
        return counts
