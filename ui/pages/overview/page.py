"""Overzicht: the figures every area contributes, as cards; a card opens its area's page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services.overview import OverviewItem
from ui.context import PageContext
from ui.pages.base import BasePage
from ui.style import set_role

COLUMNS = 3


class Card(QFrame):
    clicked = Signal(str)

    def __init__(self, item: OverviewItem):
        super().__init__()
        self.item = item
        set_role(self, "card")
        self.setProperty("warning", "true" if item.warning else "false")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{item.title}: {item.value}")
        layout = QVBoxLayout(self)
        value = set_role(QLabel(item.value), "cardValue")
        value.setObjectName("cardValue")
        title = set_role(QLabel(item.title), "cardTitle")
        layout.addWidget(value)
        layout.addWidget(title)
        if item.detail:
            detail = set_role(QLabel(item.detail), "hint")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        layout.addStretch(1)
        self.setMinimumHeight(110)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit(self.item.area)
        super().mousePressEvent(event)


class OverviewPage(BasePage):
    navigate_requested = Signal(str)
    listens_to = ("volunteers", "allowances", "bookings", "subsidies", "settings")

    def __init__(self, context: PageContext):
        super().__init__(context)
        outer = QVBoxLayout(self)
        heading = set_role(QLabel(), "heading")
        heading.setObjectName("overviewHeading")
        self.heading = heading
        outer.addWidget(heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._grid_host = QWidget()
        self.grid = QGridLayout(self._grid_host)
        self.grid.setSpacing(12)
        scroll.setWidget(self._grid_host)
        outer.addWidget(scroll)
        self.cards: list[Card] = []

    def refresh(self) -> None:
        centre = self.context.services.settings.centre()
        self.heading.setText(self.tr("Overview — {centre}").format(centre=centre.name))
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        items = self.context.services.overview.items(self.context.actor)
        for index, item in enumerate(items):
            card = Card(item)
            card.clicked.connect(self.navigate_requested)
            self.grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        self.grid.setRowStretch(len(items) // COLUMNS + 1, 1)


def create_page(context: PageContext) -> OverviewPage:
    return OverviewPage(context)
