"""Speed of the accountability report on a busy centre: 100.000 bookings (2.000 of them in a
linked weekly series, 300 linked one by one) and 50.000 volunteer-hour lines, against the raw
SQL that counts the same activities, participants and hours, measured in the same run."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time
from decimal import Decimal

import pytest
from sqlalchemy import insert

from app.db import migrate
from app.db.database import Database
from app.db.models import Booking, BookingSeries, Room, Volunteer, VolunteerHours, WorkingGroup
from app.services import Services
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

pytestmark = pytest.mark.benchmark

REPORT_TARGET_RATIO = 8
BOOKINGS = 100_000
HOURS = 50_000


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "druk.sqlite"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    services = Services.for_database(db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima", "geheim123")
    rng = random.Random(2026)
    start = dt.datetime(2026, 1, 1, 9)
    with db.engine.begin() as connection:
        connection.execute(insert(Room).values(centre_id=1), [{"name": f"Zaal {i}", "capacity": 40, "version": 1} for i in range(8)])
        connection.execute(insert(WorkingGroup).values(centre_id=1), [{"name": f"Werkgroep {i}", "version": 1} for i in range(20)])
        connection.execute(insert(Volunteer), [{"first_name": f"V{i}", "last_name": "Test", "version": 1}
                                               for i in range(2000)])
        connection.execute(insert(BookingSeries).values(centre_id=1), [{
            "room_id": 1, "activity": "Taalcafé", "start_time": dt.time(10), "end_time": dt.time(12),
            "first_date": dt.date(2026, 1, 1), "rule": {"freq": "weekly"}, "version": 1}])
        rows = []
        for index in range(BOOKINGS):
            local = start + dt.timedelta(minutes=15 * index)
            utc = local.replace(tzinfo=dt.UTC)
            rows.append({
                "room_id": 1 + index % 8, "activity": "Taalcafé" if index % 50 == 0 else f"Activiteit {index % 97}",
                "start_at": utc, "end_at": utc + dt.timedelta(hours=2), "block_start": utc,
                "block_end": utc + dt.timedelta(hours=2), "local_start": local, "local_end": local + dt.timedelta(hours=2),
                "status": "bevestigd", "actual_participants": rng.randint(3, 30),
                "series_id": 1 if index % 50 == 0 else None, "version": 1,
            })
        connection.execute(insert(Booking).values(centre_id=1), rows)
        connection.execute(insert(VolunteerHours).values(centre_id=1), [{
            "volunteer_id": 1 + rng.randrange(2000), "worked_on": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(900)),
            "hours": Decimal(rng.randint(1, 8)), "working_group_id": 1 + rng.randrange(20), "version": 1,
        } for _ in range(HOURS)])
    fund = services.subsidies.save_funder(admin, fonds_1818())
    application = services.subsidies.create_application(admin, balanced_application(
        fund.id, period_start=dt.date(2026, 1, 1), period_end=dt.date(2036, 12, 31)))
    services.subsidies.submit(admin, application.id, expected_version=None)
    services.subsidies.grant(admin, application.id, expected_version=None, amount=Decimal("1500"),
                             decided_on=dt.date.today(), final_report_due=dt.date(2037, 4, 1))
    services.accountability.set_series_links(admin, application.id, [1])
    singles = [i for i in range(2, BOOKINGS, 333)][:300]
    services.accountability.set_booking_links(admin, application.id, singles)
    services.accountability.set_working_group_links(admin, application.id, [3, 7])
    yield services, admin, application.id, path, singles
    db.dispose()


def _median_ms(work, repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def test_the_accountability_report_on_100000_bookings(busy):
    services, admin, application_id, path, singles = busy
    today = dt.date(2036, 12, 31)
    report = services.accountability.report(admin, application_id, today=today)
    assert report.activities_held == BOOKINGS // 50 + len([s for s in singles if s % 50 != 1])

    def baseline():
        connection = sqlite3.connect(path)
        marks = ",".join("?" * len(singles))
        connection.execute(
            f"SELECT count(*), sum(actual_participants) FROM booking WHERE (series_id = 1 OR id IN ({marks})) "
            "AND status = 'bevestigd'", singles).fetchone()
        connection.execute("SELECT sum(hours), count(DISTINCT volunteer_id) FROM volunteer_hours "
                           "WHERE working_group_id IN (3, 7)").fetchone()
        connection.close()

    report_ms = _median_ms(lambda: services.accountability.report(admin, application_id, today=today))
    baseline_ms = _median_ms(baseline)
    ratio = report_ms / baseline_ms
    print(f"accountability report: {report_ms:.0f} ms vs baseline {baseline_ms:.0f} ms = ratio {ratio:.1f} "
          f"(target ≤ {REPORT_TARGET_RATIO})")
    assert ratio <= REPORT_TARGET_RATIO
