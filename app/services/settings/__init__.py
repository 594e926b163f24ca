"""The centre's details (on every letterhead) and the program's settings.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.settings._service import SettingsService, validate_centre
from app.services.settings.rows import CentreDetails

__all__ = [
    "CentreDetails",
    "SettingsService",
    "validate_centre",
]
