"""Builds MT940 statements the way Dutch banks write them ("MT940 structured": ING's /CNTP/,
ABN AMRO's /TRTP/…/IBAN/…/NAME/, Rabobank's /BENM//NAME/ and /ORDP//NAME/), from the same
transactions as the CAMT.053 helper, so that both formats are tested against the same story."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.integration.camt_helpers import Tx

BANKS = ("ING", "ABN AMRO", "Rabobank")
_HEADER = {
    "ING": "0000 01INGBNL2AXXXX00001\n0000 01INGBNL2AXXXX00001\n940\n940\n",
    "ABN AMRO": "ABNANL2A\n940\nABNANL2A\n",
    "Rabobank": ":940:\n",
}


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _balance(tag: str, amount: Decimal, day: dt.date) -> str:
    return f":{tag}:{'C' if amount >= 0 else 'D'}{day:%y%m%d}EUR{_money(abs(amount))}\n"


def _description(tx: Tx, bank: str) -> str:
    eref = tx.end_to_end_id or "NOTPROVIDED"
    remittance = f"/REMI/USTD//{tx.remittance}/" if tx.remittance else ""
    returned = f"/RTRN/{tx.return_code}/" if tx.return_code else ""
    if tx.batch_ref:
        return f"/TRTP/SEPA OVERBOEKING/PREF/{tx.batch_ref}/NRTX/{max(len(tx.details), 1)}/"
    if bank == "ING":
        party = f"/CNTP/{tx.party_iban}/INGBNL2A/{tx.party}/Arnhem/" if tx.party else ""
        return f"{returned}/EREF/{eref}/{party}{remittance}"
    if bank == "ABN AMRO":
        party = f"/IBAN/{tx.party_iban}/BIC/ABNANL2A/NAME/{tx.party}" if tx.party else ""
        return f"{returned}/TRTP/SEPA OVERBOEKING{party}{remittance}/EREF/{eref}/"
    role = "ORDP" if tx.credit else "BENM"
    party = f"/{role}//NAME/{tx.party}/" if tx.party else ""
    return f"{returned}/EREF/{eref}/{party}{remittance}"


def _wrapped(text: str) -> str:
    """Lines of at most 65 characters, cut where they fall, as the banks do."""
    return "\n".join(text[i:i + 65] for i in range(0, len(text), 65)) or " "


def mt940(account_iban: str, number: str, txs: list[Tx], *, bank: str = "ING", opening: Decimal = Decimal("1000.00"),
          day: dt.date = dt.date(2026, 12, 2), with_header: bool = True, bank_references: bool = True) -> bytes:
    """One statement (:20: … :62F:) of the account; `with_header` adds the bank's file header;
    without `bank_references` the statement lines carry none (NONREF), as many banks write them."""
    lines = [_HEADER[bank] if with_header else "", f":20:{number}\n", f":25:{account_iban}EUR\n",
             f":28C:{day:%j}01\n", _balance("60F", opening, day - dt.timedelta(days=1))]
    balance = opening
    for index, tx in enumerate(txs, start=1):
        signed = tx.amount if tx.credit else -tx.amount
        balance += signed
        mark = "C" if tx.credit else "D"
        reference = f"EREF//{tx.ref or f'{number}{index:05d}'}" if bank_references else "NONREF"
        lines.append(f":61:{tx.booked:%y%m%d}{tx.booked:%m%d}{mark}{_money(tx.amount)}NTRF{reference}\n")
        lines.append(f":86:{_wrapped(_description(tx, bank))}\n")
    lines.append(_balance("62F", balance, day))
    lines.append("-\n")
    return "".join(lines).encode("utf-8")
