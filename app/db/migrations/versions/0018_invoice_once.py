"""invoice exactly-once: a booking is on at most one live final invoice, an invoice is credited once

Revision ID: 0018_invoice_once
Revises: 0013_bank_statements
Create Date: 2026-12-06 00:50:00

`invoice_booking` links a booking to the final invoice that bills it; its primary key is the
booking, so two invoice runs started together cannot both bill one booking (the second
insert fails on the key, in SQLite and PostgreSQL alike). Crediting removes the links, so the
booking can be billed again. A unique index on `invoice.credit_for_id` lets an invoice be
credited once only. Concepts are previews and have no links.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018_invoice_once'
down_revision: str | None = '0013_bank_statements'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'invoice_booking',
        sa.Column('booking_id', sa.Integer(), nullable=False),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['booking_id'], ['booking.id'], name=op.f('fk_invoice_booking_booking_id_booking')),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_booking_invoice_id_invoice'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('booking_id', name=op.f('pk_invoice_booking')),
    )
    with op.batch_alter_table('invoice_booking', schema=None) as batch_op:
        batch_op.create_index('ix_invoice_booking_invoice', ['invoice_id'], unique=False)
    # Existing final invoices that were not credited keep their bookings (the oldest wins
    # should an older version have billed a booking twice).
    op.execute(
        "INSERT INTO invoice_booking (booking_id, invoice_id) "
        "SELECT l.booking_id, MIN(i.id) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
        "WHERE i.status = 'definitief' AND i.kind = 'factuur' AND l.booking_id IS NOT NULL AND l.amount >= 0 "
        "AND NOT EXISTS (SELECT 1 FROM invoice c WHERE c.credit_for_id = i.id) "
        "GROUP BY l.booking_id"
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index('uq_invoice_credit_for', ['credit_for_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index('uq_invoice_credit_for')
    with op.batch_alter_table('invoice_booking', schema=None) as batch_op:
        batch_op.drop_index('ix_invoice_booking_invoice')
    op.drop_table('invoice_booking')
