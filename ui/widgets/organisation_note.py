"""Why a settings tab is read-only for an administrator of one centre."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.domain.permissions import Permission
from ui.style import set_role

if TYPE_CHECKING:
    from app.services.common.actor import Actor


def organisation_settings_note(actor: Actor) -> QLabel | None:
    """For an account whose role may change settings but that belongs to one centre: a line
    saying that these settings hold for every centre, so that the greyed fields are not a
    puzzle. None for everyone else (they may change them, or may not change settings at all)."""
    if not actor.can(Permission.MANAGE_SETTINGS) or actor.whole_organisation:
        return None
    note = set_role(QLabel(QCoreApplication.translate(
        "Settings", "These settings hold for every centre of the organisation; an administrator of the whole "
                    "organisation changes them.")), "hint")
    note.setObjectName("organisationSettingsNote")
    note.setWordWrap(True)
    return note
