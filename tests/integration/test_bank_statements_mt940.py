"""MT940, the other statement Dutch banks offer: the same bank day as the CAMT.053 tests, written
as ING, ABN AMRO and Rabobank write it, must give the same outcome; a file cut short, one that
does not add up, one of an old account number or with a damaged line is refused as a whole."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, BankEntry, BankStatement, InvoicePayment
from app.domain.allowance_rules import LineState
from app.i18n import set_language
from app.importers.statement_file import StatementFileError
from app.importers.swift_mt940 import description, read_statements
from app.reports import sepa
from tests.integration.bank_helpers import BOOKED, CENTRE_IBAN, movements, world  # noqa: F401 (world: a fixture)
from tests.integration.camt_helpers import Tx
from tests.integration.mt940_helpers import BANKS, mt940

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def _counts(db) -> tuple[int, ...]:
    with db.reader() as uow:
        s = uow.session
        return tuple(s.scalar(select(func.count()).select_from(table))
                     for table in (AuditEntry, BankEntry, BankStatement, InvoicePayment))


@pytest.mark.parametrize("bank", BANKS)
def test_an_mt940_statement_gives_the_same_outcome_as_camt_and_a_second_import_changes_nothing(
        services, db, admin, world, bank):
    data = mt940(CENTRE_IBAN, "P261202000000001", movements(world), bank=bank)
    result = services.bank_statements.import_statement(admin, data, "afschrift.sta")
    assert (result.confirmed, result.returned, result.invoice_payments, result.unrecognised, result.other) == (2, 1, 2, 1, 1)

    items = services.open_items.open_items(admin, dt.date(2026, 12, 20))
    assert [(i.number, i.paid, i.open) for i in items.invoices] == [
        ("2026-0002", D("50.00"), D("70.00")), ("2026-0003", D("0.00"), D("28.00"))]
    assert [(t.volunteer, t.state) for t in items.transfers] == [("Jan van Jansen", "teruggeboekt"),
                                                                 ("Piet Peters", "verstuurd")]
    assert items.transfers[0].reason == "teruggeboekt: AC04 rekening opgeheven"
    zoe = services.allowances.lines(admin, volunteer_id=world["people"]["zoe"])
    assert [(line.state, line.paid_at.date()) for line in zoe] == [(LineState.PAID, BOOKED)]
    unknown = services.bank_statements.unrecognised(admin)
    assert [(e.amount, e.counterparty, e.remittance) for e in unknown] == [(D("12.34"), "A. de Wit", "gift voor de koffiepot")]

    before = _counts(db)
    again = services.bank_statements.import_statement(admin, data, "afschrift.sta")
    assert again.already_imported and "eerder ingelezen" in again.summary()
    assert _counts(db) == before


def test_several_statements_in_one_file_and_a_batch_booking_by_its_payment_information(services, admin, world):
    pmt_info_id = sepa.read_transfers(world["data"]).payment_info_ids[0]
    first = mt940(CENTRE_IBAN, "P261202000000001", [Tx(D("3.50"), False, BOOKED, "", "Kosten")])
    second = mt940(CENTRE_IBAN, "P261203000000001", [Tx(world["batch"].total, False, BOOKED, batch_ref=pmt_info_id)],
                   opening=D("996.50"), day=dt.date(2026, 12, 3), with_header=False)
    result = services.bank_statements.import_statement(admin, first + second, "november.940")
    assert len(result.statements) == 2 and (result.confirmed, result.other) == (1, 1)
    assert services.payments.batches(admin, 2026)[0].state == "betaald"
    for key in ("zoe", "jan", "piet"):
        assert {line.state for line in services.allowances.lines(admin, volunteer_id=world["people"][key])} == {LineState.PAID}


def test_overlapping_downloads_without_bank_references_import_each_movement_once(services, db, admin, world):
    """Many banks give a statement line no reference of their own (NONREF), and a second
    download names its statements differently: the movement itself must tell that it was seen."""
    payment = Tx(D("56.00"), True, BOOKED, "", "Factuur 2026-0001 yoga", "Stichting Yoga Oost", "NL02ABNA0123456789")
    coffee = Tx(D("2.50"), True, BOOKED, "", "koffie", "A. de Wit", "NL81TRIO0212471066")
    november = mt940(CENTRE_IBAN, "P261202000000001", [payment, coffee], bank_references=False)
    first = services.bank_statements.import_statement(admin, november, "november.sta")
    assert (first.invoice_payments, first.unrecognised) == (1, 1)
    # the next download covers the same day again (under another statement reference), with a
    # second, identical coffee payment the bank booked later that day, and a new day
    overlap = mt940(CENTRE_IBAN, "P261206000000001", [payment, coffee, coffee], bank_references=False) + mt940(
        CENTRE_IBAN, "P261206000000002", [Tx(D("50.00"), True, BOOKED + dt.timedelta(days=1), "", "fact. 2026/2",
                                             "Bakkerij Jansen B.V.", "NL13TEST0123456789")],
        opening=D("1061.00"), day=BOOKED + dt.timedelta(days=1), bank_references=False, with_header=False)
    second = services.bank_statements.import_statement(admin, overlap, "december.sta")
    assert (second.known, second.invoice_payments, second.unrecognised) == (2, 1, 1)
    with db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(InvoicePayment)) == 2  # 56,00 once, and 50,00
    assert [e.amount for e in services.bank_statements.unrecognised(admin)] == [D("2.50"), D("2.50")]


def _refused(services, db, admin, data: bytes, *fragments: str) -> None:
    before = _counts(db)
    with pytest.raises(StatementFileError) as refused:
        services.bank_statements.import_statement(admin, data, "afschrift.sta")
    for fragment in fragments:
        assert fragment in str(refused.value), str(refused.value)
    assert _counts(db) == before


def test_a_file_cut_short_or_not_adding_up_is_refused_and_nothing_is_imported(services, db, admin, world):
    whole = mt940(CENTRE_IBAN, "P261202000000001", movements(world))
    second = mt940(CENTRE_IBAN, "P261203000000001", [Tx(D("1.00"), True, BOOKED, "", "rente")], opening=D("1190.84"),
                   with_header=False)
    cut = whole + second[:second.index(b":62F:")]  # the download stopped inside the second statement
    _refused(services, db, admin, cut, "Afschrift 2 in afschrift.sta", "beginsaldo of eindsaldo ontbreekt",
             "Er is niets ingelezen")
    misread = whole.replace(b"C56,00", b"C65,00", 1)
    _refused(services, db, admin, misread, "Afschrift 1", "€ 1.000,00", "is niet het eindsaldo")


def test_an_old_account_number_a_damaged_line_or_another_account_is_refused(services, db, admin, world):
    old_number = mt940(CENTRE_IBAN, "P261202000000001", movements(world)).replace(f":25:{CENTRE_IBAN}EUR".encode(), b":25:417164300")
    _refused(services, db, admin, old_number, "417164300", "geen IBAN")
    damaged = mt940(CENTRE_IBAN, "P261202000000001", movements(world)).replace(b":61:261202", b":61:26XX02", 1)
    _refused(services, db, admin, damaged, "Afschrift 1 in afschrift.sta", "regel :61: is onleesbaar: 26XX02")
    other = mt940("NL20INGB0001234567", "P1", movements(world))
    _refused(services, db, admin, other, "NL20INGB0001234567", "niet van de rekening van het centrum")
    _refused(services, db, admin, b"Datum;Bedrag\n01-12-2026;12,00\n", "geen bankafschrift", "CAMT.053", "MT940")


# -- the description (:86:) as the banks write it ---------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # cut at 65 characters wherever that falls: inside a word, inside a code
    ("/EREF/E2E-1//CNTP/NL32INGB0000012345/INGBNL2A/Yogagroep De Zon/Ar\nnhem//REMI/USTD//Factuur 2026-0003/",
     {"EREF": "E2E-1", "NAME": "Yogagroep De Zon", "REMI": "Factuur 2026-0003"}),
    ("/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/BIC/ABNANL2A/NAME/\nSTICHTING YOGA OOST/REMI/USTD//fact. 2026/2 "
     "eerste deel/EREF/NOTP\nROVIDED/",
     {"NAME": "STICHTING YOGA OOST", "REMI": "fact. 2026/2 eerste deel"}),
    # a line the bank ended at a space, which the parser trims
    ("/EREF/WH-7/ORDP//NAME/A. de Wit/REMI/USTD//gift voor de\nkoffiepot/",
     {"EREF": "WH-7", "NAME": "A. de Wit", "REMI": "gift voor de koffiepot"}),
    ("/EREF/WH-1/ORDP//NAME/A. de Wit/REMI/STRD/CUR/1234567890123456/", {"EREF": "WH-1", "NAME": "A. de Wit",
                                                                     "REMI": "1234567890123456"}),
    ("/RTRN/AC04/EREF/WH-2026-11-0001//CNTP/NL20INGB0001234567/INGBNL2A/J. van Jansen///REMI/USTD//Vergoeding/",
     {"RTRN": "AC04", "EREF": "WH-2026-11-0001", "NAME": "J. van Jansen", "REMI": "Vergoeding"}),
    ("GIRO 1234567 A DE WIT\nFACTUUR 2026-0001", {"REMI": "GIRO 1234567 A DE WIT FACTUUR 2026-0001"}),
])
def test_the_description_is_read_as_each_bank_writes_it(text, expected):
    found = description(text)
    assert {key: value for key, value in found.items() if value} == expected


def test_a_statement_in_windows_1252_keeps_its_accents():
    data = mt940(CENTRE_IBAN, "P261202000000001", [Tx(D("5.00"), True, BOOKED, "", "Bijdrage café", "Zoë Özdemir",
                                        "NL44RABO0123456789")]).decode("utf-8").encode("cp1252")
    movement = read_statements(data, "a.sta")[0].movements[0]
    assert (movement.counterparty, movement.remittance) == ("Zoë Özdemir", "Bijdrage café")


def test_a_statement_file_is_checked_before_it_is_read(services, db, admin, world, tmp_path, monkeypatch):
    from app.importers import statement_file
    from app.services.bank import _statements

    before = _counts(db)
    with pytest.raises(Exception, match="bestaat niet") as missing:
        services.bank_statements.import_statement_file(admin, tmp_path / "weg.sta")
    assert "weg.sta" in str(missing.value)
    with pytest.raises(Exception, match="is een map"):
        services.bank_statements.import_statement_file(admin, tmp_path)
    path = tmp_path / "afschrift.sta"
    path.write_bytes(mt940(CENTRE_IBAN, "P261202000000001", movements(world)))
    monkeypatch.setattr(_statements, "MAX_BYTES", 100)
    with pytest.raises(Exception, match="afschrift.sta"):
        services.bank_statements.import_statement_file(admin, path)
    assert _counts(db) == before
    monkeypatch.setattr(_statements, "MAX_BYTES", statement_file.MAX_BYTES)
    assert services.bank_statements.import_statement_file(admin, path).confirmed == 2


def test_a_statement_starting_with_a_byte_order_mark_is_read():
    data = b"\xef\xbb\xbf" + mt940(CENTRE_IBAN, "P261202000000001", [Tx(D("5.00"), True, BOOKED, "", "Huur")],
                                  with_header=False)
    from app.services.bank._statements import read_statements as read_any

    assert [s.account_iban for s in read_any(data, "a.sta")] == [CENTRE_IBAN]
