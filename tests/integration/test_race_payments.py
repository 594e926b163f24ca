"""Two treasurers start the same payment run at the same moment (two processes, a barrier, many
rounds, SQLite and PostgreSQL): exactly one run and one file; the other is told who made it and
when, and leaves no (empty) run behind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from app.db.models import AllowanceLine, PaymentBatch
from app.domain.permissions import Role
from app.services.common.actor import Actor
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.race import exactly_one_ok, racing, rounds, url_of
from tests.integration.test_allowance_support import make_volunteer

ROUNDS = rounds(8)
YEAR = 2026


def pay(db, round_no: int, index: int) -> str:
    from app.services import Services

    treasurer = Actor(1, "beheerder", "Fatima el Amrani", Role.ADMIN)
    batch, data, _preview = Services.for_database(db).payments.create_batch(treasurer, YEAR)
    return f"run {batch.id}: {batch.transactions} transfers, {len(data)} bytes"


def test_two_payment_runs_at_once_pay_each_line_exactly_once(services, db, admin):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300",
                                                         bic="ABNANL2A"))
    with racing(url_of(db), f"{__name__}:pay", ROUNDS) as race:
        for round_no in range(ROUNDS):
            # Two volunteers of their own per round: any number of rounds stays within the limits.
            people = [make_volunteer(db, "Zoë", f"Özdemir {round_no}", iban="NL44RABO0123456789"),
                      make_volunteer(db, "Jan", f"Jansen {round_no}", iban="NL20INGB0001234567")]
            ids = []
            for person in people:
                services.allowances.set_arrangement(admin, ArrangementRow(person, YEAR, "vast",
                                                                          monthly_amount=Decimal("50")))
                ids.append(services.allowances.add_line(admin, LineInput(person, "vast", dt.date(YEAR, 11, 1))).id)
            services.allowances.approve(admin, ids)
            outcomes = race.go()
            exactly_one_ok(outcomes, lambda message: "beheerder" in message and "geen bestand" in message)
            with db.reader() as uow:
                assert uow.session.scalar(select(func.count()).select_from(PaymentBatch)) == round_no + 1
                assert uow.session.scalar(select(func.count()).select_from(AllowanceLine).where(
                    AllowanceLine.payment_batch_id.is_(None))) == 0
    with db.reader() as uow:
        batches = uow.session.scalars(select(PaymentBatch)).all()
        assert all(b.transactions == 2 and b.total == Decimal("100.00") and b.file_data for b in batches)
