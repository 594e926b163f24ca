"""The district calendar in the window (pytest-qt, offscreen): the booking dialog points out
another centre's public activity that evening as soon as the booking is made public (before
saving), and still saves it; the Wijkweek tab shows the week per day with the centre of each
activity."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QLabel

from tests.integration.district_helpers import WEDNESDAY, make_district, public_evening
from tests.integration.rooms_helpers import draft
from ui.context import DataBus, PageContext
from ui.pages.rooms import page as page_module
from ui.pages.rooms.booking_dialog import BookingDialog


@pytest.fixture
def district(ui_services, ui_admin):
    world = make_district(ui_services, ui_admin)
    ui_services.bookings.create(world.coordinator_brug, public_evening(world.rooms_brug, "Inspraakavond"))
    return world


def _context(services, actor) -> PageContext:
    return PageContext(services, actor, DataBus())


def _book(qtbot, context, room, renter, *, public: bool, start=(20, 0)) -> BookingDialog:
    dialog = BookingDialog(context, room_id=room.id, start=dt.datetime.combine(WEDNESDAY, dt.time(*start)))
    qtbot.addWidget(dialog)
    shown: list[list[str]] = []
    dialog.warning_shower = shown.append
    dialog.activity.setText("Buurtoverleg")
    dialog.renter.setCurrentIndex(dialog.renter.findData(renter.id))
    dialog.end.setTime(QTime(22, 0))
    dialog.public.setChecked(public)
    dialog.save_button.click()
    dialog.shown = shown
    return dialog


def test_the_booking_dialog_points_out_the_other_centres_evening_before_saving(qtbot, ui_services, district):
    context = _context(ui_services, district.coordinator_anker)
    anker = district.rooms_anker
    dialog = BookingDialog(context, room_id=anker.hall.id, start=dt.datetime.combine(WEDNESDAY, dt.time(20)))
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "districtHint")
    assert hint.isHidden()  # not public (yet): nothing to point out
    dialog.public.setChecked(True)  # nothing else filled in yet
    assert not hint.isHidden()
    for part in ("woensdag 9 december 2026", "Ontmoetingscentrum De Brug", "Inspraakavond", "19:30–21:30"):
        assert part in hint.text()
    dialog.day.setDate(QDate(2026, 12, 10))  # another evening
    assert hint.isHidden()
    dialog.day.setDate(QDate(2026, 12, 9))
    assert "Inspraakavond" in hint.text() and not hint.isHidden()
    dialog.recurrence.setChecked(True)  # weekly from 9 December: the first date is the one
    assert "woensdag 9 december 2026" in hint.text()


def test_the_booking_dialog_saves_the_public_evening_without_repeating_what_it_said(qtbot, ui_services, district):
    context = _context(ui_services, district.coordinator_anker)
    anker = district.rooms_anker
    dialog = _book(qtbot, context, anker.hall, anker.buurt, public=True)
    assert dialog.saved and not dialog.message.isVisible()
    assert dialog.shown == []  # it was in the dialog before "Opslaan": no message afterwards
    assert len(dialog.warnings) == 1 and "Inspraakavond" in dialog.warnings[0]
    rows = ui_services.bookings.between(district.coordinator_anker, WEDNESDAY, WEDNESDAY)
    assert [(r.activity, r.public) for r in rows] == [("Buurtoverleg", True)]


def test_what_another_centre_booked_meanwhile_is_said_after_saving(qtbot, ui_services, district):
    """The hint was read when the booking was made public; De Brug books its own public evening
    before "Opslaan": the save points that one out in a message."""
    context = _context(ui_services, district.coordinator_anker)
    anker = district.rooms_anker
    dialog = BookingDialog(context, room_id=anker.hall.id, start=dt.datetime.combine(WEDNESDAY, dt.time(20)))
    qtbot.addWidget(dialog)
    shown: list[list[str]] = []
    dialog.warning_shower = shown.append
    dialog.activity.setText("Buurtoverleg")
    dialog.renter.setCurrentIndex(dialog.renter.findData(anker.buurt.id))
    dialog.end.setTime(QTime(22, 0))
    dialog.public.setChecked(True)
    ui_services.bookings.create(district.coordinator_brug, public_evening(
        district.rooms_brug, "Open avond", start="18:00", end="19:00", room_id=district.rooms_brug.kitchen.id))
    dialog.save_button.click()
    assert dialog.saved and len(shown) == 1
    assert any("Open avond" in line for line in shown[0])


def test_a_private_booking_that_evening_says_nothing(qtbot, ui_services, district):
    context = _context(ui_services, district.coordinator_anker)
    anker = district.rooms_anker
    dialog = _book(qtbot, context, anker.hall, anker.buurt, public=False)
    assert dialog.saved and dialog.shown == [] and dialog.warnings == []
    assert dialog.findChild(QLabel, "districtHint").isHidden()


def test_the_district_week_tab_lists_both_centres_per_day(qtbot, ui_services, district):
    anker = district.rooms_anker
    ui_services.bookings.create(district.coordinator_anker, public_evening(
        anker, "Open avond", day=WEDNESDAY + dt.timedelta(days=1)))
    ui_services.bookings.create(district.coordinator_anker, draft(anker, WEDNESDAY, "10:00", "12:00", activity="Bridge"))
    page = page_module.create_page(_context(ui_services, district.coordinator_anker))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.district)
    page.district.show_week(WEDNESDAY)
    tree = page.district.tree
    lines = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]
    assert lines == [
        ["woensdag 9 december 2026", "", "", ""],
        ["19:30–21:30", "Inspraakavond", "Ontmoetingscentrum De Brug", ""],
        ["donderdag 10 december 2026", "", "", ""],
        ["19:30–21:30", "Open avond", "Wijkcentrum Het Anker", "Grote zaal"],
    ]  # Bridge is not public: not in a coordinator's district week
    assert "50" in page.district.title.text()  # week 50
    page.district.step(1)
    assert tree.topLevelItemCount() == 1  # "no public activities"


def test_the_district_week_pdf(qtbot, ui_services, district, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    tab = page_module.create_page(_context(ui_services, district.admin)).district
    qtbot.addWidget(tab)
    tab.show_week(WEDNESDAY)
    target = tmp_path / "wijkweek.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    tab.print_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_the_district_figures_button_only_for_an_account_of_the_whole_organisation(qtbot, ui_services, district,
                                                                                    tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.pages.rooms import reports

    coordinator = {a.object_name for a in reports.actions(_context(ui_services, district.coordinator_anker))}
    assert "reportDistrictWeek" in coordinator and "reportDistrictFigures" not in coordinator
    action = next(a for a in reports.actions(_context(ui_services, district.admin))
                  if a.object_name == "reportDistrictFigures")
    target = tmp_path / "wijkcijfers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    ran = []
    monkeypatch.setattr(reports, "run_task", lambda parent, title, work, done: ran.append(work(None)))
    action.run(None)
    from openpyxl import load_workbook

    assert load_workbook(target).sheetnames[1:] == ["Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug"]


def test_an_existing_public_booking_opens_with_its_hint_looked_up_once(qtbot, ui_services, district, monkeypatch):
    anker = district.rooms_anker
    row = ui_services.bookings.create(district.coordinator_anker, public_evening(anker, "Buurtoverleg", start="20:00",
                                                                                end="22:00"))
    asked = []
    notices = ui_services.bookings.district_notices
    monkeypatch.setattr(ui_services.bookings, "district_notices", lambda *args: asked.append(args) or notices(*args))
    context = _context(ui_services, district.coordinator_anker)
    dialog = BookingDialog(context, booking=ui_services.bookings.booking(district.coordinator_anker, row.id))
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "districtHint")
    assert not hint.isHidden() and "Inspraakavond" in hint.text()
    assert len(asked) == 1  # not once for every field the dialog filled in
