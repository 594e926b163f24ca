"""Screens that show what they hold (pytest-qt, offscreen): the week across rooms gives each
booking a readable block (side by side only when they overlap) and names the rooms in full;
no database path in the status bar; a colour by its name; empty lists say what to do; buttons
that cannot act are disabled and say why; a number that is not a number is called that."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.i18n import set_language
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from tests.integration.rooms_helpers import draft, make_centre
from tests.integration.test_allowance_support import make_volunteer
from ui.pages.rooms import page as rooms_module
from ui.pages.rooms.calendar_view import lanes
from tests.ui.loading import refreshed

TUESDAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _dutch(qapp, dutch_ui):
    set_language("nl")


def test_bookings_stand_side_by_side_only_while_they_overlap(page_context):
    centre = make_centre(page_context.services, page_context.actor)
    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, TUESDAY, "09:00", "11:00"))
    services.bookings.create(actor, draft(centre, TUESDAY, "10:00", "12:00", room_id=centre.kitchen.id))
    services.bookings.create(actor, draft(centre, TUESDAY, "14:00", "16:00"))
    rows = services.bookings.between(actor, TUESDAY, TUESDAY)
    placed = lanes(rows)
    assert [placed[r.id] for r in rows] == [(0, 2), (1, 2), (0, 1)]


def test_the_week_across_rooms_shows_who_and_what_in_readable_blocks(qtbot, page_context, tmp_path):
    centre = make_centre(page_context.services, page_context.actor)
    booking = page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "19:00", "21:00"))
    page = rooms_module.create_page(page_context)
    qtbot.addWidget(page)
    page.resize(814, 640)  # the page area of the window at 1024 × 700
    page.show()
    page.calendar.go_to(TUESDAY, rooms_module.WEEK_ALL)
    grid = page.calendar.grid
    image = page.grab()
    image.save(str(tmp_path / "week.png"))
    assert [c.label for c in grid.columns][:2] == ["ma 23-11", "di 24-11"]
    assert list(grid.room_names.values()) == ["Grote zaal", "Keuken"]  # in full, not "Gro Keu"
    rect = grid.rect_of(booking.id)
    assert rect.width() >= 80  # a day wide: "19:00 Yoga", the renter and the room can be read
    metrics = grid.fontMetrics()
    assert metrics.horizontalAdvance("19:00 Yoga") < rect.width()
    title = page.calendar.title
    assert title.text() == "Week 48: 23-11-2026 – 29-11-2026" and title.sizeHint().width() <= title.width()


def test_a_click_in_the_week_across_rooms_offers_the_first_free_room(page_context):
    centre = make_centre(page_context.services, page_context.actor)
    page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "10:00", "12:00"))
    page = rooms_module.create_page(page_context)
    page.calendar.go_to(TUESDAY, rooms_module.WEEK_ALL)
    grid = page.calendar.grid
    assert grid.free_room_at(dt.datetime.combine(TUESDAY, dt.time(11))) == centre.kitchen.id
    assert grid.free_room_at(dt.datetime.combine(TUESDAY, dt.time(13))) == centre.hall.id
    page.deleteLater()


def test_the_status_bar_says_where_the_data_is_in_words_not_a_path(qtbot, page_context, qsettings):
    from PySide6.QtWidgets import QLabel

    from ui.main_window import MainWindow

    window = MainWindow(page_context)
    qtbot.addWidget(window)
    label = window.statusBar().findChild(QLabel, "databaseLabel")
    assert label.text() == "Gegevens op deze computer"
    assert ".sqlite" not in label.text() and ".sqlite" in label.toolTip()


def test_a_room_colour_is_shown_by_its_name(qtbot):
    from ui.widgets.colour_button import ColourButton, colour_name

    button = ColourButton()
    qtbot.addWidget(button)
    button.set_colour("#4e79a7")
    assert button.text() == "blauw" and button.colour() == "#4E79A7"
    assert colour_name("#4F7AA8") == "zoals blauw"


def test_empty_lists_say_what_to_do_and_step_aside_once_filled(qtbot, page_context):
    from app.services.rooms import RoomRow

    page = rooms_module.create_page(page_context)
    qtbot.addWidget(page)
    page.resize(814, 640)
    page.show()
    page.tabs.setCurrentWidget(page.rooms)
    empty = page.rooms.table.findChild(type(page.calendar.title), "roomsTableEmpty")
    assert empty.isVisible() and "Zaal opslaan" in empty.text()
    assert page.rooms.tariff_why.isVisible() and not page.rooms.tariff_box.isEnabled()
    page.tabs.setCurrentWidget(page.calendar)
    assert page.calendar.no_rooms.isVisible() and not page.calendar.new_button.isEnabled()
    assert page.calendar.new_button.toolTip() == "Voeg eerst een zaal toe"
    page_context.services.rooms.save_room(page_context.actor, RoomRow(name="Grote zaal", capacity=80))
    page.tabs.setCurrentWidget(page.rooms)
    assert not empty.isVisible()


def test_line_buttons_follow_the_chosen_line_and_say_why_not(qtbot, page_context):
    from ui.pages.allowances.page import create_page

    services, actor = page_context.services, page_context.actor
    volunteer = make_volunteer(services.db, "Anna", "Bakker")
    services.allowances.set_arrangement(actor, ArrangementRow(volunteer, 2026, "vast", monthly_amount=Decimal("50.00")))
    page = create_page(page_context)
    qtbot.addWidget(page)
    page.show()
    panel = page.panel
    assert not panel.entry.save_button.isEnabled() and panel.entry.save_button.toolTip() == "Kies eerst links een vrijwilliger"
    assert not panel.submit_button.isEnabled() and panel.submit_button.toolTip() == "Kies eerst een regel in de lijst"
    services.allowances.add_line(actor, LineInput(volunteer, "vast", dt.date(2026, 5, 1), submit=False))
    refreshed(page)
    page.select_volunteer(volunteer)
    panel.table.selectRow(0)
    assert panel.submit_button.isEnabled() and panel.delete_button.isEnabled()
    panel.submit_selected()
    panel.table.selectRow(0)
    assert not panel.delete_button.isEnabled() and panel.delete_button.toolTip() == "Alleen een conceptregel kan worden verwijderd"
    assert panel.reject_button.isEnabled()


def test_hours_that_are_not_a_number_are_called_that(qtbot, page_context):
    from ui.pages.allowances.page import create_page

    services, actor = page_context.services, page_context.actor
    volunteer = make_volunteer(services.db, "Bert", "Claassen")
    services.allowances.set_arrangement(actor, ArrangementRow(volunteer, 2026, "uurtarief", hourly_rate=Decimal("5.00")))
    page = create_page(page_context)
    qtbot.addWidget(page)
    page.show()
    refreshed(page)
    page.select_volunteer(volunteer)
    entry = page.panel.entry
    entry.kind.setCurrentIndex(entry.kind.findData("uren"))
    entry.hours.setText("twee")
    assert entry.save() is False
    assert entry.form.error_text("hours") == "vul een getal in, zoals 2,5"
    assert entry.refusal.text() == "Enkele velden vragen aandacht; ze zijn gemarkeerd."
    assert services.allowances.lines(actor, volunteer_id=volunteer) == []


def test_a_new_application_cannot_be_saved_without_a_funder_and_says_so(qtbot, page_context):
    from ui.pages.subsidies.page import create_page

    page = create_page(page_context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    editor = page.applications.editor
    editor.new_concept()
    assert editor.funder.currentData() in (None, 0)
    assert not editor.save_button.isEnabled()
    assert "subsidiegever" in editor.save_button.toolTip()


def test_invoice_buttons_follow_the_chosen_invoice(qtbot, page_context):
    services, actor = page_context.services, page_context.actor
    centre = make_centre(services, actor)
    services.bookings.create(actor, draft(centre, TUESDAY, "19:00", "21:00"))
    services.invoices.create_concept(actor, centre.yoga.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    page = rooms_module.create_page(page_context)
    qtbot.addWidget(page)
    tab = page.invoices
    tab.refresh()
    assert not tab.finalise_button.isEnabled() and tab.finalise_button.toolTip() == "Kies eerst een factuur in de lijst"
    tab.table.selectRow(0)
    assert tab.finalise_button.isEnabled() and tab.delete_button.isEnabled()
    assert not tab.credit_button.isEnabled() and tab.credit_button.toolTip() == "Alleen een definitieve factuur kan worden gecrediteerd"


def test_a_room_closed_alone_is_named_in_the_week_and_hatched_in_its_day_view(qtbot, page_context):
    services, actor = page_context.services, page_context.actor
    centre = make_centre(services, actor)
    services.closures.close(actor, TUESDAY, TUESDAY, "Nieuwe vloer", room_id=centre.kitchen.id)
    page = rooms_module.create_page(page_context)
    qtbot.addWidget(page)
    page.calendar.go_to(TUESDAY, rooms_module.WEEK_ALL)
    tuesday = next(c for c in page.calendar.grid.columns if c.day == TUESDAY)
    assert tuesday.closed == "Keuken dicht" and TUESDAY not in page.calendar.grid.closed
    page.calendar.go_to(TUESDAY, rooms_module.DAY)
    assert [(c.label, c.closed) for c in page.calendar.grid.columns] == [("Grote zaal", ""), ("Keuken", "Nieuwe vloer")]
