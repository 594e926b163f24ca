"""All models, imported here so that `Base.metadata` knows every table (Alembic, tests).

Each area keeps its models in a module of its own; add the import of a new module below.
"""

from app.db.models.allowances import AllowanceArrangement, AllowanceLimit, AllowanceLine, PaymentBatch
from app.db.models.bank import BankEntry, BankStatement, InvoicePayment, PaymentTransfer
from app.db.models.core import Attachment, AuditEntry, Centre, Setting, User
from app.db.models.rooms import (
    Booking, BookingSeries, ClosingDay, Invoice, InvoiceBooking, InvoiceCounter, InvoiceLine, Renter, Room,
    RoomTariff,
)
from app.db.models.subsidies import (
    ActualCost, AnnualPlan, AnnualPlanAction, AnnualPlanGoal, ApplicationAllowanceLine, ApplicationBooking,
    ApplicationDocument, ApplicationSeries, ApplicationWorkingGroup, BudgetLine, CoverageLine, Funder,
    SubsidyApplication,
)
from app.db.models.volunteers import (
    Theme, Volunteer, VolunteerCentre, VolunteerHours, WorkingGroup, WorkingGroupMember,
)

__all__ = [
    "AllowanceArrangement", "AllowanceLimit", "AllowanceLine", "PaymentBatch",
    "BankEntry", "BankStatement", "InvoicePayment", "PaymentTransfer",
    "Attachment", "AuditEntry", "Centre", "Setting", "User",
    "Booking", "BookingSeries", "ClosingDay", "Invoice", "InvoiceBooking", "InvoiceCounter", "InvoiceLine", "Renter", "Room",
    "RoomTariff",
    "ActualCost", "AnnualPlan", "AnnualPlanAction", "AnnualPlanGoal", "ApplicationAllowanceLine",
    "ApplicationBooking", "ApplicationDocument", "ApplicationSeries", "ApplicationWorkingGroup", "BudgetLine",
    "CoverageLine", "Funder", "SubsidyApplication",
    "Theme", "Volunteer", "VolunteerCentre", "VolunteerHours", "WorkingGroup", "WorkingGroupMember",
]
