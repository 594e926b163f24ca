"""The main window: navigation over all seven pages, in Dutch, remembering where it was."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from ui.main_window import GEOMETRY_KEY, LAST_PAGE_KEY, MainWindow
from ui.pages import PAGES
from ui.pages.placeholder import PlaceholderPage

DUTCH_TITLES = ["Overzicht", "Vrijwilligers", "Vergoedingen", "Zalen & boekingen", "Subsidies", "Rapporten", "Instellingen"]


@pytest.fixture
def window(qtbot, dutch_ui, page_context):
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)  # the figures are counted in the background
    return window


def test_the_navigation_lists_the_seven_pages_in_dutch(window):
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == DUTCH_TITLES
    assert [spec.key for spec in PAGES] == ["overview", "volunteers", "allowances", "rooms", "subsidies", "reports", "settings"]


def test_the_window_opens_on_the_overview_with_its_centre_in_the_title(window):
    assert window.current_key() == "overview"
    assert window.windowTitle() == "Buurthuis De Klinker — Wijkhuis"
    assert window.findChild(QLabel, "loggedInLabel").text() == "Ingelogd als Fatima el Amrani (beheerder)"


@pytest.mark.parametrize("row", range(len(PAGES)))
def test_every_page_opens_from_the_navigation(window, qtbot, row):
    window.navigation.setCurrentRow(row)
    key = PAGES[row].key
    assert window.current_key() == key
    page = window.stack.currentWidget()
    assert page.objectName() == f"page_{key}" and page.isVisible()
    if isinstance(page, PlaceholderPage):  # an area not built yet says so, plainly
        assert "nog niet" in page.findChild(QLabel, "placeholderText").text()


def test_walking_all_pages_twice_builds_each_page_once(window):
    for _round in range(2):
        for spec in PAGES:
            window.show_page(spec.key)
    assert len({id(window.page(spec.key)) for spec in PAGES}) == len(PAGES)
    assert window.stack.count() == len(PAGES)


def test_the_last_page_and_the_geometry_are_remembered(qtbot, dutch_ui, page_context):
    first = MainWindow(page_context)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.move(40, 30)
    first.show_page("reports")
    assert first.close()
    settings = QSettings()
    assert settings.value(LAST_PAGE_KEY) == "reports" and settings.value(GEOMETRY_KEY)
    second = MainWindow(page_context)
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == "reports"
    assert (second.width(), second.height()) == (1100, 700)
    assert (second.x(), second.y()) == (first.x(), first.y())


def test_an_unknown_remembered_page_falls_back_to_the_overview(qtbot, dutch_ui, page_context, qsettings):
    qsettings.setValue(LAST_PAGE_KEY, "verdwenen")
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    assert window.current_key() == "overview"
