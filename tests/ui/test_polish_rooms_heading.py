"""The agenda's heading ("Week 47: 16-11-2026 – 22-11-2026") fits on one line in the window at
1366 × 768, in Dutch, in every view."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def styled(qapp):
    """The program's own style sheet (the heading's large font, the buttons' minimum width)."""
    from ui import style

    previous = qapp.styleSheet()
    style.apply(qapp)
    yield
    qapp.setStyleSheet(previous)


@pytest.fixture
def window(qtbot, page_context, dutch_ui, styled):
    from ui.main_window import MainWindow

    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("rooms")
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("mode", ["week_all", "day", "week_room", "month"])
def test_the_agenda_heading_fits_at_1366_by_768(qtbot, window, mode):
    calendar = window.page("rooms").calendar
    calendar.current = dt.date(2026, 9, 30)  # a long day name and month: woensdag 30 september
    calendar.set_mode(mode)
    calendar.reload()
    qtbot.wait(10)
    title = calendar.title
    assert title.text()
    if mode == "week_all":
        assert title.text() == "Week 40: 28-09-2026 – 04-10-2026"
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.width(), (title.text(), title.width())
