"""The allowance exports from the page and from Rapporten, in the background with progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.context import PageContext
from ui.tasks import Task, run_task


def export_excel(parent: QWidget, context: PageContext, year: int, path: Path | None = None,
                 on_done=None) -> Task | None:
    if path is None:
        filename, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AllowanceExports", "Export allowances"), f"vergoedingen-{year}.xlsx",
                                                   QCoreApplication.translate("AllowanceExports", "Excel workbook (*.xlsx)"))
        if not filename:
            return None
        path = Path(filename)

    def work(progress):
        return context.services.allowance_exports.excel(context.actor, year, path, progress=progress)

    return run_task(parent, QCoreApplication.translate("AllowanceExports", "Exporting allowances…"), work, on_done or (lambda n: _done(parent, path, n)))


def export_statements(parent: QWidget, context: PageContext, year: int, path: Path | None = None,
                      on_done=None) -> Task | None:
    if path is None:
        filename, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AllowanceExports", "Year statements"), f"jaaroverzichten-{year}.pdf",
                                                   QCoreApplication.translate("AllowanceExports", "PDF (*.pdf)"))
        if not filename:
            return None
        path = Path(filename)

    def work(progress):
        return context.services.allowance_exports.statements(context.actor, year, path, progress=progress,
                                                             issued=dt.date.today())

    return run_task(parent, QCoreApplication.translate("AllowanceExports", "Writing year statements…"), work, on_done or (lambda n: _done(parent, path, n)))


def _done(parent: QWidget, path: Path, count: int) -> None:
    QMessageBox.information(parent, "Wijkhuis", QCoreApplication.translate("AllowanceExports", "Written to {path}").format(path=path))
