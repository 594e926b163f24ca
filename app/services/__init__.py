"""Use cases, one module per area. A window or a command builds `Services` once per database
and hands each page the services it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.database import Database
from app.services.allowance_exports import AllowanceExportService
from app.services.allowance_limits import AllowanceLimitService
from app.services.allowances import AllowanceService
from app.services.payments import PaymentService
from app.services.bookings import BookingService
from app.services.invoices import InvoiceService
from app.services.audit_query import AuditQueryService
from app.services.auto_backup import BackupService
from app.services.overview import OverviewService
from app.services.rooms import RoomService
from app.services.accountability import AccountabilityService
from app.services.annual_plan import AnnualPlanService
from app.services.settings import SettingsService
from app.services.subsidies import SubsidyService
from app.services.users import UserService
from app.services.volunteers import VolunteerService
from app.services.working_groups import WorkingGroupService


@dataclass
class Services:
    db: Database
    users: UserService
    allowances: AllowanceService
    allowance_limits: AllowanceLimitService
    payments: PaymentService
    allowance_exports: AllowanceExportService
    settings: SettingsService
    overview: OverviewService
    volunteers: VolunteerService
    working_groups: WorkingGroupService
    subsidies: SubsidyService
    annual_plan: AnnualPlanService
    accountability: AccountabilityService
    rooms: RoomService
    bookings: BookingService
    invoices: InvoiceService
    audit: AuditQueryService
    backups: BackupService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            users=UserService(db),
            allowances=AllowanceService(db),
            allowance_limits=AllowanceLimitService(db),
            payments=PaymentService(db),
            allowance_exports=AllowanceExportService(db),
            settings=SettingsService(db),
            overview=OverviewService(db),
            volunteers=VolunteerService(db),
            working_groups=WorkingGroupService(db),
            subsidies=SubsidyService(db),
            annual_plan=AnnualPlanService(db),
            accountability=AccountabilityService(db),
            rooms=RoomService(db),
            bookings=BookingService(db),
            invoices=InvoiceService(db),
            audit=AuditQueryService(db),
            backups=BackupService(db),
        )
