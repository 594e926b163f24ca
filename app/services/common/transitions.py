"""A document's state changes with a conditional UPDATE: `… SET state = new WHERE id = … AND
state = <the state the user saw> AND version = …`, and exactly one row must change. Two users
approving, paying or rejecting the same line at the same moment cannot both succeed, on SQLite
and PostgreSQL alike, whatever locks the caller did or did not take; the loser is told who
changed it and when."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.domain import formatting
from app.domain.errors import StaleRecord
from app.services.common.audit import last_change


def move_state(session: Session, record: Any, new_state: str, what: str) -> str:
    """Sets `record.state` to `new_state` in the database if it is still what was read; returns
    the old state. The record must have `id`, `state` and `version` columns."""
    session.flush()  # the record's other pending changes first (they raise the version)
    model = type(record)
    old, version = record.state, record.version
    result = session.execute(
        update(model).where(model.id == record.id, model.state == old, model.version == version)
        .values(state=new_state, version=version + 1).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        change = last_change(session, model.__tablename__, record.id)
        raise StaleRecord(what, change.username if change else None,
                          formatting.datetime(change.at.astimezone()) if change else None)
    set_committed_value(record, "state", new_state)
    set_committed_value(record, "version", version + 1)
    return old
