"""The subsidy rules without a database: states, balance, a fund's maximum and steps, which
report the thresholds require, and the next round or deadline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import subsidies as rules
from app.domain.subsidies import ReportLevel, State

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


@pytest.mark.parametrize("current,target", [
    ("concept", "ingediend"), ("ingediend", "toegekend"), ("ingediend", "afgewezen"), ("ingediend", "concept"),
    ("toegekend", "verantwoord"), ("toegekend", "vastgesteld"), ("verantwoord", "vastgesteld"),
])
def test_the_allowed_steps_are_allowed(current, target):
    assert rules.can_move(current, target) and rules.transition_problem(current, target) is None


@pytest.mark.parametrize("current,target", [
    ("concept", "toegekend"), ("concept", "vastgesteld"), ("afgewezen", "ingediend"), ("afgewezen", "toegekend"),
    ("vastgesteld", "concept"), ("verantwoord", "toegekend"), ("toegekend", "concept"), ("ingediend", "verantwoord"),
])
def test_every_other_step_is_refused_with_a_dutch_sentence(current, target):
    assert not rules.can_move(current, target)
    message = rules.transition_problem(current, target)
    assert message.startswith("Een aanvraag die") and rules.state_label(target) in message


def test_every_state_has_an_entry_in_the_allow_list():
    assert set(rules.TRANSITIONS) == set(State)
    assert rules.TRANSITIONS[State.REJECTED] == frozenset() and rules.TRANSITIONS[State.SETTLED] == frozenset()


def test_a_balanced_plan_counts_the_requested_amount_as_coverage():
    result = rules.balance([D("1200"), D("800")], D("1500"), [D("300"), D("200")])
    assert result.balanced and result.difference == D("0.00") and rules.balance_message(result) is None


def test_uncovered_costs_are_reported_with_the_difference_in_euros():
    message = rules.balance_message(rules.balance([D("1234.56"), D("1000")], D("1500"), [D("500")]))
    assert message == ("Begroting en dekking sluiten niet: € 234,56 van de kosten (€ 2.234,56) is niet gedekt "
                       "(dekking € 2.000,00).")


def test_too_much_coverage_is_reported_too():
    message = rules.balance_message(rules.balance([D("1000")], D("1500"), []))
    assert "€ 500,00 meer dan de kosten" in message


@pytest.mark.parametrize("amount,problems", [
    (D("1500"), []), (D("250"), []), (D("1250.00"), []),
    (D("1750"), ["hoogstens € 1.500,00"]), (D("1400"), ["stappen van € 250,00", "€ 1.250,00 of € 1.500,00"]),
    (D("0"), ["meer zijn dan € 0,00"]), (D("100"), ["vraag € 250,00"]),
])
def test_fonds_1818_gives_up_to_1500_in_steps_of_250(amount, problems):
    found = " | ".join(rules.amount_problems(amount, "Fonds 1818", D("1500"), D("250")))
    for expected in problems:
        assert expected in found
    if not problems:
        assert found == ""


def test_a_fund_without_maximum_or_steps_takes_any_positive_amount():
    assert rules.amount_problems(D("12345.67"), "VSBfonds", None, None) == []


@pytest.mark.parametrize("granted,level", [
    (D("4999.99"), ReportLevel.NONE), (D("5000"), ReportLevel.ACTIVITY_AND_FINANCIAL),
    (D("49999.99"), ReportLevel.ACTIVITY_AND_FINANCIAL), (D("50000"), ReportLevel.WITH_AUDITOR),
])
def test_municipal_thresholds_decide_the_report(granted, level):
    assert rules.required_report(granted, D("5000"), D("50000")) is level


def test_a_fund_without_a_no_report_threshold_always_wants_a_report():
    assert rules.required_report(D("250"), None, D("25000")) is ReportLevel.ACTIVITY_AND_FINANCIAL
    text = rules.report_description(ReportLevel.NONE, D("4500"), D("5000"), None)
    assert "€ 4.500,00" in text and "€ 5.000,00" in text and "zonder verantwoording" in text


def test_differences_above_ten_percent_need_an_explanation():
    assert not rules.needs_explanation(D("1000"), D("1100"))
    assert rules.needs_explanation(D("1000"), D("1100.01"))
    assert rules.needs_explanation(D("0"), D("5"))
    assert not rules.needs_explanation(D("0"), D("0"))


@pytest.mark.parametrize("today,expected", [
    (dt.date(2027, 1, 15), dt.date(2027, 2, 1)), (dt.date(2027, 2, 1), dt.date(2027, 2, 1)),
    (dt.date(2027, 2, 2), dt.date(2027, 5, 1)), (dt.date(2027, 11, 2), dt.date(2028, 2, 1)),
])
def test_the_next_round_of_1_feb_1_may_1_aug_1_nov(today, expected):
    rounds = [rules.parse_round(t) for t in ("1-2", "1-5", "1-8", "1-11")]
    assert rules.next_round(rounds, today) == expected


def test_a_round_on_29_february_falls_on_28_february_in_a_common_year():
    assert rules.next_round([(2, 29)], dt.date(2027, 1, 1)) == dt.date(2027, 2, 28)


def test_funds_without_rounds_want_the_application_weeks_before_the_start():
    assert rules.application_deadline([], 8, dt.date(2027, 3, 1), dt.date(2027, 1, 1)) == dt.date(2027, 1, 4)
    assert rules.application_deadline([], None, dt.date(2027, 3, 1), dt.date(2027, 1, 1)) is None


@pytest.mark.parametrize("text", ["31-2", "1", "a-b", "0-5", "1-13"])
def test_a_round_that_is_no_day_and_month_is_refused(text):
    with pytest.raises(ValueError) as error:
        rules.parse_round(text)
    assert "geen dag en maand" in str(error.value)


def test_the_six_week_window_includes_overdue_dates():
    today = dt.date(2027, 1, 1)
    assert rules.within_window(dt.date(2026, 12, 1), today)
    assert rules.within_window(dt.date(2027, 2, 12), today)
    assert not rules.within_window(dt.date(2027, 2, 13), today)
