"""Stopping, anonymising and deleting the volunteer on the register page. The texts keep the
page's translation context ("VolunteersPage")."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.errors import WijkhuisError
from ui.tasks import show_error

Ask = QMessageBox.StandardButton


class VolunteersPage(Protocol):
    """What these steps need of the register page (ui/pages/volunteers/page.py), which calls them;
    a protocol instead of an import keeps the two modules from importing each other."""

    form: Any
    services: Any
    actor: Any
    context: Any

    def confirm_leave_form(self) -> bool: ...
    def apply_filter(self) -> None: ...
    def update_buttons(self) -> None: ...


def stop_current(page: VolunteersPage) -> None:
    detail = page.form.detail
    if detail is None or not page.confirm_leave_form():
        return
    text, ok = QInputDialog.getText(page, QCoreApplication.translate("VolunteersPage", "Stop"),
                                    QCoreApplication.translate("VolunteersPage", "{name} stops on (dd-mm-yyyy):").format(
                                        name=detail.name), text=formatting.date(dt.date.today()))
    if not ok:
        return
    try:
        end = rules.parse_date_text(text)
        saved = page.services.volunteers.stop(page.actor, detail.id, end, expected_version=detail.version)
    except ValueError as error:
        QMessageBox.warning(page, QCoreApplication.translate("VolunteersPage", "Stop"), str(error))
        return
    except WijkhuisError as error:
        show_error(page, error)
        return
    page.form.load(saved)
    page.update_buttons()
    page.context.bus.changed.emit("volunteers")
    page.apply_filter()


def anonymise(page: VolunteersPage, volunteer_id: int, version: int | None, name: str) -> bool:
    answer = QMessageBox.question(
        page, QCoreApplication.translate("VolunteersPage", "Anonymise"),
        QCoreApplication.translate("VolunteersPage",
                                   "Clear every personal detail of {name}? Hours and allowances stay, under a pseudonym. "
                                   "This cannot be undone.").format(name=name), Ask.Yes | Ask.No, Ask.No)
    if answer != Ask.Yes:
        return False
    try:
        saved = page.services.volunteers.anonymise(page.actor, volunteer_id, expected_version=version)
    except WijkhuisError as error:
        show_error(page, error)
        return False
    if page.form.detail and page.form.detail.id == volunteer_id:
        page.form.load(saved)
        page.update_buttons()
    page.context.bus.changed.emit("volunteers")
    page.apply_filter()
    return True


def delete_current(page: VolunteersPage) -> None:
    detail = page.form.detail
    if detail is None:
        return
    answer = QMessageBox.question(page, QCoreApplication.translate("VolunteersPage", "Delete"), QCoreApplication.translate(
        "VolunteersPage",
        "Delete {name}? This is only possible for someone without hours or allowances.").format(name=detail.name),
        Ask.Yes | Ask.No, Ask.No)
    if answer != Ask.Yes:
        return
    try:
        page.services.volunteers.delete(page.actor, detail.id, expected_version=detail.version)
    except WijkhuisError as error:
        show_error(page, error)
        return
    page.form.load(None)
    page.update_buttons()
    page.context.bus.changed.emit("volunteers")
    page.apply_filter()
