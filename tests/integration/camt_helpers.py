"""Builds CAMT.053 statements the way Dutch banks write them, from the program's own payment
runs and invoices, so that the import is tested against files shaped like the real ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree


@dataclass
class Tx:
    amount: Decimal
    credit: bool
    booked: dt.date
    end_to_end_id: str = ""
    remittance: str = ""
    party: str = ""
    party_iban: str = ""
    return_code: str = ""
    batch_ref: str = ""  # a batch booking: one entry for a whole payment run
    ref: str = ""  # the bank's entry reference (AcctSvcrRef)
    details: list[Tx] = field(default_factory=list)  # the transfers inside a batch booking


def _sub(parent, tag: str, text: str | None = None, **attrib):
    node = etree.SubElement(parent, tag, **attrib)
    if text is not None:
        node.text = text
    return node


def camt053(account_iban: str, statement_ref: str, txs: list[Tx], *, version: str = "02",
            created: dt.date = dt.date(2026, 12, 1)) -> bytes:
    ns = f"urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}"
    new_style = int(version) >= 8
    root = etree.Element("Document", nsmap={None: ns})
    body = _sub(root, "BkToCstmrStmt")
    header = _sub(body, "GrpHdr")
    _sub(header, "MsgId", f"MSG-{statement_ref}")
    _sub(header, "CreDtTm", f"{created.isoformat()}T06:00:00")
    stmt = _sub(body, "Stmt")
    _sub(stmt, "Id", statement_ref)
    _sub(stmt, "ElctrncSeqNb", "1")
    _sub(stmt, "CreDtTm", f"{created.isoformat()}T06:00:00")
    account = _sub(stmt, "Acct")
    _sub(_sub(account, "Id"), "IBAN", account_iban)
    _sub(account, "Ccy", "EUR")
    for index, tx in enumerate(txs, start=1):
        entry = _sub(stmt, "Ntry")
        _sub(entry, "NtryRef", str(index))
        _sub(entry, "Amt", f"{tx.amount:.2f}", Ccy="EUR")
        _sub(entry, "CdtDbtInd", "CRDT" if tx.credit else "DBIT")
        if tx.return_code:
            _sub(entry, "RvslInd", "false")
        status = _sub(entry, "Sts")
        if new_style:
            _sub(status, "Cd", "BOOK")
        else:
            status.text = "BOOK"
        _sub(_sub(entry, "BookgDt"), "Dt", tx.booked.isoformat())
        _sub(_sub(entry, "ValDt"), "Dt", tx.booked.isoformat())
        _sub(entry, "AcctSvcrRef", tx.ref or f"{statement_ref}-{index:04d}")
        code = _sub(_sub(entry, "BkTxCd"), "Domn")
        _sub(code, "Cd", "PMNT")
        family = _sub(code, "Fmly")
        _sub(family, "Cd", "RCDT" if tx.credit else "ICDT")
        _sub(family, "SubFmlyCd", "RRTN" if tx.return_code else ("ESCT" if not tx.batch_ref else "BOOK"))
        details = _sub(entry, "NtryDtls")
        if tx.batch_ref:
            batch = _sub(details, "Btch")
            _sub(batch, "PmtInfId", tx.batch_ref)
            _sub(batch, "NbOfTxs", str(len(tx.details) or 1))
        for detail in tx.details or ([] if tx.batch_ref else [tx]):
            _tx_details(details, detail, new_style)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _tx_details(parent, tx: Tx, new_style: bool) -> None:
    node = _sub(parent, "TxDtls")
    refs = _sub(node, "Refs")
    _sub(refs, "EndToEndId", tx.end_to_end_id or "NOTPROVIDED")
    if new_style:
        _sub(node, "Amt", f"{tx.amount:.2f}", Ccy="EUR")
        _sub(node, "CdtDbtInd", "CRDT" if tx.credit else "DBIT")
    else:
        _sub(_sub(_sub(node, "AmtDtls"), "TxAmt"), "Amt", f"{tx.amount:.2f}", Ccy="EUR")
    if tx.party:
        parties = _sub(node, "RltdPties")
        role = "Dbtr" if tx.credit else "Cdtr"
        holder = _sub(parties, role)
        _sub(_sub(holder, "Pty") if new_style else holder, "Nm", tx.party)
        if tx.party_iban:
            _sub(_sub(_sub(parties, f"{role}Acct"), "Id"), "IBAN", tx.party_iban)
    if tx.remittance:
        _sub(_sub(node, "RmtInf"), "Ustrd", tx.remittance)
    if tx.return_code:
        info = _sub(node, "RtrInf")
        _sub(_sub(info, "Rsn"), "Cd", tx.return_code)
