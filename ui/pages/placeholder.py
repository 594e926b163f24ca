"""For an area that a later version fills: says so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import PageContext
from ui.pages.base import BasePage


class PlaceholderPage(BasePage):
    def __init__(self, context: PageContext, title: str):
        super().__init__(context)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        text = QLabel(self.tr("This part of Wijkhuis is not available yet. It comes in a next version."))
        text.setObjectName("placeholderText")
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)


def create_page(context: PageContext, title: str = "") -> PlaceholderPage:
    return PlaceholderPage(context, title)
