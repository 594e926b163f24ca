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
from tests.integration.rooms_helpers import draft, make_centre
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


def test_the_rooms_figures_read_only_the_bookings_of_their_period(services, admin):
    """SQLite without statistics picks an index by the look of the query: a condition on the
    room made it walk every room's whole history (65 ms on the large demo instead of 2)."""
    db = services.db
    if not db.is_sqlite:
        return  # PostgreSQL plans by its statistics
    centre = make_centre(services, admin)
    services.bookings.create(admin, draft(centre, TODAY, "10:00", "12:00"))
    actor = Actor.system()
    seen: list[tuple[str, object]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _executemany):
        if "FROM booking" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        services.overview.items_of(actor, "app.services.rooms.overview", TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert seen
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        for statement, parameters in seen:
            plan = " ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))
            assert "ix_booking_start" in plan, (statement, plan)
