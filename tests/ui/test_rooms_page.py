"""The rooms page through the GUI (pytest-qt, offscreen): the calendar views, booking by
clicking an empty slot, opening a booking, keyboard navigation, a series with clashes, the
scope question, invoices and the settings tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain import recurrence
from app.i18n import set_language
from tests.integration.rooms_helpers import draft, make_centre
from ui.pages.rooms import page as page_module
from ui.pages.rooms.booking_dialog import BookingDialog
from ui.pages.rooms.calendar_view import booking_colours

TUESDAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _dutch(qapp):
    from ui import i18n

    assert i18n.install(qapp, "nl") >= 1, "run `make translations` first"
    set_language("nl")


@pytest.fixture
def centre(page_context):
    return make_centre(page_context.services, page_context.actor)


@pytest.fixture
def rooms_page(qtbot, page_context, centre):
    page = page_module.create_page(page_context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.calendar.go_to(TUESDAY, page_module.WEEK_ALL)
    return page


class _Opened:
    """Replaces the dialog's exec(): records the dialog and lets the test fill and save it."""

    def __init__(self, monkeypatch, fill=None):
        self.dialogs: list[BookingDialog] = []
        opened = self

        class Recording(BookingDialog):
            def exec(self):  # noqa: A003
                opened.dialogs.append(self)
                if fill is not None:
                    fill(self)
                return 0

        monkeypatch.setattr(page_module, "BookingDialog", Recording)


def _click(qtbot, widget, point) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))


def test_the_week_view_paints_bookings_and_marks_closing_days(rooms_page, page_context, centre, tmp_path):
    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, TUESDAY, "19:00", "21:00"))
    services.rooms.add_closing(actor, TUESDAY + dt.timedelta(days=2), TUESDAY + dt.timedelta(days=2), "Studiedag")
    rooms_page.calendar.reload()
    grid = rooms_page.calendar.grid
    assert rooms_page.calendar.title.text() == "Week 48: 23-11-2026 – 29-11-2026"
    assert len(grid.columns) == 7 and len(grid.rows) == 1  # a column per day, the rooms side by side in it
    assert grid.closed == {TUESDAY + dt.timedelta(days=2): "Studiedag"}
    image = rooms_page.grab()
    image.save(str(tmp_path / "week.png"))
    assert image.width() == 1366 and grid.rect_of(grid.rows[0].id) is not None


def test_clicking_an_empty_slot_books_it(qtbot, monkeypatch, rooms_page, page_context, centre):
    def fill(dialog):
        dialog.activity.setText("Koorrepetitie")
        dialog.renter.setCurrentIndex(dialog.renter.findData(centre.yoga.id))
        dialog.save_button.click()

    opened = _Opened(monkeypatch, fill)
    # the hall is busy until 14:15 (its clean-up): the first room free at 14:05 is the kitchen
    page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "12:00", "14:00"))
    rooms_page.calendar.reload()
    grid = rooms_page.calendar.grid
    rooms_page.grab()
    _click(qtbot, grid, grid.point_for(centre.kitchen.id, dt.datetime.combine(TUESDAY, dt.time(14, 5))))
    dialog = opened.dialogs[0]
    assert dialog.room.currentData() == centre.kitchen.id
    assert dialog.start.time().toString("HH:mm") == "14:00"
    rows = page_context.services.bookings.between(page_context.actor, TUESDAY, TUESDAY)
    assert [(r.room_name, r.activity, r.local_start.hour) for r in rows] == [
        ("Grote zaal", "Yoga", 12), ("Keuken", "Koorrepetitie", 14)]
    assert len(rooms_page.calendar.grid.rows) == 2


def test_clicking_a_booking_opens_it(qtbot, monkeypatch, rooms_page, page_context, centre):
    booking = page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "10:00", "12:00"))
    rooms_page.calendar.reload()
    opened = _Opened(monkeypatch)
    grid = rooms_page.calendar.grid
    rooms_page.grab()  # paints, so the booking has its place
    _click(qtbot, grid, grid.rect_of(booking.id).center())
    assert opened.dialogs[0].booking.id == booking.id
    assert opened.dialogs[0].activity.text() == "Yoga"


