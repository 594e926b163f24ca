"""Long work off the GUI thread: a progress dialog with Cancel, the result delivered back on
the GUI thread, and errors shown as a message. Every long export and import goes through
`run_task`, so the window never freezes."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.domain.errors import WijkhuisError
from app.domain.progress import Cancelled


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class TaskProgress:
    """Handed to the work function: `report()` moves the bar, `cancelled` tells it to stop."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskProgress], Any], signals: _Signals, progress: TaskProgress):
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # delivered to the GUI thread and shown there
            self._signals.failed.emit(error, traceback.format_exc())
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """One running piece of work. Keep a reference until `done` or `failed` fires."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[TaskProgress], Any], *, show_dialog: bool = True,
                 cancellable: bool = True):
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = TaskProgress(self._signals)
        self._runnable = _Runnable(work, self._signals, self.progress)
        self._runnable.setAutoDelete(False)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setObjectName("taskProgressDialog")
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.progress.cancel)
            if not cancellable:  # work that cannot stop half-way offers no Cancel that would do nothing
                self.dialog.setCancelButton(None)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()

    def _on_finished(self, result: object) -> None:
        self._close_dialog()
        self.done.emit(result)

    def _on_failed(self, error: Exception, details: str) -> None:
        self._close_dialog()
        self.failed.emit(error)
        show_error(self.parent(), error, details)

    def _on_cancelled(self) -> None:
        self._close_dialog()
        self.cancelled.emit()


_running: set[Task] = set()


def run_task(
    parent: QWidget | None, title: str, work: Callable[[TaskProgress], Any],
    on_done: Callable[[Any], None] | None = None, *, show_dialog: bool = True, cancellable: bool = True,
) -> Task:
    task = Task(parent, title, work, show_dialog=show_dialog, cancellable=cancellable)
    _running.add(task)

    def finish(result: object) -> None:
        _running.discard(task)
        if on_done is not None:
            on_done(result)

    task.done.connect(finish)
    task.failed.connect(lambda _error: _running.discard(task))
    task.cancelled.connect(lambda: _running.discard(task))
    return task.start()


#: When set (by `wijkhuis smoke`, which has no one to click OK), errors are collected here
#: instead of being shown in a message box.
collected_errors: list[str] | None = None


def show_error(parent: Any, error: BaseException, details: str = "") -> None:
    """A user's mistake gets its message; a bug gets a plain apology with the details."""
    if collected_errors is not None:
        collected_errors.append(f"{type(error).__name__}: {error}")
        return
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(error, WijkhuisError):
        QMessageBox.warning(widget, "Wijkhuis", str(error))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Wijkhuis", _unexpected_text(), parent=widget)
    box.setDetailedText(details or repr(error))
    box.exec()


def _unexpected_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Tasks", "Something went wrong that should not have. Nothing was saved half-way. "
        "Please pass on the details below to whoever maintains Wijkhuis."
    )
