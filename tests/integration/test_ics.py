"""The iCalendar export read back with icalendar: TZID Europe/Amsterdam with a VTIMEZONE, a
series as one event with RRULE, EXDATE for a cancelled date, RECURRENCE-ID for a moved one."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from app.domain import recurrence
from app.i18n import set_language
from app.services.rooms import exports as room_exports
from tests.integration.rooms_helpers import draft, make_centre


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def _read(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_a_series_is_one_event_with_rrule_exdate_and_an_override(services, admin, tmp_path):
    centre = make_centre(services, admin)
    booked = services.bookings.create_series(admin, draft(centre, dt.date(2026, 10, 13), "19:00", "21:00"),
                                             recurrence.weekly((1,), count=6)).booked
    services.bookings.cancel(admin, booked[2].id, "Herfstvakantie")
    moved = booked[4]
    services.bookings.update(admin, moved.id, draft(centre, dt.date(2026, 11, 12), "20:00", "22:00"), scope="this")
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 30), "10:00", "12:00", activity="Ledenvergadering",
                                          renter_id=centre.shop.id, status="optie"))
    path = tmp_path / "boekingen.ics"
    assert room_exports.export_ics(services, admin, path) == 2
    calendar = _read(path)
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    master = next(e for e in events if "RRULE" in e)
    assert master["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert master.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 10, 13, 19)
    rule = master["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TU"]
    exdates = [d.dt.replace(tzinfo=None) for d in master["EXDATE"].dts]
    assert exdates == [dt.datetime(2026, 10, 27, 19)]
    override = next(e for e in events if "RECURRENCE-ID" in e)
    assert override.decoded("RECURRENCE-ID").replace(tzinfo=None) == dt.datetime(2026, 11, 10, 19)
    assert override.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 11, 12, 20)
    assert str(override["UID"]) == str(master["UID"])
    single = next(e for e in events if "Ledenvergadering" in str(e["SUMMARY"]))
    assert str(single["STATUS"]) == "TENTATIVE" and str(single["LOCATION"]) == "Grote zaal"


def test_the_summer_time_change_keeps_the_local_time(services, admin, tmp_path):
    centre = make_centre(services, admin)
    services.bookings.create_series(admin, draft(centre, dt.date(2026, 10, 20), "19:00", "21:00"),
                                    recurrence.weekly((1,), count=3))
    path = tmp_path / "b.ics"
    room_exports.export_ics(services, admin, path)
    master = _read(path).walk("VEVENT")[0]
    start = master.decoded("DTSTART")
    assert start.utcoffset() == dt.timedelta(hours=2)  # CEST on 20 October
    until = master["RRULE"]["UNTIL"][0]
    assert until.tzinfo is not None and until.astimezone(dt.UTC) == dt.datetime(2026, 11, 3, 18, tzinfo=dt.UTC)


def test_one_room_only(services, admin, tmp_path):
    centre = make_centre(services, admin)
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 24), "19:00", "21:00"))
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 24), "19:00", "21:00", room_id=centre.kitchen.id,
                                          activity="Kookclub"))
    path = tmp_path / "keuken.ics"
    room_exports.export_ics(services, admin, path, "Keuken")
    assert [str(e["SUMMARY"]) for e in _read(path).walk("VEVENT")] == ["Kookclub — Stichting Yoga Oost"]
