"""Exports and the import wizard, started from the page and from Rapporten. Files are written
on a background thread (ui.tasks.run_task); the page is told when it is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.tasks import Task, run_task



def _context(parent: QWidget):
    return parent.context


def _target(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    filename, _filter = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return Path(filename) if filename else None


def export_excel(parent: QWidget, path: Path | None = None) -> Task | None:
    path = path or _target(parent, QCoreApplication.translate("VolunteerActions", "Export volunteers"),
                           "vrijwilligers.xlsx", QCoreApplication.translate("VolunteerActions", "Excel (*.xlsx)"))
    if path is None:
        return None
    context = _context(parent)
    return run_task(
        parent, QCoreApplication.translate("VolunteerActions", "Writing the volunteer list…"),
        lambda progress: context.services.volunteer_exports.excel(context.actor, path, progress=progress),
        lambda count: _done(parent, QCoreApplication.translate("VolunteerActions", "{n} volunteers written to {file}.").format(
            n=count, file=path)),
    )


def export_phone_list(parent: QWidget, path: Path | None = None) -> Task | None:
    path = path or _target(parent, QCoreApplication.translate("VolunteerActions", "Phone list"),
                           "telefoonlijst.pdf", QCoreApplication.translate("VolunteerActions", "PDF (*.pdf)"))
    if path is None:
        return None
    context = _context(parent)
    return run_task(
        parent, QCoreApplication.translate("VolunteerActions", "Writing the phone list…"),
        lambda _progress: context.services.volunteer_exports.phone_list(context.actor, path),
        lambda count: _done(parent, QCoreApplication.translate("VolunteerActions", "Phone list of {n} volunteers written to {file}.").format(
            n=count, file=path)),
    )


def export_person_data(parent: QWidget, folder: Path | None = None) -> Task | None:
    detail = getattr(getattr(parent, "form", None), "detail", None)
    if detail is None:
        return None
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("VolunteerActions", "Folder for the person's data"))
        if not chosen:
            return None
        folder = Path(chosen)
    context = _context(parent)
    return run_task(
        parent, QCoreApplication.translate("VolunteerActions", "Collecting the person's data…"),
        lambda _progress: context.services.volunteer_exports.person_data_files(context.actor, detail.id, folder),
        lambda paths: _done(parent, QCoreApplication.translate(
            "VolunteerActions", "Written: {json} and {pdf}. These hold personal data: hand them over safely.").format(
                json=paths[0].name, pdf=paths[1].name)),
    )


def open_import_wizard(parent: QWidget):
    from ui.pages.volunteers.import_wizard import ImportWizard

    wizard = ImportWizard(_context(parent), parent)
    wizard.finished.connect(lambda _result: parent.refresh() if wizard.imported else None)
    wizard.open()
    return wizard


def _done(parent: QWidget, message: str) -> None:
    parent.last_message = message
    if parent.isVisible():
        QMessageBox.information(parent, "Wijkhuis", message)
