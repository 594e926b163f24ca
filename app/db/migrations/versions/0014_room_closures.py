"""room closures: a closing day for one room, and the bookings a closure explicitly keeps

Revision ID: 0014_room_closures
Revises: 0011_audit_chain

`closing_day.room_id` empty means the whole centre is closed; set, only that room (the
maintenance of one hall). `kept_booking_ids` lists the bookings the coordinator chose to keep
when the closure was added or widened: they are not "live bookings on a closing day".
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_room_closures'
down_revision: str | None = '0011_audit_chain'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('closing_day', schema=None) as batch_op:
        batch_op.add_column(sa.Column('room_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('kept_booking_ids', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.create_foreign_key(batch_op.f('fk_closing_day_room_id_room'), 'room', ['room_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('closing_day', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_closing_day_room_id_room'), type_='foreignkey')
        batch_op.drop_column('kept_booking_ids')
        batch_op.drop_column('room_id')
