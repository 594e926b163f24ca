"""The invoice choices a coordinator makes on screen: bill only up to today (or in advance,
said so on the invoice), and the VAT position the invoice states (a VAT number, or exempt)."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from app.i18n import set_language
from app.services.rooms import exports as room_exports
from tests.integration.rooms_helpers import draft, make_centre
from ui.pages.rooms import page as page_module


@pytest.fixture(autouse=True)
def _dutch(qapp):
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    set_language("nl")


@pytest.fixture
def centre(page_context):
    return make_centre(page_context.services, page_context.actor)


def _pdf_text(services, actor, invoice_id, path) -> str:
    room_exports.write_invoice_pdf(services, actor, invoice_id, path)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_only_bookings_up_to_today_leaves_later_ones_for_the_next_run(qtbot, page_context, centre):
    services, actor = page_context.services, page_context.actor
    next_month = (dt.date.today().replace(day=28) + dt.timedelta(days=7)).replace(day=8)
    tuesday = next_month + dt.timedelta(days=(1 - next_month.weekday()) % 7)
    services.bookings.create(actor, draft(centre, tuesday, "10:00", "11:00"))
    page = page_module.create_page(page_context)
    qtbot.addWidget(page)
    tab = page.invoices
    tab.year.setValue(tuesday.year)
    tab.number.setValue(tuesday.month)
    assert tab.through_today.text() == "Alleen boekingen tot en met vandaag"
    tab.through_today.setChecked(True)
    with qtbot.waitSignal(tab.make_concepts().done, timeout=10_000):
        pass
    assert tab.model.rowCount() == 0  # the booking lies after today: nothing to bill yet
    tab.through_today.setChecked(False)
    with qtbot.waitSignal(tab.make_concepts().done, timeout=10_000):
        pass
    assert tab.model.rowCount() == 1 and tab.model.row(0).status == "concept"


def test_the_vat_number_is_checked_saved_and_printed_on_the_invoice(qtbot, monkeypatch, page_context, centre, tmp_path):
    from ui.pages.rooms.settings_tab import create_tab

    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, dt.date(2026, 11, 3), "19:00", "21:00"))
    final = services.invoices.run(actor, dt.date(2026, 11, 1), dt.date(2026, 11, 30), dt.date(2026, 12, 1))[0]
    assert "Vrijgesteld van btw" in _pdf_text(services, actor, final.id, tmp_path / "a.pdf")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    _title, tab = create_tab(page_context)
    qtbot.addWidget(tab)
    tab.vat_number.setText("NL12345")
    tab.save_button.click()
    assert warnings and "geen Nederlands btw-nummer" in warnings[0]
    assert services.invoices.vat_number() == ""  # nothing half-saved
    tab.vat_number.setText("NL 0044.95.445.B01")
    tab.save_button.click()
    assert services.invoices.vat_number() == "NL004495445B01"
    text = _pdf_text(services, actor, final.id, tmp_path / "b.pdf")
    assert "Btw-nummer NL004495445B01" in text and "Vrijgesteld" not in text
