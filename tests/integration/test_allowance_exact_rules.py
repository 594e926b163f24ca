"""The three hand-worked cases that disagreed, fixed: quantities are stored exactly so that
stored, shown, paid and totalled agree to the cent; an hourly arrangement above the hourly
limit for the volunteer's age is refused unless the treasurer overrides it in writing; and what
other organisations pay counts in the month it is paid (twelve figures, or a year figure spread)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import VolunteerHours
from app.domain.allowance_rules import Limit, money
from app.domain.errors import ValidationError
from app.i18n import set_language
from app.services.allowances import ArrangementRow
from app.services.allowances import LimitRefused
from app.services.allowances import LineInput
from tests.integration.test_allowance_support import make_volunteer

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def test_hours_and_kilometres_are_stored_as_given_and_agree_with_the_amount(services, db, admin):
    volunteer = make_volunteer(db, "Anna", "Uren")
    services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "uurtarief", hourly_rate=D("5.75")))
    hours_id, line = services.allowances.add_hours(admin, volunteer, dt.date(2026, 3, 2), D("7.125"))
    assert (line.hours, line.rate, line.amount) == (D("7.125"), D("5.75"), D("40.97"))
    assert money(line.hours * line.rate) == line.amount
    with db.reader() as uow:
        assert uow.session.scalar(select(VolunteerHours.hours).where(VolunteerHours.id == hours_id)) == D("7.125")
    km = services.allowances.add_line(admin, LineInput(volunteer, "kilometers", dt.date(2026, 3, 3),
                                                       kilometres=D("12.25"), description="naar de markt"))
    assert (km.kilometres, km.amount) == (D("12.25"), D("2.82"))
    assert money(km.kilometres * km.rate) == km.amount
    reread = {l.id: l for l in services.allowances.lines(admin, volunteer_id=volunteer)}
    assert (reread[line.id].hours, reread[km.id].kilometres) == (D("7.125"), D("12.25"))


def test_more_precision_than_is_stored_is_refused(services, db, admin):
    volunteer = make_volunteer(db, "Anna", "Precies")
    services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "uurtarief", hourly_rate=D("5.00")))
    with pytest.raises(ValidationError, match="hoogstens 3 decimalen|at most 3"):
        services.allowances.add_hours(admin, volunteer, dt.date(2026, 3, 2), D("7.1234"))
    with pytest.raises(ValidationError, match="hoogstens 2 decimalen|at most 2"):
        services.allowances.add_line(admin, LineInput(volunteer, "kilometers", dt.date(2026, 3, 3),
                                                      kilometres=D("12.255"), description="markt"))
    assert services.allowances.lines(admin, volunteer_id=volunteer) == []


@pytest.mark.parametrize(("birth", "rate", "limit"), [(dt.date(1970, 5, 5), D("6.00"), D("5.75")),
                                                       (dt.date(2008, 5, 5), D("4.00"), D("3.40"))])
def test_an_hourly_arrangement_above_the_hourly_limit_needs_a_written_override(services, db, admin, birth, rate, limit):
    volunteer = make_volunteer(db, "Sam", "Tarief", birth=birth)
    with pytest.raises(LimitRefused) as refused:
        services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "uurtarief", hourly_rate=rate))
    assert [(r.limit, r.limit_amount, r.amount) for r in refused.value.refusals] == [(Limit.PER_HOUR, limit, rate)]
    assert refused.value.overridable
    saved = services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "uurtarief", hourly_rate=rate),
                                                override_reason="afspraak bestuur 12-01-2026")
    assert saved.override_reason == "afspraak bestuur 12-01-2026" and saved.override_by == "beheerder"
    row = next(r for r in services.allowances.year_overview(admin, 2026) if r.volunteer_id == volunteer)
    assert row.overridden
    ok = make_volunteer(db, "Kim", "Binnen", birth=birth)
    assert services.allowances.set_arrangement(
        admin, ArrangementRow(ok, 2026, "uurtarief", hourly_rate=limit)).override_reason == ""


def test_other_organisations_count_in_the_month_they_pay(services, db, admin):
    volunteer = make_volunteer(db, "Ria", "Elders")
    march = [D("0")] * 12
    march[2] = D("100.00")
    saved = services.allowances.set_arrangement(admin, ArrangementRow(
        volunteer, 2026, "vast", monthly_amount=D("150.00"), other_monthly=tuple(march)))
    assert saved.other_organisations == D("100.00") and not saved.other_spread
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 3, 1)))
    assert [(r.limit, r.room) for r in refused.value.refusals] == [(Limit.PER_MONTH, D("120.00"))]
    assert services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 4, 1))).amount == D("150.00")


def test_a_year_figure_is_spread_over_the_months_and_a_change_rechecks_every_month(services, db, admin):
    volunteer = make_volunteer(db, "Ria", "Jaar")
    services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "vast", monthly_amount=D("150.00")))
    services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 5, 1)))
    with pytest.raises(LimitRefused) as refused:  # 1.200 a year is 100 a month: May is 250
        services.allowances.set_arrangement(admin, ArrangementRow(
            volunteer, 2026, "vast", monthly_amount=D("150.00"), other_organisations=D("1200.00"), version=1))
    assert [(r.limit, r.amount) for r in refused.value.refusals] == [(Limit.PER_MONTH, D("250.00"))]
    saved = services.allowances.set_arrangement(admin, ArrangementRow(
        volunteer, 2026, "vast", monthly_amount=D("150.00"), other_organisations=D("600.00"), version=1))
    assert saved.other_spread and saved.other_by_month()[4] == D("50.00")
    with pytest.raises(ValidationError, match="twaalf|twelve"):
        services.allowances.set_arrangement(admin, ArrangementRow(
            volunteer, 2026, "vast", monthly_amount=D("150.00"), other_monthly=(D("1"),) * 11, version=saved.version))
