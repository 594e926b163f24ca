"""Payments on invoices: each amount received (date, amount, source) is a row of its own; an
invoice is paid when its payments reach its total, and `paid_on` is then the last payment's date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Invoice, InvoicePayment
from app.domain.formatting import round_money

BANK, HAND = "bank", "hand"


def paid_amount(session: Session, invoice: Invoice) -> Decimal:
    """What was received. An invoice marked paid by hand before payments were kept counts as paid in full."""
    total = session.scalar(select(func.coalesce(func.sum(InvoicePayment.amount), 0))
                           .where(InvoicePayment.invoice_id == invoice.id))
    received = round_money(Decimal(total))
    if received == 0 and invoice.paid_on is not None:
        return invoice.total
    return received


def open_amount(session: Session, invoice: Invoice) -> Decimal:
    return round_money(invoice.total - paid_amount(session, invoice))


def add_payment(session: Session, invoice: Invoice, paid_on: dt.date, amount: Decimal, *, source: str,
                username: str, bank_entry_id: int | None = None) -> InvoicePayment:
    """Adds the payment; marks the invoice paid when nothing is left open."""
    payment = InvoicePayment(invoice_id=invoice.id, paid_on=paid_on, amount=round_money(amount), source=source,
                             bank_entry_id=bank_entry_id, created_by=username)
    session.add(payment)
    session.flush()
    if open_amount(session, invoice) <= 0:
        invoice.paid_on = paid_on
    return payment


def record_hand_payment(session: Session, invoice: Invoice, paid_on: dt.date, username: str) -> None:
    """The treasurer marks an invoice paid by hand: whatever was open is recorded as received."""
    rest = open_amount(session, invoice) if invoice.paid_on is None else Decimal(0)
    if rest > 0:
        add_payment(session, invoice, paid_on, rest, source=HAND, username=username)
