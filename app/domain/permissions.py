"""Who may do what. The services enforce this table; the window only hides what it refuses.

The README carries the same table for people; tests/unit/test_permissions.py keeps the two
in step.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "beheerder"
    COORDINATOR = "coordinator"
    TREASURER = "penningmeester"
    READ_ONLY = "alleen_lezen"


class Permission(StrEnum):
    VIEW = "view"  # see lists, calendars, applications, overviews
    VIEW_PERSONAL_DETAILS = "view_personal_details"  # contact details, date of birth, IBAN
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"  # centre details, policy settings, limits per year
    VIEW_AUDIT = "view_audit"
    BACKUP_RESTORE = "backup_restore"
    EDIT_VOLUNTEERS = "edit_volunteers"  # volunteers, working groups, VOG register, hours
    IMPORT_DATA = "import_data"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # lists with contact details, access requests
    ENTER_CLAIMS = "enter_claims"  # allowance lines and expense claims as concept / submitted
    APPROVE_CLAIMS = "approve_claims"
    PAY = "pay"  # payment runs and SEPA files
    EXPORT_FINANCIAL = "export_financial"
    EDIT_BOOKINGS = "edit_bookings"
    MANAGE_ROOMS = "manage_rooms"  # rooms, tariffs, renters, closing days
    INVOICE = "invoice"
    EDIT_SUBSIDIES = "edit_subsidies"  # funders, applications, annual plan


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.COORDINATOR: frozenset(
        {
            Permission.VIEW,
            Permission.VIEW_PERSONAL_DETAILS,
            Permission.EDIT_VOLUNTEERS,
            Permission.IMPORT_DATA,
            Permission.EXPORT_PERSONAL_DATA,
            Permission.ENTER_CLAIMS,
            Permission.EDIT_BOOKINGS,
            Permission.MANAGE_ROOMS,
            Permission.EDIT_SUBSIDIES,
        }
    ),
    Role.TREASURER: frozenset(
        {
            Permission.VIEW,
            Permission.VIEW_PERSONAL_DETAILS,
            Permission.ENTER_CLAIMS,
            Permission.APPROVE_CLAIMS,
            Permission.PAY,
            Permission.EXPORT_FINANCIAL,
            Permission.INVOICE,
        }
    ),
    Role.READ_ONLY: frozenset({Permission.VIEW}),
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
