"""A small centre with rooms, tariffs and renters, shared by the rooms and bookings tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.services.rooms import BookingDraft
from app.services.rooms import RenterRow, RoomRow


@dataclass
class Centre:
    hall: RoomRow
    kitchen: RoomRow
    yoga: RenterRow  # maatschappelijk
    buurt: RenterRow  # buurtgroep
    shop: RenterRow  # commercieel


def make_centre(services, admin) -> Centre:
    hall = services.rooms.save_room(admin, RoomRow(name="Grote zaal", capacity=80, setup_minutes=15, cleanup_minutes=15))
    kitchen = services.rooms.save_room(admin, RoomRow(name="Keuken", capacity=12, setup_minutes=0, cleanup_minutes=30))
    for room in (hall, kitchen):
        services.rooms.set_tariff(admin, room.id, "commercieel", Decimal("40.00"), Decimal("120.00"))
    address = {"invoice_street": "Klarendalseweg 1", "invoice_postcode": "6822 GK", "invoice_town": "Arnhem"}
    yoga = services.rooms.save_renter(admin, RenterRow(name="Stichting Yoga Oost", category="maatschappelijk",
                                                       contact_name="Anke de Vries", phone="0612345678", **address))
    buurt = services.rooms.save_renter(admin, RenterRow(name="Bewonersgroep Klarendal", category="buurtgroep", **address))
    shop = services.rooms.save_renter(admin, RenterRow(name="Bakkerij Jansen B.V.", category="commercieel", **address))
    return Centre(hall, kitchen, yoga, buurt, shop)


def draft(centre: Centre, day: dt.date, start: str, end: str, **changes) -> BookingDraft:
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    values = {"room_id": centre.hall.id, "activity": "Yoga", "renter_id": centre.yoga.id}
    values.update(changes)
    return BookingDraft(local_start=dt.datetime.combine(day, dt.time(h1, m1)),
                        local_end=dt.datetime.combine(day, dt.time(h2, m2)), **values)
