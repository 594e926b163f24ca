"""For tests of pages that read their data on a background thread: wait until it is shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop


def refreshed(page, timeout: float = 10.0):
    """`page.refresh()`, then the events processed until `page.is_loaded()`; returns the page."""
    page.refresh()
    loop = QEventLoop()  # not QApplication.processEvents: see ui/launcher.py, _visit_every_page
    deadline = time.monotonic() + timeout
    while not page.is_loaded():
        assert time.monotonic() < deadline, "the page never finished loading"
        loop.processEvents()
        time.sleep(0.005)
    return page
