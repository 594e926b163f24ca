"""The Overzicht figures, gathered from every area's provider (see `areas`)."""

from __future__ import annotations

import datetime as dt


from app.db.database import Database
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.overview import areas
from app.services.overview.rows import OverviewItem

_ = translator("core")


class OverviewService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, actor: Actor, today: dt.date | None = None) -> list[OverviewItem]:
        actor.require(Permission.VIEW, _("see the overview"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            result: list[OverviewItem] = []
            for provider in areas.providers():
                result.extend(provider(uow.session, today))
            return result
