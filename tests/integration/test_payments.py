"""Payment runs: a batch, a schema-valid SEPA file read back, volunteers without IBAN listed,
confirm → paid, cancel → released."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import xmlschema
from pathlib import Path

import sepaxml

from app.domain.allowance_rules import LineState
from app.domain.errors import Conflict, ValidationError
from app.reports import sepa
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import make_volunteer

D = Decimal
SCHEMAS = Path(sepaxml.__file__).parent / "schemas"


@pytest.fixture
def paid_world(services, db, admin):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300",
                                                         bic="ABNANL2A"))
    people = {
        "zoe": make_volunteer(db, "Zoë", "Özdemir", iban="NL44RABO0123456789"),
        "jan": make_volunteer(db, "Jan", "Jansen", iban="NL20INGB0001234567", infix="van"),
        "geen": make_volunteer(db, "Piet", "Zonder", iban=""),
        "fout": make_volunteer(db, "Kees", "Fout", iban="NL00RABO0123456789"),
    }
    ids = []
    for key, amount in (("zoe", "120.00"), ("jan", "80.00"), ("geen", "50.00"), ("fout", "60.00")):
        services.allowances.set_arrangement(admin, ArrangementRow(people[key], 2026, "vast", monthly_amount=D(amount)))
        ids.append(services.allowances.add_line(admin, LineInput(people[key], "vast", dt.date(2026, 11, 1))).id)
    ids.append(services.allowances.add_line(admin, LineInput(people["zoe"], "gift", dt.date(2026, 11, 20),
                                                             amount=D("25.50"), description="kerstpakket")).id)
    services.allowances.add_line(admin, LineInput(people["jan"], "vast", dt.date(2026, 12, 1)))  # not approved
    services.allowances.approve(admin, ids)
    return people


@pytest.mark.parametrize("file_format", sepa.FORMATS)
def test_a_payment_run_writes_one_valid_transfer_per_volunteer(services, admin, paid_world, file_format):
    batch, data, preview = services.payments.create_batch(admin, 2026, file_format=file_format,
                                                          execution_date=dt.date.today() + dt.timedelta(days=3))
    xmlschema.XMLSchema(str(SCHEMAS / f"{file_format}.xsd")).validate(data.decode())
    read = sepa.read_transfers(data)
    assert read.schema == file_format
    assert read.number_of_transactions == 2 == batch.transactions
    assert read.control_sum == D("225.50") == batch.total
    assert read.debtor_iban == "NL91ABNA0417164300" and read.debtor_name == "Buurthuis De Klinker"
    by_iban = {t.iban: t for t in read.transactions}
    assert set(by_iban) == {"NL44RABO0123456789", "NL20INGB0001234567"}
    assert by_iban["NL44RABO0123456789"].amount == D("145.50")
    assert by_iban["NL44RABO0123456789"].name == "Zoe Ozdemir"
    assert by_iban["NL20INGB0001234567"].name == "Jan van Jansen"
    assert all(t.remittance == "Vrijwilligersvergoeding november 2026" for t in read.transactions)
    assert all(len(t.end_to_end_id) <= 35 for t in read.transactions)
    assert b"PstlAdr" not in data  # no unstructured addresses
    left_out = {p.name: p.problem for p in preview.left_out}
    assert set(left_out) == {"Piet Zonder", "Kees Fout"}
    assert "IBAN" in left_out["Piet Zonder"] and "NL00RABO0123456789" in left_out["Kees Fout"]
    assert {s["name"] for s in batch.skipped} == {"Piet Zonder", "Kees Fout"}


def test_lines_are_paid_only_when_the_treasurer_confirms(services, admin, paid_world):
    batch, _data, _preview = services.payments.create_batch(admin, 2026)
    lines = services.allowances.lines(admin, volunteer_id=paid_world["zoe"])
    assert {line.state for line in lines} == {LineState.APPROVED}
    with pytest.raises(Conflict):
        services.payments.create_batch(admin, 2026, through=dt.date(2026, 11, 30))  # nothing left for Zoë and Jan?
    services.payments.confirm(admin, batch.id)
    lines = services.allowances.lines(admin, volunteer_id=paid_world["zoe"])
    assert {line.state for line in lines} == {LineState.PAID}
    assert all(line.payment_batch_id == batch.id and line.paid_at for line in lines)
    with pytest.raises(Conflict):
        services.payments.cancel(admin, batch.id)


def test_a_cancelled_batch_releases_its_lines_for_the_next_run(services, admin, paid_world):
    first, _data, _preview = services.payments.create_batch(admin, 2026)
    services.payments.cancel(admin, first.id)
    lines = services.allowances.lines(admin, volunteer_id=paid_world["jan"], state=LineState.APPROVED)
    assert lines and all(line.payment_batch_id is None for line in lines)
    second, data, _preview = services.payments.create_batch(admin, 2026)
    assert second.id != first.id and sepa.read_transfers(data).number_of_transactions == 2
    assert [b.state for b in services.payments.batches(admin, 2026)] == ["aangemaakt", "geannuleerd"]
    assert services.payments.batch_file(admin, second.id) == data


def test_through_a_date_pays_only_lines_worked_until_then(services, admin, paid_world):
    preview = services.payments.preview(admin, 2026, dt.date(2026, 11, 10))
    zoe = next(p for p in preview.payees if p.volunteer_id == paid_world["zoe"])
    assert zoe.amount == D("120.00")


def test_a_payment_run_without_the_centres_iban_is_refused(services, db, admin):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker"))
    with pytest.raises(ValidationError):
        services.payments.create_batch(admin, 2026)


def test_the_bank_file_is_written_whole_with_its_run_or_neither_exists(services, admin, paid_world, tmp_path,
                                                                         monkeypatch):
    from app.importers.guard import FileRefused

    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(FileRefused, match="bestaat niet"):  # checked before a run is made
        services.payments.write_batch(admin, 2026, usb / "weg" / "bank.xml")
    assert services.payments.batches(admin, 2026) == []

    def disk_full(self, data):
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(FileRefused) as refused:
        services.payments.write_batch(admin, 2026, usb / "bank.xml")
    assert "De schijf is vol" in str(refused.value) and "weer geannuleerd" in str(refused.value)
    assert [b.state for b in services.payments.batches(admin, 2026)] == ["geannuleerd"]
    lines = services.allowances.lines(admin, volunteer_id=paid_world["zoe"])
    assert {(line.state, line.payment_batch_id) for line in lines} == {(LineState.APPROVED, None)}
    assert list(usb.iterdir()) == []  # no half-written file left behind
    monkeypatch.undo()

    batch, _preview = services.payments.write_batch(admin, 2026, usb / "bank.xml")
    assert sepa.read_transfers((usb / "bank.xml").read_bytes()).control_sum == batch.total == D("225.50")
    assert [p.name for p in usb.iterdir()] == ["bank.xml"]
