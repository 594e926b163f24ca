"""Does every text on screen fit? A label, button, group title, placeholder or table header
whose text is wider than the room it got is "clipped", unless it is elided on purpose and
carries the full text in a tooltip. Used by test_every_page_fits.py and by the screenshots.

`visit(window)` walks every page of the main window and every tab inside it, so a check or a
screenshot sees what a coordinator sees."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QWidget,
)

SLACK = 1  # pixels: rounding in size hints


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _elided_with_tooltip(widget: QWidget) -> bool:
    return bool(widget.property("elided")) and bool(widget.toolTip())


def _button_need(button: QAbstractButton) -> int:
    """A push button's text and icon with a little padding (the style's minimum width of 80
    is not a need, and a style without padding needs none); a check box or radio button as its
    size hint (indicator and text)."""
    if not isinstance(button, QPushButton):
        return button.sizeHint().width()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    content = button.fontMetrics().horizontalAdvance(text) + icon
    # A little padding, or less when the style gives the button none (a flat link-like button):
    # the text itself must always fit.
    return max(content, min(button.sizeHint().width(), content + 12))


def clipped(root: QWidget) -> list[str]:
    """Every text under `root` (as shown now) that does not fit, as "where: text (need > got)"."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text() or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.text().lstrip().startswith("<"):
            continue  # rich text wraps or scrolls by itself
        need = label.sizeHint().width()
        if need > label.width() + SLACK and not _elided_with_tooltip(label):
            problems.append(f"label {_name(label)}: {label.text()!r} ({need} > {label.width()})")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or type(button).__name__ in ("QToolButton",):
            continue
        need = _button_need(button)
        if need > button.width() + SLACK and not _elided_with_tooltip(button):
            problems.append(f"button {_name(button)}: {button.text()!r} ({need} > {button.width()})")
    for box in root.findChildren(QGroupBox):
        if not _shown(box) or not box.title():
            continue
        need = box.fontMetrics().horizontalAdvance(box.title()) + 16
        if need > box.width() + SLACK:
            problems.append(f"group {_name(box)}: {box.title()!r} ({need} > {box.width()})")
    for edit in root.findChildren(QLineEdit):
        if not _shown(edit) or edit.text() or not edit.placeholderText():
            continue
        need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 12
        if need > edit.width() + SLACK and not edit.toolTip():
            problems.append(f"placeholder {_name(edit)}: {edit.placeholderText()!r} ({need} > {edit.width()})")
    for header in root.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            size = header.sectionSizeFromContents(section)  # Qt keeps room for a sort arrow on every section
            need = size.width()
            if header.isSortIndicatorShown() and section != header.sortIndicatorSection():
                need -= size.height() + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            got = header.sectionSize(section)
            if section == header.count() - 1 and header.stretchLastSection():
                got = max(got, header.viewport().width() - header.sectionViewportPosition(section))
            tooltip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if need > got + SLACK and not tooltip:
                problems.append(f"header {_name(header)}: {text!r} ({need} > {got})")
    return problems


def tab_states(root: QWidget) -> Iterator[str]:
    """Show every tab of every tab widget under `root` in turn, nested tabs included; yields a
    name per state (the first is the state as found)."""
    yield ""
    yield from _tabs_within(root, set())


def _tabs_within(root: QWidget, seen: set[int]) -> Iterator[str]:
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            if index:
                yield f"{tabs.objectName() or 'tabs'}-{index}"
            yield from _tabs_within(tabs.widget(index), seen)
        tabs.setCurrentIndex(0)
        QApplication.processEvents()
