"""Open the database the user asked for and bring it to the current schema."""

from __future__ import annotations

import time

from app.config import resolve_database_url
from app.db import migrate
from app.db.database import Database
from app.domain.errors import DatabaseLocked
from app.services import Services
from app.services.maintenance import auto_backup

# Another program may be setting up or updating the same SQLite file at this moment (two
# colleagues starting Wijkhuis at once on a shared file): wait for it rather than give up.
SETUP_WAIT_SECONDS = 120


def open_database(url: str | None = None, *, upgrade: bool = True, daily_backup: bool = True) -> Database:
    """`daily_backup=False`: the caller makes the day's copy itself, later (the window does it
    once the Overzicht's figures are on screen, see ui.launcher)."""
    db = Database(resolve_database_url(url))
    try:
        if upgrade:
            _upgrade_waiting_for_others(db, daily_backup)
        else:
            migrate.check_compatible(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _upgrade_waiting_for_others(db: Database, daily_backup: bool) -> None:
    deadline = time.monotonic() + SETUP_WAIT_SECONDS
    while True:
        try:
            copied = auto_backup.before_migration(db)  # a copy in the administrator's backup folder
            # migrate makes its own copy only when that one could not be made: one copy, not two
            migrate.upgrade(db, backup=copied is None or copied.made is None)
            if daily_backup:
                auto_backup.daily(db)
            return
        except DatabaseLocked:
            if db.sqlite_path is None or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def open_services(url: str | None = None, *, daily_backup: bool = True) -> Services:
    return Services.for_database(open_database(url, daily_backup=daily_backup))


def warm_up() -> None:
    """For a window, on its background thread: what the first use would otherwise do on the
    GUI thread, each ~0.1 s. SQLAlchemy sets up the models' relationships at the first query,
    Babel reads its Dutch data at the first date."""
    from sqlalchemy.orm import configure_mappers

    from app.domain import formatting

    configure_mappers()
    formatting.load_locale_data()
