"""Closing days that act on the bookings they close, on SQLite and PostgreSQL: the hits listed
with renter, activity, date and invoice; nothing closed while a hit is undecided; cancelling
in one step (series keep their rule, the dates become exceptions); keeping explicitly;
closures of one room; occupancy without closed hours; `wijkhuis check` finding live bookings on
closing days, also when the closure was written around the program."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from app.db.models import AuditEntry, Booking, BookingSeries, ClosingDay
from app.domain import recurrence
from app.domain.errors import Conflict, PermissionDenied, StaleRecord, ValidationError
from app.domain.permissions import Role
from app.i18n import set_language
from app.services import maintenance
from app.services.rooms import live_bookings_on_closing_days
from tests.integration.rooms_helpers import draft, make_centre

WEDNESDAY = dt.date(2026, 11, 11)


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


@pytest.fixture
def centre(services, admin):
    return make_centre(services, admin)


def _series(services, admin, centre):
    """Wednesdays 4 to 25 November 19:00–21:00 in the hall."""
    return services.bookings.create_series(
        admin, draft(centre, dt.date(2026, 11, 4), "19:00", "21:00"), recurrence.weekly((2,), count=4)).booked


def _closings(services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(ClosingDay))


def test_the_hits_name_renter_activity_date_and_invoice(services, admin, centre):
    services.bookings.create(admin, draft(centre, WEDNESDAY, "10:00", "12:00", renter_id=centre.shop.id,
                                          activity="Bakcursus", room_id=centre.kitchen.id))
    _series(services, admin, centre)
    concept = services.invoices.create_concept(admin, centre.shop.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    services.invoices.finalise(admin, concept.id, dt.date(2026, 11, 30))
    hits = services.closures.hits(admin, WEDNESDAY, WEDNESDAY)
    assert [(h.booked_by, h.activity, h.room_name, h.local_start.hour) for h in hits] == [
        ("Bakkerij Jansen B.V.", "Bakcursus", "Keuken", 10), ("Stichting Yoga Oost", "Yoga", "Grote zaal", 19)]
    assert hits[0].invoiced and hits[0].invoice_final and hits[0].invoice_number
    assert not hits[1].invoiced and hits[1].series_id is not None
    assert [h.activity for h in services.closures.hits(admin, WEDNESDAY, WEDNESDAY, centre.kitchen.id)] == ["Bakcursus"]


def test_a_closure_over_bookings_is_refused_until_every_booking_is_decided_and_nothing_is_saved(services, admin, centre):
    booked = _series(services, admin, centre)
    with pytest.raises(Conflict, match="nog niet gekozen: Yoga wo 11-11-2026 19:00–21:00"):
        services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Studiedag")
    with pytest.raises(Conflict):
        services.rooms.add_closing(admin, WEDNESDAY, WEDNESDAY, "Studiedag")
    with pytest.raises(ValidationError) as refused:
        services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Studiedag", cancel=[booked[1].id])
    assert refused.value.problems[0].field == "cancel_reason"
    assert _closings(services) == 0
    assert all(r.status == "bevestigd" for r in services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30)))


def test_cancelling_in_one_step_keeps_the_series_rule_and_all_dates_can_still_be_edited(services, admin, centre):
    booked = _series(services, admin, centre)
    result = services.closures.close(admin, WEDNESDAY, dt.date(2026, 11, 18), "Verbouwing", cancel=[booked[1].id, booked[2].id],
                                     cancel_reason="Centrum dicht wegens verbouwing")
    assert [h.booking_id for h in result.cancelled] == [booked[1].id, booked[2].id] and not result.kept
    rows = services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [r.status for r in rows] == ["bevestigd", "geannuleerd", "geannuleerd", "bevestigd"]
    assert rows[1].cancel_reason == "Centrum dicht wegens verbouwing"
    rule, exceptions, _rows = services.bookings.get_series(admin, booked[0].series_id)
    assert rule.to_dict() == recurrence.weekly((2,), count=4).to_dict()
    assert exceptions == ["2026-11-11", "2026-11-18"]
    # "alle data wijzigen" still works: the cancelled dates on the closed days do not block it
    moved = draft(centre, dt.date(2026, 11, 4), "19:30", "21:30")
    services.bookings.update(admin, booked[0].id, moved, scope="all")
    assert {r.local_start.time() for r in services.bookings.between(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))} == {
        dt.time(19, 30)}
    with services.db.reader() as uow:
        actions = {(e.action, e.entity) for e in uow.session.scalars(select(AuditEntry))}
    assert {("create", "closing_day"), ("cancel", "booking"), ("update", "booking_series")} <= actions
    assert maintenance.check(services.db).ok


def test_keeping_a_booking_explicitly_closes_the_centre_without_it(services, admin, centre):
    booked = _series(services, admin, centre)
    result = services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Stembureau", keep=[booked[1].id])
    assert [h.booking_id for h in result.kept] == [booked[1].id] and not result.cancelled
    assert result.closing.kept_booking_ids == (booked[1].id,)
    assert services.bookings.between(admin, WEDNESDAY, WEDNESDAY)[0].status == "bevestigd"
    assert services.closures.hits(admin, WEDNESDAY, WEDNESDAY, closing_id=result.closing.id) == []
    assert maintenance.check(services.db).ok


def test_widening_a_closure_lists_and_decides_only_the_bookings_it_newly_hits(services, admin, centre):
    booked = _series(services, admin, centre)
    first = services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Stembureau", keep=[booked[1].id])
    newly = services.closures.hits(admin, WEDNESDAY, dt.date(2026, 11, 18), closing_id=first.closing.id)
    assert [h.booking_id for h in newly] == [booked[2].id]
    with pytest.raises(Conflict):
        services.closures.widen(admin, first.closing.id, WEDNESDAY, dt.date(2026, 11, 18), "Stembureau")
    widened = services.closures.widen(admin, first.closing.id, WEDNESDAY, dt.date(2026, 11, 18), "Stembureau",
                                      cancel=[booked[2].id], cancel_reason="Stembureau", expected_version=first.closing.version)
    assert widened.closing.end_date == dt.date(2026, 11, 18) and [h.booking_id for h in widened.cancelled] == [booked[2].id]
    with pytest.raises(StaleRecord):  # a stale edit is refused
        services.closures.widen(admin, first.closing.id, WEDNESDAY, WEDNESDAY, "x", expected_version=first.closing.version)


def test_a_closure_of_one_room_closes_that_room_only(services, admin, centre):
    _series(services, admin, centre)
    kitchen = services.bookings.create(admin, draft(centre, WEDNESDAY, "10:00", "12:00", room_id=centre.kitchen.id))
    result = services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Nieuwe vloer keuken", room_id=centre.kitchen.id,
                                     cancel=[kitchen.id], cancel_reason="Vloer wordt gelegd")
    assert result.closing.room_name == "Keuken" and [h.booking_id for h in result.cancelled] == [kitchen.id]
    with pytest.raises(Conflict, match="Nieuwe vloer keuken"):
        services.bookings.create(admin, draft(centre, WEDNESDAY, "14:00", "16:00", room_id=centre.kitchen.id))
    services.bookings.create(admin, draft(centre, WEDNESDAY, "14:00", "16:00"))  # the hall stays open
    rows = services.rooms.closing_days(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [(r.reason, r.room_name) for r in rows if not r.public_holiday] == [("Nieuwe vloer keuken", "Keuken")]
    assert WEDNESDAY in services.rooms.closed_dates(admin, WEDNESDAY, WEDNESDAY, centre.kitchen.id)
    assert WEDNESDAY not in services.rooms.closed_dates(admin, WEDNESDAY, WEDNESDAY)


def test_a_cancelled_booking_on_a_final_invoice_is_offered_for_a_credit_invoice(services, admin, centre):
    booking = services.bookings.create(admin, draft(centre, WEDNESDAY, "10:00", "12:00", renter_id=centre.shop.id))
    concept = services.invoices.create_concept(admin, centre.shop.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    final = services.invoices.finalise(admin, concept.id, dt.date(2026, 11, 30))
    result = services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Lekkage", cancel=[booking.id], cancel_reason="Lekkage")
    assert [h.invoice_id for h in result.to_credit] == [final.id]
    credit = services.invoices.credit(admin, final.id, "Boeking geannuleerd: centrum dicht")
    assert credit.total == -final.total == Decimal("-80.00")


def test_occupancy_leaves_closed_hours_out_of_booked_and_open_hours(services, admin, centre):
    _series(services, admin, centre)
    rows = {(r.room_name, r.month): r for r in services.bookings.occupancy(admin, 2026)}
    before, before_kitchen = rows[("Grote zaal", 11)], rows[("Keuken", 11)]
    booked_id = services.bookings.between(admin, WEDNESDAY, WEDNESDAY)[0].id
    services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Stembureau", room_id=centre.hall.id, keep=[booked_id])
    after = {(r.room_name, r.month): r for r in services.bookings.occupancy(admin, 2026)}
    hall, kitchen = after[("Grote zaal", 11)], after[("Keuken", 11)]
    assert hall.hours_booked == before.hours_booked - 2 == Decimal("6.00")
    assert hall.hours_open == before.hours_open - 14  # 08:30–22:30 that Wednesday
    assert kitchen.hours_open == before_kitchen.hours_open


def test_check_finds_live_bookings_on_a_closure_written_around_the_program(services, admin, centre):
    booked = _series(services, admin, centre)
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(ClosingDay), [{"start_date": WEDNESDAY, "end_date": WEDNESDAY, "reason": "Lekkage",
                                                  "version": 1, "kept_booking_ids": [], "room_id": None, "centre_id": 1}])
        uow.commit()
    with services.db.reader() as uow:
        found = live_bookings_on_closing_days(uow.session)
    assert [(h.booking_id, h.closing_reason) for h in found] == [(booked[1].id, "Lekkage")]
    report = maintenance.check(services.db)
    assert not report.ok and "Lekkage" in report.problems[0] and "wo 11-11-2026 19:00–21:00" in report.problems[0]


def test_check_finds_a_live_booking_on_a_public_holiday(services, admin, centre):
    services.bookings.create(admin, draft(centre, dt.date(2026, 12, 24), "10:00", "12:00"))
    with services.db.unit_of_work() as uow:  # moved onto Christmas behind the program's back
        booking = uow.session.scalars(select(Booking)).one()
        booking.local_start += dt.timedelta(days=1)
        booking.local_end += dt.timedelta(days=1)
        uow.commit()
    assert any("Eerste kerstdag" in p for p in maintenance.check(services.db).problems)


@pytest.mark.parametrize("role", [Role.TREASURER, Role.READ_ONLY])
def test_roles_without_room_rights_cannot_close(services, actors, centre, role):
    with pytest.raises(PermissionDenied):
        services.closures.close(actors[role.value], WEDNESDAY, WEDNESDAY, "Studiedag")
    assert _closings(services) == 0


def test_the_series_table_keeps_the_exceptions_sorted_and_unique(services, admin, centre):
    booked = _series(services, admin, centre)
    services.closures.close(admin, WEDNESDAY, WEDNESDAY, "Studiedag", cancel=[booked[1].id], cancel_reason="Studiedag")
    with services.db.reader() as uow:
        series = uow.session.get(BookingSeries, booked[0].series_id)
        assert series.exceptions == ["2026-11-11"]
