"""Accounts and the audit trail: logins, roles, passwords, and reading the audit trail.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.accounts._audit_query import AuditQueryService, DEFAULT_LIMIT
from app.services.accounts._users import UserRow, UserService, check_new_password
from app.services.accounts.rows import AuditFilter, AuditRow

__all__ = [
    "AuditFilter",
    "AuditQueryService",
    "AuditRow",
    "DEFAULT_LIMIT",
    "UserRow",
    "UserService",
    "check_new_password",
]
