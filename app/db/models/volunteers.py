"""Volunteers, themes, working groups and the hours people work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, CentreOwned, Versioned, utcnow


class Volunteer(Versioned, Base):
    __tablename__ = "volunteer"
    __table_args__ = (
        Index("ix_volunteer_name", "last_name", "first_name"),
        Index("ix_volunteer_email", "email"),
        Index("ix_volunteer_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    infix: Mapped[str] = mapped_column(String(30), default="")  # tussenvoegsel
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="actief")  # actief, gepauzeerd, gestopt
    skills: Mapped[str] = mapped_column(Text, default="")
    availability: Mapped[list] = mapped_column(default=list)  # ["ma-ochtend", "wo-avond", …]
    emergency_contact: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    photo_consent: Mapped[bool] = mapped_column(default=False)
    photo_consent_date: Mapped[dt.date | None] = mapped_column(Date)
    newsletter_consent: Mapped[bool] = mapped_column(default=False)
    newsletter_consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # VOG register: dates and who saw the original, never a copy of the certificate.
    vog_requested_on: Mapped[dt.date | None] = mapped_column(Date)
    vog_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    vog_seen_by: Mapped[str] = mapped_column(String(120), default="")
    vog_seen_on: Mapped[dt.date | None] = mapped_column(Date)
    anonymised_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The centres this volunteer works for (at least one).
    centres: Mapped[list[VolunteerCentre]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True)


class Theme(Versioned, Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class WorkingGroup(CentreOwned, Versioned, Base):
    __tablename__ = "working_group"
    __table_args__ = (UniqueConstraint("centre_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"))
    goal_1: Mapped[str] = mapped_column(Text, default="")
    goal_2: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    requires_vog: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class WorkingGroupMember(Base):
    """A volunteer in a group, or a resident who is not a volunteer (name and contact only)."""

    __tablename__ = "working_group_member"
    __table_args__ = (
        UniqueConstraint("working_group_id", "volunteer_id"),
        Index("ix_working_group_member_volunteer", "volunteer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    working_group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    resident_name: Mapped[str] = mapped_column(String(200), default="")
    resident_contact: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(60), default="")


class VolunteerHours(CentreOwned, Versioned, Base):
    """Hours worked: the basis of hourly allowances and of the volunteer hours in subsidy
    accountability reports."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (Index("ix_volunteer_hours_volunteer_date", "volunteer_id", "worked_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    worked_on: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    working_group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"))
    activity: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class VolunteerCentre(Base):
    """A volunteer works for one or more centres of the organisation; a coordinator sees the
    volunteers of their own centre. The Dutch allowance limits are per person across all of
    them (see app/services/allowances)."""

    __tablename__ = "volunteer_centre"
    __table_args__ = (Index("ix_volunteer_centre_centre", "centre_id", "volunteer_id"),)

    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    volunteer: Mapped[Volunteer] = relationship(back_populates="centres")
