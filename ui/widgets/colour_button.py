"""A room's colour as people see it: a swatch with a name ("blauw"), chosen from a short
palette or from the colour dialog, never typed as "#4E79A7". The value stays a hex string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu, QPushButton, QWidget

# the calendar's palette (Tableau 10 and its light sisters), each with the name a person uses
PALETTE: list[tuple[str, str]] = [
    ("#4E79A7", QT_TRANSLATE_NOOP("Colours", "blue")),
    ("#F28E2B", QT_TRANSLATE_NOOP("Colours", "orange")),
    ("#59A14F", QT_TRANSLATE_NOOP("Colours", "green")),
    ("#B07AA1", QT_TRANSLATE_NOOP("Colours", "purple")),
    ("#E15759", QT_TRANSLATE_NOOP("Colours", "red")),
    ("#76B7B2", QT_TRANSLATE_NOOP("Colours", "turquoise")),
    ("#EDC948", QT_TRANSLATE_NOOP("Colours", "yellow")),
    ("#FF9DA7", QT_TRANSLATE_NOOP("Colours", "pink")),
    ("#9C755F", QT_TRANSLATE_NOOP("Colours", "brown")),
    ("#BAB0AC", QT_TRANSLATE_NOOP("Colours", "grey")),
    ("#86BCB6", QT_TRANSLATE_NOOP("Colours", "sea green")),
    ("#D4A6C8", QT_TRANSLATE_NOOP("Colours", "lilac")),
    ("#8CD17D", QT_TRANSLATE_NOOP("Colours", "light green")),
]


def colour_name(value: str) -> str:
    """The palette's name for a colour, or the nearest palette colour's name ("like blue")."""
    wanted = QColor(value)
    if not wanted.isValid():
        return QCoreApplication.translate("Colours", "no colour")
    for hex_value, name in PALETTE:
        if QColor(hex_value) == wanted:
            return QCoreApplication.translate("Colours", name)

    def distance(hex_value: str) -> int:
        other = QColor(hex_value)
        return sum((a - b) ** 2 for a, b in zip(wanted.getRgb()[:3], other.getRgb()[:3], strict=True))

    nearest = min(PALETTE, key=lambda item: distance(item[0]))[1]
    return QCoreApplication.translate("Colours", "like %1").replace("%1", QCoreApplication.translate("Colours", nearest))


def swatch(value: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(value) if QColor(value).isValid() else QColor("#FFFFFF"))
    return QIcon(pixmap)


class ColourButton(QPushButton):
    """Shows the colour and its name; a click offers the palette and "Other colour…"."""

    colour_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = PALETTE[0][0]
        menu = QMenu(self)
        for hex_value, name in PALETTE:
            action = menu.addAction(swatch(hex_value), QCoreApplication.translate("Colours", name))
            action.triggered.connect(lambda _checked=False, v=hex_value: self.set_colour(v))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Colours", "Other colour…")).triggered.connect(self._choose)
        self.setMenu(menu)
        self._show()

    def colour(self) -> str:
        return self._value

    def set_colour(self, value: str) -> None:
        self._value = QColor(value).name().upper() if QColor(value).isValid() else PALETTE[0][0]
        self._show()
        self.colour_changed.emit(self._value)

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._value), self, QCoreApplication.translate("Colours", "Room colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def _show(self) -> None:
        self.setIcon(swatch(self._value))
        self.setText(colour_name(self._value))
