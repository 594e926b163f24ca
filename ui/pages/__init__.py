"""The pages of the main window, in navigation order. Each page lives in `ui/pages/<key>/`
with a `page.py` that defines `create_page(context)`; the window imports it the first time
the page is shown, so start-up stays fast.

An area that is not built yet points at the placeholder page, which says so plainly.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class PageSpec(NamedTuple):  # not a dataclass: `dataclasses` would be loaded before the first frame
    key: str
    title: str  # English source; translated in the "Pages" context
    module: str
    icon: str


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), "ui.pages.overview.page", "overview"),
    PageSpec("volunteers", QT_TRANSLATE_NOOP("Pages", "Volunteers"), "ui.pages.volunteers.page", "volunteers"),
    PageSpec("allowances", QT_TRANSLATE_NOOP("Pages", "Allowances"), "ui.pages.allowances.page", "allowances"),
    PageSpec("rooms", QT_TRANSLATE_NOOP("Pages", "Rooms & bookings"), "ui.pages.rooms.page", "rooms"),
    PageSpec("subsidies", QT_TRANSLATE_NOOP("Pages", "Subsidies"), "ui.pages.subsidies.page", "subsidies"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "ui.pages.reports.page", "reports"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "ui.pages.settings.page", "settings"),
]
