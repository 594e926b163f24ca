"""Volunteers, their VOG register, working groups and themes; import from Excel and the exports
of personal data.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.volunteers._details import DuplicateFound, VolunteerDetail, input_from_detail
from app.services.volunteers._exports import VolunteerExportService
from app.services.volunteers._groups import GroupInput, GroupRow, WorkingGroupService
from app.services.volunteers._import import VolunteerImportService
from app.services.volunteers._queries import VolunteerFilter, VolunteerPage, VolunteerRow, vog_flags
from app.services.volunteers._service import VolunteerService

__all__ = [
    "DuplicateFound",
    "GroupInput",
    "GroupRow",
    "VolunteerDetail",
    "VolunteerExportService",
    "VolunteerFilter",
    "VolunteerImportService",
    "VolunteerPage",
    "VolunteerRow",
    "VolunteerService",
    "WorkingGroupService",
    "input_from_detail",
    "vog_flags",
]
