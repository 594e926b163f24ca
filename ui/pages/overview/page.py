"""Overzicht: the figures every area contributes, grouped per area in the order of the
navigation, as cards; a card (or a section's heading) opens its area's page. Cards that need
attention are drawn in the warning colour and say why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.services.overview import areas as overview_areas
from app.services.overview import OverviewItem
from ui.context import PageContext
from ui.pages import PAGES
from ui.pages.base import BasePage
from ui.pages.overview.checklist import SetupChecklist
from ui.style import set_role
from ui.tasks import run_task

COLUMNS = 4
DETAIL_CHARS = 90  # the rest is in the tooltip
PAINT_WAIT_MS = 250
CHECKLIST = "checklist"  # counted beside the providers, shown above their cards


class Card(QFrame):
    clicked = Signal(str)

    def __init__(self, item: OverviewItem):
        super().__init__()
        self.item = item
        set_role(self, "card")
        self.setProperty("warning", "true" if item.warning else "false")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{item.title}: {item.value}")
        self.setToolTip(item.detail or item.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        value = set_role(QLabel(item.value), "cardValue")
        value.setObjectName("cardValue")
        title = set_role(QLabel(item.title), "cardTitle")
        title.setWordWrap(True)
        layout.addWidget(value)
        layout.addWidget(title)
        if item.detail:
            text = item.detail if len(item.detail) <= DETAIL_CHARS else item.detail[: DETAIL_CHARS - 1].rstrip(" ,") + "…"
            detail = set_role(QLabel(text), "hint")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(92)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit(self.item.area)
        super().mousePressEvent(event)


class OverviewPage(BasePage):
    navigate_requested = Signal(str)
    listens_to = ("volunteers", "allowances", "bookings", "rooms", "subsidies", "settings")

    def __init__(self, context: PageContext):
        super().__init__(context)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        self.heading = set_role(QLabel(), "heading")
        self.heading.setObjectName("overviewHeading")
        self.today = set_role(QLabel(), "hint")
        self.today.setObjectName("overviewDate")
        outer.addWidget(self.heading)
        outer.addWidget(self.today)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("overviewScroll")
        self._host = QWidget()
        self._host.setObjectName("overviewCards")
        self.body = QVBoxLayout(self._host)
        self.body.setContentsMargins(0, 8, 8, 8)
        self.body.setSpacing(6)
        scroll.setWidget(self._host)
        outer.addWidget(scroll)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("overviewStatus")
        outer.insertWidget(2, self.status)
        self.checklist = SetupChecklist()
        self.checklist.navigate_requested.connect(self.navigate_requested)
        outer.insertWidget(3, self.checklist)
        self.cards: list[Card] = []
        self._sections: list[QWidget] = []
        self._generation = 0
        self._started = 0
        self._pending: set[str] = set()
        self._arrived: dict[str, list[OverviewItem]] = {}
        self._order: list[str] = []
        self._start_after_paint = None

    def refresh(self) -> None:
        """The figures are counted off the GUI thread, one task per provider (an area's module,
        then the core figures): the window never waits, and each area's cards appear as soon as
        that area is counted instead of all of them after the slowest."""
        centre = self.context.services.settings.centre(self.context.actor)
        self.heading.setText(self.tr("Overview — {centre}").format(centre=centre.name))
        today = dt.date.today()
        self.today.setText(formatting.weekday_date(today))
        self._generation += 1
        generation = self._generation
        names = overview_areas.provider_names()
        self._pending = {*names, CHECKLIST}  # the previous figures stay until their area is recounted
        self._order = names
        self.status.setText(self.tr("Counting…"))
        services, actor = self.context.services, self.context.actor

        def count(name: str) -> None:
            def work(_progress):
                return services.overview.items_of(actor, name, today)

            def done(items: list[OverviewItem]) -> None:
                if generation == self._generation:  # a newer refresh supersedes this one
                    self._arrive(name, items)

            task = run_task(self, self.tr("Counting…"), work, done, show_dialog=False)
            task.failed.connect(lambda _error: self._arrive(name, []) if generation == self._generation else None)

        def start() -> None:
            if generation != self._generation or self._started == generation:
                return
            self._started = generation
            checklist = run_task(self, self.tr("Counting…"), lambda _progress: services.overview.checklist(actor),
                                 lambda steps: self._checklist_arrived(generation, steps), show_dialog=False)
            checklist.failed.connect(lambda _error: self._checklist_arrived(generation, []))
            for name in names:
                count(name)

        # Count once the page has been drawn: the counting threads compete with the window for
        # Python's interpreter lock, and the window should appear first. A timer makes sure a
        # page that is never drawn (hidden, or built in a test) still gets its figures.
        self._start_after_paint = start
        QTimer.singleShot(PAINT_WAIT_MS, self, start)  # bound to the page: dropped if it is deleted
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._start_after_paint is not None:
            start, self._start_after_paint = self._start_after_paint, None
            QTimer.singleShot(0, self, start)

    def is_loaded(self) -> bool:
        """Counted at least once, and every provider has answered (or failed, which the task
        reported)."""
        return self._generation > 0 and not self._pending

    def _checklist_arrived(self, generation: int, steps) -> None:
        if generation == self._generation:
            self.checklist.show_steps(steps)
            self._arrive(CHECKLIST, [])

    def _arrive(self, name: str, items: list[OverviewItem]) -> None:
        self._arrived[name] = items
        self._pending.discard(name)
        self._show([item for key in self._order for item in self._arrived.get(key, [])])
        if not self._pending:
            self.status.setText("")

    def _show(self, items: list[OverviewItem]) -> None:
        for widget in self._sections:
            widget.deleteLater()
        self._sections = []
        self.cards = []
        while self.body.count():
            self.body.takeAt(0)
        order = {spec.key: index for index, spec in enumerate(PAGES)}
        by_area: dict[str, list[OverviewItem]] = {}
        for item in items:
            by_area.setdefault(item.area, []).append(item)
        for area in sorted(by_area, key=lambda key: order.get(key, len(order))):
            self._add_section(area, by_area[area])
        self.body.addStretch(1)

    def _add_section(self, area: str, items: list[OverviewItem]) -> None:
        spec = next((spec for spec in PAGES if spec.key == area), None)
        title = self.tr("Administration") if area == "settings" else (
            QCoreApplication.translate("Pages", spec.title) if spec else area
        )
        heading = QPushButton(title.replace("&", "&&"))
        heading.setObjectName(f"overviewSection_{area}")
        heading.setFlat(True)
        heading.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(heading, "sectionLink")
        heading.setAccessibleName(self.tr("Open {page}").format(page=title))
        heading.clicked.connect(lambda _checked=False, key=area: self.navigate_requested.emit(key))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for index, item in enumerate(items):
            card = Card(item)
            card.clicked.connect(self.navigate_requested)
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        self.body.addWidget(heading, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(grid_host)
        self._sections += [heading, grid_host]


def create_page(context: PageContext) -> OverviewPage:
    return OverviewPage(context)
