"""Use cases, one module per area. A window or a command builds `Services` once per database
and hands each page the services it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.database import Database
from app.services.overview import OverviewService
from app.services.settings import SettingsService
from app.services.users import UserService


@dataclass
class Services:
    db: Database
    users: UserService
    settings: SettingsService
    overview: OverviewService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            users=UserService(db),
            settings=SettingsService(db),
            overview=OverviewService(db),
        )
