"""bank statements, transfers per payment run, invoice payments; exact quantities; other
organisations per month

Revision ID: 0013_bank_statements
Revises: 0015_read_indexes
Create Date: 2026-12-06 00:50:00

Hours are kept to the thousandth (7,125 h) and kilometres to the hundredth (12,25 km), so that
what is stored, shown and paid agree to the cent.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013_bank_statements'
down_revision: str | None = '0015_read_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=12, scale=2)


def upgrade() -> None:
    op.create_table('bank_statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_iban', sa.String(length=34), nullable=False),
    sa.Column('statement_ref', sa.String(length=35), nullable=False),
    sa.Column('message_id', sa.String(length=35), nullable=False),
    sa.Column('schema', sa.String(length=20), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_statement')),
    sa.UniqueConstraint('account_iban', 'statement_ref', name=op.f('uq_bank_statement_account_iban_statement_ref')),
    )
    op.create_table('bank_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('entry_key', sa.String(length=120), nullable=False),
    sa.Column('entry_ref', sa.String(length=60), nullable=False),
    sa.Column('booking_date', sa.Date(), nullable=False),
    sa.Column('amount', MONEY, nullable=False),
    sa.Column('credit', sa.Boolean(), nullable=False),
    sa.Column('end_to_end_id', sa.String(length=35), nullable=False),
    sa.Column('batch_ref', sa.String(length=35), nullable=False),
    sa.Column('return_code', sa.String(length=4), nullable=False),
    sa.Column('counterparty', sa.String(length=140), nullable=False),
    sa.Column('remittance', sa.String(length=300), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['statement_id'], ['bank_statement.id'], name=op.f('fk_bank_entry_statement_id_bank_statement')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_bank_entry_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_entry')),
    sa.UniqueConstraint('entry_key', name=op.f('uq_bank_entry_entry_key')),
    )
    op.create_index('ix_bank_entry_statement', 'bank_entry', ['statement_id'])
    op.create_index('ix_bank_entry_outcome', 'bank_entry', ['outcome'])
    op.create_table('payment_transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('end_to_end_id', sa.String(length=35), nullable=False),
    sa.Column('amount', MONEY, nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('booked_on', sa.Date(), nullable=True),
    sa.Column('return_code', sa.String(length=4), nullable=False),
    sa.Column('bank_entry_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['payment_batch.id'], name=op.f('fk_payment_transfer_batch_id_payment_batch')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_payment_transfer_volunteer_id_volunteer')),
    sa.ForeignKeyConstraint(['bank_entry_id'], ['bank_entry.id'], name=op.f('fk_payment_transfer_bank_entry_id_bank_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_transfer')),
    sa.UniqueConstraint('end_to_end_id', name=op.f('uq_payment_transfer_end_to_end_id')),
    )
    op.create_index('ix_payment_transfer_batch', 'payment_transfer', ['batch_id'])
    op.create_table('invoice_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', MONEY, nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('bank_entry_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_payment_invoice_id_invoice')),
    sa.ForeignKeyConstraint(['bank_entry_id'], ['bank_entry.id'], name=op.f('fk_invoice_payment_bank_entry_id_bank_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_payment')),
    )
    op.create_index('ix_invoice_payment_invoice', 'invoice_payment', ['invoice_id'])
    with op.batch_alter_table('allowance_line') as batch:
        batch.alter_column('hours', type_=sa.Numeric(7, 3), existing_type=sa.Numeric(6, 2), existing_nullable=True)
        batch.alter_column('kilometres', type_=sa.Numeric(8, 2), existing_type=sa.Numeric(8, 1), existing_nullable=True)
    with op.batch_alter_table('volunteer_hours') as batch:
        batch.alter_column('hours', type_=sa.Numeric(6, 3), existing_type=sa.Numeric(5, 2), existing_nullable=False)
    with op.batch_alter_table('allowance_arrangement') as batch:
        batch.add_column(sa.Column('other_monthly', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('allowance_arrangement') as batch:
        batch.drop_column('other_monthly')
    with op.batch_alter_table('volunteer_hours') as batch:
        batch.alter_column('hours', type_=sa.Numeric(5, 2), existing_type=sa.Numeric(6, 3), existing_nullable=False)
    with op.batch_alter_table('allowance_line') as batch:
        batch.alter_column('hours', type_=sa.Numeric(6, 2), existing_type=sa.Numeric(7, 3), existing_nullable=True)
        batch.alter_column('kilometres', type_=sa.Numeric(8, 1), existing_type=sa.Numeric(8, 2), existing_nullable=True)
    op.drop_table('invoice_payment')
    op.drop_table('payment_transfer')
    op.drop_table('bank_entry')
    op.drop_table('bank_statement')
