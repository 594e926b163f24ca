"""The figures on the Overzicht page. Each area contributes a provider: a function that reads
its own tables and returns items. Add an area's provider to `PROVIDERS`."""

from __future__ import annotations

import datetime as dt
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


PROVIDERS: list[OverviewProvider] = [core_items, lambda session, today: _subsidy_items(session, today)]
PROVIDERS.append(lambda session, today: _allowance_items(session, today))  # allowances
PROVIDERS.append(lambda session, today: __import__("app.services.volunteer_overview", fromlist=["x"]).overview_items(session, today))  # volunteers
PROVIDERS.append(lambda session, today: __import__("app.services.rooms_overview", fromlist=["x"]).overview_items(session, today))  # rooms


class OverviewService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, actor: Actor, today: dt.date | None = None) -> list[OverviewItem]:
        actor.require(Permission.VIEW, _("see the overview"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            result: list[OverviewItem] = []
            for provider in PROVIDERS:
                result.extend(provider(uow.session, today))
            return result


def _subsidy_items(session: Session, today: dt.date) -> list[OverviewItem]:
    from app.services.subsidies import overview_items  # imported late: subsidies imports this module

    return overview_items(session, today)


def _allowance_items(session: Session, today: dt.date) -> list[OverviewItem]:
    from app.services.allowance_overview import overview_items

    return overview_items(session, today)
