"""The last guard on text lengths, for every form on both databases: before anything is sent,
every text value of a new or changed record is held against its column's maximum. PostgreSQL
would refuse a longer value with a DataError (a traceback for the user) and SQLite would keep
it silently; both now get the same ValidationError naming the field. (Forms and importers
check their own fields first, with the row and column; this catches whatever they missed.)"""

from __future__ import annotations

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator

_ = translator("core")


def check_lengths(session: Session, _context, _instances) -> None:
    problems = []
    for obj in (*session.new, *session.dirty):
        mapper = inspect(obj).mapper
        for attribute in mapper.column_attrs:
            column = attribute.columns[0]
            limit = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or not limit:
                continue
            value = getattr(obj, attribute.key, None)
            if isinstance(value, str) and len(value) > limit:
                problems.append(FieldProblem(attribute.key, _("is longer than {n} characters ({given} given)").format(
                    n=limit, given=len(value))))
    if problems:
        raise ValidationError(problems)
