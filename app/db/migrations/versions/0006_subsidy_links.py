"""links from subsidy applications to bookings, series and allowance lines

Revision ID: 0006_subsidy_links
Revises: 0005_subsidies
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_subsidy_links'
down_revision: str | None = '0005_subsidies'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = ('0003_allowances', '0004_rooms')


def upgrade() -> None:
    op.create_table('subsidy_application_allowance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('allowance_line_id', sa.Integer(), nullable=False),
    sa.Column('budget_line_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['allowance_line_id'], ['allowance_line.id'], name=op.f('fk_subsidy_application_allowance_allowance_line_id_allowance_line'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_application_allowance_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['budget_line_id'], ['subsidy_budget_line.id'], name=op.f('fk_subsidy_application_allowance_budget_line_id_subsidy_budget_line'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_application_allowance')),
    sa.UniqueConstraint('application_id', 'allowance_line_id', name=op.f('uq_subsidy_application_allowance_application_id_allowance_line_id'))
    )
    with op.batch_alter_table('subsidy_application_allowance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_application_allowance_allowance_line_id'), ['allowance_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidy_application_allowance_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_application_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_application_series_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['booking_series.id'], name=op.f('fk_subsidy_application_series_series_id_booking_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_application_series')),
    sa.UniqueConstraint('application_id', 'series_id', name=op.f('uq_subsidy_application_series_application_id_series_id'))
    )
    with op.batch_alter_table('subsidy_application_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_application_series_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_application_booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_application_booking_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['booking_id'], ['booking.id'], name=op.f('fk_subsidy_application_booking_booking_id_booking'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_application_booking')),
    sa.UniqueConstraint('application_id', 'booking_id', name=op.f('uq_subsidy_application_booking_application_id_booking_id'))
    )
    with op.batch_alter_table('subsidy_application_booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_application_booking_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidy_application_booking_booking_id'), ['booking_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('subsidy_application_booking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_application_booking_booking_id'))
        batch_op.drop_index(batch_op.f('ix_subsidy_application_booking_application_id'))

    op.drop_table('subsidy_application_booking')
    with op.batch_alter_table('subsidy_application_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_application_series_application_id'))

    op.drop_table('subsidy_application_series')
    with op.batch_alter_table('subsidy_application_allowance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_application_allowance_application_id'))
        batch_op.drop_index(batch_op.f('ix_subsidy_application_allowance_allowance_line_id'))

    op.drop_table('subsidy_application_allowance')