def test_a_double_booking_in_the_dialog_is_refused_with_the_dutch_message(qtbot, page_context, centre):
    page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "19:00", "21:00"))
    dialog = BookingDialog(page_context, room_id=centre.hall.id, start=dt.datetime.combine(TUESDAY, dt.time(20)))
    qtbot.addWidget(dialog)
    dialog.activity.setText("Dansles")
    dialog.renter.setCurrentIndex(dialog.renter.findData(centre.shop.id))
    dialog.save_button.click()
    assert not dialog.saved
    assert "Grote zaal is al geboekt door Stichting Yoga Oost" in dialog.message.text()
    assert len(page_context.services.bookings.between(page_context.actor, TUESDAY, TUESDAY)) == 1


def test_keyboard_moves_to_the_next_and_previous_week_and_back_to_today(qtbot, rooms_page):
    calendar = rooms_page.calendar
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Right)
    assert calendar.period()[0] == dt.date(2026, 11, 30)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Left)
    assert calendar.period()[0] == dt.date(2026, 11, 16)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_T)
    today = dt.date.today()
    assert calendar.period()[0] == today - dt.timedelta(days=today.weekday())


def test_day_week_per_room_and_month_views(qtbot, rooms_page, page_context, centre):
    page_context.services.bookings.create(page_context.actor, draft(centre, TUESDAY, "19:00", "21:00", status="optie"))
    calendar = rooms_page.calendar
    qtbot.mouseClick(calendar.mode_buttons[page_module.DAY], Qt.MouseButton.LeftButton)
    assert [c.label for c in calendar.grid.columns] == ["Grote zaal", "Keuken"]
    calendar.set_mode(page_module.WEEK_ROOM)
    assert {c.room_id for c in calendar.grid.columns} == {centre.hall.id} and len(calendar.grid.columns) == 7
    calendar.set_mode(page_module.MONTH)
    assert calendar.stack.currentWidget() is calendar.month and calendar.title.text() == "november 2026"
    assert len(calendar.month.rows) == 1
    calendar.grab()


def test_options_confirmed_and_cancelled_look_different(page_context, centre):
    services, actor = page_context.services, page_context.actor
    option = services.bookings.create(actor, draft(centre, TUESDAY, "09:00", "10:00", status="optie"))
    confirmed = services.bookings.create(actor, draft(centre, TUESDAY, "11:00", "12:00"))
    cancelled = services.bookings.create(actor, draft(centre, TUESDAY, "13:00", "14:00"))
    cancelled = services.bookings.cancel(actor, cancelled.id, "Ziek")[0]
    looks = [booking_colours(services.bookings.booking(actor, b.id)) for b in (option, confirmed, cancelled)]
    assert len({(fill.name(), fill.alpha(), style) for fill, _text, style, _p in looks}) == 3


def test_a_series_with_a_clash_lists_it_and_books_the_rest_after_consent(qtbot, page_context, centre):
    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, dt.date(2026, 12, 1), "19:00", "20:00", renter_id=centre.shop.id))
    dialog = BookingDialog(page_context, room_id=centre.hall.id, start=dt.datetime(2026, 11, 24, 19))
    qtbot.addWidget(dialog)
    dialog.activity.setText("Koor")
    dialog.renter.setCurrentIndex(dialog.renter.findData(centre.yoga.id))
    dialog.recurrence.setChecked(True)
    dialog.recurrence.end_kind.setCurrentIndex(dialog.recurrence.end_kind.findData("count"))
    dialog.recurrence.count.setValue(4)
    seen = []
    dialog.clash_chooser = lambda plan: seen.append([d.date for d in plan.clashing]) or True
    dialog.save_button.click()
    assert seen == [[dt.date(2026, 12, 1)]] and dialog.saved
    rows = services.bookings.between(actor, dt.date(2026, 11, 24), dt.date(2026, 12, 31), room_ids=[centre.hall.id])
    assert [(r.local_start.date().day, r.activity) for r in rows] == [(24, "Koor"), (1, "Yoga"), (8, "Koor"), (15, "Koor")]


