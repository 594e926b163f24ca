"""public bookings: a series can be a public activity (district calendar)

Revision ID: 0020_public_bookings
Revises: 0019_centres
Create Date: 2026-12-06 05:00:00

A single booking already says whether it is public (the poster). A series now says so too,
so that the dates of a public series, and the dates a series gets later, are public as well.
The centres of one district warn each other when two public activities fall on one evening
(app/services/rooms/_booking_checks.py); an index on (public, start_at) keeps that look-up
across all centres, and the district week, a range scan over the public bookings only.
Every series that exists is not public (the default).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020_public_bookings'
down_revision: str | None = '0019_centres'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.create_index('ix_booking_public_start', ['public', 'start_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.drop_index('ix_booking_public_start')
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.drop_column('public')
