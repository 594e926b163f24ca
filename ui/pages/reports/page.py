"""Rapporten: every report and export of every area in one list. An area contributes a
`ui/pages/<area>/reports.py` whose `actions(context)` returns `ReportAction`s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import PageContext
from ui.pages.base import BasePage
from ui.pages.extensions import area_modules
from ui.style import set_role


@dataclass(frozen=True)
class ReportAction:
    group: str
    title: str
    description: str
    run: Callable[[QWidget], None]  # gets the page as parent for its dialogs
    object_name: str


class ReportsPage(BasePage):
    def __init__(self, context: PageContext):
        super().__init__(context)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.addWidget(set_role(QLabel(self.tr("Reports and exports")), "heading"))
        intro = set_role(QLabel(self.tr("Every list and document Wijkhuis makes, per part of the program. "
                                        "Files open in Excel or a PDF reader; nothing is sent anywhere.")), "hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("reportsScroll")
        host = QWidget()
        host.setObjectName("reportsBody")
        self.body = QVBoxLayout(host)
        scroll.setWidget(host)
        outer.addWidget(scroll)
        self.buttons: dict[str, QPushButton] = {}
        actions = [a for module in area_modules("reports") for a in module.actions(context)]
        if not actions:
            empty = set_role(QLabel(self.tr("No reports are available yet.")), "hint")
            empty.setObjectName("noReports")
            self.body.addWidget(empty)
        groups: dict[str, QGridLayout] = {}
        for action in actions:
            if action.group not in groups:
                box = QGroupBox(action.group)
                grid = QGridLayout(box)
                grid.setHorizontalSpacing(16)
                grid.setVerticalSpacing(8)
                grid.setColumnStretch(1, 1)
                groups[action.group] = grid
                self.body.addWidget(box)
            button = QPushButton(action.title)
            button.setObjectName(action.object_name)
            button.setAccessibleName(action.title)
            button.setAccessibleDescription(action.description)
            button.setMinimumWidth(300)
            button.clicked.connect(lambda _c=False, a=action: a.run(self))
            hint = set_role(QLabel(action.description), "hint")
            hint.setWordWrap(True)
            grid = groups[action.group]
            row = grid.rowCount()
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hint, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[action.object_name] = button
        self.body.addStretch(1)


def create_page(context: PageContext) -> ReportsPage:
    return ReportsPage(context)
