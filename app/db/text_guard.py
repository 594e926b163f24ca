"""Every text written through the ORM is cleaned first (control characters and unpaired
surrogates removed, app/domain/clean_text.py): forms, services, imports and any later API
share this one edge, so nothing stored can break an export. Registered on import by
app/db/database.py for every Session."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from app.domain.text.clean import clean, has_unwanted


@event.listens_for(Session, "before_flush")
def _clean_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        clean_object(obj)


def clean_object(obj: Any) -> None:
    state = inspect(obj)
    values = state.dict  # only what is loaded or set: never triggers a load
    for attribute in state.mapper.column_attrs:
        column = attribute.columns[0]
        if not isinstance(column.type, String):
            continue
        value = values.get(attribute.key)
        if isinstance(value, str) and has_unwanted(value):
            setattr(obj, attribute.key, clean(value))
