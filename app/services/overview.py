"""The figures on the Overzicht page. Each area contributes a provider: a function that reads
its own tables and returns items. Add an area's module to `AREA_PROVIDER_MODULES`."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import AuditEntry, User
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.actor import Actor

_ = translator("core")


@dataclass(frozen=True)
class OverviewItem:
    area: str  # the navigation key of the page it belongs to: "volunteers", "settings", …
    title: str
    value: str
    detail: str = ""
    warning: bool = False


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
    "app.services.volunteer_overview",
    "app.services.allowance_overview",
    "app.services.rooms_overview",
    "app.services.subsidy_records",
]


def providers() -> list[OverviewProvider]:
    area = [importlib.import_module(name).overview_items for name in AREA_PROVIDER_MODULES]
    return [*area, core_items]


class OverviewService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, actor: Actor, today: dt.date | None = None) -> list[OverviewItem]:
        actor.require(Permission.VIEW, _("see the overview"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            result: list[OverviewItem] = []
            for provider in providers():
                result.extend(provider(uow.session, today))
            return result
