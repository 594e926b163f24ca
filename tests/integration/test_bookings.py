"""Booking rooms on SQLite and PostgreSQL: no double bookings (buffers included), series with
clashes, editing one / following / all dates, cancelling, free slots, roles and the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Booking, BookingSeries
from app.domain import recurrence
from app.domain.errors import Conflict, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.i18n import set_language
from tests.integration.rooms_helpers import draft, make_centre

TUESDAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def centre(services, admin):
    return make_centre(services, admin)


def _count(services, model=Booking) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_booking_keeps_its_wall_clock_time_and_is_stored_in_utc(services, admin, centre):
    row = services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00"))
    assert (row.local_start.hour, row.local_end.hour) == (19, 21)
    with services.db.reader() as uow:
        booking = uow.session.get(Booking, row.id)
        assert booking.start_at == dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
        assert booking.block_start == dt.datetime(2026, 11, 24, 17, 45, tzinfo=dt.UTC)


def test_an_overlapping_booking_is_refused_in_dutch_naming_who_and_when(services, admin, centre):
    services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00"))
    with pytest.raises(Conflict) as refused:
        services.bookings.create(admin, draft(centre, TUESDAY, "20:00", "22:00", renter_id=centre.shop.id))
    message = str(refused.value)
    assert "Grote zaal is al geboekt door Stichting Yoga Oost" in message
    assert "di 24-11-2026 19:00–21:00" in message
    assert _count(services) == 1


def test_the_buffers_count_a_booking_starting_during_clean_up_is_refused(services, admin, centre):
    services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00"))
    with pytest.raises(Conflict, match="op- en afbouw 18:45–21:15"):
        services.bookings.create(admin, draft(centre, TUESDAY, "21:20", "22:00", renter_id=centre.shop.id))
    # 21:15 clean-up end + 15 minutes set-up of the next one = 21:30: that fits
    services.bookings.create(admin, draft(centre, TUESDAY, "21:30", "22:30", renter_id=centre.shop.id))
    assert _count(services) == 2


def test_another_room_at_the_same_time_and_a_cancelled_booking_do_not_clash(services, admin, centre):
    first = services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00"))
    services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00", room_id=centre.kitchen.id))
    services.bookings.cancel(admin, first.id, "De groep is ziek")
    services.bookings.create(admin, draft(centre, TUESDAY, "19:00", "21:00", renter_id=centre.shop.id))
    assert _count(services) == 3


def test_a_closing_day_and_the_opening_hours_refuse_a_booking(services, admin, centre):
    services.rooms.add_closing(admin, dt.date(2026, 7, 20), dt.date(2026, 8, 7), "Zomersluiting")
    with pytest.raises(Conflict, match="gesloten op .*Zomersluiting"):
        services.bookings.create(admin, draft(centre, dt.date(2026, 7, 28), "10:00", "12:00"))
    with pytest.raises(Conflict, match="Koningsdag"):
        services.bookings.create(admin, draft(centre, dt.date(2026, 4, 27), "10:00", "12:00"))
    with pytest.raises(Conflict, match="Grote zaal is op zondag gesloten"):
        services.bookings.create(admin, draft(centre, dt.date(2026, 11, 22), "10:00", "12:00"))
    with pytest.raises(Conflict, match="van 08:30 tot 22:30"):
        services.bookings.create(admin, draft(centre, TUESDAY, "21:00", "23:30"))
    assert _count(services) == 0


def test_bad_input_is_refused_per_field_and_nothing_is_saved(services, admin, centre):
    audit_before = _count(services, AuditEntry)
    with pytest.raises(ValidationError) as refused:
        services.bookings.create(admin, draft(centre, TUESDAY, "21:00", "19:00", activity=" ", renter_id=None,
                                              expected_participants=500))
    fields = {p.field for p in refused.value.problems}
    assert {"activity", "renter_id", "end", "expected_participants"} <= fields
    assert "Grote zaal biedt plaats aan hoogstens 80 mensen" in refused.value.for_field("expected_participants")
    assert _count(services) == 0 and _count(services, AuditEntry) == audit_before


def test_a_series_lists_its_clashes_and_books_nothing_without_consent(services, admin, centre):
    services.bookings.create(admin, draft(centre, dt.date(2026, 12, 8), "19:30", "20:30", renter_id=centre.shop.id))
    rule = recurrence.weekly((1,), until=dt.date(2027, 1, 26))
    series_draft = draft(centre, dt.date(2026, 11, 3), "19:00", "21:00")
    plan = services.bookings.plan_series(admin, series_draft, rule)
    assert len(plan.dates) == 13
    clashes = {d.date: d.clash for d in plan.clashing}
    assert set(clashes) == {dt.date(2026, 12, 8)}
    assert "Bakkerij Jansen" in clashes[dt.date(2026, 12, 8)]
    with pytest.raises(Conflict, match="1 van de 13 datums"):
        services.bookings.create_series(admin, series_draft, rule)
    assert _count(services) == 1
    result = services.bookings.create_series(admin, series_draft, rule, skip_clashes=True)
    assert len(result.booked) == 12 and [d.date for d in result.skipped] == [dt.date(2026, 12, 8)]
    with services.db.reader() as uow:
        series = uow.session.get(BookingSeries, result.series_id)
        assert series.exceptions == ["2026-12-08"]


def test_a_weekly_series_at_19_00_stays_at_19_00_across_the_end_of_summer_time(services, admin, centre):
    rule = recurrence.weekly((1,), count=4)
    result = services.bookings.create_series(admin, draft(centre, dt.date(2026, 10, 13), "19:00", "21:00"), rule)
    assert [b.local_start.time() for b in result.booked] == [dt.time(19)] * 4
    with services.db.reader() as uow:
        hours = [b.start_at.hour for b in uow.session.scalars(select(Booking).order_by(Booking.start_at))]
    assert hours == [17, 17, 18, 18]  # UTC: summer time until 25 October


def test_a_series_over_public_holidays_lists_them(services, admin, centre):
    rule = recurrence.weekly((0,), until=dt.date(2026, 6, 1))
    plan = services.bookings.plan_series(admin, draft(centre, dt.date(2026, 3, 30), "10:00", "12:00"), rule)
    clashing = {d.date for d in plan.clashing}
    assert {dt.date(2026, 4, 6), dt.date(2026, 4, 27), dt.date(2026, 5, 25)} <= clashing  # Pasen, Koningsdag, Pinksteren


def test_liberation_day_every_year_is_a_setting(services, admin, centre):
    one_day = draft(centre, dt.date(2026, 5, 5), "10:00", "12:00")
    with pytest.raises(Conflict, match="Bevrijdingsdag"):
        services.bookings.create(admin, one_day)
    services.settings.set(admin, "rooms.liberation_day_every_year", False)
    services.bookings.create(admin, one_day)


def test_monthly_on_the_second_tuesday(services, admin, centre):
    rule = recurrence.monthly_on_weekday(2, 1, count=3)
    result = services.bookings.create_series(admin, draft(centre, dt.date(2026, 9, 1), "14:00", "16:00"), rule)
    assert [b.local_start.date() for b in result.booked] == [dt.date(2026, 9, 8), dt.date(2026, 10, 13), dt.date(2026, 11, 10)]


def _series(services, admin, centre, count=6):
    return services.bookings.create_series(
        admin, draft(centre, dt.date(2026, 11, 3), "19:00", "21:00"), recurrence.weekly((1,), count=count)).booked


def test_one_date_of_a_series_is_cancelled_without_breaking_the_series(services, admin, centre):
    booked = _series(services, admin, centre)
    services.bookings.cancel(admin, booked[2].id, "Ouderavond school")
    rows = services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert [r.status for r in rows] == ["bevestigd", "bevestigd", "geannuleerd", "bevestigd", "bevestigd", "bevestigd"]
    assert len({r.series_id for r in rows}) == 1


def test_one_date_of_a_series_is_moved_and_keeps_its_place_in_the_series(services, admin, centre):
    booked = _series(services, admin, centre)
    moved = booked[1]
    new = draft(centre, dt.date(2026, 11, 12), "19:00", "21:00")
    row = services.bookings.update(admin, moved.id, new, scope="this", expected_version=moved.version)[0]
    assert row.local_start == dt.datetime(2026, 11, 12, 19) and row.original_date == dt.date(2026, 11, 10)
    assert row.moved and row.series_id == moved.series_id


def test_this_and_following_splits_the_series_and_changes_only_the_later_dates(services, admin, centre):
    booked = _series(services, admin, centre)
    third = booked[3]
    changed = draft(centre, third.local_start.date(), "20:00", "22:00", activity="Yoga gevorderden")
    rows = services.bookings.update(admin, third.id, changed, scope="following", expected_version=third.version)
    assert len(rows) == 3
    every = services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert [(r.activity, r.local_start.hour) for r in every] == [("Yoga", 19)] * 3 + [("Yoga gevorderden", 20)] * 3
    assert every[0].series_id != every[-1].series_id
    with services.db.reader() as uow:
        old = uow.session.get(BookingSeries, every[0].series_id)
        assert old.rule["until"] == "2026-11-23"


def test_all_dates_take_only_the_fields_the_user_changed(services, admin, centre):
    booked = _series(services, admin, centre)
    services.bookings.update(admin, booked[1].id, draft(centre, dt.date(2026, 11, 10), "18:00", "20:00"), scope="this")
    first = services.bookings.booking(admin, booked[0].id)
    edited = draft(centre, first.local_start.date(), "19:00", "21:00", activity="Yoga voor iedereen", public=True)
    services.bookings.update(admin, first.id, edited, scope="all", expected_version=first.version)
    rows = services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert all(r.activity == "Yoga voor iedereen" and r.public for r in rows)
    assert rows[1].local_start.hour == 18  # the moved date kept its own time


def test_moving_all_dates_onto_a_booked_slot_changes_nothing(services, admin, centre):
    booked = _series(services, admin, centre, count=3)
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 17), "16:00", "17:00", renter_id=centre.shop.id))
    edited = draft(centre, dt.date(2026, 11, 3), "15:00", "17:00")
    with pytest.raises(Conflict, match="Er is niets gewijzigd"):
        services.bookings.update(admin, booked[0].id, edited, scope="all")
    assert {r.local_start.hour for r in services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
            if r.renter_id == centre.yoga.id} == {19}


def test_a_single_booking_becomes_a_series(services, admin, centre):
    single = services.bookings.create(admin, draft(centre, dt.date(2026, 11, 3), "19:00", "21:00"))
    result = services.bookings.make_series(admin, single.id, recurrence.weekly((1,), count=4))
    assert [b.local_start.date().day for b in result.booked] == [3, 10, 17, 24]
    assert {b.series_id for b in result.booked} == {result.series_id}


def test_an_option_is_confirmed(services, admin, centre):
    option = services.bookings.create(admin, draft(centre, TUESDAY, "10:00", "12:00", status="optie"))
    assert services.bookings.set_status(admin, option.id, "bevestigd", expected_version=option.version).status == "bevestigd"


def test_free_slots_respect_bookings_buffers_opening_hours_and_capacity(services, admin, centre):
    services.bookings.create(admin, draft(centre, TUESDAY, "13:00", "17:00"))
    slots = services.bookings.free_slots(admin, TUESDAY, TUESDAY, dt.timedelta(hours=2), min_capacity=50)
    assert [(s.room_name, s.start.time(), s.end.time()) for s in slots] == [
        ("Grote zaal", dt.time(8, 30), dt.time(12, 30)), ("Grote zaal", dt.time(17, 30), dt.time(22, 30))]
    assert {s.room_name for s in services.bookings.free_slots(admin, TUESDAY, TUESDAY, dt.timedelta(hours=2))} == {
        "Grote zaal", "Keuken"}


@pytest.mark.parametrize("role", [Role.TREASURER, Role.READ_ONLY])
def test_roles_without_booking_rights_cannot_book_and_nothing_is_written(services, actors, centre, role):
    before = _count(services, AuditEntry)
    with pytest.raises(PermissionDenied, match="U mag niet zalen boeken"):
        services.bookings.create(actors[role.value], draft(centre, TUESDAY, "10:00", "12:00"))
    assert _count(services, AuditEntry) == before and _count(services) == 0


def test_a_coordinator_books_and_cancels_and_the_audit_trail_says_who(services, actors, centre):
    coordinator = actors[Role.COORDINATOR.value]
    row = services.bookings.create(coordinator, draft(centre, TUESDAY, "10:00", "12:00"))
    services.bookings.cancel(coordinator, row.id, "Verkeerde dag")
    with services.db.reader() as uow:
        entries = uow.session.execute(select(AuditEntry.action, AuditEntry.username).where(
            AuditEntry.entity == "booking", AuditEntry.entity_id == str(row.id)).order_by(AuditEntry.id)).all()
    assert entries == [("create", "coordinator"), ("cancel", "coordinator")]


def test_a_stale_edit_is_refused(services, admin, centre):
    row = services.bookings.create(admin, draft(centre, TUESDAY, "10:00", "12:00"))
    services.bookings.update(admin, row.id, draft(centre, TUESDAY, "10:00", "12:30"), expected_version=row.version)
    with pytest.raises(Exception, match="gewijzigd"):
        services.bookings.update(admin, row.id, draft(centre, TUESDAY, "09:00", "12:00"), expected_version=row.version)
