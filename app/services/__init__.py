"""Use cases, one package per area (see the README's map). A window or a command builds `Services` once per database
and hands each page the services it needs.

Each service is built the first time it is used, and only then is its module imported: an
export service pulls in openpyxl and reportlab, which a window that only shows the Overzicht
does not need. That keeps start-up fast (tests/benchmarks/test_startup_bench.py).

To add a service: one line in the class below, `name: Class = service("module", "Class")`,
and the class name in the TYPE_CHECKING block for type checkers.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.db.database import Database

if TYPE_CHECKING:
    from app.services.accounts import AuditQueryService, UserService
    from app.services.allowances import (
        AllowanceExportService,
        AllowanceLimitService,
        AllowanceService,
        PaymentService,
    )
    from app.services.maintenance import BackupService
    from app.services.bank import BankStatementService, OpenItemsService
    from app.services.district import DistrictService
    from app.services.overview import OverviewService
    from app.services.rooms import BookingService, InvoiceService, RoomService
    from app.services.rooms import ClosureService
    from app.services.settings import SettingsService
    from app.services.subsidies import AccountabilityService, AnnualPlanService, SubsidyService
    from app.services.volunteers import (
        VolunteerExportService,
        VolunteerImportService,
        VolunteerService,
        WorkingGroupService,
    )
    from app.services.transfer import TransferService

T = TypeVar("T")


class service(Generic[T]):  # noqa: N801 (reads as a declaration, like dataclasses.field)
    """A service built on first use from `module.Class(db)`, then kept on the instance."""

    def __init__(self, module: str, class_name: str):
        self.module = f"app.services.{module}" if "." not in module else module
        self.class_name = class_name

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Services | None, owner: type) -> Any:
        if instance is None:
            return self
        built = instance.__dict__.setdefault("_built", {})
        if self.name not in built:
            built[self.name] = getattr(importlib.import_module(self.module), self.class_name)(instance.db)
        return built[self.name]

    def __set__(self, instance: Services, value: Any) -> None:
        if value is self:  # the dataclass __init__ passing on the "default": build on first use
            return
        instance.__dict__.setdefault("_built", {})[self.name] = value  # given explicitly (a test double)


@dataclass(repr=False, eq=False)  # a dataclass, so dataclasses.fields() lists the services
class Services:
    db: Database
    users: UserService = service("accounts", "UserService")
    settings: SettingsService = service("settings", "SettingsService")
    overview: OverviewService = service("overview", "OverviewService")
    allowances: AllowanceService = service("allowances", "AllowanceService")
    allowance_limits: AllowanceLimitService = service("allowances", "AllowanceLimitService")
    payments: PaymentService = service("allowances", "PaymentService")
    allowance_exports: AllowanceExportService = service("allowances", "AllowanceExportService")
    bank_statements: BankStatementService = service("bank", "BankStatementService")
    open_items: OpenItemsService = service("bank", "OpenItemsService")
    rooms: RoomService = service("rooms", "RoomService")
    closures: ClosureService = service("rooms", "ClosureService")
    bookings: BookingService = service("rooms", "BookingService")
    invoices: InvoiceService = service("rooms", "InvoiceService")
    district: DistrictService = service("district", "DistrictService")
    subsidies: SubsidyService = service("subsidies", "SubsidyService")
    annual_plan: AnnualPlanService = service("subsidies", "AnnualPlanService")
    accountability: AccountabilityService = service("subsidies", "AccountabilityService")
    volunteers: VolunteerService = service("volunteers", "VolunteerService")
    volunteer_imports: VolunteerImportService = service("volunteers", "VolunteerImportService")
    volunteer_exports: VolunteerExportService = service("volunteers", "VolunteerExportService")
    working_groups: WorkingGroupService = service("volunteers", "WorkingGroupService")
    audit: AuditQueryService = service("accounts", "AuditQueryService")
    backups: BackupService = service("maintenance", "BackupService")
    transfer: TransferService = service("transfer", "TransferService")

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db)

    def __repr__(self) -> str:
        return f"Services({self.db.describe()})"
