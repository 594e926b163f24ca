"""Two colleagues booking the same slot at the same moment: exactly one succeeds.

PostgreSQL: many threads, each with its own connection, released together by a barrier.
SQLite: two processes on one file (the case of two PCs sharing a file is the same), each
trying several overlapping attempts; the write lock (BEGIN IMMEDIATE) serialises them.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading

import pytest
from sqlalchemy import func, select

from app.db.models import Booking
from app.domain.errors import Conflict
from app.services import Services
from app.services.rooms import BookingDraft
from tests.integration.rooms_helpers import make_centre

SLOT_DAY = dt.date(2026, 11, 24)


def _attempt(services: Services, actor, room_id: int, renter_id: int, offset_minutes: int) -> str:
    start = dt.datetime.combine(SLOT_DAY, dt.time(19)) + dt.timedelta(minutes=offset_minutes)
    try:
        services.bookings.create(actor, BookingDraft(room_id, f"Poging {offset_minutes}", start,
                                                     start + dt.timedelta(hours=2), renter_id=renter_id))
        return "ok"
    except Conflict:
        return "refused"


def _live_bookings(services: Services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(Booking))


def test_many_threads_booking_one_slot_on_postgresql_exactly_one_succeeds(postgres_db):
    services = Services.for_database(postgres_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    attempts = 12
    barrier = threading.Barrier(attempts)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        own = Services.for_database(postgres_db)
        barrier.wait()
        result = _attempt(own, admin, centre.hall.id, centre.yoga.id, offset_minutes=index * 5)
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["ok"] + ["refused"] * (attempts - 1)
    assert _live_bookings(services) == 1


def _process(url: str, actor, room_id: int, renter_id: int, offsets: list[int], start_event, results) -> None:
    from app.db.database import Database

    db = Database(url)
    services = Services.for_database(db)
    start_event.wait(30)
    for offset in offsets:
        results.put(_attempt(services, actor, room_id, renter_id, offset))
    db.dispose()


def test_two_processes_booking_one_slot_in_one_sqlite_file_exactly_one_succeeds(sqlite_db):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    url = sqlite_db.url.render_as_string(hide_password=False)
    sqlite_db.dispose()
    context = multiprocessing.get_context("spawn")
    start_event = context.Event()
    results = context.Queue()
    processes = [
        context.Process(target=_process, args=(url, admin, centre.hall.id, centre.yoga.id, offsets, start_event, results))
        for offsets in ([0, 10, 20, 30], [5, 15, 25, 35])
    ]
    for process in processes:
        process.start()
    start_event.set()
    outcomes = [results.get(timeout=60) for _ in range(8)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert sorted(outcomes) == ["ok"] + ["refused"] * 7
    assert _live_bookings(services) == 1


@pytest.mark.parametrize("attempts", [6])
def test_threads_on_one_sqlite_file_exactly_one_succeeds(sqlite_db, attempts):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    barrier = threading.Barrier(attempts)
    outcomes: list[str] = []

    def worker(index: int) -> None:
        barrier.wait()
        outcomes.append(_attempt(services, admin, centre.hall.id, centre.yoga.id, index * 5))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["ok"] + ["refused"] * (attempts - 1)
