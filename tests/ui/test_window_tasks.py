"""run_task: the work runs off the GUI thread, the result comes back on it, errors are shown,
Cancel stops the work."""

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.domain.errors import Conflict
from app.domain.progress import check_cancelled
from ui import tasks


@pytest.fixture
def parent(qtbot, dutch_ui):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_is_delivered_on_the_gui_thread(qtbot, parent):
    seen = {}

    def work(progress):
        seen["work_thread"] = threading.current_thread()
        progress.report(1, 2, "halverwege")
        return 42

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is parent.thread()

    task = tasks.run_task(parent, "Rekenen", work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=10_000)
    assert seen["result"] == 42 and seen["gui"] is True
    assert seen["work_thread"] is not threading.main_thread()
    assert task not in tasks._running


def test_a_users_mistake_in_the_work_is_shown_as_its_message(qtbot, parent, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda widget, title, text: shown.append((widget, text)))
    done = []

    def work(progress):
        raise Conflict("De zaal is al geboekt.")

    task = tasks.run_task(parent, "Boeken", work, done.append)
    with qtbot.waitSignal(task.failed, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [(parent, "De zaal is al geboekt.")] and done == []


def test_a_bug_in_the_work_is_shown_with_its_details(qtbot, parent, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))

    def work(progress):
        raise ZeroDivisionError("deling door nul")

    tasks.run_task(parent, "Rekenen", work)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    text, details = shown[0]
    assert text.startswith("Er ging iets mis wat niet had mogen gebeuren.")
    assert "ZeroDivisionError: deling door nul" in details


def test_cancel_stops_the_work_and_no_result_is_delivered(qtbot, parent):
    started = threading.Event()
    done = []

    def work(progress):
        started.set()
        for step in range(1000):
            check_cancelled(progress)
            progress.report(step, 1000)
            time.sleep(0.01)
        return "klaar"

    task = tasks.run_task(parent, "Lang werk", work, done.append)
    assert task.dialog.labelText() == "Lang werk"
    assert task.dialog.findChild(QPushButton).text() == "Annuleren"
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.dialog.findChild(QPushButton).click()  # the dialog's Annuleren button
    assert done == [] and task.progress.cancelled
    assert task not in tasks._running


def test_progress_moves_the_bar(qtbot, parent):
    gate = threading.Event()

    def work(progress):
        progress.report(3, 10, "3 van 10")
        gate.wait(5)
        return None

    task = tasks.run_task(parent, "Tellen", work)
    qtbot.waitUntil(lambda: task.dialog.value() == 3, timeout=5_000)
    assert task.dialog.maximum() == 10 and task.dialog.labelText() == "3 van 10"
    gate.set()
    with qtbot.waitSignal(task.done, timeout=5_000):
        pass
