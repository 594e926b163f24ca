"""For tests of work the window does on a background thread: a service method held back until
the test releases it, and a check that the GUI thread keeps running meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer


@dataclass
class HeldBack:
    release: threading.Event = field(default_factory=threading.Event)
    calls: list[tuple] = field(default_factory=list)


def hold_back(monkeypatch, owner: object, name: str) -> HeldBack:
    """Replace `owner.name` by a version that records its arguments and waits for
    `held.release` before doing the real work."""
    held = HeldBack()
    real: Callable = getattr(owner, name)

    def waiting(*args, **kwargs):
        held.calls.append(args)
        assert held.release.wait(10), "the test never released the held-back call"
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, waiting)
    return held


def assert_the_window_keeps_running(qtbot) -> None:
    """A timer on the GUI thread keeps firing: nothing there waits for the held-back work."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)
    finally:
        timer.stop()
