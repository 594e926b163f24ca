"""Every page and every tab of the window, at 1024 × 700 and 1280 × 800, offscreen and styled
as the program runs: no label, button, group title, placeholder or table header whose text is
wider than the room it got (unless elided on purpose with the whole text in a tooltip). Once on
an empty database (a first start: the empty states show) and once full of demo data."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.fit import clipped, tab_states
from ui.pages import PAGES

SIZES = [(1024, 700), (1280, 800)]


@pytest.fixture
def styled(qapp, dutch_ui):
    from ui import style

    previous = qapp.styleSheet()
    style.apply(qapp)
    yield
    qapp.setStyleSheet(previous)


def _walk(qtbot, services, actor, size) -> list[str]:
    from ui.context import DataBus, PageContext
    from ui.main_window import MainWindow

    window = MainWindow(PageContext(services, actor, DataBus()))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        qtbot.waitUntil(lambda: not hasattr(page, "is_loaded") or page.is_loaded(), timeout=10_000)  # noqa: B023
        qtbot.wait(5)
        for state in tab_states(window.page(spec.key)):
            problems += [f"{size[0]}×{size[1]} {spec.key} {state}: {p}" for p in clipped(window)]
    window.close()
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_of_a_first_start_fits(qtbot, qsettings, styled, ui_services, ui_admin, size):
    assert _walk(qtbot, ui_services, ui_admin, size) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_full_of_demo_data_fits(qtbot, qsettings, styled, sqlite_db, size):
    from app import demo
    from app.services import Services

    demo.build(sqlite_db, today=dt.date(2026, 12, 3))
    services = Services.for_database(sqlite_db)
    actor = services.users.authenticate("beheerder", "demo")  # the administrator sees every page and tab
    assert _walk(qtbot, services, actor, size) == []


def test_the_check_finds_a_clipped_label_header_and_button(qtbot, qapp):
    """The check itself: a text squeezed into too little room is reported, an elided one with
    a tooltip is not."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    row = QHBoxLayout()
    label = QLabel("Openingstijden van de grote zaal")
    label.setFixedWidth(40)
    button = QPushButton("Werkgroep opslaan")
    button.setFixedWidth(50)
    elided = QLabel("Een lange naam…")
    elided.setFixedWidth(30)
    elided.setProperty("elided", True)
    elided.setToolTip("Een lange naam die niet past")
    for widget in (label, button, elided):
        row.addWidget(widget)
    layout.addLayout(row)
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Thema of werkgroep", "Doel"])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 40)
    layout.addWidget(table)
    root.resize(400, 300)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert any("Openingstijden" in p for p in found)
    assert any("Werkgroep opslaan" in p for p in found)
    assert any("Thema of werkgroep" in p for p in found)
    assert not any("Een lange naam" in p for p in found)


def test_the_booking_and_welcome_dialogs_fit(qtbot, qsettings, styled, page_context, ui_services):
    from tests.integration.rooms_helpers import make_centre
    from ui.dialogs.welcome import WelcomeDialog
    from ui.pages.rooms.booking_dialog import BookingDialog

    centre = make_centre(page_context.services, page_context.actor)
    for dialog in (BookingDialog(page_context, room_id=centre.hall.id, start=dt.datetime(2026, 12, 8, 10)),
                   WelcomeDialog(ui_services)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clipped(dialog) == [], type(dialog).__name__