def test_saving_a_series_date_asks_which_dates(qtbot, page_context, centre):
    services, actor = page_context.services, page_context.actor
    booked = services.bookings.create_series(actor, draft(centre, TUESDAY, "19:00", "21:00"),
                                             recurrence.weekly((1,), count=3)).booked
    dialog = BookingDialog(page_context, booking=services.bookings.booking(actor, booked[1].id))
    qtbot.addWidget(dialog)
    assert "Hoort bij een reeks: elke week op di, 3 keer." == dialog.series_info.text()
    dialog.scope_chooser = lambda parent, title: "following"
    dialog.activity.setText("Yoga gevorderden")
    dialog.save_button.click()
    rows = services.bookings.between(actor, TUESDAY, TUESDAY + dt.timedelta(days=14))
    assert [r.activity for r in rows] == ["Yoga", "Yoga gevorderden", "Yoga gevorderden"]


def test_a_read_only_user_cannot_start_a_booking(qtbot, page_context, centre):
    from dataclasses import replace

    from app.domain.permissions import Role
    from ui.context import PageContext

    viewer = PageContext(page_context.services, replace(page_context.actor, role=Role.READ_ONLY), page_context.bus)
    page = page_module.create_page(viewer)
    qtbot.addWidget(page)
    assert not page.calendar.new_button.isEnabled()
    dialog = BookingDialog(viewer, room_id=centre.hall.id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()


def test_invoices_are_made_finalised_and_saved_as_pdf(qtbot, monkeypatch, rooms_page, page_context, centre, tmp_path):
    from tests.ui.held_back import assert_the_window_keeps_running, hold_back

    services, actor = page_context.services, page_context.actor
    services.bookings.create(actor, draft(centre, dt.date(2026, 11, 3), "19:00", "21:00"))
    tab = rooms_page.invoices
    rooms_page.tabs.setCurrentWidget(tab)
    tab.year.setValue(2026)
    tab.number.setValue(11)
    held = hold_back(monkeypatch, services.invoices, "create_concepts")
    tab.make.click()
    qtbot.waitUntil(lambda: bool(held.calls), timeout=5_000)
    assert_the_window_keeps_running(qtbot)  # a year of bookings takes seconds to price
    held.release.set()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.model.row(0).total == Decimal("28.00") and tab.summary.text().startswith("1 conceptfactuur gemaakt.")
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.finalise_button.click()
    assert tab.model.row(0).number.endswith("-0001")
    tab.table.selectRow(0)
    tab.save_path = tmp_path / "factuur.pdf"
    tab.pdf_button.click()
    assert tab.save_path.read_bytes().startswith(b"%PDF")


def test_what_is_free_lists_slots_and_books_one(qtbot, monkeypatch, rooms_page, page_context, centre):
    opened = _Opened(monkeypatch)
    free = rooms_page.free
    rooms_page.tabs.setCurrentWidget(free)
    free.capacity.setValue(50)
    free.first.setDate(free.first.date().fromString("24-11-2026", "dd-MM-yyyy"))
    free.last.setDate(free.first.date())
    free.run()
    assert free.model.rowCount() == 1 and free.model.row(0).room_name == "Grote zaal"
    free.table.doubleClicked.emit(free.model.index(0, 0))
    assert opened.dialogs and opened.dialogs[0].room.currentData() == centre.hall.id


def test_the_settings_tab_saves_the_percentages_and_liberation_day(qtbot, page_context):
    from ui.pages.rooms.settings_tab import create_tab

    title, tab = create_tab(page_context)
    qtbot.addWidget(tab)
    assert title == "Zalen"
    assert tab.percentages["maatschappelijk"].value() == 35
    tab.percentages["maatschappelijk"].setValue(40)
    tab.liberation.setChecked(False)
    tab.save_button.click()
    assert page_context.services.rooms.category_percentages()["maatschappelijk"] == 40
    assert page_context.services.rooms.liberation_day_every_year() is False


def test_the_reports_page_offers_the_rooms_exports(qtbot, page_context):
    from ui.pages.rooms.reports import actions

    names = {a.object_name for a in actions(page_context)}
    assert {"reportRoomSchedule", "reportRoomPoster", "reportDoorSign", "reportRoomIcs", "reportOccupancy",
            "reportRentalIncome"} <= names
