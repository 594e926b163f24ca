"""Every export goes through here: letterhead, a writable target, the file published only when it
is complete and recorded in the audit trail.

This file is the area's public API: code outside the package imports from here; the modules with a
leading underscore are private to the package."""

from app.services.exports._service import ExportService, check_target, partial_name

__all__ = [
    "ExportService",
    "check_target",
    "partial_name",
]
