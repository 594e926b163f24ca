"""What the audit trail records: every action and every kind of record, with the label people
read on the screen and in the exported workbook. The stored value is the enum's value."""

from __future__ import annotations

from enum import StrEnum

# The readable names of actions, record types and fields: the same on screen and in the workbook.
from app.domain.audit.labels import action_label, record_label


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    STATE = "state"
    VIEW = "view"
    EXPORT = "export"
    IMPORT = "import"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    CHANGE_PASSWORD = "change_password"
    RESET_PASSWORD = "reset_password"
    BACKUP = "backup"
    RESTORE = "restore"
    ANONYMISE = "anonymise"
    ATTACH = "attach"
    CANCEL = "cancel"
    CORRECT = "correct"
    CREDIT = "credit"
    FINALISE = "finalise"
    LINK = "link"
    OVERRIDE = "override"
    PAID = "paid"
    SPLIT = "split"
    DEMO = "demo"
    TRANSFER = "transfer"
    CLEAN_TEXT = "clean_text"

    @property
    def label(self) -> str:
        return action_label(self.value)


__all__ = ["AuditAction", "action_label", "record_label"]
