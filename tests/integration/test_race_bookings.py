"""Two colleagues book the same room at overlapping times at the same moment (two processes, a
barrier, many rounds, SQLite and PostgreSQL): exactly one booking, the other gets the Dutch
refusal. On PostgreSQL the database itself refuses an overlap too (EXCLUDE USING gist), even
for a program that skips the room lock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from app.db.models import Booking
from app.domain.errors import BookingOverlapRefused
from app.domain.permissions import Role
from app.services import Services
from app.services.rooms import _bookings as bookings
from app.services.common.actor import Actor
from app.services.rooms import RoomRow
from tests.integration.race import exactly_one_ok, racing, rounds, url_of
from tests.integration.rooms_helpers import draft, make_centre

ROUNDS = rounds(8)
FIRST_DAY = dt.date(2026, 11, 23)


def book(db, round_no: int, index: int) -> str:
    from app.db.models import Room

    services = Services.for_database(db)
    with db.reader() as uow:
        hall, renter = uow.session.scalar(select(Room.id).where(Room.name == f"Zaal {round_no}")), 1
    actor = Actor(1, "beheerder", "Fatima el Amrani", Role.ADMIN)
    start = dt.datetime.combine(FIRST_DAY, dt.time(19)) + dt.timedelta(minutes=30 * index)
    row = services.bookings.create(actor, bookings.BookingDraft(
        room_id=hall, activity=f"Poging {index}", local_start=start, local_end=start + dt.timedelta(hours=2),
        renter_id=renter))
    return f"booking {row.id}"


def test_two_bookings_of_one_slot_at_once_give_exactly_one(services, db, admin):
    make_centre(services, admin)
    with racing(url_of(db), f"{__name__}:book", ROUNDS) as race:
        for round_no in range(ROUNDS):
            services.rooms.save_room(admin, RoomRow(name=f"Zaal {round_no}", capacity=40, setup_minutes=15,
                                                    cleanup_minutes=15))  # a fresh room per round
            outcomes = race.go()
            exactly_one_ok(outcomes, lambda message: f"Zaal {round_no}" in message or "geboekt" in message)
            with db.reader() as uow:
                assert uow.session.scalar(select(func.count()).select_from(Booking)) == round_no + 1


def test_postgresql_itself_refuses_an_overlap_that_skipped_the_room_lock(postgres_db, monkeypatch):
    services = Services.for_database(postgres_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    services.bookings.create(admin, draft(centre, FIRST_DAY, "19:00", "21:00"))
    with postgres_db.reader() as uow:
        assert uow.session.scalar(text(
            "SELECT count(*) FROM pg_constraint WHERE conname = 'ex_booking_room_block'")) == 1
    monkeypatch.setattr(bookings, "lock_room", lambda session, room_id: None)
    monkeypatch.setattr(bookings.BookingService, "_problem_for", lambda *args: None)
    with pytest.raises(BookingOverlapRefused, match="zojuist door iemand anders"):
        services.bookings.create(admin, draft(centre, FIRST_DAY, "20:00", "22:00"))
    services.bookings.create(admin, draft(centre, FIRST_DAY, "21:30", "23:00", room_id=centre.kitchen.id))
    with postgres_db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Booking)) == 2
