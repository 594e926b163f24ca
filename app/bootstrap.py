"""Open the database the user asked for and bring it to the current schema."""

from __future__ import annotations

from app.config import resolve_database_url
from app.db import migrate
from app.db.database import Database
from app.services import Services
from app.services.maintenance import auto_backup


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    db = Database(resolve_database_url(url))
    try:
        if upgrade:
            copied = auto_backup.before_migration(db)  # a copy in the administrator's backup folder
            # migrate makes its own copy only when that one could not be made: one copy, not two
            migrate.upgrade(db, backup=copied is None or copied.made is None)
            auto_backup.daily(db)
        else:
            migrate.check_compatible(db)
    except BaseException:
        db.dispose()
        raise
    return db


def open_services(url: str | None = None) -> Services:
    return Services.for_database(open_database(url))
