"""What the audit trail records: every action and every kind of record, with the label people
read on the screen and in the exported workbook. The stored value is the enum's value."""

from __future__ import annotations

from enum import StrEnum

from app.domain import subsidies
from app.i18n import translator

_ = translator("security")


def N_(message: str) -> str:
    """Marks a text for the catalogue; it is translated where it is shown."""
    return message


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
        return _(_ACTION_LABELS[self])


# English source texts (translated through the "security" catalogue at call time).
_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N_("created"),
    AuditAction.UPDATE: N_("changed"),
    AuditAction.DELETE: N_("deleted"),
    AuditAction.STATE: N_("status changed"),
    AuditAction.VIEW: N_("viewed personal details"),
    AuditAction.EXPORT: N_("exported"),
    AuditAction.IMPORT: N_("imported"),
    AuditAction.LOGIN: N_("logged in"),
    AuditAction.LOGIN_FAILED: N_("wrong password"),
    AuditAction.CHANGE_PASSWORD: N_("changed own password"),
    AuditAction.RESET_PASSWORD: N_("password reset"),
    AuditAction.BACKUP: N_("backup made"),
    AuditAction.RESTORE: N_("backup restored"),
    AuditAction.ANONYMISE: N_("anonymised"),
    AuditAction.ATTACH: N_("attachment added"),
    AuditAction.CANCEL: N_("cancelled"),
    AuditAction.CORRECT: N_("corrected"),
    AuditAction.CREDIT: N_("credited"),
    AuditAction.FINALISE: N_("made final"),
    AuditAction.LINK: N_("linked"),
    AuditAction.OVERRIDE: N_("limit overridden"),
    AuditAction.PAID: N_("marked as paid"),
    AuditAction.SPLIT: N_("series split"),
    AuditAction.DEMO: N_("demo data created"),
    AuditAction.TRANSFER: N_("data transferred here"),
    AuditAction.CLEAN_TEXT: N_("control characters removed from stored text"),
}

_RECORD_LABELS: dict[str, str] = {
    "centre": N_("Centre"),
    "setting": N_("Setting"),
    "user_account": N_("Account"),
    "database": N_("Database"),
    "audit_log": N_("Audit trail"),
    "volunteer": N_("Volunteer"),
    "volunteer_hours": N_("Hours"),
    "vog": N_("VOG"),
    "working_group": N_("Working group"),
    "working_group_member": N_("Working group member"),
    "theme": N_("Theme"),
    "allowance_line": N_("Allowance line"),
    "allowance_arrangement": N_("Allowance arrangement"),
    "allowance_limit": N_("Allowance limits"),
    "payment_batch": N_("Payment run"),
    "attachment": N_("Attachment"),
    "room": N_("Room"),
    "room_tariff": N_("Tariff"),
    "closing_day": N_("Closing day"),
    "booking": N_("Booking"),
    "booking_series": N_("Booking series"),
    "invoice": N_("Invoice"),
    "renter": N_("Renter"),
    "funder": N_("Funder"),
    "subsidy_application": N_("Subsidy application"),
    "subsidy_budget_line": N_("Budget line"),
    "subsidy_actual_cost": N_("Actual cost"),
    "invoice_line": N_("Invoice line"),
    "annual_plan": N_("Annual plan"),
}


def action_label(code: str | None) -> str:
    """The readable name of a stored action; an unknown code is shown as it is, so a newer
    version's entries are never hidden."""
    if not code:
        return ""
    try:
        return AuditAction(code).label
    except ValueError:
        pass
    try:  # a subsidy application records its new state as the action
        return _("status: {state}").format(state=subsidies.state_label(subsidies.State(code)))
    except ValueError:
        return code


def record_label(code: str | None) -> str:
    if not code:
        return ""
    source = _RECORD_LABELS.get(code)
    return _(source) if source else code


def record_codes() -> list[str]:
    return list(_RECORD_LABELS)
