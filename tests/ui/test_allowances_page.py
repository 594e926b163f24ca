"""The treasurer's page through the GUI: entering lines with the room left shown live, the
refusal and the override, hours, approval, the payment run with its file, and the exports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader

from app.domain.allowance_rules import LineState
from app.reports import sepa
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import make_volunteer
from tests.ui.loading import refreshed

D = Decimal
YEAR = dt.date.today().year


@pytest.fixture
def dutch(qapp):
    """The Dutch Qt catalogues installed for one test, then removed again."""
    from app import i18n as app_i18n
    from ui import i18n

    i18n.install(qapp, "nl")
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    app_i18n.set_language("nl")


@pytest.fixture
def page(qtbot, page_context):
    from ui.pages.allowances.page import create_page

    services = page_context.services
    services.settings.update_centre(page_context.actor, CentreDetails(name="Buurthuis De Klinker",
                                                                      iban="NL91ABNA0417164300"))
    page = create_page(page_context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def choose(page, volunteer_id: int) -> None:
    refreshed(page)
    page.select_volunteer(volunteer_id)
    assert page.panel.volunteer_id == volunteer_id


def test_the_page_speaks_dutch(qtbot, page_context, dutch):
    from ui.pages.allowances.page import create_page

    page = create_page(page_context)
    qtbot.addWidget(page)
    assert page.tabs.tabText(1) == "Goedkeuren" and page.payments.write_button.text() == "Bankbestand maken…"
    assert page.panel.entry.save_button.text() == "Regel opslaan"


def test_the_volunteers_year_is_added_up_off_the_gui_thread_and_a_newer_load_wins(qtbot, page, page_context,
                                                                                   monkeypatch, dutch):
    from tests.ui.held_back import assert_the_window_keeps_running, hold_back

    services = page_context.services
    make_volunteer(services.db, "Anna", "Bakker")
    first = hold_back(monkeypatch, services.allowances, "year_overview")
    page.refresh()
    qtbot.waitUntil(lambda: bool(first.calls), timeout=5_000)
    empty = page.empty_state.label  # the first time: the list says it is being added up, not that there is nobody
    assert empty.isVisible() and empty.text() == "Het jaar wordt opgeteld…"
    first.release.set()
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert [r.name for r in page.model.rows()] == ["Anna Bakker"] and not empty.isVisible()
    make_volunteer(services.db, "Bert", "Claassen")
    held = hold_back(monkeypatch, services.allowances, "year_overview")
    page.refresh()
    qtbot.waitUntil(lambda: len(held.calls) == 1, timeout=5_000)
    assert not page.is_loaded() and page.status.text() == f"{YEAR} wordt opgeteld…"
    assert [r.name for r in page.model.rows()] == ["Anna Bakker"]  # the rows shown stay until the new ones are in
    assert_the_window_keeps_running(qtbot)  # 10.000 volunteers take seconds to add up
    page.refresh()  # asked again meanwhile: only the newest answer is shown
    qtbot.waitUntil(lambda: len(held.calls) == 2, timeout=5_000)
    held.release.set()
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert [r.name for r in page.model.rows()] == ["Anna Bakker", "Bert Claassen"]
    assert page.status.text().startswith("2 vrijwilligers")
    page.list.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sorted by the list's own header
    assert [page.proxy.index(row, 0).data() for row in range(2)] == ["Bert Claassen", "Anna Bakker"]


def test_the_page_is_registered_in_the_navigation():
    from ui.pages import PAGES

    assert next(p for p in PAGES if p.key == "allowances").module == "ui.pages.allowances.page"


def test_the_entry_form_shows_the_room_left_and_refuses_a_line_over_the_month_limit(page, page_context):
    services = page_context.services
    volunteer = make_volunteer(page_context.services.db, "Anna", "Bakker")
    services.allowances.set_arrangement(page_context.actor, ArrangementRow(volunteer, YEAR, "vast",
                                                                           monthly_amount=D("200.00")))
    services.allowances.add_line(page_context.actor, LineInput(volunteer, "vast", dt.date(YEAR, 5, 1)))
    choose(page, volunteer)
    entry = page.panel.entry
    entry.kind.setCurrentIndex(entry.kind.findData("gift"))
    entry.worked_on.setDate(QDate(YEAR, 5, 10))
    entry.amount.setText("25,00")
    entry.description.setText("bloemen")
    assert "€ 20,00" in entry.room.text()  # room left in May, live
    assert "€ 220,00" in entry.refusal.text() and "€ 25,00" in entry.refusal.text()
    assert entry.save() is False
    assert len(services.allowances.lines(page_context.actor, volunteer_id=volunteer)) == 1
    # the treasurer (here the administrator) may override with a written reason
    assert entry.override.isVisibleTo(page)
    entry.override.setChecked(True)
    entry.override_reason.setText("Bestuursbesluit: bloemen bij ziekte")
    assert entry.save() is True
    lines = page.panel.model.rows()
    assert any(line.override_reason == "Bestuursbesluit: bloemen bij ziekte" for line in lines)
    refreshed(page)
    row = next(r for r in page.model.rows() if r.volunteer_id == volunteer)
    assert row.overridden and row.over_limit


def test_an_expense_claim_without_receipt_is_refused_in_the_form(page, page_context, tmp_path):
    services = page_context.services
    volunteer = make_volunteer(services.db, "Bert", "Claassen")
    services.allowances.set_arrangement(page_context.actor, ArrangementRow(volunteer, YEAR, "declaraties"))
    choose(page, volunteer)
    entry = page.panel.entry
    entry.kind.setCurrentIndex(entry.kind.findData("declaratie"))
    entry.amount.setText("2500")
    entry.description.setText("nieuwe koelkast")
    assert entry.save() is False and "bon" in entry.refusal.text()
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4\n%bon\n")
    entry.set_receipt(receipt)
    assert entry.refusal.text() == ""
    assert entry.save() is True
    line = services.allowances.lines(page_context.actor, volunteer_id=volunteer)[0]
    assert line.amount == D("2500.00") and line.receipt_name == "bon.pdf"


def test_hours_entered_on_the_page_make_an_hourly_line(page, page_context):
    services = page_context.services
    volunteer = make_volunteer(services.db, "Cor", "Dekker")
    services.allowances.set_arrangement(page_context.actor, ArrangementRow(volunteer, YEAR, "uurtarief",
                                                                           hourly_rate=D("5.00")))
    choose(page, volunteer)
    hours = page.panel.hours
    hours.day.setDate(QDate(YEAR, 3, 4))
    hours.hours.setText("2,5")
    hours.activity.setText("Bardienst")
    assert hours.save() is True
    assert "€ 12,50" in hours.message.text()
    assert [r.amount for r in page.panel.model.rows()] == [D("12.50")]


def test_the_arrangement_form_saves_and_shows_field_errors(page, page_context):
    volunteer = make_volunteer(page_context.services.db, "Dirk", "Evers")
    choose(page, volunteer)
    box = page.panel.arrangement
    box.kind.setCurrentIndex(box.kind.findData("vast"))
    assert box.save() is False
    assert box.form.error_text("monthly_amount") == "geef het vaste bedrag per maand"
    box.monthly.setText("150,00")
    assert box.save() is True
    assert page_context.services.allowances.arrangement(volunteer, YEAR).monthly_amount == D("150.00")


def test_approval_queue_and_payment_run_end_with_a_paid_line_and_a_valid_file(qtbot, page, page_context, tmp_path,
                                                                              monkeypatch):
    from tests.ui.held_back import assert_the_window_keeps_running, hold_back

    services = page_context.services
    actor = page_context.actor
    paid = make_volunteer(services.db, "Eva", "Fransen", iban="NL20INGB0001234567")
    no_iban = make_volunteer(services.db, "Frits", "Gerrits", iban="")
    for volunteer in (paid, no_iban):
        services.allowances.set_arrangement(actor, ArrangementRow(volunteer, YEAR, "vast", monthly_amount=D("75.00")))
        services.allowances.add_line(actor, LineInput(volunteer, "vast", dt.date(YEAR, 1, 1)))
    page.tabs.setCurrentIndex(1)
    assert page.approval.model.rowCount() == 2
    page.approval.table.selectAll()
    assert page.approval.approve_selected() == 2
    assert page.approval.model.rowCount() == 0
    page.tabs.setCurrentIndex(2)
    payments = page.payments
    assert "Frits Gerrits" in payments.left_out.text()
    payments.format.setCurrentIndex(payments.format.findData("pain.001.001.09"))
    target = tmp_path / "bank.xml"
    written = []
    held = hold_back(monkeypatch, services.payments, "write_batch")
    payments.write_bank_file(target, written.append)
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    assert_the_window_keeps_running(qtbot)  # hundreds of transfers take a second: not on the GUI thread
    held.release.set()
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    batch = written[0]
    read = sepa.read_transfers(target.read_bytes())
    assert batch.transactions == read.number_of_transactions == 1 and read.schema == "pain.001.001.09"
    assert read.transactions[0].iban == "NL20INGB0001234567" and read.control_sum == D("75.00")
    payments.batch_table.selectRow(0)
    payments.confirm_selected()
    lines = services.allowances.lines(actor, volunteer_id=paid)
    assert [line.state for line in lines] == [LineState.PAID]


def test_a_read_only_user_sees_the_page_but_cannot_change_anything(qtbot, page_context):
    from app.domain.permissions import Role
    from ui.context import PageContext
    from ui.pages.allowances.page import create_page

    services = page_context.services
    services.users.create_user(page_context.actor, "lezer", "Lezer", Role.READ_ONLY, "geheim123")
    reader = services.users.authenticate("lezer", "geheim123")
    page = create_page(PageContext(services, reader, page_context.bus))
    qtbot.addWidget(page)
    assert not page.panel.entry.isEnabled()
    assert not page.panel.arrangement.isEnabled()
    assert not page.approval.approve_button.isEnabled()
    assert not page.payments.write_button.isEnabled()
    assert not page.excel_button.isEnabled()


def test_exports_run_in_the_background_and_write_readable_files(qtbot, page, page_context, tmp_path):
    from ui.pages.allowances import exports

    services = page_context.services
    volunteer = make_volunteer(services.db, "Gert", "Hendriks")
    services.allowances.set_arrangement(page_context.actor, ArrangementRow(volunteer, YEAR, "vast",
                                                                           monthly_amount=D("50.00")))
    line = services.allowances.add_line(page_context.actor, LineInput(volunteer, "vast", dt.date(YEAR, 2, 1)))
    services.allowances.approve(page_context.actor, [line.id])
    results = []
    excel = tmp_path / "overzicht.xlsx"
    exports.export_excel(page, page_context, YEAR, excel, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    assert load_workbook(excel).worksheets[0]["A2"].value == "Gert Hendriks"
    pdf = tmp_path / "jaaroverzichten.pdf"
    exports.export_statements(page, page_context, YEAR, pdf, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10000)
    assert "Gert Hendriks" in PdfReader(str(pdf)).pages[0].extract_text()


def test_the_limits_tab_adds_next_years_figures_with_sources(qtbot, page_context, dutch):
    from ui.pages.allowances.settings_tab import create_tab

    title, tab = create_tab(page_context)
    qtbot.addWidget(tab)
    assert title == "Vergoedingsgrenzen"
    assert tab.table.rowCount() == 4 and "vwg.nl" in tab.table.item(3, 6).text()
    assert tab.table.horizontalHeaderItem(6).text() == "Bronnen" and tab.table.item(3, 3).text() == "€ 220,00"
    assert tab.year.value() == 2027
    tab.figures["per_month"].setText("230,00")
    tab.figures["per_year"].setText("2.300,00")
    tab.sources["per_month"].setText("Kamerbrief 2026")
    assert tab.save() is True
    row = page_context.services.allowance_limits.for_year(2027)
    assert row.per_month == D("230.00") and row.sources["per_month"] == "Kamerbrief 2026"
    tab.year.setValue(2028)
    tab.figures["per_month"].setText("0")
    assert tab.save() is False
    assert tab.form.error_text("per_month")


def test_the_reports_page_offers_the_allowance_exports(qtbot, page_context):
    from ui.pages.reports.page import create_page

    reports = create_page(page_context)
    qtbot.addWidget(reports)
    assert "reportAllowancesExcel" in reports.buttons and "reportAllowanceStatements" in reports.buttons


def test_line_actions_submit_correct_reject_and_delete_only_a_draft(page, page_context, tmp_path):
    services = page_context.services
    actor = page_context.actor
    volunteer = make_volunteer(services.db, "Hans", "Jacobs")
    services.allowances.set_arrangement(actor, ArrangementRow(volunteer, YEAR, "vast", monthly_amount=D("60.00")))
    draft = services.allowances.add_line(actor, LineInput(volunteer, "vast", dt.date(YEAR, 1, 1), submit=False))
    other = services.allowances.add_line(actor, LineInput(volunteer, "vast", dt.date(YEAR, 2, 1)))
    choose(page, volunteer)
    panel = page.panel
    panel.select_line(draft.id)
    panel.submit_selected()
    assert services.allowances.line(actor, draft.id).state == LineState.SUBMITTED
    panel.select_line(other.id)
    panel.correct_selected(D("55.00"), "verkeerd bedrag")
    states = {line.id: line for line in services.allowances.lines(actor, volunteer_id=volunteer)}
    assert states[other.id].state == LineState.REJECTED and len(states) == 3
    correction = next(line for line in states.values() if line.correction_of == other.id)
    assert correction.amount == D("55.00")
    state_texts = [panel.model.data(panel.model.index(r, 4)) for r in range(panel.model.rowCount())]
    assert any(f"line {other.id}" in text or f"regel {other.id}" in text for text in state_texts)
    panel.select_line(correction.id)
    panel.reject_selected("dubbel")
    assert services.allowances.line(actor, correction.id).rejection_reason == "dubbel"
    new_draft = services.allowances.add_line(actor, LineInput(volunteer, "vast", dt.date(YEAR, 3, 1), submit=False))
    panel.reload_lines()
    panel.select_line(new_draft.id)
    panel.delete_selected()
    assert all(line.id != new_draft.id for line in services.allowances.lines(actor, volunteer_id=volunteer))
