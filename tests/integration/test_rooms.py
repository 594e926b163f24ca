"""Rooms, renters, tariffs and closing days: validation in Dutch, roles, the audit trail, and
the demo season (no double bookings in it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db.models import AuditEntry, Booking, ClosingDay, Renter, Room
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.i18n import set_language
from app.services.rooms import live_bookings_on_closing_days
from app.services.rooms import RenterRow, RoomRow


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def _count(services, model) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_room_is_saved_edited_and_audited(services, actors):
    coordinator = actors[Role.COORDINATOR.value]
    room = services.rooms.save_room(coordinator, RoomRow(name="Soos", capacity=40, facilities="Bar, biljart"))
    edited = services.rooms.save_room(coordinator, RoomRow(**{**room.__dict__, "capacity": 45}))
    assert edited.capacity == 45 and edited.version == 2
    with services.db.reader() as uow:
        entries = list(uow.session.execute(select(AuditEntry.action, AuditEntry.after).where(AuditEntry.entity == "room")
                                           .order_by(AuditEntry.id)))
    assert entries[0][0] == "create" and entries[1] == ("update", {"capacity": 45})


def test_bad_room_input_is_named_per_field_and_nothing_saved(services, admin):
    bad = RoomRow(name=" ", colour="rood", setup_minutes=999, opening_hours={"0": ["22:00", "08:00"]})
    with pytest.raises(ValidationError) as refused:
        services.rooms.save_room(admin, bad)
    messages = {p.field: p.message for p in refused.value.problems}
    assert messages["name"] == "is verplicht"
    assert messages["colour"] == "gebruik een kleur zoals #4E79A7"
    assert messages["opening_hours"] == "Maandag: sluitingstijd ligt vóór openingstijd"
    assert "setup_minutes" in messages
    assert _count(services, Room) == 0


def test_two_rooms_cannot_share_a_name(services, admin):
    services.rooms.save_room(admin, RoomRow(name="Keuken"))
    with pytest.raises(ValidationError, match="er is al een zaal met de naam Keuken"):
        services.rooms.save_room(admin, RoomRow(name="Keuken"))


def test_a_renter_with_a_bad_e_mail_and_postcode_is_refused(services, admin):
    with pytest.raises(ValidationError) as refused:
        services.rooms.save_renter(admin, RenterRow(name="Koor", email="koor@", invoice_postcode="12345"))
    assert {p.field for p in refused.value.problems} == {"email", "invoice_postcode"}
    assert _count(services, Renter) == 0


def test_a_read_only_user_sees_renters_without_contact_details(services, actors):
    services.rooms.save_renter(actors["beheerder"], RenterRow(name="Familie Öztürk", category="commercieel",
                                                              phone="0612345678", email="ayse@example.nl"))
    seen = services.rooms.renters(actors[Role.READ_ONLY.value])[0]
    assert (seen.name, seen.phone, seen.email) == ("Familie Öztürk", "", "")
    assert services.rooms.renters(actors[Role.COORDINATOR.value])[0].email == "ayse@example.nl"


@pytest.mark.parametrize("role", [Role.TREASURER, Role.READ_ONLY])
def test_rooms_renters_tariffs_and_closing_days_need_the_right_to_manage_rooms(services, actors, role):
    actor = actors[role.value]
    room = services.rooms.save_room(actors["beheerder"], RoomRow(name="Gymzaal"))
    before = _count(services, AuditEntry)
    for attempt in (lambda: services.rooms.save_room(actor, RoomRow(name="Atelier")),
                    lambda: services.rooms.save_renter(actor, RenterRow(name="Koor")),
                    lambda: services.rooms.set_tariff(actor, room.id, "commercieel", Decimal(10), Decimal(30)),
                    lambda: services.rooms.add_closing(actor, dt.date(2026, 7, 20), dt.date(2026, 8, 7), "Zomer")):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _count(services, AuditEntry) == before


def test_closing_days_list_the_centres_own_and_the_public_holidays(services, admin):
    closing = services.rooms.add_closing(admin, dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Kerstsluiting")
    rows = services.rooms.closing_days(admin, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [(r.start_date.day, r.reason, r.public_holiday) for r in rows] == [
        (24, "Kerstsluiting", False), (25, "Eerste kerstdag", True), (26, "Tweede kerstdag", True)]
    closed = services.rooms.closed_dates(admin, dt.date(2026, 12, 30), dt.date(2027, 1, 2))
    assert closed == {dt.date(2026, 12, 30): "Kerstsluiting", dt.date(2026, 12, 31): "Kerstsluiting",
                      dt.date(2027, 1, 1): "Nieuwjaarsdag"}
    services.rooms.remove_closing(admin, closing.id)
    assert services.rooms.closed_dates(admin, dt.date(2026, 12, 30), dt.date(2026, 12, 31)) == {}
    with pytest.raises(ValidationError, match="geef aan waarom het buurthuis dicht is"):
        services.rooms.add_closing(admin, dt.date(2026, 7, 1), dt.date(2026, 7, 2), " ")


def test_tariffs_and_the_price_preview(services, admin):
    room = services.rooms.save_room(admin, RoomRow(name="Grote zaal"))
    renter = services.rooms.save_renter(admin, RenterRow(name="Koor", category="maatschappelijk"))
    services.rooms.set_tariff(admin, room.id, "commercieel", Decimal("40"), Decimal("120"))
    start = dt.datetime(2026, 11, 24, 19)
    price = services.rooms.price_preview(admin, room.id, renter.id, "uur", start, start + dt.timedelta(hours=2))
    assert price.amount == Decimal("28.00")
    services.settings.set(admin, "rooms.category_percentages", {"maatschappelijk": 50})
    assert services.rooms.price_preview(admin, room.id, renter.id, "uur", start, start + dt.timedelta(hours=2)).amount == 40
    with pytest.raises(ValidationError):
        services.rooms.set_tariff(admin, room.id, "vip", Decimal("-1"), Decimal("0"))


def test_the_demo_season_has_rooms_renters_series_and_no_overlap(sqlite_db):
    from app import demo
    from app.services import Services

    counts = demo.build(sqlite_db, today=dt.date(2026, 11, 22))
    assert counts["Zalen"] == 5 and counts["Reeksen"] >= 15 and counts["Boekingen"] > 500
    other = aliased(Booking)
    with sqlite_db.reader() as uow:
        clashes = uow.session.scalar(select(func.count()).select_from(Booking).join(other, (other.room_id == Booking.room_id)
            & (other.id > Booking.id) & (other.block_start < Booking.block_end) & (other.block_end > Booking.block_start)
            & (other.status != "geannuleerd") & (Booking.status != "geannuleerd")))
    assert clashes == 0
    with sqlite_db.reader() as uow:  # the demo data is consistent: no live booking on a closing day
        assert live_bookings_on_closing_days(uow.session) == []
        painting = uow.session.scalars(select(ClosingDay).where(ClosingDay.reason.like("%grote zaal%"))).one()
        assert painting.room_id == uow.session.scalars(select(Room.id).where(Room.name == "Grote zaal")).one()
    services = Services.for_database(sqlite_db)
    actor = services.users.authenticate("coordinator", "demo")
    week = services.bookings.between(actor, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert {r.room_name for r in week} >= {"Grote zaal", "Keuken", "Vergaderruimte", "Soos", "Gymzaal"}
    assert any(r.public for r in week) and any(r.status == "optie" for r in services.bookings.between(
        actor, dt.date(2026, 11, 23), dt.date(2027, 6, 30)))


def test_the_overview_shows_bookings_options_occupancy_and_unpaid_invoices(services, admin):
    from tests.integration.rooms_helpers import draft, make_centre

    centre = make_centre(services, admin)
    today = dt.date(2026, 11, 23)
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 24), "19:00", "21:00"))
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 25), "10:00", "12:00", status="optie"))
    concept = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    services.invoices.finalise(admin, concept.id, dt.date(2026, 11, 1))
    items = {i.title: i for i in services.overview.items(admin, today) if i.area == "rooms"}
    assert items["Boekingen deze week"].value == "2"
    assert items["Opties die op bevestiging wachten"].value == "1" and items["Opties die op bevestiging wachten"].warning
    assert items["Bezetting deze maand"].value.endswith("%")
    unpaid = items["Onbetaalde facturen"]
    assert unpaid.value == "1" and unpaid.detail == "€ 28,00 openstaand, 1 over de vervaldatum" and unpaid.warning
