"""funders, subsidy applications, budgets, coverage, actual costs and the annual plan

Revision ID: 0005_subsidies
Revises: 0001_foundation
Create Date: 2026-11-22 01:56:54.011570
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_subsidies'
down_revision: str | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = '0002_volunteers'


def upgrade() -> None:
    op.create_table('annual_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('introduction', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annual_plan')),
    sa.UniqueConstraint('year', name=op.f('uq_annual_plan_year'))
    )
    op.create_table('funder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('contact_name', sa.String(length=120), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('rounds', sa.JSON(), nullable=False),
    sa.Column('weeks_before_start', sa.Integer(), nullable=True),
    sa.Column('deadline_note', sa.Text(), nullable=False),
    sa.Column('maximum_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('amount_step', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('never_pays_for', sa.Text(), nullable=False),
    sa.Column('required_documents', sa.JSON(), nullable=False),
    sa.Column('no_report_below', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('auditor_statement_from', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funder')),
    sa.UniqueConstraint('name', name=op.f('uq_funder_name'))
    )
    op.create_table('annual_plan_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('working_group_id', sa.Integer(), nullable=True),
    sa.Column('heading', sa.String(length=200), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['annual_plan.id'], name=op.f('fk_annual_plan_goal_plan_id_annual_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_annual_plan_goal_theme_id_theme')),
    sa.ForeignKeyConstraint(['working_group_id'], ['working_group.id'], name=op.f('fk_annual_plan_goal_working_group_id_working_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annual_plan_goal'))
    )
    with op.batch_alter_table('annual_plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annual_plan_goal_plan_id'), ['plan_id'], unique=False)

    op.create_table('subsidy_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('funder_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('working_group_id', sa.Integer(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('aim', sa.Text(), nullable=False),
    sa.Column('target_group', sa.Text(), nullable=False),
    sa.Column('activities', sa.Text(), nullable=False),
    sa.Column('planning', sa.Text(), nullable=False),
    sa.Column('expected_sessions', sa.Integer(), nullable=False),
    sa.Column('expected_participants', sa.Integer(), nullable=False),
    sa.Column('requested_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('contact_person', sa.String(length=120), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('granted_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('interim_report_due', sa.Date(), nullable=True),
    sa.Column('final_report_due', sa.Date(), nullable=True),
    sa.Column('rejection_reason', sa.Text(), nullable=False),
    sa.Column('accounted_on', sa.Date(), nullable=True),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('settled_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('report_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['funder_id'], ['funder.id'], name=op.f('fk_subsidy_application_funder_id_funder')),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_subsidy_application_theme_id_theme')),
    sa.ForeignKeyConstraint(['working_group_id'], ['working_group.id'], name=op.f('fk_subsidy_application_working_group_id_working_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_application'))
    )
    with op.batch_alter_table('subsidy_application', schema=None) as batch_op:
        batch_op.create_index('ix_subsidy_application_state', ['state'], unique=False)

    op.create_table('annual_plan_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=False),
    sa.Column('timing', sa.String(length=100), nullable=False),
    sa.Column('budget', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_annual_plan_action_application_id_subsidy_application'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['goal_id'], ['annual_plan_goal.id'], name=op.f('fk_annual_plan_action_goal_id_annual_plan_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annual_plan_action'))
    )
    with op.batch_alter_table('annual_plan_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annual_plan_action_goal_id'), ['goal_id'], unique=False)

    op.create_table('subsidy_application_working_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('working_group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_application_working_group_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['working_group_id'], ['working_group.id'], name=op.f('fk_subsidy_application_working_group_working_group_id_working_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_application_working_group')),
    sa.UniqueConstraint('application_id', 'working_group_id', name=op.f('uq_subsidy_application_working_group_application_id_working_group_id'))
    )
    with op.batch_alter_table('subsidy_application_working_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_application_working_group_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_budget_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_budget_line_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_budget_line'))
    )
    with op.batch_alter_table('subsidy_budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_budget_line_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_coverage_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_coverage_line_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_coverage_line'))
    )
    with op.batch_alter_table('subsidy_coverage_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_coverage_line_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('ready', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_document_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_document'))
    )
    with op.batch_alter_table('subsidy_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_document_application_id'), ['application_id'], unique=False)

    op.create_table('subsidy_actual_cost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('budget_line_id', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['subsidy_application.id'], name=op.f('fk_subsidy_actual_cost_application_id_subsidy_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['budget_line_id'], ['subsidy_budget_line.id'], name=op.f('fk_subsidy_actual_cost_budget_line_id_subsidy_budget_line'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_actual_cost'))
    )
    with op.batch_alter_table('subsidy_actual_cost', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_actual_cost_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidy_actual_cost_budget_line_id'), ['budget_line_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('subsidy_actual_cost', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_actual_cost_budget_line_id'))
        batch_op.drop_index(batch_op.f('ix_subsidy_actual_cost_application_id'))

    op.drop_table('subsidy_actual_cost')
    with op.batch_alter_table('subsidy_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_document_application_id'))

    op.drop_table('subsidy_document')
    with op.batch_alter_table('subsidy_coverage_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_coverage_line_application_id'))

    op.drop_table('subsidy_coverage_line')
    with op.batch_alter_table('subsidy_budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_budget_line_application_id'))

    op.drop_table('subsidy_budget_line')
    with op.batch_alter_table('subsidy_application_working_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_application_working_group_application_id'))

    op.drop_table('subsidy_application_working_group')
    with op.batch_alter_table('annual_plan_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annual_plan_action_goal_id'))

    op.drop_table('annual_plan_action')
    with op.batch_alter_table('subsidy_application', schema=None) as batch_op:
        batch_op.drop_index('ix_subsidy_application_state')

    op.drop_table('subsidy_application')
    with op.batch_alter_table('annual_plan_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annual_plan_goal_plan_id'))

    op.drop_table('annual_plan_goal')
    op.drop_table('funder')
    op.drop_table('annual_plan')
