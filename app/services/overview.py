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
from app.services.overview_checklist import SetupStep, open_steps

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


CORE_PROVIDER = "core"


def provider_names() -> list[str]:
    """Every provider, in navigation order: the area modules, then the core figures. The page
    counts each one on its own, so that a slow area does not hold up the others' cards."""
    return [*AREA_PROVIDER_MODULES, CORE_PROVIDER]


def provider(name: str) -> OverviewProvider:
    if name == CORE_PROVIDER:
        return core_items
    if name not in AREA_PROVIDER_MODULES:
        raise KeyError(name)
    return importlib.import_module(name).overview_items


def providers() -> list[OverviewProvider]:
    return [provider(name) for name in provider_names()]


class OverviewService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, actor: Actor, today: dt.date | None = None) -> list[OverviewItem]:
        """Every provider's figures, in one read (the command line, tests)."""
        actor.require(Permission.VIEW, _("see the overview"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            result: list[OverviewItem] = []
            for area_provider in providers():
                result.extend(area_provider(uow.session, today))
            return result

    def checklist(self, actor: Actor) -> list[SetupStep]:
        """The first steps after set-up while any is open (done ones ticked off), else []."""
        actor.require(Permission.VIEW, _("see the overview"))
        with self.db.reader() as uow:
            return open_steps(uow.session)

    def items_of(self, actor: Actor, name: str, today: dt.date | None = None) -> list[OverviewItem]:
        """One provider's figures (a name from provider_names()), each in its own read so that
        the page can count the providers side by side and show each as it arrives."""
        actor.require(Permission.VIEW, _("see the overview"))
        with self.db.reader() as uow:
            return provider(name)(uow.session, today or dt.date.today())
