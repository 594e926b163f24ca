"""centres: an organisation with one or more centres

Revision ID: 0019_centres
Revises: 0018_invoice_once
Create Date: 2026-12-06 04:00:00

Until now the database knew one centre (`centre`, id 1). From here each centre's own records
carry `centre_id`: rooms, renters, closing days, bookings and series, invoices (numbered
without gaps per centre), working groups, hours, allowance lines, payment runs, subsidy
applications, annual plans and bank statements. Volunteers may work for several centres
(`volunteer_centre`). An account belongs to one centre or, with NULL, to the whole
organisation.

Everything that exists goes to the one centre there is, so a database made before this change
opens as an organisation with one centre, with nothing lost
(tests/integration/test_core_schema_fixtures.py upgrades a copy of the last release).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019_centres'
down_revision: str | None = '0018_invoice_once'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → unique constraints that become "per centre": (old name, new name, new columns)
OWNED = {
    'room': [('uq_room_name', 'uq_room_centre_id_name', ['centre_id', 'name'])],
    'renter': [],
    'closing_day': [],
    'booking_series': [],
    'booking': [],
    'invoice': [('uq_invoice_number', 'uq_invoice_centre_id_number', ['centre_id', 'number']),
                ('uq_invoice_year_sequence', 'uq_invoice_centre_id_year_sequence', ['centre_id', 'year', 'sequence'])],
    'working_group': [('uq_working_group_name', 'uq_working_group_centre_id_name', ['centre_id', 'name'])],
    'volunteer_hours': [],
    'allowance_line': [],
    'payment_batch': [],
    'subsidy_application': [],
    'annual_plan': [('uq_annual_plan_year', 'uq_annual_plan_centre_id_year', ['centre_id', 'year'])],
    'bank_statement': [],
}
FIRST_CENTRE = "(SELECT MIN(id) FROM centre)"


def _has_rows(table: str) -> bool:
    return op.get_bind().execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None


def upgrade() -> None:
    # Records without any centre row (should an old file lack it) get a centre to belong to.
    if not _has_rows('centre') and any(_has_rows(t) for t in [*OWNED, 'volunteer']):
        op.execute(
            "INSERT INTO centre (id, name, street, postcode, town, kvk_number, iban, bic, contact_name, "
            "contact_phone, contact_email, website, version) "
            "VALUES (1, 'Centrum', '', '', '', '', '', '', '', '', '', '', 1)"
        )
    with op.batch_alter_table('centre', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_centre_name'), ['name'])
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('centre_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_user_account_centre_id_centre'), 'centre', ['centre_id'], ['id'])

    for table, uniques in OWNED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('centre_id', sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET centre_id = {FIRST_CENTRE}")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('centre_id', existing_type=sa.Integer(), nullable=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_centre_id_centre'), 'centre', ['centre_id'], ['id'])
            batch_op.create_index(batch_op.f(f'ix_{table}_centre_id'), ['centre_id'], unique=False)
            for old, new, columns in uniques:
                batch_op.drop_constraint(old, type_='unique')
                batch_op.create_unique_constraint(new, columns)

    # Invoice numbers: one gapless counter per centre and year.
    if op.get_bind().dialect.name == 'sqlite':
        op.rename_table('invoice_counter', 'invoice_counter_old')
        _create_invoice_counter()
        op.execute(f"INSERT INTO invoice_counter (centre_id, year, last_number) "
                   f"SELECT {FIRST_CENTRE}, year, last_number FROM invoice_counter_old")
        op.drop_table('invoice_counter_old')
    else:
        op.add_column('invoice_counter', sa.Column('centre_id', sa.Integer(), nullable=True))
        op.execute(f"UPDATE invoice_counter SET centre_id = {FIRST_CENTRE}")
        op.alter_column('invoice_counter', 'centre_id', existing_type=sa.Integer(), nullable=False)
        op.drop_constraint('pk_invoice_counter', 'invoice_counter', type_='primary')
        op.create_primary_key('pk_invoice_counter', 'invoice_counter', ['centre_id', 'year'])
        op.create_foreign_key('fk_invoice_counter_centre_id_centre', 'invoice_counter', 'centre', ['centre_id'], ['id'])

    op.create_table(
        'volunteer_centre',
        sa.Column('volunteer_id', sa.Integer(), nullable=False),
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_volunteer_centre_centre_id_centre')),
        sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_centre_volunteer_id_volunteer'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('volunteer_id', 'centre_id', name=op.f('pk_volunteer_centre')),
    )
    with op.batch_alter_table('volunteer_centre', schema=None) as batch_op:
        batch_op.create_index('ix_volunteer_centre_centre', ['centre_id', 'volunteer_id'], unique=False)
    op.execute(f"INSERT INTO volunteer_centre (volunteer_id, centre_id) SELECT id, {FIRST_CENTRE} FROM volunteer "
               f"WHERE EXISTS (SELECT 1 FROM centre)")


def _create_invoice_counter() -> None:
    op.create_table(
        'invoice_counter',
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('last_number', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_invoice_counter_centre_id_centre')),
        sa.PrimaryKeyConstraint('centre_id', 'year', name=op.f('pk_invoice_counter')),
    )


def downgrade() -> None:
    """Back to one centre: only possible while there is one."""
    if op.get_bind().execute(sa.text("SELECT COUNT(*) FROM centre")).scalar_one() > 1:
        raise RuntimeError("This database holds more than one centre; an older version cannot open it.")
    with op.batch_alter_table('volunteer_centre', schema=None) as batch_op:
        batch_op.drop_index('ix_volunteer_centre_centre')
    op.drop_table('volunteer_centre')
    if op.get_bind().dialect.name == 'sqlite':
        op.rename_table('invoice_counter', 'invoice_counter_new')
        op.create_table(
            'invoice_counter',
            sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
            sa.Column('last_number', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('year', name='pk_invoice_counter'),
        )
        op.execute("INSERT INTO invoice_counter (year, last_number) SELECT year, last_number FROM invoice_counter_new")
        op.drop_table('invoice_counter_new')
    else:
        op.drop_constraint('fk_invoice_counter_centre_id_centre', 'invoice_counter', type_='foreignkey')
        op.drop_constraint('pk_invoice_counter', 'invoice_counter', type_='primary')
        op.drop_column('invoice_counter', 'centre_id')
        op.create_primary_key('pk_invoice_counter', 'invoice_counter', ['year'])
    for table, uniques in OWNED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for old, new, columns in uniques:
                batch_op.drop_constraint(new, type_='unique')
                batch_op.create_unique_constraint(old, [c for c in columns if c != 'centre_id'])
            batch_op.drop_index(batch_op.f(f'ix_{table}_centre_id'))
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_centre_id_centre'), type_='foreignkey')
            batch_op.drop_column('centre_id')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_user_account_centre_id_centre'), type_='foreignkey')
        batch_op.drop_column('centre_id')
    with op.batch_alter_table('centre', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_centre_name'), type_='unique')
