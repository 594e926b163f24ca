"""audit guard: the audit trail cannot be emptied with TRUNCATE on PostgreSQL either

Revision ID: 0007_audit_guard
Revises: 0006_subsidy_links (a single head, so the schema stays one line)
Create Date: 2026-11-22 02:35:00

The row triggers of 0001_foundation refuse UPDATE and DELETE; PostgreSQL's TRUNCATE skips
row triggers, so a statement trigger refuses it too. SQLite has no TRUNCATE (its DELETE
without WHERE fires the row trigger), so nothing changes there.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0007_audit_guard'
down_revision: str | None = '0006_subsidy_links'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
