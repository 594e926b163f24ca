"""The treasurer's loop closes at the bank: a CAMT.053 statement built from the program's own
payment run and invoices confirms transfers per transfer, returns one (AC04), records a full
and a partial invoice payment, leaves an unpaid invoice and an unknown payment open, and gives
exactly the right open items; importing it again changes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.db.models import AuditEntry, BankEntry, InvoicePayment, PaymentTransfer
from app.domain.allowance_rules import LineState
from app.domain.errors import ValidationError
from app.i18n import set_language
from app.importers.statement_file import StatementFileError
from app.reports import sepa
from tests.integration.bank_helpers import BOOKED, CENTRE_IBAN, statement, world  # noqa: F401 (world: a fixture)
from tests.integration.camt_helpers import Tx, camt053

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def counts(db) -> tuple:
    with db.reader() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(AuditEntry)), s.scalar(select(func.count()).select_from(BankEntry)),
                s.scalar(select(func.count()).select_from(InvoicePayment)),
                tuple(s.execute(select(PaymentTransfer.end_to_end_id, PaymentTransfer.state, PaymentTransfer.version)
                                .order_by(PaymentTransfer.id)).all()))


@pytest.mark.parametrize("version", ["02", "08"])
def test_a_statement_gives_exactly_the_right_open_items_and_a_second_import_changes_nothing(
        services, db, admin, world, version):
    result = services.bank_statements.import_statement(admin, statement(world, version=version), "afschrift.xml")
    assert (result.confirmed, result.returned, result.invoice_payments, result.unrecognised, result.other) == (2, 1, 2, 1, 1)

    items = services.open_items.open_items(admin, dt.date(2026, 12, 20))
    assert [(i.number, i.renter, i.amount, i.paid, i.open, i.due_date, i.days_overdue) for i in items.invoices] == [
        ("2026-0002", "Bakkerij Jansen B.V.", D("120.00"), D("50.00"), D("70.00"), dt.date(2026, 12, 14), 6),
        ("2026-0003", "Stichting Yoga Oost", D("28.00"), D("0.00"), D("28.00"), dt.date(2026, 12, 14), 6),
    ]
    assert [(t.volunteer, t.amount, t.batch_id, t.state) for t in items.transfers] == [
        ("Jan van Jansen", D("80.00"), world["batch"].id, "teruggeboekt"),
        ("Piet Peters", D("60.00"), world["batch"].id, "verstuurd"),  # not on the statement: stays unconfirmed
    ]
    assert items.transfers[0].reason == "teruggeboekt: AC04 rekening opgeheven"
    paid = services.invoices.get(admin, world["invoices"][0].id)
    assert paid.paid_on == BOOKED
    assert services.invoices.get(admin, world["invoices"][1].id).paid_on is None

    zoe = services.allowances.lines(admin, volunteer_id=world["people"]["zoe"])
    assert [(line.state, line.paid_at.date()) for line in zoe] == [(LineState.PAID, BOOKED)]
    jan = services.allowances.lines(admin, volunteer_id=world["people"]["jan"])
    assert [(line.state, line.payment_batch_id) for line in jan] == [(LineState.APPROVED, None)]
    piet = services.allowances.lines(admin, volunteer_id=world["people"]["piet"])
    assert [line.state for line in piet] == [LineState.APPROVED]
    assert services.payments.batches(admin, 2026)[0].state == "aangemaakt"  # Piet is not confirmed yet

    unknown = services.bank_statements.unrecognised(admin)
    assert [(e.amount, e.counterparty, e.remittance) for e in unknown] == [(D("12.34"), "A. de Wit", "gift voor de koffiepot")]

    before = counts(db)
    again = services.bank_statements.import_statement(admin, statement(world, version=version), "afschrift.xml")
    assert again.already_imported and "eerder ingelezen" in again.summary()
    assert counts(db) == before
    assert services.open_items.open_items(admin, dt.date(2026, 12, 20)) == items


def test_every_change_is_in_the_audit_trail_naming_the_statement_and_entry(services, db, admin, world):
    services.bank_statements.import_statement(admin, statement(world), "afschrift.xml")
    with db.reader() as uow:
        entries = uow.session.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.detail)
                                      .where(AuditEntry.action.like("bank_%"))).all()
    assert sorted((a, e) for a, e, _d in entries) == [
        ("bank_confirmed", "payment_transfer"), ("bank_confirmed", "payment_transfer"),
        ("bank_payment", "invoice"), ("bank_payment", "invoice"), ("bank_returned", "payment_transfer")]
    assert all("2026-12-02-001" in detail and "2026-12-02-001-00" in detail for _a, _e, detail in entries)
    returned = next(d for a, _e, d in entries if a == "bank_returned")
    assert "Jan van Jansen" in returned and "rekening opgeheven" in returned


def test_a_returned_transfer_can_be_paid_again_and_leaves_the_open_items(services, admin, world):
    services.bank_statements.import_statement(admin, statement(world), "afschrift.xml")
    batch, data, _preview = services.payments.create_batch(admin, 2026)
    assert [t.name for t in sepa.read_transfers(data).transactions] == ["Jan van Jansen"]
    items = services.open_items.open_items(admin, dt.date(2026, 12, 20))
    assert [(t.volunteer, t.batch_id, t.state) for t in items.transfers] == [
        ("Piet Peters", world["batch"].id, "verstuurd"), ("Jan van Jansen", batch.id, "verstuurd")]


def test_a_batch_booking_confirms_the_whole_run_and_marks_it_paid(services, admin, world):
    pmt_info_id = sepa.read_transfers(world["data"]).payment_info_ids[0]
    data = camt053(CENTRE_IBAN, "2026-12-02-B", [Tx(world["batch"].total, False, BOOKED, batch_ref=pmt_info_id)])
    result = services.bank_statements.import_statement(admin, data, "batch.xml")
    assert result.confirmed == 1
    assert services.payments.batches(admin, 2026)[0].state == "betaald"
    assert services.open_items.open_items(admin, BOOKED).transfers == ()
    for key in ("zoe", "jan", "piet"):
        assert {line.state for line in services.allowances.lines(admin, volunteer_id=world["people"][key])} == {LineState.PAID}


def test_an_unrecognised_payment_is_linked_by_hand_and_an_overpayment_is_refused(services, admin, world):
    services.bank_statements.import_statement(admin, statement(world), "afschrift.xml")
    entry = services.bank_statements.unrecognised(admin)[0]
    with pytest.raises(ValidationError, match="2026-0009"):
        services.bank_statements.link_to_invoice(admin, entry.id, "2026-0009")
    services.bank_statements.link_to_invoice(admin, entry.id, "2026-0003", expected_version=entry.version)
    assert services.bank_statements.unrecognised(admin) == []
    open_three = [i for i in services.open_items.open_items(admin, BOOKED).invoices if i.number == "2026-0003"]
    assert [(i.paid, i.open) for i in open_three] == [(D("12.34"), D("15.66"))]


def test_a_payment_above_what_is_open_is_not_recognised(services, admin, world):
    data = camt053(CENTRE_IBAN, "S-OVER", [Tx(D("60.00"), True, BOOKED, "", "factuur 2026-0001")])
    result = services.bank_statements.import_statement(admin, data, "over.xml")
    assert result.unrecognised == 1
    assert "meer dan" in services.bank_statements.unrecognised(admin)[0].note


def test_a_statement_of_another_account_or_not_camt_is_refused_and_nothing_is_imported(services, db, admin, world):
    before = counts(db)
    with pytest.raises(StatementFileError, match="NL20INGB0001234567"):
        services.bank_statements.import_statement(admin, statement(world, account="NL20INGB0001234567"), "ander.xml")
    with pytest.raises(StatementFileError, match="CAMT.053"):
        services.bank_statements.import_statement(admin, world["data"], "betaling.xml")  # the pain.001 file itself
    with pytest.raises(StatementFileError, match="CAMT.053"):
        services.bank_statements.import_statement(admin, b"Datum;Bedrag\n01-12-2026;12,00\n", "export.csv")
    evil = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&x;</BkToCstmrStmt></Document>')
    with pytest.raises(StatementFileError):
        services.bank_statements.import_statement(admin, evil, "evil.xml")
    assert counts(db) == before


def test_a_broken_entry_refuses_the_whole_statement(services, db, admin, world):
    data = statement(world).replace(b"<CdtDbtInd>CRDT</CdtDbtInd>", b"<CdtDbtInd>XXXX</CdtDbtInd>", 1)
    before = counts(db)
    with pytest.raises(StatementFileError, match="2026-12-02-001"):
        services.bank_statements.import_statement(admin, data, "kapot.xml")
    assert counts(db) == before


def test_only_the_treasurer_and_administrator_import_statements(services, actors, world):
    from app.domain.errors import PermissionDenied

    for role in ("coordinator", "alleen_lezen"):
        with pytest.raises(PermissionDenied):
            services.bank_statements.import_statement(actors[role], statement(world), "afschrift.xml")
    assert services.bank_statements.import_statement(actors["penningmeester"], statement(world), "a.xml").confirmed == 2


def test_the_open_items_workbook_and_the_reminder_read_back(services, admin, world, tmp_path):
    from pypdf import PdfReader

    from app.services.bank import write_reminder_pdf

    services.bank_statements.import_statement(admin, statement(world), "afschrift.xml")
    path = tmp_path / "open.xlsx"
    services.open_items.export_open_items(admin, path, "Buurthuis De Klinker", dt.date(2026, 12, 20))
    book = load_workbook(path)
    invoices = [row for row in book["Facturen"].iter_rows(min_row=4, values_only=True)]
    assert invoices[0] == ("2026-0002", "Bakkerij Jansen B.V.", 120.0, 50.0, 70.0, dt.datetime(2026, 12, 14), 6)
    assert invoices[-1][0] == "Totaal" and invoices[-1][4] == 98.0
    transfers = [row for row in book["Vergoedingen"].iter_rows(min_row=4, values_only=True)]
    assert transfers == [("Jan van Jansen", 80.0, world["batch"].id, "teruggeboekt: AC04 rekening opgeheven"),
                         ("Piet Peters", 60.0, world["batch"].id, "nog niet op een bankafschrift")]
    letter = tmp_path / "herinnering.pdf"
    write_reminder_pdf(services, admin, world["invoices"][1].id, letter, dt.date(2026, 12, 20))
    text = PdfReader(letter).pages[0].extract_text()
    assert "Herinnering voor factuur 2026-0002" in text and "€ 70,00" in text and "NL91 ABNA 0417 1643 00" in text
    assert "Klarendalseweg 1" in text
    with pytest.raises(Exception, match="niets open"):
        write_reminder_pdf(services, admin, world["invoices"][0].id, tmp_path / "x.pdf", dt.date(2026, 12, 20))
