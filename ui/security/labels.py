"""Readable names for what the audit trail stores as codes (actions, record types). A code
that is not listed is shown as it is, so a new area never hides an entry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "deleted"),
    "state": QT_TRANSLATE_NOOP("AuditLabels", "status changed"),
    "view": QT_TRANSLATE_NOOP("AuditLabels", "viewed personal details"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "exported"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "imported"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "logged in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLabels", "wrong password"),
    "change_password": QT_TRANSLATE_NOOP("AuditLabels", "changed own password"),
    "reset_password": QT_TRANSLATE_NOOP("AuditLabels", "password reset"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "backup made"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "backup restored"),
    "transfer": QT_TRANSLATE_NOOP("AuditLabels", "data transferred here"),
}

RECORDS = {
    "centre": QT_TRANSLATE_NOOP("AuditLabels", "Centre"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "user_account": QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "Database"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail"),
    "volunteer": QT_TRANSLATE_NOOP("AuditLabels", "Volunteer"),
    "volunteer_hours": QT_TRANSLATE_NOOP("AuditLabels", "Hours"),
    "working_group": QT_TRANSLATE_NOOP("AuditLabels", "Working group"),
    "working_group_member": QT_TRANSLATE_NOOP("AuditLabels", "Working group member"),
    "allowance_line": QT_TRANSLATE_NOOP("AuditLabels", "Allowance line"),
    "payment_batch": QT_TRANSLATE_NOOP("AuditLabels", "Payment run"),
    "room": QT_TRANSLATE_NOOP("AuditLabels", "Room"),
    "booking": QT_TRANSLATE_NOOP("AuditLabels", "Booking"),
    "booking_series": QT_TRANSLATE_NOOP("AuditLabels", "Booking series"),
    "invoice": QT_TRANSLATE_NOOP("AuditLabels", "Invoice"),
    "renter": QT_TRANSLATE_NOOP("AuditLabels", "Renter"),
    "funder": QT_TRANSLATE_NOOP("AuditLabels", "Funder"),
    "subsidy_application": QT_TRANSLATE_NOOP("AuditLabels", "Subsidy application"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("AuditLabels", source) if source else code


def action_label(code: str | None) -> str:
    return _label(ACTIONS, code)


def record_label(code: str | None) -> str:
    return _label(RECORDS, code)
