"""What a bank statement says, as plain values: the statement and its movements, the states
of a transfer, why a bank returns a transfer (ISO 20022 return reasons, in words), and how an
invoice number is found in the text a renter typed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.i18n import translator

_ = translator("allowances")


class TransferState(StrEnum):
    SENT = "verstuurd"
    CONFIRMED = "bevestigd"
    RETURNED = "teruggeboekt"


class EntryOutcome(StrEnum):
    CONFIRMED = "bevestigd"  # a debit that paid transfers of a payment run
    RETURNED = "teruggeboekt"  # a transfer that came back
    INVOICE = "factuur"  # a payment on an invoice
    LINKED = "gekoppeld"  # an unrecognised payment linked to an invoice by hand
    UNRECOGNISED = "niet_herkend"
    OTHER = "overig"  # a debit that is not a payment run (bank costs, rent): nothing to do


def return_reason(code: str) -> str:
    """The return reason in words (ISO 20022 ExternalReturnReason1Code)."""
    reasons = {
        "AC01": _("account number is wrong"),
        "AC04": _("account closed"),
        "AC06": _("account blocked"),
        "AC13": _("the account is not a private account"),
        "AG01": _("transfers to this account are not allowed"),
        "AG02": _("the bank did not accept the transfer"),
        "AM04": _("not enough money on the account"),
        "AM05": _("duplicate payment"),
        "BE04": _("the beneficiary's address is missing"),
        "MD07": _("the account holder has died"),
        "MS02": _("refused by the beneficiary"),
        "MS03": _("no reason given by the bank"),
        "RC01": _("the BIC is wrong"),
        "RR01": _("account details missing (regulatory)"),
        "RR02": _("the beneficiary's name or address is missing (regulatory)"),
        "RR03": _("the name or address is missing (regulatory)"),
        "RR04": _("refused for regulatory reasons"),
        "FOCR": _("returned after a request to cancel"),
    }
    text = reasons.get(code.upper())
    return f"{code} {text}" if text else _("{code} (return reason not known to Wijkhuis)").format(code=code)


_INVOICE_NUMBER = re.compile(r"(?<!\d)(20\d\d)\s?[-/ ]\s?(\d{1,4})(?!\d)")


def invoice_numbers(text: str) -> list[str]:
    """`Factuur 2026-0003 Yoga` → ["2026-0003"]; `fact 2026/3` too. In order, without repeats."""
    found: list[str] = []
    for year, number in _INVOICE_NUMBER.findall(text or ""):
        candidate = f"{year}-{int(number):04d}"
        if candidate not in found:
            found.append(candidate)
    return found


@dataclass(frozen=True)
class Movement:
    """One movement on a statement: a transaction inside a booked entry (or the entry itself
    when the bank gives no details)."""

    entry_ref: str
    position: int
    booking_date: dt.date
    amount: Decimal
    credit: bool
    end_to_end_id: str = ""
    batch_refs: tuple[str, ...] = ()
    return_code: str = ""
    counterparty: str = ""
    remittance: str = ""
    reversal: bool = False


@dataclass(frozen=True)
class Statement:
    schema: str
    message_id: str
    statement_ref: str
    account_iban: str
    created_on: dt.date | None
    movements: tuple[Movement, ...]


@dataclass(frozen=True)
class OpenInvoice:
    invoice_id: int
    number: str
    renter: str
    amount: Decimal
    paid: Decimal
    open: Decimal
    due_date: dt.date | None
    days_overdue: int


@dataclass(frozen=True)
class OpenTransfer:
    transfer_id: int
    volunteer_id: int
    volunteer: str
    amount: Decimal
    batch_id: int
    state: str
    reason: str


@dataclass(frozen=True)
class OpenItems:
    as_of: dt.date
    invoices: tuple[OpenInvoice, ...]
    transfers: tuple[OpenTransfer, ...]

    @property
    def invoices_open(self) -> Decimal:
        return sum((i.open for i in self.invoices), Decimal("0.00"))
