"""Wrong log-ins for user names that do not exist are counted like those for real accounts
(in the audit trail, as `login_failed` without a record id), so the answer and the growing
wait are the same whether or not an account exists: a stranger learns nothing from them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry

FAILED = "login_failed"
ENTITY = "user_account"


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def unknown_name_failures(session: Session, username: str) -> tuple[int, dt.datetime | None]:
    """How often this (non-existent) name failed, and when last."""
    count, last = session.execute(
        select(func.count(), func.max(AuditEntry.at)).where(
            AuditEntry.action == FAILED, AuditEntry.entity == ENTITY, AuditEntry.entity_id.is_(None),
            AuditEntry.username == username[:60])
    ).one()
    return int(count or 0), (_as_utc(last) if last else None)


def record_unknown_name_failure(session: Session, username: str, now: dt.datetime) -> None:
    """Kept at `now` (the moment the log-in was judged), as a real account's lock is."""
    session.add(AuditEntry(at=now, user_id=None, username=username[:60], action=FAILED, entity=ENTITY,
                           entity_id=None, before=None, after=None, detail=""))
