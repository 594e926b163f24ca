import datetime as dt
from decimal import Decimal

import pytest

from app.domain import formatting


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1234.56"), "€ 1.234,56"),
        (Decimal("5.6"), "€ 5,60"),
        (0, "€ 0,00"),
        (Decimal("-12"), "€ -12,00"),
        (Decimal("0.005"), "€ 0,01"),  # half up, not banker's rounding
        (Decimal("1000000"), "€ 1.000.000,00"),
    ],
)
def test_money_is_written_the_dutch_way(amount, text):
    assert formatting.money(amount) == text


def test_money_of_nothing_is_blank_unless_asked_for_zero():
    assert formatting.money(None) == ""
    assert formatting.money(None, blank_for_none=False) == "€ 0,00"


def test_dates_are_day_month_year_with_dashes():
    assert formatting.date(dt.date(2026, 11, 2)) == "02-11-2026"
    assert formatting.date(None) == ""
    assert formatting.long_date(dt.date(2026, 11, 22)) == "22 november 2026"
    assert formatting.month_name(2026, 3) == "maart 2026"


def test_numbers_and_percentages_use_a_decimal_comma():
    assert formatting.number(Decimal("1234.5"), 2) == "1.234,50"
    assert formatting.number(12345) == "12.345"
    assert formatting.percent(Decimal("0.125")) == "12,5 %"


def test_datetime_has_no_seconds():
    assert formatting.datetime(dt.datetime(2026, 11, 22, 9, 5, 59)) == "22-11-2026 09:05"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("5,60", Decimal("5.60")),
        ("€ 1.234,56", Decimal("1234.56")),
        ("1234.56", Decimal("1234.56")),
        ("12", Decimal("12.00")),
        ("12.5", Decimal("12.50")),
        (" € 0,005 ", Decimal("0.01")),
    ],
)
def test_parse_money_reads_what_people_type(typed, value):
    assert formatting.parse_money(typed) == value


@pytest.mark.parametrize("typed", ["", "  ", "twaalf", "€", "1,2,3x"])
def test_parse_money_refuses_what_is_not_an_amount(typed):
    with pytest.raises(ValueError):
        formatting.parse_money(typed)


@pytest.mark.parametrize("typed", ["22-11-2026", "2026-11-22", "22/11/2026", "22.11.2026", " 22-11-26 "])
def test_parse_date_reads_the_usual_ways_of_writing_a_date(typed):
    assert formatting.parse_date(typed) == dt.date(2026, 11, 22)


@pytest.mark.parametrize("typed", ["", "31-02-2026", "morgen", "2026/22/11"])
def test_parse_date_refuses_impossible_dates(typed):
    with pytest.raises(ValueError):
        formatting.parse_date(typed)


def test_the_overview_date_names_the_weekday():
    assert formatting.weekday_date(dt.date(2026, 11, 22)) == "zondag 22 november 2026"
