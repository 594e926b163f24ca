"""Two SEPA gaps closed: an execution date in the past is refused (banks reject such a file),
and one name that cleans to nothing is listed as not payable, named, while the others are paid.
Each transfer of a run is kept with its own state, so the bank's statement can confirm it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import PaymentTransfer
from app.domain.errors import ValidationError
from app.i18n import set_language
from app.reports import sepa
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import make_volunteer

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


@pytest.fixture
def two_payees(services, db, admin):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300"))
    people = {"anna": make_volunteer(db, "Anna", "Bakker", iban="NL44RABO0123456789"),
              "stars": make_volunteer(db, "★", "☆", iban="NL20INGB0001234567")}
    ids = []
    for volunteer_id in people.values():
        services.allowances.set_arrangement(admin, ArrangementRow(volunteer_id, 2026, "vast", monthly_amount=D("50.00")))
        ids.append(services.allowances.add_line(admin, LineInput(volunteer_id, "vast", dt.date(2026, 11, 1))).id)
    services.allowances.approve(admin, ids)
    return people


def test_an_execution_date_in_the_past_is_refused_and_nothing_is_made(services, admin, two_payees):
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="verleden") as refused:
        services.payments.create_batch(admin, 2026, execution_date=yesterday)
    assert refused.value.problems[0].field == "execution_date"
    assert services.payments.batches(admin, 2026) == []
    batch, _data, _preview = services.payments.create_batch(admin, 2026, execution_date=dt.date.today())
    assert batch.transactions == 1


def test_a_name_that_cleans_to_nothing_is_left_out_by_name_and_the_others_are_paid(services, db, admin, two_payees):
    preview = services.payments.preview(admin, 2026)
    assert [(p.name, p.payable) for p in preview.payees] == [("Anna Bakker", True), ("★ ☆", False)]
    assert "★ ☆" in preview.left_out[0].problem and "Latijnse letters" in preview.left_out[0].problem
    batch, data, _preview = services.payments.create_batch(admin, 2026)
    assert [t.name for t in sepa.read_transfers(data).transactions] == ["Anna Bakker"]
    assert [s["name"] for s in batch.skipped] == ["★ ☆"]
    with db.reader() as uow:
        transfers = uow.session.execute(select(PaymentTransfer.volunteer_id, PaymentTransfer.amount, PaymentTransfer.state,
                                               PaymentTransfer.end_to_end_id)).all()
    assert transfers == [(two_payees["anna"], D("50.00"), "verstuurd", sepa.read_transfers(data).transactions[0].end_to_end_id)]
