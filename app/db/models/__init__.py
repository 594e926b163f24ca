"""All models, imported here so that `Base.metadata` knows every table (Alembic, tests).

Each area keeps its models in a module of its own; add the import of a new module below.
"""

from app.db.models.core import Attachment, AuditEntry, Centre, Setting, User
from app.db.models.rooms import (
    Booking, BookingSeries, ClosingDay, Invoice, InvoiceCounter, InvoiceLine, Renter, Room, RoomTariff,
)
from app.db.models.volunteers import Theme, Volunteer, VolunteerHours, WorkingGroup, WorkingGroupMember

__all__ = [
    "Attachment", "AuditEntry", "Centre", "Setting", "User",
    "Booking", "BookingSeries", "ClosingDay", "Invoice", "InvoiceCounter", "InvoiceLine", "Renter", "Room",
    "RoomTariff",
    "Theme", "Volunteer", "VolunteerHours", "WorkingGroup", "WorkingGroupMember",
]
