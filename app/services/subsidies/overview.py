"""The subsidy figures on the Overzicht page."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Funder, SubsidyApplication
from app.domain import formatting
from app.domain.subsidies import State
from app.i18n import translator
from app.services.overview.rows import OverviewItem
from app.services.subsidies._records import upcoming_deadlines

_ = translator("subsidies")


def overview_items(session: Session, today: dt.date) -> list[OverviewItem]:
    """Overzicht: deadlines in the coming six weeks and applications awaiting a decision."""
    deadlines = upcoming_deadlines(session, today)
    lines = [
        f"{formatting.date(d.day)} {d.funder_name}: {d.what}" + (f" ({d.application_title})" if d.application_title else "")
        for d in deadlines[:4]
    ]
    waiting = list(session.execute(
        select(SubsidyApplication.title, Funder.name).join(Funder, Funder.id == SubsidyApplication.funder_id)
        .where(SubsidyApplication.state == State.SUBMITTED.value).order_by(SubsidyApplication.submitted_on)
    ))
    return [
        OverviewItem("subsidies", _("Subsidy deadlines in the next 6 weeks"), str(len(deadlines)),
                     "\n".join(lines), warning=any(d.overdue for d in deadlines)),
        OverviewItem("subsidies", _("Applications awaiting a decision"), str(len(waiting)),
                     "\n".join(f"{title} ({funder})" for title, funder in waiting[:4])),
    ]
