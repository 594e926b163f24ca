"""What `wijkhuis check` and a restore verify beyond SQLite's own checks: that every table and
column the program expects is there, that the centre row exists, and that the audit chain is
unbroken. Each returns problems as Dutch sentences (empty: sound)."""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

import app.db.models  # noqa: F401  (every table on Base.metadata)
from app.db.base import Base
from app.db.models import Centre
from app.domain import formatting
from app.i18n import translator
from app.services.common import audit_chain

_ = translator("core")


def schema_problems(connection: Connection) -> list[str]:
    """Every table and column of the models (the schema at the program's head revision)."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    problems = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if table.name not in present:
            problems.append(_("Table {table} is missing.").format(table=table.name))
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in columns:
                problems.append(_("Column {column} of table {table} is missing.").format(
                    column=column.name, table=table.name))
    return problems


def centre_problems(connection: Connection) -> list[str]:
    if connection.execute(select(Centre.id).limit(1)).first() is None:
        return [_("The centre's details (the centre row) are missing.")]
    return []


def chain_problems(connection: Connection) -> list[str]:
    found = audit_chain.verify(connection)
    if found is None:
        return []
    if found.reason == "link":
        why = _("an entry before it was removed or inserted outside Wijkhuis")
    else:
        why = _("its content or hash was changed outside Wijkhuis")
    when = formatting.datetime(found.at.astimezone()) if found.at is not None else "?"
    return [_("Audit trail entry {id} ({when}, {user}, {action}) does not fit the chain: {why}.").format(
        id=found.entry_id, when=when, user=found.username, action=found.action, why=why)]


def full_check(connection: Connection) -> list[str]:
    """Schema first: without the tables the other checks cannot run."""
    problems = schema_problems(connection)
    if problems:
        return problems
    return centre_problems(connection) + chain_problems(connection)
