"""Speed of the calendar with 100.000 bookings (the large demo set).

- The week view (all rooms, rows ready for the screen) loads in ≤ 30 ms; the raw query for the
  same rows is timed beside it.
- The conflict check of a 52-week series takes ≤ 20 ms; the raw overlap queries are timed beside it.
- Both grow with the bookings in the shown period, not with the total: the queries use the
  indexes (EXPLAIN QUERY PLAN) and an empty week costs next to nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

import pytest
from sqlalchemy import func, select, text

from app.db import migrate
from app.db.database import Database
from app.db.models import Booking, Room
from app.demo import DemoContext
from app.demo import core as core_demo
from app.demo import rooms as rooms_demo
from app.domain import bookings as rules
from app.domain import recurrence
from app.domain.progress import NoProgress
from app.services import Services
from app.services.common.actor import Actor
from app.services.rooms import BookingDraft

pytestmark = pytest.mark.benchmark
TODAY = dt.date(2026, 11, 22)
BUSY_WEEK = dt.date(2025, 3, 3)  # the teaching rooms are full: 8 rooms × 5 slots × 7 days


def _best(function, repeat: int = 15) -> float:
    """Milliseconds: the median of `repeat` runs after one warm-up run."""
    function()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _report(name: str, value: float, baseline: float, target: float) -> None:
    print(f"{name}: {value:.1f} ms vs baseline {baseline:.1f} ms = ratio {value / max(baseline, 0.001):.2f} "
          f"(target ≤ {target:.0f} ms)")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rooms_bench")
    db = Database(f"sqlite:///{folder / 'bench.sqlite'}")
    migrate.upgrade(db, backup=False)
    started = time.perf_counter()
    with db.engine.begin() as connection:
        demo = DemoContext(connection, random.Random(2026), "large", TODAY, NoProgress())
        core_demo.populate(demo)
        rooms_demo.populate(demo)
    elapsed = time.perf_counter() - started
    with db.reader() as uow:
        count = uow.session.scalar(select(func.count()).select_from(Booking))
    print(f"\nbenchmark set: {count} bookings built in {elapsed:.1f} s")
    assert count >= 100_000
    assert elapsed < 60
    yield Services.for_database(db), db
    db.dispose()


def test_the_week_view_loads_in_30_ms_with_100_000_bookings(large):
    services, db = large
    actor = Actor.system()
    sunday = BUSY_WEEK + dt.timedelta(days=6)
    rows = services.bookings.between(actor, BUSY_WEEK, sunday)
    assert len(rows) >= 250
    start = rules.to_utc(dt.datetime.combine(BUSY_WEEK, dt.time()))
    end = rules.to_utc(dt.datetime.combine(sunday + dt.timedelta(days=1), dt.time()))
    raw_sql = text("SELECT * FROM booking WHERE start_at < :end AND start_at >= :lookback AND end_at > :start")
    params = {"end": end.strftime("%Y-%m-%d %H:%M:%S.000000"), "start": start.strftime("%Y-%m-%d %H:%M:%S.000000"),
              "lookback": (start - rules.MAX_BLOCK).strftime("%Y-%m-%d %H:%M:%S.000000")}

    def raw() -> None:
        with db.engine.connect() as connection:
            assert len(connection.execute(raw_sql, params).fetchall()) == len(rows)

    week = _best(lambda: services.bookings.between(actor, BUSY_WEEK, sunday))
    baseline = _best(raw)
    _report("rooms week view (all rooms, %d bookings)" % len(rows), week, baseline, 30)
    assert week <= 30
    with db.engine.connect() as connection:
        plan = " ".join(str(r[-1]) for r in connection.execute(text("EXPLAIN QUERY PLAN " + raw_sql.text), params))
    assert "USING INDEX ix_booking_start" in plan, plan
    empty = _best(lambda: services.bookings.between(actor, dt.date(2032, 3, 1), dt.date(2032, 3, 7)))
    print(f"rooms empty week: {empty:.1f} ms (grows with the bookings shown, not the 100.000 stored)")
    assert empty < week


def test_the_conflict_check_of_a_52_week_series_takes_20_ms(large):
    services, db = large
    actor = Actor.system()
    with db.reader() as uow:
        room_id = uow.session.scalar(select(Room.id).where(Room.name == "Leslokaal 3"))
        renter_id = uow.session.scalar(text("SELECT min(id) FROM renter"))
    first = dt.date(2024, 3, 5)
    draft = BookingDraft(room_id, "Nieuwe cursus", dt.datetime.combine(first, dt.time(10)),
                         dt.datetime.combine(first, dt.time(12)), renter_id=renter_id)
    rule = recurrence.weekly((1,), count=52)
    plan = services.bookings.plan_series(actor, draft, rule)
    assert len(plan.dates) == 52 and len(plan.clashing) >= 50  # the teaching rooms are full
    check = _best(lambda: services.bookings.plan_series(actor, draft, rule))
    intervals = [rules.block_for(d.local_start, d.local_end, 15, 15) for d in plan.dates]
    raw_sql = text("SELECT id FROM booking WHERE room_id = :room AND block_start < :b AND block_start >= :lookback "
                   "AND block_end > :a AND status != 'geannuleerd' LIMIT 1")

    def raw() -> None:
        with db.engine.connect() as connection:
            for block in intervals:
                connection.execute(raw_sql, {
                    "room": room_id, "b": block.block_end.strftime("%Y-%m-%d %H:%M:%S.000000"),
                    "a": block.block_start.strftime("%Y-%m-%d %H:%M:%S.000000"),
                    "lookback": (block.block_start - rules.MAX_BLOCK).strftime("%Y-%m-%d %H:%M:%S.000000")}).first()

    baseline = _best(raw)
    _report("rooms conflict check, 52-week series", check, baseline, 20)
    assert check <= 20
    with db.engine.connect() as connection:
        plan_text = " ".join(str(r[-1]) for r in connection.execute(text("EXPLAIN QUERY PLAN " + raw_sql.text), {
            "room": room_id, "a": "2024-03-05", "b": "2024-03-06", "lookback": "2024-03-01"}))
    assert "ix_booking_room_block" in plan_text, plan_text
