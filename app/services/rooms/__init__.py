"""Rooms, tariffs, renters and closing days; bookings and series; invoices; the room exports.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.rooms._booking_checks import ALL, BookingDraft, FOLLOWING, THIS
from app.services.rooms._bookings import BookingService
from app.services.rooms._invoices import CONCEPT, CREDIT, InvoiceService, period_of
from app.services.rooms._rooms import LIBERATION_KEY, PAYMENT_TERM_KEY, PERCENTAGES_KEY, RoomService
from app.services.rooms._series import SeriesPlan
from app.services.rooms.rows import (
    BookingRow,
    ClosingRow,
    DEFAULT_DAY_PARTS,
    FreeSlot,
    InvoiceRow,
    OccupancyRow,
    RenterRow,
    RoomRow,
    SeriesInfo,
)
from app.services.rooms._closure_hits import ClosureHit
from app.services.rooms._closures import ClosureResult
from app.services.rooms._closures import live_bookings_on_closing_days
from app.services.rooms._invoices import FINAL
from app.services.rooms._invoices import INVOICE
from app.services.rooms._closures import ClosureService
from app.services.rooms._closures import closing_day_problems
from app.services.rooms._invoice_payments import BANK
from app.services.rooms._invoice_payments import add_payment
from app.services.rooms._invoice_payments import open_amount
from app.services.rooms._invoice_payments import paid_amount
from app.services.rooms._invoices import VAT_NUMBER_KEY

__all__ = [
    "VAT_NUMBER_KEY",
    "BANK",
    "add_payment",
    "open_amount",
    "paid_amount",
    "ClosureService",
    "closing_day_problems",
    "ClosureHit",
    "ClosureResult",
    "live_bookings_on_closing_days",
    "FINAL",
    "INVOICE",
    "ALL",
    "BookingDraft",
    "BookingRow",
    "BookingService",
    "CONCEPT",
    "CREDIT",
    "ClosingRow",
    "DEFAULT_DAY_PARTS",
    "FOLLOWING",
    "FreeSlot",
    "InvoiceRow",
    "InvoiceService",
    "LIBERATION_KEY",
    "OccupancyRow",
    "PAYMENT_TERM_KEY",
    "PERCENTAGES_KEY",
    "RenterRow",
    "RoomRow",
    "RoomService",
    "SeriesInfo",
    "SeriesPlan",
    "THIS",
    "period_of",
]
