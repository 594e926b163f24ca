"""The Subsidies page driven like a coordinator would: write a balanced application, submit it,
record the grant, print it; the funder editor; the accountability panel; the annual plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from app.domain.permissions import Role
from ui.context import DataBus, PageContext
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _dutch_services():
    from app.i18n import set_language

    set_language("nl")


@pytest.fixture
def page(qtbot, page_context):
    from ui.pages.subsidies.page import create_page

    page_context.services.subsidies.save_funder(page_context.actor, fonds_1818())
    widget = create_page(page_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    return widget


def click(qtbot, widget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled() and button.isVisible(), name
    qtbot.mouseClick(button, LEFT)


def readable(path: Path) -> bool:
    try:
        return path.exists() and len(PdfReader(path).pages) > 0
    except Exception:  # still being written
        return False


def set_cell(table, row: int, column: int, text: str) -> None:
    table.item(row, column).setText(text)


def write_application(qtbot, page, *, own_contribution: str) -> None:
    tab = page.applications
    editor = tab.editor
    click(qtbot, tab, "newApplication")
    editor.title.setText("Buurtmoestuin Klarendal")
    editor.funder.setCurrentIndex(editor.funder.findText("Fonds 1818"))
    editor.period_start.setText("01-03-2027")
    editor.period_end.setText("31-10-2027")
    editor.aim.setPlainText("Bewoners samen laten tuinieren.")
    editor.activities.setPlainText("Wekelijkse tuinochtend en een oogstfeest.")
    editor.sessions.setValue(30)
    editor.participants.setValue(25)
    editor.requested.setText("1.500,00")
    editor.tabs.setCurrentIndex(1)  # Begroting en dekking
    click(qtbot, editor, "addBudgetLine")
    click(qtbot, editor, "addBudgetLine")
    editor.budget.cellWidget(0, 0).setCurrentIndex(editor.budget.cellWidget(0, 0).findData("materialen"))
    set_cell(editor.budget, 0, 1, "Zaden, planten en gereedschap")
    set_cell(editor.budget, 0, 2, "1.200,00")
    set_cell(editor.budget, 1, 1, "Oogstfeest")
    set_cell(editor.budget, 1, 2, "800")
    assert "€ 500,00" in editor.totals.text()  # the difference shows while typing
    click(qtbot, editor, "addCoverageLine")
    set_cell(editor.coverage, 0, 1, "Eigen middelen buurthuis")
    set_cell(editor.coverage, 0, 3, own_contribution)
    editor.tabs.setCurrentIndex(2)  # Documenten
    documents = editor.documents
    assert [documents.item(r, 0).text() for r in range(documents.rowCount())] == ["KvK-uittreksel", "Bankafschrift"]
    for row in range(documents.rowCount()):
        documents.item(row, 1).setText("Map Subsidies 2027")
        documents.item(row, 2).setCheckState(Qt.CheckState.Checked)
    click(qtbot, editor, "saveApplication")
    assert editor.message.text() == ""
    assert editor.detail is not None and editor.detail.state == "concept"


def test_a_coordinator_writes_a_balanced_application_submits_records_the_grant_and_prints_it(
    qtbot, page, page_context, tmp_path, monkeypatch,
):
    write_application(qtbot, page, own_contribution="500,00")
    editor = page.applications.editor
    assert "€ 2.000,00" in editor.totals.text() and "€ 500,00" not in editor.totals.text().split("·")[-1]
    application_id = editor.detail.id
    assert not editor.has_unsaved_changes()
    editor.aim.setPlainText("Bewoners samen laten tuinieren en oogsten.")
    assert editor.has_unsaved_changes()
    click(qtbot, editor, "saveApplication")
    assert not editor.has_unsaved_changes()
    click(qtbot, editor, "state_submit")
    assert editor.detail.state == "ingediend", editor.message.text()
    assert not editor.save_button.isEnabled() and editor.title.isReadOnly()  # only a concept is editable

    from ui.pages.subsidies.decision import DecisionDialog

    def answer(dialog: DecisionDialog) -> int:
        dialog.set_values(amount=D("1250.00"), day=dt.date(2027, 2, 20), conditions="Logo op de flyer",
                          final=dt.date(2027, 12, 31))
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", answer)
    click(qtbot, editor, "state_grant")
    stored = page_context.services.subsidies.get_application(page_context.actor, application_id)
    assert stored.state == "toegekend" and stored.granted_amount == D("1250.00")
    assert editor.detail.state == "toegekend"

    target = tmp_path / "aanvraag.pdf"
    from ui.pages.subsidies import exports

    monkeypatch.setattr(exports, "ask_save_path", lambda *args: target)
    click(qtbot, editor, "printApplication")
    qtbot.waitUntil(lambda: target.exists() and "aanvraag.pdf" in page.applications.notice.text(), timeout=10000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Buurtmoestuin Klarendal" in text and "€ 2.000,00" in text and "€ 1.500,00" in text


def test_submitting_an_unbalanced_application_shows_the_difference_and_keeps_the_concept(qtbot, page, page_context):
    write_application(qtbot, page, own_contribution="265,44")
    editor = page.applications.editor
    assert "€ 234,56" in editor.totals.text()
    click(qtbot, editor, "state_submit")
    assert "€ 234,56" in editor.message.text() and "niet gedekt" in editor.message.text()
    assert editor.detail.state == "concept"
    rows = page_context.services.subsidies.list_applications(page_context.actor)
    assert [r.state for r in rows] == ["concept"]


def test_an_amount_outside_the_funds_steps_is_named_when_submitting(qtbot, page):
    write_application(qtbot, page, own_contribution="500,00")
    editor = page.applications.editor
    editor.requested.setText("1.400,00")
    set_cell(editor.coverage, 0, 3, "600,00")
    click(qtbot, editor, "saveApplication")
    click(qtbot, editor, "state_submit")
    assert "stappen van € 250,00" in editor.message.text()
    assert "stappen van € 250,00" in editor.form.error_text("requested_amount")


def test_the_funder_editor_saves_the_rules_and_shows_field_problems(qtbot, page, page_context):
    page.tabs.setCurrentWidget(page.funders)
    funders = page.funders
    click(qtbot, funders, "newFunder")
    funders.name.setText("Oranje Fonds")
    funders.rounds.setText("1-3, 31-2")
    funders.maximum.setText("50.000")
    funders.documents.setPlainText("KvK-uittreksel\nStatuten\n")
    funders.auditor.setText("25.000")
    click(qtbot, funders, "saveFunder")
    assert "31-2" in funders.form.error_text("rounds")
    assert [f.name for f in page_context.services.subsidies.list_funders(page_context.actor)] == ["Fonds 1818"]
    funders.rounds.setText("1-3")
    click(qtbot, funders, "saveFunder")
    saved = {f.name: f for f in page_context.services.subsidies.list_funders(page_context.actor)}["Oranje Fonds"]
    assert saved.maximum_amount == D("50000.00") and saved.auditor_statement_from == D("25000.00")
    assert saved.required_documents == ("KvK-uittreksel", "Statuten") and saved.rounds == ("1-3",)


def test_the_accountability_panel_enters_a_cost_and_shows_the_figures(qtbot, page, page_context, tmp_path, monkeypatch):
    services, actor = page_context.services, page_context.actor
    fund = services.subsidies.list_funders(actor)[0]
    created = services.subsidies.create_application(actor, balanced_application(fund.id))
    services.subsidies.submit(actor, created.id, expected_version=None)
    services.subsidies.grant(actor, created.id, expected_version=None, amount=D("1500"), decided_on=dt.date(2027, 2, 1),
                             final_report_due=dt.date(2027, 12, 1))
    page.refresh()
    tab = page.applications
    assert tab.select(created.id)
    panel = tab.accountability
    tab.editor.tabs.setCurrentIndex(3)  # Verantwoording
    panel.cost_line.setCurrentIndex(1)
    panel.cost_date.setText("12-06-2027")
    panel.cost_description.setText("Springkussen oogstfeest")
    panel.cost_amount.setText("845,50")
    click(qtbot, panel, "addCost")
    assert panel.message.text() == ""
    assert "€ 845,50" in panel.figures.text()
    assert panel.lines.item(1, 3).text() == "€ 845,50" and panel.lines.item(1, 4).text() == "€ 45,50"
    target = tmp_path / "verantwoording.xlsx"
    from ui.pages.subsidies import exports

    monkeypatch.setattr(exports, "ask_save_path", lambda *args: target)
    click(qtbot, panel, "excelAccountability")
    qtbot.waitUntil(lambda: target.exists() and "verantwoording.xlsx" in tab.notice.text(), timeout=10000)
    from openpyxl import load_workbook

    sheet = load_workbook(target).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any(row[1] == "Oogstfeest" and row[5] == 845.5 for row in values if len(row) > 5)


def test_the_annual_plan_tab_saves_actions_with_owner_budget_and_application(qtbot, page, page_context):
    services, actor = page_context.services, page_context.actor
    fund = services.subsidies.list_funders(actor)[0]
    created = services.subsidies.create_application(actor, balanced_application(fund.id))
    page.tabs.setCurrentWidget(page.annual_plan)
    from ui.pages.subsidies.annual_plan_tab import APPLICATION

    plan = page.annual_plan
    plan.year.setValue(2027)
    plan.title.setText("Jaarplan 2027")
    click(qtbot, plan, "addPlanRow")
    click(qtbot, plan, "addPlanRow")
    table = plan.table
    for column, text in enumerate(["Groen", "Een groenere buurt", "Buurtmoestuin", "Werkgroep Groen", "voorjaar",
                                   "2.000,00"]):
        table.item(0, column).setText(text)
    table.item(1, 0).setText("Groen")
    table.item(1, 1).setText("Een groenere buurt")
    table.item(1, 2).setText("Bloembakken")
    table.item(1, 5).setText("350")
    box = table.cellWidget(0, APPLICATION)  # the column after Budget and Spent
    box.setCurrentIndex(box.findData(created.id))
    assert "€ 2.350,00" in plan.total.text()
    click(qtbot, plan, "savePlan")
    assert plan.message.text() == ""
    stored = services.annual_plan.get(actor, 2027)
    assert stored.total == D("2350.00") and len(stored.goals) == 1
    assert [a.owner for a in stored.goals[0].actions] == ["Werkgroep Groen", ""]
    assert stored.goals[0].actions[0].application_id == created.id


def test_a_read_only_user_sees_the_applications_but_cannot_change_them(qtbot, qapp, ui_services, ui_admin):
    from ui.pages.subsidies.page import create_page

    fund = ui_services.subsidies.save_funder(ui_admin, fonds_1818())
    ui_services.subsidies.create_application(ui_admin, balanced_application(fund.id))
    ui_services.users.create_user(ui_admin, "lezer", "Lezer", Role.READ_ONLY, "geheim123")
    reader = ui_services.users.authenticate("lezer", "geheim123")
    widget = create_page(PageContext(ui_services, reader, DataBus()))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    editor = widget.applications.editor
    assert editor.detail is not None and editor.detail.title == "Buurtmoestuin Klarendal"
    assert not widget.applications.new_button.isEnabled()
    assert not editor.save_button.isEnabled() and editor.title.isReadOnly()
    assert not editor.state_buttons["submit"].isEnabled()
    assert not widget.funders.save_button.isEnabled()


def test_the_reports_page_prints_an_application_and_the_annual_plan(qtbot, page_context, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.pages.reports.page import create_page as reports_page
    from ui.pages.subsidies import exports

    services, actor = page_context.services, page_context.actor
    fund = services.subsidies.save_funder(actor, fonds_1818())
    services.subsidies.create_application(actor, balanced_application(fund.id))
    services.annual_plan.save(actor, 2027, title="Jaarplan 2027", introduction="", expected_version=None, goals=[])
    widget = reports_page(page_context)
    qtbot.addWidget(widget)
    widget.show()
    for name in ("reportSubsidyApplication", "reportAccountabilityPdf", "reportAccountabilityExcel", "reportAnnualPlan"):
        assert name in widget.buttons
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda parent, title, label, items, *a: (items[0], True)))
    targets = iter([tmp_path / "aanvraag.pdf", tmp_path / "jaarplan.pdf"])
    monkeypatch.setattr(exports, "ask_save_path", lambda *args: next(targets))
    qtbot.mouseClick(widget.buttons["reportSubsidyApplication"], LEFT)
    qtbot.waitUntil(lambda: readable(tmp_path / "aanvraag.pdf"), timeout=10000)
    qtbot.mouseClick(widget.buttons["reportAnnualPlan"], LEFT)
    qtbot.waitUntil(lambda: readable(tmp_path / "jaarplan.pdf"), timeout=10000)
    assert "Buurtmoestuin Klarendal" in PdfReader(tmp_path / "aanvraag.pdf").pages[0].extract_text()
    assert "Jaarplan 2027" in PdfReader(tmp_path / "jaarplan.pdf").pages[0].extract_text()
