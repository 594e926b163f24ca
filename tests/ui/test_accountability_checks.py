"""Before a report goes to a fund the coordinator sees, on the accountability panel, what was
linked but not counted and why, and is asked before printing a report whose figures
contradict its text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal


@pytest.fixture(autouse=True)
def _dutch(qapp):
    from app.i18n import set_language
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    set_language("nl")


@pytest.fixture
def granted_page(qtbot, page_context):
    from ui.pages.subsidies.page import create_page

    services, actor = page_context.services, page_context.actor
    fund = services.subsidies.save_funder(actor, fonds_1818())
    created = services.subsidies.create_application(actor, balanced_application(fund.id))
    services.subsidies.submit(actor, created.id, expected_version=None, on=dt.date(2027, 1, 10))
    services.subsidies.grant(actor, created.id, expected_version=None, amount=D("1500"), decided_on=dt.date(2027, 2, 1),
                             final_report_due=dt.date(2027, 12, 1))
    materials = services.accountability.report(actor, created.id).application.budget[0]
    services.accountability.add_cost(actor, created.id, budget_line_id=materials.id, spent_on=dt.date(2027, 12, 20),
                                     description="Kerstborrel", amount=D("95.00"))
    services.accountability.set_report_text(actor, created.id, "De activiteiten liepen volgens plan.")
    page = create_page(page_context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    assert page.applications.select(created.id)
    return page, created.id


def test_the_panel_lists_what_was_left_out_and_the_contradictions(granted_page):
    page, _id = granted_page
    figures = page.applications.accountability.figures.text()
    assert "Gekoppeld maar niet meegeteld in de verantwoording:" in figures
    assert "Kerstborrel" in figures and "gedateerd na de periode" in figures
    assert "Controleer vóór het afdrukken:" in figures and "volgens plan" in figures


def test_printing_a_contradicting_report_asks_first_and_stops_when_told(qtbot, granted_page, monkeypatch, tmp_path):
    page, application_id = granted_page
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    from ui.pages.subsidies import exports

    target = tmp_path / "verantwoording.pdf"
    monkeypatch.setattr(exports, "ask_save_path", lambda *args: target)
    button = page.applications.accountability.findChild(QPushButton, "printAccountability")
    button.click()
    assert asked and "De verantwoording toch afdrukken?" in asked[0] and "30 activiteiten gepland" in asked[0]
    assert not target.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
