"""The Overzicht figures, gathered from every area's provider (see `areas`)."""

from __future__ import annotations

import datetime as dt


from app.db.database import Database
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.overview import areas
from app.services.overview._checklist import SetupStep, open_steps
from app.services.overview.rows import OverviewItem

_ = translator("core")


class OverviewService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, actor: Actor, today: dt.date | None = None) -> list[OverviewItem]:
        """Every provider's figures, in one read (the command line, tests)."""
        actor.require(Permission.VIEW, _("see the overview"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            result: list[OverviewItem] = []
            for area_provider in areas.providers():
                result.extend(area_provider(uow.session, today))
            return result

    def prepare(self, today: dt.date | None = None) -> None:
        """Load every area's figures module and what it needs besides the database (the rooms'
        public holidays), without reading data or asking for a permission: the window does this
        in the background while the login dialog is open, so that the figures come sooner after."""
        today = today or dt.date.today()
        for name in areas.provider_names():
            areas.prepare(name, today)

    def checklist(self, actor: Actor) -> list[SetupStep]:
        """The first steps after set-up while any is open (done ones ticked off), else []."""
        actor.require(Permission.VIEW, _("see the overview"))
        with self.db.reader(actor) as uow:
            return open_steps(uow.session)

    def items_of(self, actor: Actor, name: str, today: dt.date | None = None) -> list[OverviewItem]:
        """One provider's figures (a name from areas.provider_names()), each in its own read so
        that the page can count the providers side by side and show each as it arrives."""
        actor.require(Permission.VIEW, _("see the overview"))
        with self.db.reader(actor) as uow:
            return areas.provider(name)(uow.session, today or dt.date.today())
