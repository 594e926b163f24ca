"""audit username: the audit page's usual question (one person's newest entries) uses an index

Revision ID: 0015_audit_username
Revises: 0007_audit_guard
Create Date: 2026-12-06 01:00:00

The audit page asks for the newest entries of one person in a date range. With only the
index on `at`, the database read every entry of the range and sorted them; an index on
(username, id) walks that person's entries newest first and stops at the limit.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0015_audit_username'
down_revision: str | None = '0007_audit_guard'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_log_username", "audit_log", ["username", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_username", table_name="audit_log")
