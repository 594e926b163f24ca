"""A watch for changes committed without an audit entry.

Used by tests/integration/test_security_permissions.py, and as a pytest plugin over any set of
tests, to find a service that writes without `audit.record`:

    .venv/bin/python -m pytest -p tests.audit_watch tests/integration

Each test that commits such a change is reported at the end (the tests themselves still pass:
fixtures may write directly on purpose).
"""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.db.models import AuditEntry


class UnauditedWrites:
    """A transaction that commits ORM changes to any table without adding an audit entry is a
    change nobody could trace. The unit of work commits the connection, so the connection's
    commit is what counts."""

    def __init__(self) -> None:
        self.pending: dict[int, tuple[set[str], bool]] = {}
        self.unaudited: list[set[str]] = []
        self.written: set[str] = set()  # every table changed by a committed transaction

    def after_flush(self, session, _context) -> None:
        key = id(session.get_bind())
        written, audited = self.pending.get(key, (set(), False))
        for obj in list(session.new) + list(session.dirty) + list(session.deleted):
            if isinstance(obj, AuditEntry):
                audited = True
            elif obj in session.new or obj in session.deleted or session.is_modified(obj):
                written.add(type(obj).__tablename__)
        self.pending[key] = (written, audited)

    def statement(self, connection, _cursor, statement, _parameters, _context, _many) -> None:
        """The recorder appends to the hash chain with a Core INSERT (app/services/audit_chain.py)."""
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            written, _audited = self.pending.get(id(connection), (set(), False))
            self.pending[id(connection)] = (written, True)

    def commit(self, connection) -> None:
        written, audited = self.pending.pop(id(connection), (set(), False))
        self.written |= written
        if written and not audited:
            self.unaudited.append(written)

    def rollback(self, connection) -> None:
        self.pending.pop(id(connection), None)

    def _events(self):
        return [(Session, "after_flush", self.after_flush), (Engine, "commit", self.commit),
                (Engine, "before_cursor_execute", self.statement),
                (Engine, "rollback", self.rollback)]

    def __enter__(self) -> UnauditedWrites:
        for target, name, function in self._events():
            event.listen(target, name, function)
        return self

    def __exit__(self, *exc) -> None:
        for target, name, function in self._events():
            event.remove(target, name, function)


_found: dict[str, list[set[str]]] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    with UnauditedWrites() as watch:
        yield
    if watch.unaudited:
        _found[item.nodeid] = watch.unaudited


def pytest_terminal_summary(terminalreporter):
    if not _found:
        terminalreporter.write_line("audit watch: every committed change had an audit entry")
        return
    terminalreporter.section("changes committed without an audit entry")
    for nodeid, writes in _found.items():
        tables = sorted(set().union(*writes))
        terminalreporter.write_line(f"{nodeid}: {', '.join(tables)}")
