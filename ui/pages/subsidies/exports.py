"""Writing the subsidy documents to a file the user chooses, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.tasks import run_task

LAST_FOLDER_KEY = "subsidies/last_folder"


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """The file dialog, in one place so that tests can answer it."""
    folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
    name, _selected = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def export(parent: QWidget, title: str, suggested: str, file_filter: str, write: Callable[[Path], object],
           done: Callable[[Path], None] | None = None):
    """Ask where, then write in the background; `done(path)` runs on the GUI thread."""
    path = ask_save_path(parent, title, suggested, file_filter)
    if path is None:
        return None
    return run_task(parent, title, lambda _progress: write(path), lambda _result: done and done(path))


def pdf_filter() -> str:
    return QCoreApplication.translate("SubsidyExports", "PDF document (*.pdf)")


def excel_filter() -> str:
    return QCoreApplication.translate("SubsidyExports", "Excel workbook (*.xlsx)")


def safe_name(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return "-".join(keep.split())[:60] or "wijkhuis"
