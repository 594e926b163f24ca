"""What other organisations pay, per month or as a year figure, on the arrangement form: the
monthly figures are saved and counted per month; a year figure is shown as spread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services.allowances import ArrangementRow
from tests.integration.test_allowance_support import make_volunteer
from tests.ui.loading import refreshed

YEAR = dt.date.today().year


@pytest.fixture
def page(qtbot, dutch_ui, page_context):
    from ui.pages.allowances.page import create_page

    page = create_page(page_context)
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    return page


def test_monthly_figures_are_saved_and_a_year_figure_is_shown_as_spread(page, page_context):
    services, actor = page_context.services, page_context.actor
    volunteer = make_volunteer(services.db, "Ria", "Elders")
    services.allowances.set_arrangement(actor, ArrangementRow(volunteer, YEAR, "vast", monthly_amount=Decimal("100.00"),
                                                              other_organisations=Decimal("1000.00")))
    refreshed(page)
    page.select_volunteer(volunteer)
    box = page.panel.arrangement
    assert box.other_hint.text() == "Alleen een jaarbedrag is bekend: geteld als € 83,33 per maand (december € 83,37)."
    box.other_monthly.setText("0; 0; 100,00; 0; 0; 0; 0; 0; 0; 0; 0; 50")
    assert box.save() is True
    saved = services.allowances.arrangement(volunteer, YEAR)
    assert saved.other_organisations == Decimal("150.00") and saved.other_monthly[2] == Decimal("100.00")
    assert box.other_hint.text() == "Geteld in de maand waarin het is ontvangen."
    box.other_monthly.setText("0; x")
    assert box.save() is False
    assert box.form.error_text("other_monthly") == "schrijf bedragen als 100,00"
