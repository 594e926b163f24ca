"""Recurrence rules: the dates they give, their iCalendar form, their Dutch description."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import recurrence as rec
from app.i18n import set_language


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def test_weekly_on_tuesday_and_thursday_every_two_weeks():
    rule = rec.weekly((1, 3), every=2, until=dt.date(2026, 10, 1))
    assert rule.dates(dt.date(2026, 9, 1)) == [
        dt.date(2026, 9, 1), dt.date(2026, 9, 3), dt.date(2026, 9, 15), dt.date(2026, 9, 17), dt.date(2026, 9, 29),
        dt.date(2026, 10, 1)]


def test_weekly_without_days_takes_the_first_dates_weekday_and_a_count():
    assert rec.Recurrence(count=3).dates(dt.date(2026, 11, 4)) == [
        dt.date(2026, 11, 4), dt.date(2026, 11, 11), dt.date(2026, 11, 18)]


def test_the_second_tuesday_of_every_month():
    rule = rec.monthly_on_weekday(2, 1, count=4)
    assert rule.dates(dt.date(2026, 9, 1)) == [dt.date(2026, 9, 8), dt.date(2026, 10, 13), dt.date(2026, 11, 10),
                                               dt.date(2026, 12, 8)]
    assert rule.describe() == "elke maand op de 2e dinsdag, 4 keer"


def test_the_last_friday_of_the_month():
    rule = rec.monthly_on_weekday(-1, 4, until=dt.date(2026, 12, 31))
    assert rule.dates(dt.date(2026, 10, 1)) == [dt.date(2026, 10, 30), dt.date(2026, 11, 27), dt.date(2026, 12, 25)]


def test_monthly_on_the_date_every_two_months():
    assert rec.monthly_on_date(every=2, count=3).dates(dt.date(2026, 1, 15)) == [
        dt.date(2026, 1, 15), dt.date(2026, 3, 15), dt.date(2026, 5, 15)]


def test_a_rule_without_an_end_or_with_a_bad_interval_is_refused_in_dutch():
    problems = rec.Recurrence(interval=0).problems()
    assert "geef een einddatum of een aantal keer" in problems
    assert "de tussenpoos ligt tussen 1 en 52" in problems


def test_an_open_ended_typo_is_capped():
    assert len(rec.Recurrence(rec.DAILY, until=dt.date(2099, 1, 1)).dates(dt.date(2026, 1, 1))) == rec.MAX_OCCURRENCES


def test_the_icalendar_form_of_weekly_and_monthly_rules():
    assert rec.weekly((1, 3), every=2, count=5).ical() == {
        "FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": ["TU", "TH"], "WKST": "MO", "COUNT": 5}
    assert rec.monthly_on_weekday(2, 1, count=3).ical()["BYDAY"] == ["2TU"]


def test_splitting_a_rule_for_this_and_the_following_dates():
    rule = rec.weekly((1,), count=6)
    first = dt.date(2026, 11, 3)
    before = rule.ending_before(first, dt.date(2026, 11, 24))
    after = rule.starting_at(first, dt.date(2026, 11, 24))
    assert before.dates(first) == [dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 11, 17)]
    assert after.dates(dt.date(2026, 11, 24)) == [dt.date(2026, 11, 24), dt.date(2026, 12, 1), dt.date(2026, 12, 8)]


def test_a_rule_survives_its_json_form():
    rule = rec.monthly_on_weekday(-1, 4, until=dt.date(2027, 6, 30))
    assert rec.Recurrence.from_dict(rule.to_dict()) == rule


def test_the_description_in_dutch():
    assert rec.weekly((0, 2), every=2, until=dt.date(2027, 6, 30)).describe() == "elke 2 weken op ma, wo, tot en met 30-06-2027"
