"""The volunteer figures on Overzicht: active volunteers, missing and expiring VOGs, goals of
working groups that end soon or ended, and who is due for anonymisation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Volunteer, WorkingGroup
from app.domain import volunteers as rules
from app.i18n import translator
from app.services.overview import OverviewItem
from app.services.volunteer_queries import in_vog_group, anonymise_months, renewal_years

_ = translator("volunteers")


def overview_items(session: Session, today: dt.date) -> list[OverviewItem]:
    current = and_(Volunteer.status.in_((rules.Status.ACTIVE.value, rules.Status.PAUSED.value)),
                   Volunteer.anonymised_at.is_(None))
    bounds = rules.vog_bounds(today, renewal_years(session))
    active = session.scalar(select(func.count()).select_from(Volunteer).where(
        Volunteer.status == rules.Status.ACTIVE.value, Volunteer.anonymised_at.is_(None)))
    missing = session.scalar(select(func.count()).select_from(Volunteer).where(
        current, in_vog_group(),
        or_(Volunteer.vog_issued_on.is_(None), Volunteer.vog_issued_on <= bounds.expired_until)))
    expiring = session.scalar(select(func.count()).select_from(Volunteer).where(
        current, Volunteer.vog_issued_on > bounds.expired_until, Volunteer.vog_issued_on <= bounds.expiring_until))
    goals = session.execute(select(WorkingGroup.name, WorkingGroup.end_date).where(
        WorkingGroup.active.is_(True), WorkingGroup.end_date.is_not(None),
        WorkingGroup.end_date <= today + dt.timedelta(days=rules.GOAL_NEAR_DAYS))).all()
    cutoff = today - rules.relativedelta(months=anonymise_months(session))
    due = session.scalar(select(func.count()).select_from(Volunteer).where(
        Volunteer.status == rules.Status.STOPPED.value, Volunteer.anonymised_at.is_(None),
        Volunteer.end_date.is_not(None), Volunteer.end_date <= cutoff))
    return [
        OverviewItem("volunteers", _("Active volunteers"), str(active)),
        OverviewItem("volunteers", _("Missing VOGs"), str(missing),
                     _("in a working group that requires a VOG, without a valid one"), warning=bool(missing)),
        OverviewItem("volunteers", _("VOGs expiring within 60 days"), str(expiring), warning=bool(expiring)),
        OverviewItem("volunteers", _("Goals ending or ended"), str(len(goals)),
                     ", ".join(sorted(name for name, _end in goals))[:200], warning=bool(goals)),
        OverviewItem("volunteers", _("Due for anonymisation"), str(due),
                     _("stopped more than the set number of months ago"), warning=bool(due)),
    ]
