"""Use cases, one module per area. A window or a command builds `Services` once per database
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
    from app.services.accountability import AccountabilityService
    from app.services.allowance_exports import AllowanceExportService
    from app.services.allowance_limits import AllowanceLimitService
    from app.services.allowances import AllowanceService
    from app.services.annual_plan import AnnualPlanService
    from app.services.audit_query import AuditQueryService
    from app.services.auto_backup import BackupService
    from app.services.bank_statements import BankStatementService
    from app.services.bookings import BookingService
    from app.services.invoices import InvoiceService
    from app.services.open_items import OpenItemsService
    from app.services.overview import OverviewService
    from app.services.payments import PaymentService
    from app.services.rooms import RoomService
    from app.services.settings import SettingsService
    from app.services.subsidies import SubsidyService
    from app.services.users import UserService
    from app.services.volunteers import VolunteerService
    from app.services.working_groups import WorkingGroupService

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
    users: UserService = service("users", "UserService")
    settings: SettingsService = service("settings", "SettingsService")
    overview: OverviewService = service("overview", "OverviewService")
    allowances: AllowanceService = service("allowances", "AllowanceService")
    allowance_limits: AllowanceLimitService = service("allowance_limits", "AllowanceLimitService")
    payments: PaymentService = service("payments", "PaymentService")
    bank_statements: BankStatementService = service("bank_statements", "BankStatementService")
    open_items: OpenItemsService = service("open_items", "OpenItemsService")
    allowance_exports: AllowanceExportService = service("allowance_exports", "AllowanceExportService")
    rooms: RoomService = service("rooms", "RoomService")
    bookings: BookingService = service("bookings", "BookingService")
    invoices: InvoiceService = service("invoices", "InvoiceService")
    subsidies: SubsidyService = service("subsidies", "SubsidyService")
    annual_plan: AnnualPlanService = service("annual_plan", "AnnualPlanService")
    accountability: AccountabilityService = service("accountability", "AccountabilityService")
    volunteers: VolunteerService = service("volunteers", "VolunteerService")
    working_groups: WorkingGroupService = service("working_groups", "WorkingGroupService")
    audit: AuditQueryService = service("audit_query", "AuditQueryService")
    backups: BackupService = service("auto_backup", "BackupService")

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db)

    def __repr__(self) -> str:
        return f"Services({self.db.describe()})"
