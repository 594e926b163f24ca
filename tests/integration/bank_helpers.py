"""A centre with one payment run (three volunteers) and three final invoices, and the bank
statement that answers them: shared by the bank-statement service tests and the page test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.reports import sepa
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.camt_helpers import Tx, camt053
from tests.integration.rooms_helpers import draft, make_centre
from tests.integration.test_allowance_support import make_volunteer

D = Decimal
CENTRE_IBAN = "NL91ABNA0417164300"
BOOKED = dt.date(2026, 12, 2)


@pytest.fixture
def world(services, db, admin) -> dict:
    """make_world's centre, as a fixture (import it into the test module)."""
    return make_world(services, db, admin)


def make_world(services, db, admin) -> dict:
    """Three volunteers in one payment run; three final invoices (56,00, 120,00 and 28,00)."""
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban=CENTRE_IBAN, bic="ABNANL2A"))
    people = {
        "zoe": make_volunteer(db, "Zoë", "Özdemir", iban="NL44RABO0123456789"),
        "jan": make_volunteer(db, "Jan", "Jansen", iban="NL20INGB0001234567", infix="van"),
        "piet": make_volunteer(db, "Piet", "Peters", iban="NL69INGB0123456789"),
    }
    ids = []
    for key, amount in (("zoe", "120.00"), ("jan", "80.00"), ("piet", "60.00")):
        services.allowances.set_arrangement(admin, ArrangementRow(people[key], 2026, "vast", monthly_amount=D(amount)))
        ids.append(services.allowances.add_line(admin, LineInput(people[key], "vast", dt.date(2026, 11, 1))).id)
    services.allowances.approve(admin, ids)
    batch, data, _preview = services.payments.create_batch(admin, 2026)
    transfers = {t.iban: t for t in sepa.read_transfers(data).transactions}
    centre = make_centre(services, admin)
    for day in (3, 10):
        services.bookings.create(admin, draft(centre, dt.date(2026, 11, day), "19:00", "21:00"))
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 4), "09:00", "12:30", renter_id=centre.shop.id,
                                          rate_basis="dagdeel"))
    services.bookings.create(admin, draft(centre, dt.date(2026, 12, 1), "19:00", "21:00"))
    invoices = [services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
                services.invoices.create_concept(admin, centre.shop.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
                services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))]
    invoices = [services.invoices.finalise(admin, i.id, dt.date(2026, 11, 30)) for i in invoices]
    assert [(i.number, i.total) for i in invoices] == [("2026-0001", D("56.00")), ("2026-0002", D("120.00")),
                                                       ("2026-0003", D("28.00"))]
    return {"people": people, "batch": batch, "data": data, "invoices": invoices,
            "zoe": transfers["NL44RABO0123456789"], "jan": transfers["NL20INGB0001234567"],
            "piet": transfers["NL69INGB0123456789"]}


def movements(world) -> list[Tx]:
    """What the bank booked on 2 December: two transfers of the run paid, one of them returned
    (AC04), a full and a partial invoice payment, a gift nobody can place, and bank costs."""
    zoe, jan = world["zoe"], world["jan"]
    return [
        Tx(zoe.amount, False, BOOKED, zoe.end_to_end_id, zoe.remittance, "Zoe Ozdemir", zoe.iban),
        Tx(jan.amount, False, BOOKED, jan.end_to_end_id, jan.remittance, "Jan van Jansen", jan.iban),
        Tx(jan.amount, True, BOOKED, jan.end_to_end_id, "RETOUR " + jan.remittance, "Jan van Jansen", jan.iban,
           return_code="AC04"),
        Tx(D("56.00"), True, BOOKED, "", "Factuur 2026-0001 yoga november", "Stichting Yoga Oost", "NL02ABNA0123456789"),
        Tx(D("50.00"), True, BOOKED, "", "fact. 2026/2 eerste deel", "Bakkerij Jansen B.V.", "NL13TEST0123456789"),
        Tx(D("12.34"), True, BOOKED, "", "gift voor de koffiepot", "A. de Wit", "NL81TRIO0212471066"),
        Tx(D("3.50"), False, BOOKED, "", "Kosten betalingsverkeer"),
    ]


def statement(world, ref: str = "2026-12-02-001", account: str = CENTRE_IBAN, version: str = "02") -> bytes:
    return camt053(account, ref, movements(world), version=version)
