"""Table headers that show their whole text: every column a user can resize is at least as
wide as its header ("Aangevraagd op", not "ngevraagd o"), and a column that stretches never
gets narrower than its header (the header's minimum section size). Columns sized to their
contents are left to Qt. The main window applies this to every page it builds."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTabWidget, QWidget

MAX_WIDTH = 320  # a long header wraps its meaning into the tooltip rather than eat the table


def header_need(header: QHeaderView, section: int) -> int:
    """The width a section needs to show its header text: Qt's size from contents, less the
    room it keeps for a sort arrow on every section when only the sorted one shows it."""
    size = header.sectionSizeFromContents(section)
    width = size.width()
    if header.isSortIndicatorShown() and section != header.sortIndicatorSection():
        width -= size.height() + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    return width


def fit_header(header: QHeaderView) -> None:
    """Widen each interactive section to its header text (once; the user may narrow it again)."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return
    stretched = [header_need(header, s) for s in range(header.count())
                 if not header.isSectionHidden(s) and header.sectionResizeMode(s) == QHeaderView.ResizeMode.Stretch]
    if stretched and max(stretched) > header.minimumSectionSize():
        header.setMinimumSectionSize(min(max(stretched), MAX_WIDTH // 2))  # a stretching column keeps its header too
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        need = min(header_need(header, section), MAX_WIDTH)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


def _soon(owner: QWidget, work) -> None:
    """`work` once control returns to the event loop, unless `owner` is gone by then; a page
    being taken down (another centre chosen) still emits signals while its widgets go."""
    if shiboken6.isValid(owner):
        QTimer.singleShot(0, owner, work)


def fit_headers(root: QWidget) -> None:
    """Fit every horizontal header under `root` now and whenever its columns change; a tab
    built on first show (the pages build some lazily) is fitted when it is shown."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.property("fitsText"):
            tabs.setProperty("fitsText", True)
            tabs.currentChanged.connect(lambda _index: _soon(root, lambda: fit_headers(root)))
    for header in root.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or header.property("fitsText"):
            continue
        header.setProperty("fitsText", True)
        fit_header(header)
        later = (lambda h=header: _soon(h, lambda: fit_header(h)))  # dropped if h is gone
        header.sectionCountChanged.connect(lambda _old, _new, f=later: f())
        header.geometriesChanged.connect(lambda f=later: f())
