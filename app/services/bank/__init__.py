"""The treasurer's loop at the bank: bank statements (CAMT.053 or MT940) read and matched to payment runs
and invoices, returned transfers, what was not recognised, and the open items with reminders.

This file is the area's public API: code outside the package imports from here; the modules with a
leading underscore are private to the package."""

from app.services.bank._open_items import OpenItemsService
from app.services.bank._statements import BankStatementService
from app.services.bank._open_items import write_reminder_pdf
from app.services.bank._statements import EntryRow
from app.services.bank._statements import ImportResult

__all__ = [
    "write_reminder_pdf",
    "EntryRow",
    "ImportResult",
    "BankStatementService",
    "OpenItemsService",
]
