"""Realistic Dutch demo data, written in bulk (Core inserts, not one ORM object at a time).

Each area has a module here with `populate(demo: DemoContext)`; `AREAS` lists them in the
order they build on each other. `size="large"` is the benchmark set.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection, make_url

from app.db.database import Database
from app.domain.errors import Conflict
from app.domain.progress import NoProgress, Progress
from app.i18n import translator

_ = translator("core")

AREAS = ["app.demo.core", "app.demo.volunteers", "app.demo.rooms", "app.demo.allowances"]
AREAS.append("app.demo.subsidies")  # always last: reads the other areas' tables

DEMO_PASSWORD = "demo"


@dataclass
class DemoContext:
    connection: Connection
    rng: random.Random
    size: str
    today: dt.date
    progress: Progress
    counts: dict[str, int] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)  # ids one area hands to the next

    @property
    def large(self) -> bool:
        return self.size == "large"


def remove_sqlite_database(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise Conflict(_("--replace only works for an SQLite file; empty the server database yourself."))
    path = Path(parsed.database)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build(
    db: Database, *, size: str = "small", seed: int = 2026, progress: Progress | None = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    from app.services.accounts import UserService

    if UserService(db).is_initialised():
        raise Conflict(
            _("{where} already holds data; demo data goes into a new database (use --replace for a file).").format(
                where=db.describe()
            )
        )
    progress = progress or NoProgress()
    with db.engine.begin() as connection:
        context = DemoContext(
            connection=connection, rng=random.Random(seed), size=size,
            today=today or dt.date.today(), progress=progress,
        )
        for index, name in enumerate(AREAS):
            progress.report(index, len(AREAS), name.rsplit(".", 1)[-1])
            importlib.import_module(name).populate(context)
        progress.report(len(AREAS), len(AREAS), "")
    return context.counts
