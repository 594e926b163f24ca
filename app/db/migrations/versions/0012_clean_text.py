"""clean text: remove control characters already stored (they break every Excel export)

Revision ID: 0012_clean_text
Revises: 0007_audit_guard

Since this revision every text written goes through app/db/text_guard.py; rows written
before may still hold C0 control characters (a BEL from an imported list, a NUL from a CSV).
Every text column of every table except the append-only audit trail is cleaned in place, and
one audit entry says which columns and how many values (no values themselves: they may be
personal data). Downgrade does nothing: the removed characters were never meant to be there.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_clean_text'
down_revision: str | None = '0007_audit_guard'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same set as app/domain/clean_text.py, frozen here as it was when this revision was written.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
SKIPPED = {"alembic_version", "audit_log"}


def upgrade() -> None:
    bind = op.get_bind()
    metadata = sa.MetaData()
    metadata.reflect(bind=bind)
    cleaned: dict[str, int] = {}
    for table in metadata.sorted_tables:
        if table.name in SKIPPED:
            continue
        keys = list(table.primary_key.columns)
        texts = [c for c in table.columns if isinstance(c.type, sa.String) and c not in keys]
        if not keys or not texts:
            continue
        for row in bind.execute(sa.select(*keys, *texts)).mappings().all():
            changes = {c.name: _UNWANTED.sub("", row[c.name]) for c in texts
                       if isinstance(row[c.name], str) and _UNWANTED.search(row[c.name])}
            if not changes:
                continue
            where = sa.and_(*(k == row[k.name] for k in keys))
            bind.execute(table.update().where(where).values(**changes))
            for name in changes:
                cleaned[f"{table.name}.{name}"] = cleaned.get(f"{table.name}.{name}", 0) + 1
    if cleaned:
        audit = sa.table(
            "audit_log", sa.column("at", sa.DateTime(timezone=True)), sa.column("user_id", sa.Integer),
            sa.column("username", sa.String), sa.column("action", sa.String), sa.column("entity", sa.String),
            sa.column("entity_id", sa.String), sa.column("before", sa.JSON), sa.column("after", sa.JSON),
            sa.column("detail", sa.Text),
        )
        summary = ", ".join(f"{name}: {count}" for name, count in sorted(cleaned.items()))
        bind.execute(audit.insert().values(
            at=dt.datetime.now(dt.UTC), user_id=None, username="systeem", action="clean_text", entity="database",
            entity_id=None, before=None, after={"columns": json.loads(json.dumps(cleaned))},
            detail=f"stuurtekens verwijderd uit opgeslagen tekst ({summary})",
        ))


def downgrade() -> None:
    pass
