"""audit chain and booking exclusion: a hash chain over the audit trail; on PostgreSQL no two
live bookings of one room overlap, enforced by the database

Revision ID: 0011_audit_chain
Revises: 0012_clean_text
Create Date: 2026-12-06 00:50:00

1. audit_log gets `prev_hash` and `hash`; the entries already there are linked in id order
   (the append-only triggers are set aside for that one update and put back).
2. PostgreSQL: `EXCLUDE USING gist (room_id WITH =, tstzrange(block_start, block_end) WITH &&)`
   for every booking not cancelled. It needs the btree_gist extension (trusted from PostgreSQL
   13, so the database owner may create it). Where it cannot be created, or old data already
   overlaps, the constraint is left out with a warning and the room-row lock every booking
   takes stays the guarantee (as before). SQLite serialises writers, the lock suffices there.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_audit_chain'
down_revision: str | None = '0012_clean_text'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("wijkhuis.migrations")

GENESIS = "0" * 64
FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "before", "after", "detail")
EXCLUSION = "ex_booking_room_block"

_audit = sa.table(
    "audit_log", sa.column("id", sa.Integer), sa.column("at", sa.DateTime(timezone=True)),
    sa.column("user_id", sa.Integer), sa.column("username", sa.String), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.String), sa.column("before", sa.JSON),
    sa.column("after", sa.JSON), sa.column("detail", sa.Text), sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def _entry_hash(previous: str, entry) -> str:
    """A frozen copy of app/domain/audit_chain.py (tests/unit/test_audit_chain.py compares them)."""
    content = {key: entry[key] for key in FIELDS}
    at = content["at"]
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    content["at"] = at.astimezone(dt.UTC).isoformat(timespec="microseconds")
    content["detail"] = content["detail"] or ""
    content = json.loads(json.dumps(content, default=str))
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("hash", sa.String(length=64), nullable=True))
    _link_existing_entries()
    if op.get_bind().dialect.name == "postgresql":
        _booking_exclusion()


def _link_existing_entries() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(*(_audit.c[f] for f in ("id", *FIELDS))).order_by(_audit.c.id)).mappings().all()
    if not rows:
        return
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    previous = GENESIS
    for row in rows:
        current = _entry_hash(previous, row)
        bind.execute(_audit.update().where(_audit.c.id == row["id"]).values(prev_hash=previous, hash=current))
        previous = current
    if postgres:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
    else:
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")


def _booking_exclusion() -> None:
    bind = op.get_bind()
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
        bind.exec_driver_sql(
            f"ALTER TABLE booking ADD CONSTRAINT {EXCLUSION} EXCLUDE USING gist "
            "(room_id WITH =, tstzrange(block_start, block_end) WITH &&) WHERE (status <> 'geannuleerd')")
    except sa.exc.DBAPIError as error:
        savepoint.rollback()
        log.warning("No database-level booking guarantee (%s); the room lock of every booking remains.",
                    str(error.orig).strip().splitlines()[0])
    else:
        savepoint.commit()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE booking DROP CONSTRAINT IF EXISTS {EXCLUSION}")
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    if op.get_bind().dialect.name == "sqlite":  # batch mode rebuilt the table without its triggers
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
