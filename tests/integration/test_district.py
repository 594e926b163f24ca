"""The district calendar of an organisation with several centres, on SQLite and PostgreSQL: a
public evening activity warns (and is still booked) when another centre already has a public
activity that evening; the district week lists the public activities of every centre."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.db.models import Booking

from app.domain.recurrence import Recurrence
from tests.integration.district_helpers import WEDNESDAY, make_district, public_evening
from tests.integration.rooms_helpers import draft


@pytest.fixture
def district(services, admin):
    return make_district(services, admin)


def _brug_inspraakavond(services, district):
    return services.bookings.create(district.coordinator_brug, public_evening(district.rooms_brug, "Inspraakavond"))


def test_a_public_evening_booking_warns_about_another_centres_public_evening(services, district):
    _brug_inspraakavond(services, district)
    row = services.bookings.create(district.coordinator_anker, public_evening(
        district.rooms_anker, "Buurtoverleg", start="20:00", end="22:00"))
    assert row.id and row.public  # booked: a warning, not a refusal
    assert len(row.warnings) == 1
    warning = row.warnings[0]
    for part in ("woensdag 9 december 2026", "Ontmoetingscentrum De Brug", "Inspraakavond", "19:30–21:30"):
        assert part in warning
    for private in ("Bewonersgroep", "Klarendal", "Grote zaal"):  # no renter, no room of the other centre
        assert private not in warning
    assert [b.activity for b in services.bookings.between(district.coordinator_anker, WEDNESDAY, WEDNESDAY)] == [
        "Buurtoverleg"]


def test_an_activity_starting_before_six_that_runs_into_the_evening_counts(services, district):
    services.bookings.create(district.coordinator_brug, public_evening(district.rooms_brug, "Open avond",
                                                                       start="17:30", end="19:00"))
    row = services.bookings.create(district.coordinator_anker, public_evening(district.rooms_anker, "Buurtoverleg"))
    assert len(row.warnings) == 1 and "Open avond, 17:30–19:00" in row.warnings[0]


def test_another_public_evening_of_the_same_centre_does_not_warn(services, district):
    anker, coordinator = district.rooms_anker, district.coordinator_anker
    services.bookings.create(coordinator, public_evening(anker, "Inspraakavond", room_id=anker.kitchen.id))
    assert services.bookings.create(coordinator, public_evening(anker, "Buurtoverleg")).warnings == ()
    # and De Brug, on the same evening, hears of both of them, not of its own
    services.bookings.create(district.coordinator_brug, public_evening(district.rooms_brug, "Open avond",
                                                                       room_id=district.rooms_brug.kitchen.id))
    row = _brug_inspraakavond(services, district)
    assert len(row.warnings) == 2 and all("Wijkcentrum Het Anker" in w for w in row.warnings)


def test_no_warning_for_a_private_booking_daytime_or_another_evening(services, district):
    anker, coordinator = district.rooms_anker, district.coordinator_anker
    _brug_inspraakavond(services, district)
    private = draft(anker, WEDNESDAY, "19:00", "22:00", activity="Bestuursvergadering", renter_id=anker.buurt.id)
    assert services.bookings.create(coordinator, private).warnings == ()
    daytime = public_evening(anker, "Koffieochtend", start="10:00", end="12:00")
    assert services.bookings.create(coordinator, daytime).warnings == ()
    thursday = public_evening(anker, "Open avond", day=WEDNESDAY + dt.timedelta(days=1))
    assert services.bookings.create(coordinator, thursday).warnings == ()


def test_a_cancelled_activity_of_the_other_centre_does_not_warn(services, district):
    other = _brug_inspraakavond(services, district)
    services.bookings.cancel(district.coordinator_brug, other.id, "Zaal te klein")
    row = services.bookings.create(district.coordinator_anker, public_evening(district.rooms_anker, "Buurtoverleg"))
    assert row.warnings == ()


def test_a_public_series_checks_every_date(services, district):
    _brug_inspraakavond(services, district)
    services.bookings.create(district.coordinator_brug, public_evening(
        district.rooms_brug, "Open avond", day=WEDNESDAY + dt.timedelta(days=14)))
    first = WEDNESDAY - dt.timedelta(days=7)
    series = public_evening(district.rooms_anker, "Buurtoverleg", day=first, start="20:00", end="21:00")
    result = services.bookings.create_series(district.coordinator_anker, series,
                                             Recurrence(count=4))
    assert len(result.booked) == 4
    assert len(result.warnings) == 2
    assert "woensdag 9 december 2026" in result.warnings[0] and "Inspraakavond" in result.warnings[0]
    assert "woensdag 23 december 2026" in result.warnings[1] and "Open avond" in result.warnings[1]
    rule, _exceptions, rows = services.bookings.get_series(district.coordinator_anker, result.series_id)
    assert all(r.public for r in rows)


def test_making_a_booking_public_warns_on_saving(services, district):
    _brug_inspraakavond(services, district)
    anker = district.rooms_anker
    row = services.bookings.create(district.coordinator_anker, draft(anker, WEDNESDAY, "19:00", "21:00",
                                                                     activity="Buurtoverleg", renter_id=anker.buurt.id))
    assert row.warnings == ()
    saved = services.bookings.update(district.coordinator_anker, row.id, draft(
        anker, WEDNESDAY, "19:00", "21:00", activity="Buurtoverleg", renter_id=anker.buurt.id, public=True),
        expected_version=row.version)
    assert len(saved[0].warnings) == 1 and "Ontmoetingscentrum De Brug" in saved[0].warnings[0]


def test_the_district_week_lists_the_public_activities_of_both_centres(services, district):
    _brug_inspraakavond(services, district)
    anker, brug = district.rooms_anker, district.rooms_brug
    services.bookings.create(district.coordinator_anker, public_evening(anker, "Buurtoverleg", day=WEDNESDAY + dt.timedelta(days=1)))
    services.bookings.create(district.coordinator_brug, draft(brug, WEDNESDAY, "10:00", "12:00", activity="Yoga"))
    services.bookings.create(district.coordinator_anker, draft(anker, WEDNESDAY, "10:00", "12:00", activity="Bridge"))
    monday = WEDNESDAY - dt.timedelta(days=2)
    seen = services.bookings.district_week(district.coordinator_anker, monday)
    assert [(a.centre_name, a.activity, a.room_name) for a in seen] == [
        ("Ontmoetingscentrum De Brug", "Inspraakavond", ""),  # another centre: no room
        ("Wijkcentrum Het Anker", "Buurtoverleg", "Grote zaal"),
    ]
    everything = services.bookings.district_week(district.admin, monday)
    assert {(a.centre_name, a.activity) for a in everything} == {
        ("Ontmoetingscentrum De Brug", "Inspraakavond"), ("Wijkcentrum Het Anker", "Buurtoverleg"),
        ("Ontmoetingscentrum De Brug", "Yoga"), ("Wijkcentrum Het Anker", "Bridge")}
    assert services.bookings.district_week(district.admin.in_centre(district.brug.id), monday) == everything
    assert services.bookings.district_week(district.coordinator_anker, monday + dt.timedelta(days=7)) == []


def test_the_notices_are_known_before_saving_and_are_the_ones_the_save_gives(services, district):
    """The booking dialog asks while the form is being filled in (no activity or renter yet);
    asking writes nothing."""
    _brug_inspraakavond(services, district)
    anker, coordinator = district.rooms_anker, district.coordinator_anker
    unfinished = replace(public_evening(anker, "", start="20:00", end="22:00"), renter_id=None)
    before = services.bookings.district_notices(coordinator, unfinished)
    assert len(before) == 1 and "Ontmoetingscentrum De Brug" in before[0] and "Inspraakavond" in before[0]
    assert services.bookings.district_notices(coordinator, replace(unfinished, public=False)) == []
    assert services.bookings.district_notices(coordinator, replace(unfinished, status="geannuleerd")) == []
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Booking)) == 1  # De Brug's only
    row = services.bookings.create(coordinator, public_evening(anker, "Buurtoverleg", start="20:00", end="22:00"))
    assert list(row.warnings) == before


def test_the_notices_before_saving_a_series_cover_its_free_dates(services, district):
    _brug_inspraakavond(services, district)
    anker, coordinator = district.rooms_anker, district.coordinator_anker
    first = WEDNESDAY - dt.timedelta(days=7)
    series = public_evening(anker, "Open avond", day=first, start="20:00", end="21:00")
    notices = services.bookings.district_notices(coordinator, series, Recurrence(count=4))
    assert len(notices) == 1 and "woensdag 9 december 2026" in notices[0]
    assert services.bookings.district_notices(coordinator, series) == []  # the first date alone: another evening
    result = services.bookings.create_series(coordinator, series, Recurrence(count=4))
    assert list(result.warnings) == notices
