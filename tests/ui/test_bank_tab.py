"""The bank loop on the Vergoedingen page: read the statement, see the open items and the
payments not recognised, link one to an invoice, write the open items and a reminder."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.integration.bank_helpers import make_world, statement


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The messages the tab shows in a warning box (instead of a modal box that waits)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def _read(qtbot, bank, path):
    """Reads a statement the way the tab does (a background task) and returns its result."""
    results = []
    bank.import_file(path, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    return results[0]


@pytest.fixture
def page(qtbot, page_context):
    from ui.pages.allowances.page import create_page

    page = create_page(page_context)
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    return page


def test_reading_a_statement_fills_the_open_items_and_a_payment_is_linked_by_hand(dutch_ui, qtbot, page, page_context,
                                                                                  tmp_path, warnings):
    world = make_world(page_context.services, page_context.services.db, page_context.actor)
    page.tabs.setCurrentIndex(3)
    assert page.tabs.tabText(3) == "Bank en openstaande posten"
    bank = page.bank
    path = tmp_path / "afschrift.xml"
    path.write_bytes(statement(world))
    result = _read(qtbot, bank, path)
    assert result.confirmed == 2 and "2 overboekingen bevestigd" in bank.result.text()
    assert [bank.invoices.row(i).number for i in range(bank.invoices.rowCount())] == ["2026-0002", "2026-0003"]
    assert [bank.transfers.row(i).volunteer for i in range(bank.transfers.rowCount())] == ["Jan van Jansen", "Piet Peters"]
    assert bank.unknown.rowCount() == 1
    assert _read(qtbot, bank, path).already_imported and "eerder ingelezen" in bank.result.text()

    bank.unknown_table.selectRow(0)
    bank.invoice_number.setText("2026-0099")
    bank.link_selected()
    assert warnings == ["invoice: er is geen definitieve factuur 2026-0099"] and bank.unknown.rowCount() == 1
    warnings.clear()
    bank.invoice_number.setText("2026-0003")
    bank.link_selected()
    assert bank.unknown.rowCount() == 0
    third = bank.invoices.row(1)
    assert (third.number, third.paid, third.open) == ("2026-0003", Decimal("12.34"), Decimal("15.66"))

    workbook = tmp_path / "open.xlsx"
    bank.export_open_items(workbook)
    assert load_workbook(workbook)["Facturen"]["A4"].value == "2026-0002"
    bank.invoice_table.selectRow(0)
    letter = tmp_path / "herinnering.pdf"
    assert not bank.write_reminder(letter, dt.date(2026, 12, 10))  # not due until 14-12-2026
    assert warnings == ["Factuur 2026-0002 is nog niet te laat (vervalt 14-12-2026)."]
    assert bank.write_reminder(letter, dt.date(2026, 12, 20))
    assert "2026-0002" in PdfReader(letter).pages[0].extract_text()


def test_an_mt940_statement_chosen_in_the_dialog_is_read_like_camt(dutch_ui, qtbot, page, page_context, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.integration.bank_helpers import CENTRE_IBAN, movements
    from tests.integration.mt940_helpers import mt940

    world = make_world(page_context.services, page_context.services.db, page_context.actor)
    path = tmp_path / "MT940_20261202.sta"
    path.write_bytes(mt940(CENTRE_IBAN, "P261202000000001", movements(world), bank="Rabobank"))
    asked, told = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (asked.append(args[3]), (str(path), ""))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    bank = page.bank
    assert bank.import_button.text() == "Bankafschrift inlezen…" and "MT940" in bank.import_button.toolTip()
    bank.import_button.click()
    assert "*.sta" in asked[0] and "*.xml" in asked[0] and asked[0].startswith("Bankafschrift, CAMT.053 of MT940")
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "2 overboekingen bevestigd" in told[0] and "1 teruggeboekt" in told[0]
    assert [bank.invoices.row(i).number for i in range(bank.invoices.rowCount())] == ["2026-0002", "2026-0003"]


def test_a_statement_is_read_off_the_gui_thread_and_a_refused_or_cancelled_one_changes_nothing(
        dutch_ui, qtbot, page, page_context, tmp_path, monkeypatch, warnings):
    from sqlalchemy import func, select

    from app.db.models import BankEntry
    from tests.integration.bank_helpers import CENTRE_IBAN, movements
    from tests.integration.mt940_helpers import mt940
    from tests.ui.held_back import assert_the_window_keeps_running, hold_back

    services = page_context.services
    world = make_world(services, services.db, page_context.actor)
    bank = page.bank

    def entries() -> int:
        with services.db.reader() as uow:
            return uow.session.scalar(select(func.count()).select_from(BankEntry))

    path = tmp_path / "afschrift.sta"
    path.write_bytes(mt940(CENTRE_IBAN, "P261202000000001", movements(world)))
    held = hold_back(monkeypatch, services.bank_statements, "import_statement")
    results = []
    bank.import_file(path, results.append)
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    assert_the_window_keeps_running(qtbot)  # the statement is read while the window goes on
    held.release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert entries() == 7 and bank.invoices.rowCount() == 2

    cut = tmp_path / "afgebroken.sta"
    data = mt940(CENTRE_IBAN, "P261203000000001", movements(world), day=dt.date(2026, 12, 3))
    cut.write_bytes(data[:data.index(b":62F:")])
    task = bank.import_file(cut)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == ["Afschrift 1 in afgebroken.sta kan niet worden gelezen: het beginsaldo of eindsaldo ontbreekt "
                        "(is het bestand compleet?). Er is niets ingelezen."]
    assert entries() == 7 and task is bank.import_task

    other_day = tmp_path / "3-december.sta"
    other_day.write_bytes(data)
    held = hold_back(monkeypatch, services.bank_statements, "import_statement")
    task = bank.import_file(other_day)
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    task.progress.cancel()  # Annuleren in the progress dialog, while the statement is being read
    held.release.set()
    qtbot.waitUntil(lambda: bank.result.text() == "Geannuleerd: er is niets ingelezen.", timeout=10_000)
    assert entries() == 7


def test_a_coordinator_sees_the_tab_but_cannot_import_or_link(qtbot, page_context):
    from app.domain.permissions import Role
    from ui.context import PageContext
    from ui.pages.allowances.page import create_page

    services = page_context.services
    services.users.create_user(page_context.actor, "coord", "Coördinator", Role.COORDINATOR, "geheim123")
    page = create_page(PageContext(services, services.users.authenticate("coord", "geheim123"), page_context.bus))
    qtbot.addWidget(page)
    assert not page.bank.import_button.isEnabled() and not page.bank.link_button.isEnabled()


def test_the_reports_page_offers_the_open_items_and_writes_them(qtbot, page_context, tmp_path):
    from app.i18n import set_language
    from ui.pages.allowances.bank_tab import export_open_items
    from ui.pages.reports.page import create_page

    set_language("nl")
    reports = create_page(page_context)
    qtbot.addWidget(reports)
    assert "reportOpenItems" in reports.buttons
    make_world(page_context.services, page_context.services.db, page_context.actor)
    path = export_open_items(reports, page_context, tmp_path / "open.xlsx")
    assert [r[0] for r in load_workbook(path)["Facturen"].iter_rows(min_row=4, values_only=True)] == [
        "2026-0001", "2026-0002", "2026-0003", "Totaal"]
