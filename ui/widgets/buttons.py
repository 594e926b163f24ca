"""The push buttons of a page's actions, and buttons whose text changes while they wait."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLayout, QPushButton


def action_button(layout: QLayout | None, name: str, text: str, slot: Callable[[], object],
                  enabled: bool = True) -> QPushButton:
    """A button with a stable object name (tests and screen readers find it by name) and its
    text as accessible name. `slot` is called without Qt's `checked` argument, so a slot with an
    optional parameter does not receive False for it. Added to `layout` when one is given."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setEnabled(enabled)
    button.clicked.connect(lambda _checked=False: slot())
    if layout is not None:
        layout.addWidget(button)
    return button


def fit_texts(button: QPushButton, *texts: str) -> None:
    """Wide enough for each text the button shows in turn ("Log in", then "Checking…"), so that
    none is cut off and the button does not jump."""
    metrics = button.fontMetrics()
    button.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in texts) + 32)
