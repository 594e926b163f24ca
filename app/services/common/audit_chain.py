"""Appending to and verifying the audit chain (the rule itself: app/domain/audit_chain.py).

Every audit entry is written by `append`: under the audit lock (PostgreSQL advisory lock until
commit; SQLite's write lock), it reads the last entry's hash and inserts the new entries linked
to it, so two users saving at once still make one straight chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.db import locks
from app.db.base import utcnow
from app.db.models import AuditEntry
from app.domain.audit.chain import GENESIS, HASHED_FIELDS, entry_hash

_LAST = "wijkhuis_audit_chain_last"


def append(target: Session | Connection, entries: Iterable[Mapping[str, Any]]) -> None:
    """Insert `entries` (dicts of AuditEntry fields) at the end of the chain, in this transaction."""
    rows = []
    previous = _last_hash(target)
    for entry in entries:
        row = {key: entry.get(key) for key in HASHED_FIELDS}
        row["at"] = row["at"] or utcnow()
        row["detail"] = row["detail"] or ""
        row["prev_hash"] = previous
        row["hash"] = previous = entry_hash(previous, row)
        rows.append(row)
    if not rows:
        return
    target.execute(insert(AuditEntry), rows)
    target.info[_LAST] = previous


def _last_hash(target: Session | Connection) -> str:
    # Within one transaction the lock is held already and our own last hash is known.
    cached = target.info.get(_LAST)
    if cached is not None and _in_same_transaction(target):
        return cached
    locks.hold(target, locks.AUDIT_CHAIN)
    last = target.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    target.info[_TRANSACTION] = target.get_transaction()
    return last or GENESIS


_TRANSACTION = "wijkhuis_audit_chain_transaction"


def _in_same_transaction(target: Session | Connection) -> bool:
    transaction = target.get_transaction()
    return transaction is not None and target.info.get(_TRANSACTION) is transaction


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    at: Any
    username: str
    action: str
    reason: str  # "changed" (content or hash) or "link" (an entry before it removed or inserted)


def verify(connection: Connection | Session) -> ChainBreak | None:
    """Walks the whole trail oldest first; the first entry that does not fit, or None."""
    columns = [AuditEntry.id, *(getattr(AuditEntry, f) for f in HASHED_FIELDS), AuditEntry.prev_hash,
               AuditEntry.hash]
    previous = GENESIS
    result = connection.execute(select(*columns).order_by(AuditEntry.id).execution_options(yield_per=2000))
    for row in result:
        values = row._mapping
        if values["prev_hash"] != previous:
            return ChainBreak(row.id, row.at, row.username, row.action, "link")
        if values["hash"] != entry_hash(previous, values):
            return ChainBreak(row.id, row.at, row.username, row.action, "changed")
        previous = values["hash"]
    return None
