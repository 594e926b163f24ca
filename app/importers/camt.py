"""Reading a bank statement in ISO 20022 CAMT.053 (camt.053.001.02, what Dutch banks export by
default, up to .13). Parsed with lxml, hardened: no entities, no network, no DTD, size capped.
Only booked entries (status BOOK) are returned; pending ones may still change."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from lxml import etree

from app.domain.bank import Movement, Statement
from app.i18n import translator
from app.importers.statement_file import StatementFileError, check_size, not_a_statement

_ = translator("allowances")

_NAMESPACE = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:(camt\.05[234]\.001\.\d\d)$")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


def _text(node, path: str) -> str:
    if node is None:
        return ""
    found = node.find(path)
    return (found.text or "").strip() if found is not None else ""


def _date(node, path: str) -> dt.date | None:
    """A `Dt` or a `DtTm` under path."""
    value = _text(node, f"{path}/{{*}}Dt") or _text(node, f"{path}/{{*}}DtTm")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _amount(node, path: str) -> Decimal | None:
    value = _text(node, path)
    if not value:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def read_statements(data: bytes, file_name: str = "") -> tuple[Statement, ...]:
    """Every statement in the file. Refuses anything that is not a CAMT.053 statement."""
    label = file_name or _("the file")
    check_size(data, label)
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as error:
        raise StatementFileError(_("{file} is not a CAMT.053 bank statement (it is not XML: {reason}).").format(
            file=label, reason=error.msg)) from error
    namespace = etree.QName(root).namespace or ""
    match = _NAMESPACE.match(namespace)
    if etree.QName(root).localname != "Document" or not match or not match.group(1).startswith("camt.053"):
        raise not_a_statement(label)
    schema = match.group(1)
    body = root.find("{*}BkToCstmrStmt")
    statements = body.findall("{*}Stmt") if body is not None else []
    if not statements:
        raise StatementFileError(_("{file} holds no statement.").format(file=label))
    message_id = _text(body, "{*}GrpHdr/{*}MsgId")
    result = []
    for number, stmt in enumerate(statements, start=1):
        iban = _text(stmt, "{*}Acct/{*}Id/{*}IBAN").replace(" ", "").upper()
        reference = _text(stmt, "{*}Id") or _text(stmt, "{*}ElctrncSeqNb")
        if not iban or not reference:
            raise StatementFileError(_("Statement {n} in {file} has no account IBAN or no statement id.").format(
                n=number, file=label))
        created = _text(stmt, "{*}CreDtTm")
        movements = []
        for index, entry in enumerate(stmt.findall("{*}Ntry"), start=1):
            movements.extend(_movements(entry, index, reference, label))
        result.append(Statement(schema, message_id, reference[:35], iban,
                                dt.date.fromisoformat(created[:10]) if created else None, tuple(movements)))
    return tuple(result)


def _status(entry) -> str:
    status = entry.find("{*}Sts")
    if status is None:
        return "BOOK"
    code = status.find("{*}Cd")
    return ((code.text if code is not None else status.text) or "").strip().upper()


def _movements(entry, index: int, statement_ref: str, label: str) -> list[Movement]:
    if _status(entry) != "BOOK":
        return []
    amount = _amount(entry, "{*}Amt")
    booked = _date(entry, "{*}BookgDt") or _date(entry, "{*}ValDt")
    direction = _text(entry, "{*}CdtDbtInd")
    if amount is None or booked is None or direction not in ("CRDT", "DBIT"):
        raise StatementFileError(_("Entry {n} of statement {statement} in {file} has no amount, booking date or "
                                   "credit/debit indicator.").format(n=index, statement=statement_ref, file=label))
    reference = _text(entry, "{*}AcctSvcrRef") or _text(entry, "{*}NtryRef") or f"{statement_ref}/{index}"
    reversal = _text(entry, "{*}RvslInd").lower() == "true"
    batch_refs: list[str] = []
    details = []
    for entry_details in entry.findall("{*}NtryDtls"):
        for path in ("{*}Btch/{*}PmtInfId", "{*}Btch/{*}MsgId"):
            if _text(entry_details, path):
                batch_refs.append(_text(entry_details, path))
        details.extend(entry_details.findall("{*}TxDtls"))
    common = {"entry_ref": reference[:60], "booking_date": booked, "reversal": reversal}
    if not details:
        return [Movement(position=1, amount=amount, credit=direction == "CRDT", batch_refs=tuple(batch_refs),
                         remittance=_text(entry, "{*}AddtlNtryInf")[:300], **common)]
    movements = []
    for position, tx in enumerate(details, start=1):
        tx_amount = (_amount(tx, "{*}Amt") or _amount(tx, "{*}AmtDtls/{*}TxAmt/{*}Amt")
                     or (amount if len(details) == 1 else None))
        if tx_amount is None:
            raise StatementFileError(_("Entry {n} of statement {statement} in {file}: a transaction without an "
                                       "amount.").format(n=index, statement=statement_ref, file=label))
        tx_direction = _text(tx, "{*}CdtDbtInd") or direction
        credit = tx_direction == "CRDT"
        refs = [*batch_refs, *(r for r in (_text(tx, "{*}Refs/{*}PmtInfId"), _text(tx, "{*}Refs/{*}MsgId")) if r)]
        party = "{*}RltdPties/{*}Dbtr" if credit else "{*}RltdPties/{*}Cdtr"
        counterparty = _text(tx, f"{party}/{{*}}Nm") or _text(tx, f"{party}/{{*}}Pty/{{*}}Nm")
        lines = [u.text.strip() for u in tx.findall("{*}RmtInf/{*}Ustrd") if u.text and u.text.strip()]
        structured = _text(tx, "{*}RmtInf/{*}Strd/{*}CdtrRefInf/{*}Ref")
        remittance = " ".join([*lines, structured] if structured else lines)
        movements.append(Movement(
            position=position, amount=tx_amount, credit=credit, end_to_end_id=_text(tx, "{*}Refs/{*}EndToEndId")[:35],
            batch_refs=tuple(refs), return_code=_text(tx, "{*}RtrInf/{*}Rsn/{*}Cd")[:4], counterparty=counterparty[:140],
            remittance=remittance[:300], **common))
    return movements
