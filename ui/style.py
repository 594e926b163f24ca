"""Icons and the style sheet, loaded from resources/ (source tree and frozen build alike)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.resources import resource_path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


#: Qt's own command-line option: an application created with it starts in Fusion, the style the
#: style sheet is made for, on every platform. Choosing it afterwards, or asking which style is in
#: use, first makes PySide6 build the QStyle class with its enums (≈ 8 ms of every start).
FUSION_ARGUMENTS = ["-style", "Fusion"]


def apply(app: QApplication, *, started_in_fusion: bool = False) -> None:
    """Fusion, the style sheet and the window icon. `started_in_fusion`: the application was
    created with FUSION_ARGUMENTS."""
    if not started_in_fusion and app.style().name().lower() != "fusion":  # don't rebuild it
        app.setStyle("Fusion")
    app.setStyleSheet(resource_path("styles", "wijkhuis.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(icon("app"))


def set_role(widget: QWidget, role: str) -> QWidget:
    """Style hooks by meaning (heading, hint, error, card) rather than by widget name."""
    widget.setProperty("role", role)
    return widget


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
