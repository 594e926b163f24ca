"""When a save is refused because someone else saved the record first: say who and when, and
offer to reload their version (the user's own text is only replaced when they choose so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import StaleRecord


def reload_question(error: StaleRecord) -> str:
    return "{}\n\n{}".format(
        error,
        QCoreApplication.translate(
            "Stale", "Reload now? What you typed is then replaced by the saved version; "
            "choose Keep to copy your text first."
        ),
    )


def offer_reload(parent: QWidget | None, error: StaleRecord) -> bool:
    """True when the user chose to reload."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Wijkhuis", reload_question(error), parent=parent)
    box.setObjectName("staleRecordBox")
    reload = box.addButton(QCoreApplication.translate("Stale", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload.setObjectName("reloadButton")
    keep = box.addButton(QCoreApplication.translate("Stale", "Keep my text"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload
