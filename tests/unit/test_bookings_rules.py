"""Booking rules without a database: wall-clock time, overlap with buffers, holidays, prices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain import bookings as rules

PARTS = [{"name": "ochtend", "start": "09:00", "end": "12:30"}, {"name": "middag", "start": "13:00", "end": "17:30"},
         {"name": "avond", "start": "19:00", "end": "22:30"}]


def test_19_00_local_is_17_00_utc_in_summer_and_18_00_in_winter():
    assert rules.to_utc(dt.datetime(2026, 10, 20, 19)).hour == 17
    assert rules.to_utc(dt.datetime(2026, 10, 27, 19)).hour == 18
    assert rules.to_local(rules.to_utc(dt.datetime(2026, 3, 31, 19))) == dt.datetime(2026, 3, 31, 19)


def test_intervals_are_half_open():
    a, b, c = (dt.datetime(2026, 1, 1, h) for h in (10, 12, 14))
    assert not rules.overlaps(a, b, b, c)
    assert rules.overlaps(a, c, b, c)


def test_a_block_includes_the_buffers():
    block = rules.block_for(dt.datetime(2026, 1, 6, 19), dt.datetime(2026, 1, 6, 21), 15, 30)
    assert (block.block_start.hour, block.block_start.minute) == (17, 45)
    assert (block.block_end.hour, block.block_end.minute) == (20, 30)


def test_public_holidays_with_and_without_liberation_day_every_year():
    with_day = rules.public_holidays(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert with_day[dt.date(2026, 4, 27)] == "Koningsdag" and dt.date(2026, 5, 5) in with_day
    assert dt.date(2026, 5, 5) not in rules.public_holidays(dt.date(2026, 1, 1), dt.date(2026, 12, 31), liberation_every_year=False)
    assert dt.date(2030, 5, 5) in rules.public_holidays(dt.date(2030, 5, 1), dt.date(2030, 5, 31), liberation_every_year=False)


def test_opening_hours_per_weekday():
    hours = {"1": ["08:30", "22:30"], "6": None}
    assert rules.within_opening(hours, dt.datetime(2026, 11, 24, 19), dt.datetime(2026, 11, 24, 22, 30))
    assert not rules.within_opening(hours, dt.datetime(2026, 11, 24, 19), dt.datetime(2026, 11, 24, 23))
    assert not rules.within_opening(hours, dt.datetime(2026, 11, 29, 10), dt.datetime(2026, 11, 29, 12))
    assert rules.within_opening({}, dt.datetime(2026, 11, 29, 1), dt.datetime(2026, 11, 29, 2))


def test_tariff_per_category_follows_the_percentages_unless_the_room_has_its_own():
    tariffs = {"commercieel": rules.Tariff(Decimal("40.00"), Decimal("120.00")),
               "buurtgroep": rules.Tariff(Decimal("5.00"), Decimal("10.00"))}
    percentages = {"buurtgroep": 0, "maatschappelijk": 35, "commercieel": 100}
    assert rules.tariff_for("maatschappelijk", tariffs, percentages) == rules.Tariff(Decimal("14.00"), Decimal("42.00"))
    assert rules.tariff_for("buurtgroep", tariffs, percentages).hourly_rate == Decimal("5.00")
    assert rules.tariff_for("buurtgroep", {"commercieel": tariffs["commercieel"]}, percentages).hourly_rate == 0


def test_price_per_hour_and_per_day_part():
    tariff = rules.Tariff(Decimal("14.00"), Decimal("42.00"))
    start, end = dt.datetime(2026, 11, 24, 11), dt.datetime(2026, 11, 24, 14, 15)
    assert rules.price(tariff, rules.PER_HOUR, start, end, PARTS).amount == Decimal("45.50")
    by_part = rules.price(tariff, rules.PER_DAY_PART, start, end, PARTS)
    assert (by_part.quantity, by_part.amount) == (Decimal(2), Decimal("84.00"))


def test_times_that_make_no_sense_are_named():
    problems = dict(rules.time_problems(dt.datetime(2026, 1, 1, 12), dt.datetime(2026, 1, 1, 11), 0, 0))
    assert "end" in problems
    assert "setup_minutes" in dict(rules.time_problems(dt.datetime(2026, 1, 1, 10), dt.datetime(2026, 1, 1, 11), 500, 0))
