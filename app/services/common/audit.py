"""Writing and reading the audit trail. `record` is called inside the same unit of work as the
change it describes, so both are committed together or neither is. It is the one writer of the
trail: every entry goes through audit_chain.append, which links it into the hash chain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry
from app.services.common.actor import Actor
from app.services.common import audit_chain

NEVER_LOGGED = frozenset({"password_hash", "data"})


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Any, *, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The column values of a model instance, as JSON-safe values."""
    mapper = inspect(obj).mapper
    return {
        column.key: _json_value(getattr(obj, column.key))
        for column in mapper.column_attrs
        if column.key not in NEVER_LOGGED and column.key not in exclude
    }


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    """Only what changed, so that the trail reads as a list of edits."""
    keys = [k for k in after if before.get(k) != after.get(k) and k != "version"]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: Any = None,
    *,
    before: dict | None = None,
    after: dict | None = None,
    detail: str = "",
) -> None:
    audit_chain.append(session, [{
        "user_id": actor.user_id, "username": actor.username, "action": action, "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id), "before": before, "after": after,
        "detail": detail,
    }])


@dataclass(frozen=True)
class LastChange:
    username: str
    at: dt.datetime


def last_change(session: Session, entity: str, entity_id: Any) -> LastChange | None:
    """Who last changed a record: used to tell a user whose save was refused."""
    row = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return LastChange(row.username, row.at) if row else None
