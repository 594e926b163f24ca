"""The Overzicht counts in the database: every area's figures take a fixed number of SQL
statements, whatever the number of volunteers, lines or bookings (a query per volunteer would
make start-up on a large centre slow; tests/benchmarks/test_startup_bench.py measures that).
On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from sqlalchemy import event

from app.services import Services
from app.services.common.actor import Actor
from app.services.overview import areas
from tests.integration.test_allowance_overview import YEAR, _random_year

TODAY = dt.date(YEAR, 6, 15)
MOST_STATEMENTS_PER_AREA = 12  # the most any area needs now is 11 (rooms)


def _statements_per_area(db) -> Counter:
    services, actor = Services.for_database(db), Actor.system()
    counted: Counter = Counter()
    current = [""]

    def count(_connection, _cursor, statement, _parameters, _context, _executemany):
        if statement.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            counted[current[0]] += 1

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for name in areas.provider_names():
            current[0] = name
            services.overview.items_of(actor, name, TODAY)
        current[0] = "checklist"
        services.overview.checklist(actor)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return counted


def test_each_area_counts_with_a_fixed_number_of_statements_whatever_the_size_of_the_data(db):
    _random_year(db, random.Random(7), volunteers=3)
    few = _statements_per_area(db)
    _random_year(db, random.Random(8), volunteers=60)  # among them many paid by other organisations
    many = _statements_per_area(db)
    assert many == few, (few, many)
    assert max(many.values()) <= MOST_STATEMENTS_PER_AREA, many
