"""How long work reports progress and learns that the user cancelled, without knowing Qt."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; the work rolls back."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NoProgress:
    """For callers that do not show progress (tests, the command line without a terminal)."""

    cancelled = False

    def report(self, done: int, total: int, message: str = "") -> None:
        return None


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled:
        raise Cancelled()
