"""The Vergoedingen page's volunteer list at 1366 × 768: every name on one line in its column,
the header readable ("Vrijwilliger", not "'rijwillige"), and all columns in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.integration.test_allowance_support import make_volunteer
from tests.ui.loading import refreshed

NAMES = [("Ahmet", "Smits", ""), ("Marieke", "Meer", "van der"), ("Ayşe", "Yılmaz-Çelik", ""), ("Bram", "Hek", "van 't")]


@pytest.fixture
def styled(qapp):
    from ui import style

    previous = qapp.styleSheet()
    style.apply(qapp)
    yield
    qapp.setStyleSheet(previous)


@pytest.fixture
def volunteer_list(qtbot, page_context, dutch_ui, styled):
    from ui.main_window import MainWindow

    for first, last, infix in NAMES:
        make_volunteer(page_context.services.db, first, last, infix=infix)
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("allowances")
    qtbot.waitExposed(window)
    page = refreshed(window.page("allowances"))
    return page.list


def test_every_name_fits_on_one_line_in_the_name_column(volunteer_list):
    model, header = volunteer_list.model(), volunteer_list.horizontalHeader()
    metrics = volunteer_list.fontMetrics()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Marieke van der Meer" in names and "Ayşe Yılmaz-Çelik" in names
    for name in names:
        assert metrics.horizontalAdvance(name) <= header.sectionSize(0) - 6, (name, header.sectionSize(0))
    assert not volunteer_list.wordWrap()  # a long name is elided, never broken over two lines


def test_the_headers_are_readable_and_every_column_is_in_view(volunteer_list):
    model, header = volunteer_list.model(), volunteer_list.horizontalHeader()
    metrics = header.fontMetrics()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Vrijwilliger"
    for column in range(model.columnCount() - 1):  # the last one stretches over what is left
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(title) <= header.sectionSize(column), title
    assert header.length() <= volunteer_list.viewport().width() + 1
    assert header.sectionSize(model.columnCount() - 1) >= 60
