"""The Overzicht page's figures, gathered from every area (`areas`).

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.overview._service import OverviewService
from app.services.overview.rows import OverviewItem
from app.services.overview._checklist import SetupStep
from app.services.overview._checklist import open_steps

__all__ = [
    "SetupStep",
    "open_steps",
    "OverviewItem",
    "OverviewService",
]
