"""Helpers the area services share: loading a record for an edit with a version check."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.domain import formatting
from app.domain.errors import NotFound, StaleRecord
from app.i18n import translator
from app.services.common.audit import last_change

_ = translator("core")

T = TypeVar("T")


def get_or_raise(session: Session, model: type[T], record_id: Any, what: str) -> T:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(_("{what} {id} does not exist (any more).").format(what=what, id=record_id))
    return obj


def load_for_update(
    session: Session, model: type[T], record_id: Any, expected_version: int | None, what: str
) -> T:
    """Load a record the user edited, refusing when someone saved a newer version meanwhile.

    The version column also guards the UPDATE itself (SQLAlchemy's version_id_col), so two
    saves that pass this check at the same moment still cannot both land.
    """
    # FOR UPDATE (PostgreSQL): a second save waits here and then sees the new version, so the
    # check below names who saved first instead of failing inside the UPDATE.
    keys = inspect(model).primary_key
    if len(keys) == 1:
        session.execute(select(keys[0]).where(keys[0] == record_id).with_for_update())
    obj = session.get(model, record_id, populate_existing=True) or get_or_raise(session, model, record_id, what)
    if expected_version is not None and obj.version != expected_version:  # type: ignore[attr-defined]
        change = last_change(session, model.__tablename__, record_id)  # type: ignore[attr-defined]
        raise StaleRecord(
            what,
            change.username if change else None,
            formatting.datetime(change.at.astimezone()) if change else None,
        )
    return obj
