"""The first steps after set-up, at the top of Overzicht until they are done: each open step a
link to the page where it is done, each done step ticked off."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.overview import SetupStep
from ui.style import set_role


class SetupChecklist(QFrame):
    navigate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setupChecklist")
        set_role(self, "card")
        self.setAccessibleName(self.tr("Getting started"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 10)
        self._layout.setSpacing(2)
        self.heading = set_role(QLabel(self.tr("Getting started")), "cardTitle")
        self._layout.addWidget(self.heading)
        self.links: dict[str, QPushButton] = {}
        self._rows: list[QWidget] = []
        self.hide()

    def show_steps(self, steps: list[SetupStep]) -> None:
        for widget in self._rows:
            widget.deleteLater()
        self._rows = []
        self.links = {}
        for step in steps:
            link = QPushButton(("✓ " if step.done else "→ ") + step.title.replace("&", "&&"))
            link.setObjectName(f"setupStep_{step.key}")
            link.setFlat(True)
            set_role(link, "sectionLink")
            link.setEnabled(not step.done)
            link.setAccessibleName(step.title + (" — " + self.tr("done") if step.done else ""))
            if not step.done:
                link.setCursor(Qt.CursorShape.PointingHandCursor)
                link.clicked.connect(lambda _checked=False, area=step.area: self.navigate_requested.emit(area))
            hint = set_role(QLabel(step.hint), "hint")
            hint.setWordWrap(True)
            self._layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            self._layout.addWidget(hint)
            self.links[step.key] = link
            self._rows += [link, hint]
        self.setVisible(bool(steps))
