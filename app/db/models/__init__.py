"""All models, imported here so that `Base.metadata` knows every table (Alembic, tests).

Each area keeps its models in a module of its own; add the import of a new module below.
"""

from app.db.models.core import Attachment, AuditEntry, Centre, Setting, User
from app.db.models.volunteers import Theme, Volunteer, VolunteerHours, WorkingGroup, WorkingGroupMember

__all__ = [
    "Attachment", "AuditEntry", "Centre", "Setting", "User",
    "Theme", "Volunteer", "VolunteerHours", "WorkingGroup", "WorkingGroupMember",
]
