"""Keeping the data safe: `wijkhuis check`, backups by hand and automatic (`auto_backup`),
and restore.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.maintenance._check_restore import (
    CheckReport,
    backup,
    check,
    inspect_backup,
    restore,
)
from app.services.maintenance.auto_backup import BackupService

__all__ = [
    "BackupService",
    "CheckReport",
    "backup",
    "check",
    "inspect_backup",
    "restore",
]
