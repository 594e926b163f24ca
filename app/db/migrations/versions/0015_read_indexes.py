"""read indexes: the audit page's usual question and the Overzicht's allowance sums use an index

Revision ID: 0015_read_indexes
Revises: 0014_room_closures
Create Date: 2026-12-06 01:00:00

The audit page asks for the newest entries of one person in a date range. With only the
index on `at`, the database read every entry of the range and sorted them; an index on
(username, id) walks that person's entries newest first and stops at the limit.

The Overzicht sums a year's allowance lines per volunteer and month ("near a limit"); an index
on (year, volunteer_id, month, state, kind, amount) holds every column of that query, so the
database reads the index alone, already in the order of the grouping.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0015_read_indexes'
down_revision: str | None = '0014_room_closures'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_log_username", "audit_log", ["username", "id"])
    op.create_index("ix_allowance_line_year_sums", "allowance_line",
                    ["year", "volunteer_id", "month", "state", "kind", "amount"])


def downgrade() -> None:
    op.drop_index("ix_allowance_line_year_sums", table_name="allowance_line")
    op.drop_index("ix_audit_log_username", table_name="audit_log")
