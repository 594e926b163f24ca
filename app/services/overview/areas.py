"""Where the Overzicht figures come from. Each area contributes a provider: a function in its
public `overview` module that reads its own tables and returns items. Add an area's module to
`AREA_PROVIDER_MODULES`."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, User
from app.i18n import translator
from app.services.overview.rows import OverviewItem

_ = translator("core")


OverviewProvider = Callable[[Session, dt.date], list[OverviewItem]]


def core_items(session: Session, today: dt.date) -> list[OverviewItem]:
    users = session.scalar(select(func.count()).select_from(User).where(User.active.is_(True)))
    start_of_day = dt.datetime.combine(today, dt.time.min).astimezone(dt.UTC)
    changes = session.scalar(
        select(func.count()).select_from(AuditEntry).where(
            AuditEntry.at >= start_of_day, AuditEntry.action.notin_(("login", "login_failed", "view"))
        )
    )
    return [
        OverviewItem("settings", _("Active accounts"), str(users)),
        OverviewItem("settings", _("Changes today"), str(changes)),
    ]


# Each area's figures live in its own module, as `overview_items(session, today)`; they are
# imported by name when the Overzicht is counted (the area modules import this one for
# OverviewItem, so importing them here would be circular). Listed in navigation order.
AREA_PROVIDER_MODULES = [
    "app.services.volunteers.overview",
    "app.services.allowances.overview",
    "app.services.rooms.overview",
    "app.services.subsidies.overview",
]


def providers() -> list[OverviewProvider]:
    area = [importlib.import_module(name).overview_items for name in AREA_PROVIDER_MODULES]
    return [*area, core_items]
