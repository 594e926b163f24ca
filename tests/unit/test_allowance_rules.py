"""The Dutch allowance limits as a table of cases from the published figures, and the
property that no sequence of accepted lines ever ends over a limit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, Limit, LineKind, LineState

D = Decimal
LIMITS_2026 = rules.Limits(2026, D("5.75"), D("3.40"), D("220.00"), D("2200.00"), D("0.23"))
YOUNG = dt.date(2008, 1, 1)  # 18 in 2026
ADULT = dt.date(1970, 5, 5)


def situation(arrangement=ArrangementKind.HOURLY, birth=ADULT, other=D("0"), lines=(), other_monthly=None):
    return rules.VolunteerYear(ArrangementKind(arrangement), birth, other, tuple(lines),
                               tuple(D(v) for v in other_monthly) if other_monthly else None)


def paid_in(month: int, amount: str) -> list[str]:
    """Other organisations paying `amount` in one month only."""
    return [amount if m == month else "0" for m in range(1, 13)]


def line(kind, day, amount, rate=None, receipt=False):
    return rules.ProposedLine(LineKind(kind), day, D(amount), D(rate) if rate else None, has_receipt=receipt)


def existing(day, amount, kind=LineKind.FIXED):
    return rules.ExistingLine(day, kind, D(amount))


CASES = [
    # (description, situation, proposed line, refused limits)
    ("under-21 at 3,40 an hour is allowed", situation(birth=YOUNG),
     line("uren", dt.date(2026, 3, 2), "13.60", "3.40"), set()),
    ("under-21 at 3,41 an hour is refused", situation(birth=YOUNG),
     line("uren", dt.date(2026, 3, 2), "13.64", "3.41"), {Limit.PER_HOUR}),
    ("21+ at 5,75 an hour is allowed", situation(), line("uren", dt.date(2026, 3, 2), "23.00", "5.75"), set()),
    ("21+ at 5,76 an hour is refused", situation(), line("uren", dt.date(2026, 3, 2), "23.04", "5.76"),
     {Limit.PER_HOUR}),
    ("unknown birth date gets the under-21 rate", situation(birth=None),
     line("uren", dt.date(2026, 3, 2), "17.50", "3.50"), {Limit.PER_HOUR}),
    ("turning 21 on 10 June: the day before is still under 21", situation(birth=dt.date(2005, 6, 10)),
     line("uren", dt.date(2026, 6, 9), "5.00", "5.00"), {Limit.PER_HOUR}),
    ("turning 21 on 10 June: from the birthday the adult rate", situation(birth=dt.date(2005, 6, 10)),
     line("uren", dt.date(2026, 6, 10), "5.75", "5.75"), set()),
    ("220 in one month is allowed", situation(ArrangementKind.FIXED),
     line("vast", dt.date(2026, 4, 1), "220.00"), set()),
    ("220,01 in one month is refused although the year is far below", situation(ArrangementKind.FIXED),
     line("vast", dt.date(2026, 4, 1), "220.01"), {Limit.PER_MONTH}),
    ("a month cannot be averaged with a quiet one",
     situation(ArrangementKind.FIXED, lines=[existing(dt.date(2026, 5, 3), "200.00")]),
     line("declaratie", dt.date(2026, 5, 20), "20.01", receipt=True), {Limit.PER_MONTH}),
    ("receipts count into the month for a volunteer with a fixed allowance",
     situation(ArrangementKind.FIXED, lines=[existing(dt.date(2026, 5, 3), "200.00")]),
     line("declaratie", dt.date(2026, 5, 20), "20.00", receipt=True), set()),
    ("the year limit counts the other organisations",
     situation(ArrangementKind.FIXED, other=D("2000.00"), other_monthly=paid_in(12, "2000.00")),
     line("vast", dt.date(2026, 7, 1), "200.01"), {Limit.PER_YEAR}),
    ("exactly the year limit with other organisations is allowed",
     situation(ArrangementKind.FIXED, other=D("1980.00"), other_monthly=paid_in(12, "1980.00")),
     line("vast", dt.date(2026, 7, 1), "220.00"), set()),
    ("the month limit counts what other organisations pay that month",
     situation(ArrangementKind.FIXED, other=D("100.00"), other_monthly=paid_in(7, "100.00")),
     line("vast", dt.date(2026, 7, 1), "120.01"), {Limit.PER_MONTH}),
    ("a year figure of other organisations is spread over the months",
     situation(ArrangementKind.FIXED, other=D("1200.00")), line("vast", dt.date(2026, 7, 1), "120.01"),
     {Limit.PER_MONTH}),
    ("receipts only: a large claim with receipt is allowed (no cap)", situation(ArrangementKind.RECEIPTS),
     line("declaratie", dt.date(2026, 2, 2), "5000.00", receipt=True), set()),
    ("receipts only: a claim without receipt is refused", situation(ArrangementKind.RECEIPTS),
     line("declaratie", dt.date(2026, 2, 2), "12.00"), {Limit.RECEIPT}),
    ("receipts only: a gift counts towards the month", situation(ArrangementKind.RECEIPTS),
     line("gift", dt.date(2026, 12, 15), "220.01"), {Limit.PER_MONTH}),
    ("gifts count for everyone",
     situation(ArrangementKind.FIXED, lines=[existing(dt.date(2026, 12, 1), "200.00")]),
     line("gift", dt.date(2026, 12, 15), "25.00"), {Limit.PER_MONTH}),
    ("kilometres above the tax-free rate are refused", situation(ArrangementKind.RECEIPTS),
     line("kilometers", dt.date(2026, 2, 2), "2.40", "0.24"), {Limit.KM_RATE}),
    ("no arrangement: no fixed allowance", situation(ArrangementKind.NONE),
     line("vast", dt.date(2026, 2, 2), "10.00"), {Limit.ARRANGEMENT}),
]


@pytest.mark.parametrize("description, current, proposed, refused", CASES, ids=[c[0] for c in CASES])
def test_the_published_figures_decide_every_case(description, current, proposed, refused):
    check = rules.check_line(LIMITS_2026, current, proposed)
    assert {r.limit for r in check.refusals} == refused


def test_a_refusal_names_the_limit_the_amount_and_the_room_left():
    current = situation(ArrangementKind.FIXED, lines=[existing(dt.date(2026, 11, 2), "190.00")])
    check = rules.check_line(LIMITS_2026, current, line("vast", dt.date(2026, 11, 20), "40.00"))
    message = check.message
    assert "€ 220,00" in message and "€ 40,00" in message and "€ 30,00" in message
    assert "november 2026" in message


def test_the_hourly_refusal_names_the_age_group_and_both_amounts():
    check = rules.check_line(LIMITS_2026, situation(birth=YOUNG), line("uren", dt.date(2026, 3, 2), "13.64", "3.41"))
    assert "€ 3,40" in check.message and "€ 3,41" in check.message


def test_room_left_this_month_and_year_includes_other_organisations():
    current = situation(ArrangementKind.FIXED, other=D("600.00"), lines=[existing(dt.date(2026, 3, 1), "150.00")])
    room = rules.room(LIMITS_2026, current, 3)
    assert room.month == D("20.00")  # 220 - 150 - 600 / 12
    assert room.year == D("1450.00")


def test_a_year_figure_spreads_to_the_cent_with_the_rest_in_december():
    assert rules.spread_over_months(D("1000.00")) == (D("83.33"),) * 11 + (D("83.37"),)
    assert sum(rules.spread_over_months(D("1000.00"))) == D("1000.00")


def test_age_on_counts_the_birthday_itself():
    assert rules.age_on(dt.date(2005, 6, 10), dt.date(2026, 6, 10)) == 21
    assert rules.age_on(dt.date(2005, 6, 10), dt.date(2026, 6, 9)) == 20
    assert rules.age_on(dt.date(2004, 2, 29), dt.date(2025, 2, 28)) == 20


def test_state_changes_follow_the_allow_list():
    assert rules.can_transition(LineState.CONCEPT, LineState.SUBMITTED)
    assert rules.can_transition(LineState.SUBMITTED, LineState.APPROVED)
    assert rules.can_transition(LineState.APPROVED, LineState.PAID)
    assert rules.can_transition(LineState.SUBMITTED, LineState.REJECTED)
    assert not rules.can_transition(LineState.CONCEPT, LineState.PAID)
    assert not rules.can_transition(LineState.SUBMITTED, LineState.PAID)
    assert not rules.can_transition(LineState.PAID, LineState.REJECTED)
    assert not rules.can_transition(LineState.REJECTED, LineState.SUBMITTED)
    assert not rules.can_transition(LineState.PAID, LineState.CONCEPT)


def test_amounts_are_rounded_half_up_to_cents():
    assert rules.money("2.345") == D("2.35")
    assert rules.money(D("3.40") * D("2.25")) == D("7.65")


def test_a_year_check_finds_a_month_over_after_the_arrangement_changed():
    current = situation(ArrangementKind.FIXED, other=D("2100.00"), lines=[existing(dt.date(2026, 1, 1), "200.00")],
                        other_monthly=paid_in(12, "2100.00"))
    refused = rules.check_year(LIMITS_2026, current)
    assert [r.limit for r in refused] == [Limit.PER_MONTH, Limit.PER_YEAR]  # December: 2.100 from elsewhere
    spread = situation(ArrangementKind.FIXED, other=D("600.00"), lines=[existing(dt.date(2026, 1, 1), "200.00")])
    assert [(r.limit, r.period) for r in rules.check_year(LIMITS_2026, spread)] == [(Limit.PER_MONTH, "januari 2026")]


# -- properties ---------------------------------------------------------------------------------
attempt = st.tuples(
    st.sampled_from(list(LineKind)),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.decimals(min_value=D("0.01"), max_value=D("400"), places=2),
    st.decimals(min_value=D("0.10"), max_value=D("7.00"), places=2),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(
    arrangement=st.sampled_from(list(ArrangementKind)),
    birth=st.one_of(st.none(), st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2012, 12, 31))),
    other=st.decimals(min_value=D("0"), max_value=D("2500"), places=2),
    attempts=st.lists(attempt, max_size=60),
)
def test_no_sequence_of_accepted_lines_ends_over_a_limit(arrangement, birth, other, attempts):
    accepted: list[rules.ExistingLine] = []
    for kind, month, day, amount, rate, receipt in attempts:
        current = rules.VolunteerYear(arrangement, birth, other, tuple(accepted))
        worked_on = dt.date(2026, month, day)
        if kind == LineKind.HOURLY:
            amount = rules.money(rate * 3)
        proposed = rules.ProposedLine(kind, worked_on, amount, rate if kind in (LineKind.HOURLY, LineKind.KILOMETRES) else None,
                                      has_receipt=receipt)
        check = rules.check_line(LIMITS_2026, current, proposed)
        if check.allowed:
            accepted.append(rules.ExistingLine(worked_on, kind, rules.money(amount)))
            if kind == LineKind.HOURLY:
                assert rate <= rules.hourly_limit(LIMITS_2026, birth, worked_on)
            if kind == LineKind.EXPENSE:
                assert receipt
    final = rules.VolunteerYear(arrangement, birth, other, tuple(accepted))
    for month in range(1, 13):
        assert final.counted_total(month) <= LIMITS_2026.per_month
    if final.counted_total() > 0:
        assert final.counted_total() + other <= LIMITS_2026.per_year
