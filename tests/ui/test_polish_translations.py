"""No English left in the Dutch interface: the demo summary, the rooms group on the Rapporten
page and the question which dates of a series a change applies to."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def test_the_demo_summary_names_the_allowance_counts_in_dutch(sqlite_db):
    from app import demo

    counts = demo.build(sqlite_db, today=dt.date(2026, 11, 22))
    assert counts["Vergoedingsregelingen"] > 0 and counts["Vergoedingsregels"] > 0
    assert not [name for name in counts if name.startswith("Allowance")]


def test_the_rooms_group_on_the_reports_page_is_dutch(page_context, dutch_ui):
    from ui.pages.rooms import reports

    actions = reports.actions(page_context)
    assert {action.group for action in actions} == {"Zalen en boekingen"}
    titles = [action.title for action in actions]
    assert "Weekrooster (PDF)" in titles or any(title.startswith("Weekrooster") for title in titles), titles
    for action in actions:  # every title and description was translated
        text = f"{action.title} {action.description}"
        assert not re.search(r"\b(This|the|room|rooms|booking|Every|Invoiced|Today)\b", text), text


def test_the_series_question_is_dutch(qtbot, page_context, dutch_ui):
    from PySide6.QtWidgets import QWidget

    from ui.pages.rooms.booking_dialog import ask_scope

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.findChildren(QPushButton)]
        box.reject()

    QTimer.singleShot(0, answer)
    ask_scope(parent, "Boeking wijzigen")
    assert seen["text"] == "Deze boeking hoort bij een reeks. Welke datums?"
    assert {"Alleen deze datum", "Deze en de volgende datums", "Alle datums"} <= set(seen["buttons"])
