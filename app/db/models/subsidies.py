"""Funders, subsidy applications with their budget, coverage plan, documents and actual costs,
and the annual plan whose actions applications fund."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, CentreOwned, Versioned, utcnow


class Funder(Versioned, Base):
    """A municipality or a fund, with its rules as data: rounds, maximum and steps, what it
    never pays for, the documents it wants, and the thresholds that decide the report."""

    __tablename__ = "funder"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="fonds")  # gemeente, fonds
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    rounds: Mapped[list] = mapped_column(default=list)  # ["1-2", "1-5", "1-8", "1-11"] (day-month)
    weeks_before_start: Mapped[int | None]  # funds without rounds: apply this long before the start
    deadline_note: Mapped[str] = mapped_column(Text, default="")
    maximum_amount: Mapped[Decimal | None]
    amount_step: Mapped[Decimal | None]
    never_pays_for: Mapped[str] = mapped_column(Text, default="")
    required_documents: Mapped[list] = mapped_column(default=list)
    no_report_below: Mapped[Decimal | None]
    auditor_statement_from: Mapped[Decimal | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class SubsidyApplication(CentreOwned, Versioned, Base):
    __tablename__ = "subsidy_application"
    __table_args__ = (Index("ix_subsidy_application_state", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id"))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"))
    working_group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    aim: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    activities: Mapped[str] = mapped_column(Text, default="")
    planning: Mapped[str] = mapped_column(Text, default="")
    expected_sessions: Mapped[int] = mapped_column(default=0)
    expected_participants: Mapped[int] = mapped_column(default=0)
    requested_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(20), default="concept")
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    granted_amount: Mapped[Decimal | None]
    conditions: Mapped[str] = mapped_column(Text, default="")
    interim_report_due: Mapped[dt.date | None] = mapped_column(Date)
    final_report_due: Mapped[dt.date | None] = mapped_column(Date)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    accounted_on: Mapped[dt.date | None] = mapped_column(Date)
    settled_on: Mapped[dt.date | None] = mapped_column(Date)
    settled_amount: Mapped[Decimal | None]
    report_text: Mapped[str] = mapped_column(Text, default="")  # the activity report's own words
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")

    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetLine.position", passive_deletes=True
    )
    coverage_lines: Mapped[list[CoverageLine]] = relationship(
        cascade="all, delete-orphan", order_by="CoverageLine.position", passive_deletes=True
    )
    documents: Mapped[list[ApplicationDocument]] = relationship(
        cascade="all, delete-orphan", order_by="ApplicationDocument.position", passive_deletes=True
    )


class BudgetLine(Base):
    """One line of the begroting; `explanation` says why the actual costs differ."""

    __tablename__ = "subsidy_budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    category: Mapped[str] = mapped_column(String(30), default="overig")
    description: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    explanation: Mapped[str] = mapped_column(Text, default="")


class CoverageLine(Base):
    """One source in the dekkingsplan besides the amount asked of this funder."""

    __tablename__ = "subsidy_coverage_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(30), default="eigen_bijdrage")
    source: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="zeker")
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))


class ApplicationDocument(Base):
    """A document the funder asks for, whether it is ready, and where it is kept."""

    __tablename__ = "subsidy_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(300), default="")
    ready: Mapped[bool] = mapped_column(default=False)


class ActualCost(Base):
    """Money actually spent on a budget line, entered by hand (an invoice, a purchase)."""

    __tablename__ = "subsidy_actual_cost"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("subsidy_budget_line.id", ondelete="CASCADE"), index=True)
    spent_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class ApplicationWorkingGroup(Base):
    """A working group whose volunteer hours count towards the application's report."""

    __tablename__ = "subsidy_application_working_group"
    __table_args__ = (UniqueConstraint("application_id", "working_group_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    working_group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"))


class AnnualPlan(CentreOwned, Versioned, Base):
    __tablename__ = "annual_plan"
    __table_args__ = (UniqueConstraint("centre_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    title: Mapped[str] = mapped_column(String(200), default="")
    introduction: Mapped[str] = mapped_column(Text, default="")

    goals: Mapped[list[AnnualPlanGoal]] = relationship(
        cascade="all, delete-orphan", order_by="AnnualPlanGoal.position", passive_deletes=True
    )


class AnnualPlanGoal(Base):
    """A theme or working group with its goal for the year."""

    __tablename__ = "annual_plan_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("annual_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"))
    working_group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"))
    heading: Mapped[str] = mapped_column(String(200), default="")
    goal: Mapped[str] = mapped_column(Text, default="")

    actions: Mapped[list[AnnualPlanAction]] = relationship(
        cascade="all, delete-orphan", order_by="AnnualPlanAction.position", passive_deletes=True
    )


class AnnualPlanAction(Base):
    __tablename__ = "annual_plan_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("annual_plan_goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")  # actiehouder
    timing: Mapped[str] = mapped_column(String(100), default="")
    budget: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("subsidy_application.id", ondelete="SET NULL"))


# -- links to the other areas' records (migration 0006_subsidy_links) -------------------------
class ApplicationBooking(Base):
    """A single booking that is one of the application's activities."""

    __tablename__ = "subsidy_application_booking"
    __table_args__ = (UniqueConstraint("application_id", "booking_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id", ondelete="CASCADE"), index=True)


class ApplicationSeries(Base):
    """A booking series whose every booking in the period is one of the activities."""

    __tablename__ = "subsidy_application_series"
    __table_args__ = (UniqueConstraint("application_id", "series_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("booking_series.id", ondelete="CASCADE"))


class ApplicationAllowanceLine(Base):
    """A volunteer allowance that counts as an actual cost of one budget line."""

    __tablename__ = "subsidy_application_allowance"
    __table_args__ = (UniqueConstraint("application_id", "allowance_line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("subsidy_application.id", ondelete="CASCADE"), index=True)
    allowance_line_id: Mapped[int] = mapped_column(ForeignKey("allowance_line.id", ondelete="CASCADE"), index=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("subsidy_budget_line.id", ondelete="CASCADE"))
