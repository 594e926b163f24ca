"""Overzicht's "volunteers near an allowance limit", counted by one SQL query, agrees with the
allowance page's rule (allowance_data.year_rows, in Python) on random years: arrangements of
every kind, lines of every kind and state, amounts right at the boundaries, other
organisations' payments. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from sqlalchemy import insert

from app.db.models import AllowanceArrangement, AllowanceLimit, AllowanceLine, Centre
from app.services.allowances import year_rows
from app.services.allowances import limits_for
from app.services.allowances.overview import near_limit_volunteers
from tests.integration.test_allowance_support import make_volunteer

YEAR = 2026
KINDS = ["vast", "uren", "declaratie", "kilometers", "gift"]
STATES = ["concept", "ingediend", "goedgekeurd", "betaald", "afgewezen"]
ARRANGEMENTS = [None, "geen", "vast", "uurtarief", "declaraties"]
# Amounts near the month limit (€ 220) and its 10 % margin, plus ordinary ones.
AMOUNTS = ["0.01", "12.50", "22.00", "21.99", "198.00", "197.99", "198.01", "220.00", "220.01", "75.35"]


def _random_year(db, rng: random.Random, volunteers: int = 25) -> None:
    with db.unit_of_work() as uow:  # the centre the lines belong to (centre_id=1 below)
        if uow.session.get(Centre, 1) is None:
            uow.session.add(Centre(id=1, name="Buurthuis De Klinker"))
            uow.commit()
    for n in range(volunteers):
        volunteer = make_volunteer(db, f"V{n:02d}", rng.choice(["Bakker", "de Vries", "Jansen"]))
        with db.unit_of_work() as uow:
            arrangement = rng.choice(ARRANGEMENTS)
            if arrangement is not None:
                other = rng.choice(["0.00", "0.00", "1500.00", "1800.00", "2079.99", "2100.00"])
                # Sometimes the twelve monthly figures instead (amounts around the month limit's margin).
                monthly = [rng.choice(["0.00", "0.00", "21.99", "22.00", "150.00", "219.99"]) for _month in range(12)] \
                    if rng.random() < 0.3 else None
                if monthly is not None:
                    other = str(sum(Decimal(v) for v in monthly))
                uow.session.execute(insert(AllowanceArrangement).values(
                    volunteer_id=volunteer, year=YEAR, kind=arrangement, other_organisations=Decimal(other),
                    other_monthly=monthly, version=1))
            for _line in range(rng.randint(0, 12)):
                month = rng.randint(1, 12)
                uow.session.execute(insert(AllowanceLine).values(
                    volunteer_id=volunteer, kind=rng.choice(KINDS), worked_on=dt.date(YEAR, month, 1), year=YEAR,
                    month=month, amount=Decimal(rng.choice(AMOUNTS)), state=rng.choice(STATES), centre_id=1))
            uow.commit()


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_the_sql_count_and_names_match_the_allowance_pages_rule(db, seed):
    _random_year(db, random.Random(seed))
    today = dt.date(YEAR, random.Random(seed).randint(1, 12), 15)
    with db.reader() as uow:
        rows = year_rows(uow.session, YEAR, limits_for(uow.session, YEAR), today, only_with_activity=True,
                         with_iban=False)
        expected = [row.name for row in rows if row.near_limit or row.over_limit]
        count, names = near_limit_volunteers(uow.session, uow.session.get(AllowanceLimit, YEAR), today.month)
    assert expected, "the random year should flag someone"
    assert count == len(expected)
    assert names == expected[:5]


def test_nobody_near_a_limit_gives_zero_and_no_names(db):
    make_volunteer(db)
    with db.reader() as uow:
        assert near_limit_volunteers(uow.session, uow.session.get(AllowanceLimit, YEAR), 11) == (0, [])


def test_the_cents_left_over_from_spreading_the_other_organisations_year_count_in_december(db):
    """€ 1.200,11 a year from another organisation is € 100,00 a month and € 100,11 in December.
    With € 97,89 of our own in December that month is € 198,00: exactly the 10 % margin under
    the month limit of € 220, so near it — by the 11 cents alone."""
    with db.unit_of_work() as uow:
        uow.session.add(Centre(id=1, name="Buurthuis De Klinker"))
        uow.commit()
    volunteer = make_volunteer(db, "Dirk", "Decembermaand")
    with db.unit_of_work() as uow:
        uow.session.execute(insert(AllowanceArrangement).values(
            volunteer_id=volunteer, year=YEAR, kind="vast", other_organisations=Decimal("1200.11"), version=1))
        uow.session.execute(insert(AllowanceLine).values(
            volunteer_id=volunteer, kind="vast", worked_on=dt.date(YEAR, 12, 1), year=YEAR, month=12,
            amount=Decimal("97.89"), state="goedgekeurd", centre_id=1))
        uow.commit()
    with db.reader() as uow:
        limit = uow.session.get(AllowanceLimit, YEAR)
        assert (limit.per_month, limit.per_year) == (Decimal("220.00"), Decimal("2200.00"))
        rows = year_rows(uow.session, YEAR, limits_for(uow.session, YEAR), dt.date(YEAR, 12, 15),
                         only_with_activity=True, with_iban=False)
        assert [row.name for row in rows if row.near_limit or row.over_limit] == ["Dirk Decembermaand"]
        assert near_limit_volunteers(uow.session, limit, 12) == (1, ["Dirk Decembermaand"])
