"""The closing days tab through the GUI (pytest-qt, offscreen): a closure over booked days lists
the bookings, cancels the checked ones and keeps the others; a closure of one room; a
cancelled booking on a final invoice is offered for a credit invoice; buttons say why they
cannot act."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from app.domain import recurrence
from app.domain.permissions import Role
from app.i18n import set_language
from app.services.common.actor import Actor
from tests.integration.rooms_helpers import draft, make_centre
from ui.context import DataBus, PageContext
from ui.pages.rooms import closing_days as closing_module
from ui.pages.rooms.closing_days import ClosingDaysTab

WEDNESDAY = dt.date(2026, 11, 11)


@pytest.fixture(autouse=True)
def _dutch(qapp):
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    set_language("nl")


@pytest.fixture
def centre(page_context):
    return make_centre(page_context.services, page_context.actor)


@pytest.fixture
def tab(qtbot, page_context, centre):
    widget = ClosingDaysTab(page_context)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.year.setValue(2026)
    widget.refresh()
    return widget


def _fill(tab, first: dt.date, last: dt.date, reason: str, room: str | None = None) -> None:
    tab.first.setDate(QDate(first.year, first.month, first.day))
    tab.last.setDate(QDate(last.year, last.month, last.day))
    tab.reason.setText(reason)
    tab.room.setCurrentIndex(tab.room.findText(room) if room else 0)


class _Decide:
    """Replaces the hits dialog's exec(): records it, keeps `keep`, accepts."""

    def __init__(self, monkeypatch, keep=(), accept=True):
        self.dialogs = []
        decide = self

        class Recording(closing_module.ClosureHitsDialog):
            def exec(self):  # noqa: A003
                decide.dialogs.append(self)
                for booking_id in keep:
                    self.set_cancelled(booking_id, False)
                return 1 if accept else 0

        monkeypatch.setattr(closing_module, "ClosureHitsDialog", Recording)


def test_a_closure_over_booked_days_cancels_the_checked_bookings_and_keeps_the_others(qtbot, monkeypatch, tab, page_context, centre):
    services, actor = page_context.services, page_context.actor
    booked = services.bookings.create_series(actor, draft(centre, dt.date(2026, 11, 4), "19:00", "21:00"),
                                             recurrence.weekly((2,), count=4)).booked
    decide = _Decide(monkeypatch, keep=[booked[2].id])
    _fill(tab, WEDNESDAY, dt.date(2026, 11, 18), "Verbouwing")
    tab.add_button.click()
    dialog = decide.dialogs[0]
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "Stichting Yoga Oost"
    assert dialog.apply.text() == "Sluiten, 1 annuleren en 1 laten staan"
    statuses = [r.status for r in services.bookings.between(actor, dt.date(2026, 11, 1), dt.date(2026, 11, 30))]
    assert statuses == ["bevestigd", "geannuleerd", "bevestigd", "bevestigd"]
    assert [tab.model.row(i).reason for i in range(tab.model.rowCount()) if not tab.model.row(i).public_holiday] == ["Verbouwing"]
    assert not tab.empty.isVisible()


def test_going_back_in_the_dialog_closes_nothing(qtbot, monkeypatch, tab, page_context, centre):
    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, WEDNESDAY, "19:00", "21:00"))
    _Decide(monkeypatch, accept=False)
    _fill(tab, WEDNESDAY, WEDNESDAY, "Studiedag")
    tab.add_button.click()
    assert services.rooms.closing_days(actor, WEDNESDAY, WEDNESDAY) == []
    assert tab.empty.isVisible()


def test_the_dialog_asks_a_reason_before_it_cancels(qtbot, page_context, centre):
    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, WEDNESDAY, "19:00", "21:00"))
    dialog = closing_module.ClosureHitsDialog(services.closures.hits(actor, WEDNESDAY, WEDNESDAY), "", None)
    qtbot.addWidget(dialog)
    assert not dialog.apply.isEnabled() and dialog.apply.toolTip()
    dialog.set_cancelled(dialog.hits[0].booking_id, False)
    assert dialog.apply.isEnabled() and dialog.apply.text() == "Sluiten en 1 boeking laten staan"


def test_a_closure_of_one_room_and_a_credit_invoice_offered(qtbot, monkeypatch, tab, page_context, centre):
    services, actor = page_context.services, page_context.actor
    booking = services.bookings.create(actor, draft(centre, WEDNESDAY, "10:00", "12:00", room_id=centre.kitchen.id,
                                                    renter_id=centre.shop.id))
    concept = services.invoices.create_concept(actor, centre.shop.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    final = services.invoices.finalise(actor, concept.id, dt.date(2026, 11, 30))
    _Decide(monkeypatch)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    tab.refresh()
    _fill(tab, WEDNESDAY, WEDNESDAY, "Nieuwe vloer", room="Keuken")
    tab.add_button.click()
    assert services.bookings.between(actor, WEDNESDAY, WEDNESDAY)[0].status == "geannuleerd"
    assert asked and final.number in asked[0]
    credits = [i for i in services.invoices.list(actor, year=2026) if i.credit_for_id == final.id]
    assert len(credits) == 1
    assert [r.room_name for r in tab.model.rows() if not r.public_holiday] == ["Keuken"]
    assert booking.id


def test_buttons_that_cannot_act_are_disabled_with_a_reason(qtbot, page_context, centre, ui_services):
    tab = ClosingDaysTab(page_context)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.add_button.isEnabled() and not tab.save_button.isEnabled() and tab.save_button.toolTip()
    reader = Actor(99, "lezer", "Lezer", Role.READ_ONLY)
    read_only = ClosingDaysTab(PageContext(ui_services, reader, DataBus()))
    qtbot.addWidget(read_only)
    assert not read_only.add_button.isEnabled() and "coördinator" in read_only.add_button.toolTip()


def test_the_hits_dialog_shows_every_text_in_full(qtbot, page_context, centre, dutch_ui):
    from tests.ui.fit import clipped

    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, WEDNESDAY, "19:00", "21:00"))
    dialog = closing_module.ClosureHitsDialog(services.closures.hits(actor, WEDNESDAY, WEDNESDAY), "Studiedag", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    assert dialog.apply.text() == "Sluiten en 1 boeking annuleren"


def test_widening_a_selected_closure_asks_only_about_the_bookings_it_newly_hits(qtbot, monkeypatch, tab, page_context, centre):
    services, actor = page_context.services, page_context.actor
    booked = services.bookings.create_series(actor, draft(centre, dt.date(2026, 11, 4), "19:00", "21:00"),
                                             recurrence.weekly((2,), count=4)).booked
    services.closures.close(actor, WEDNESDAY, WEDNESDAY, "Stembureau", keep=[booked[1].id])
    tab.refresh()
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row(i).reason == "Stembureau")
    tab.table.selectRow(row)
    assert tab.save_button.isEnabled() and tab.reason.text() == "Stembureau"
    decide = _Decide(monkeypatch)
    tab.last.setDate(QDate(2026, 11, 18))
    tab.reason.setText("Stembureau")
    tab.save_button.click()
    assert [h.booking_id for h in decide.dialogs[0].hits] == [booked[2].id]
    statuses = [r.status for r in services.bookings.between(actor, dt.date(2026, 11, 1), dt.date(2026, 11, 30))]
    assert statuses == ["bevestigd", "bevestigd", "geannuleerd", "bevestigd"]
    closing = next(r for r in services.rooms.closing_days(actor, WEDNESDAY, WEDNESDAY) if r.reason == "Stembureau")
    assert closing.end_date == dt.date(2026, 11, 18)
