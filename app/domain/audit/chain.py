"""The audit trail as a hash chain: each entry carries the hash of its own content and of the
entry before it, so that an entry changed, removed or slipped in by any route (REPLACE INTO on
SQLite, a trigger switched off on PostgreSQL) breaks the chain at that entry.

    hash = sha256( previous hash + "\\n" + canonical content ).hexdigest()

The canonical content is the JSON text of the fields below, keys sorted, no spaces, UTF-8;
the time in UTC as ISO 8601 with microseconds. The first entry's previous hash is 64 zeros.
The audit export carries the content, the previous hash and the hash, so anyone can redo this.
The algorithm must never change: migration 0011_audit_chain holds a copy of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "before", "after", "detail")


def _utc_text(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def canonical(entry: Mapping[str, Any]) -> str:
    content = {key: entry.get(key) for key in HASHED_FIELDS}
    content["at"] = _utc_text(content["at"])
    content["detail"] = content["detail"] or ""
    # Through JSON and back first: what the database gives back (lists for tuples, text keys)
    # must hash the same as what was written.
    content = json.loads(json.dumps(content, default=str))
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(previous: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(f"{previous}\n{canonical(entry)}".encode()).hexdigest()
