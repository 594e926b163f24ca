"""Overzicht's "occupancy this month": the booked minutes summed by the database (no booking
row fetched), over the open hours of the active rooms; cancelled bookings do not count."""

from __future__ import annotations

import datetime as dt

from tests.integration.rooms_helpers import draft, make_centre


def test_occupancy_is_booked_hours_over_open_hours_to_the_minute(services, admin):
    centre = make_centre(services, admin)  # two rooms, open Monday to Saturday 08:30–22:30
    february = [dt.date(2027, 2, d) for d in range(1, 29)]
    weekdays = [day for day in february if day.weekday() < 6]
    for day in weekdays[:12]:  # the hall, twelve whole days: 12 × 14 h
        services.bookings.create(admin, draft(centre, day, "08:30", "22:30"))
    services.bookings.create(admin, draft(centre, weekdays[12], "10:00", "11:30", room_id=centre.kitchen.id))
    cancelled = services.bookings.create(admin, draft(centre, weekdays[13], "09:00", "21:00"))
    services.bookings.cancel(admin, cancelled.id, "gaat niet door")
    items = {i.title: i for i in services.overview.items(admin, dt.date(2027, 2, 10)) if i.area == "rooms"}
    # open: 24 days (no Sundays, no public holidays) × 14 h × 2 rooms = 672 h; booked 168 h + 1,5 h
    assert items["Bezetting deze maand"].value == "25,2 %"
    assert items["Bezetting deze maand"].detail == "februari 2027"


def test_a_closed_room_counts_in_neither_booked_nor_open_hours(services, admin):
    centre = make_centre(services, admin)  # two rooms, open Monday to Saturday 08:30–22:30
    february = [dt.date(2027, 2, d) for d in range(1, 29)]
    weekdays = [day for day in february if day.weekday() < 6]
    kept = services.bookings.create(admin, draft(centre, weekdays[0], "08:30", "22:30"))
    services.bookings.create(admin, draft(centre, weekdays[5], "08:30", "22:30"))
    # the hall is painted on the first four weekdays; the booking on the first is kept on purpose
    services.closures.close(admin, weekdays[0], weekdays[3], "Schilderwerk grote zaal", room_id=centre.hall.id,
                            keep=[kept.id])
    items = {i.title: i for i in services.overview.items(admin, dt.date(2027, 2, 10)) if i.area == "rooms"}
    # open: 672 h less 4 days × 14 h of the hall = 616 h; booked: only the day after the closure, 14 h
    assert items["Bezetting deze maand"].value == "2,3 %"
