"""Whole-run locks: an operation that must be alone (a payment run, the first migration of an
empty database, the audit chain) takes a named lock for the rest of its transaction.

PostgreSQL: a transaction-level advisory lock (`pg_advisory_xact_lock`), released at commit
or rollback. SQLite: nothing to do, a writing transaction already holds the database's write
lock from its first statement (`BEGIN IMMEDIATE`), so writers are serialised there anyway.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

AUDIT_CHAIN = "wijkhuis:audit-chain"
MIGRATION = "wijkhuis:migration"
FIRST_START = "wijkhuis:first-start"
PAYMENT_RUN = "wijkhuis:payment-run"


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name (the same in every process)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def hold(target: Connection | Session, name: str, *, wait_ms: int | None = None) -> None:
    """Take the named lock until the end of the current transaction. `wait_ms` replaces the
    connection's lock timeout for this transaction (0 = wait as long as it takes)."""
    dialect = target.get_bind().dialect if isinstance(target, Session) else target.dialect
    if dialect.name != "postgresql":
        return
    if wait_ms is not None:
        target.execute(text(f"SET LOCAL lock_timeout = {int(wait_ms)}"))
    target.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
