"""SEPA credit-transfer files (ISO 20022 pain.001) for paying volunteers.

Written with `sepaxml`, which validates the file against the official schema before it is
returned: an invalid file is never written. pain.001.001.03 is accepted by every Dutch bank;
pain.001.001.09 by ING and ABN AMRO. Names and texts are reduced to the SEPA Latin character
set; no postal addresses are sent (unstructured addresses are refused since 15-11-2026).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from text_unidecode import unidecode

from app.domain.allowance_rules import money
from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("allowances")

FORMATS = ("pain.001.001.03", "pain.001.001.09")
DEFAULT_FORMAT = FORMATS[0]
MAX_NAME = 70
MAX_REMITTANCE = 140
MAX_END_TO_END = 35
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")


class SepaFileError(WijkhuisError):
    exit_code = 2


def latin(text: str, max_length: int) -> str:
    """`Özdemir, Zoë` → `Ozdemir, Zoe`: transliterated, then anything outside the SEPA
    character set replaced by a space, trimmed to the maximum length."""
    cleaned = _NOT_SEPA.sub(" ", unidecode(text or ""))
    return " ".join(cleaned.split())[:max_length].strip()


@dataclass(frozen=True)
class Transfer:
    name: str
    iban: str
    amount: Decimal
    end_to_end_id: str
    remittance: str
    bic: str = ""


@dataclass(frozen=True)
class Debtor:
    name: str
    iban: str
    bic: str = ""


def write_transfers(
    debtor: Debtor, transfers: Sequence[Transfer], execution_date: dt.date, file_format: str = DEFAULT_FORMAT,
) -> tuple[bytes, str]:
    """The validated XML and its message id."""
    if file_format not in FORMATS:
        raise SepaFileError(_("Unknown SEPA format {format}; choose {choices}.").format(
            format=file_format, choices=", ".join(FORMATS)))
    if not transfers:
        raise SepaFileError(_("There is nothing to pay."))
    if not debtor.iban:
        raise SepaFileError(_("The centre's IBAN is missing: fill it in under Settings → Centre."))
    config = {"name": latin(debtor.name, MAX_NAME) or "Wijkhuis", "IBAN": debtor.iban, "batch": True,
              "currency": "EUR"}
    if debtor.bic:
        config["BIC"] = debtor.bic
    # sepaxml (and its schema validation through lxml) is loaded only when a file is written:
    # the treasurer's pages and the Overzicht import this module for its rules and limits.
    from sepaxml import SepaTransfer
    from sepaxml.validation import ValidationError as SchemaError

    sepa = SepaTransfer(config, schema=file_format, clean=True)
    for transfer in transfers:
        cents = int(money(transfer.amount) * 100)
        if cents <= 0:
            raise SepaFileError(_("{name}: a transfer must be above zero.").format(name=transfer.name))
        if len(transfer.end_to_end_id) > MAX_END_TO_END:
            raise SepaFileError(f"end-to-end id too long: {transfer.end_to_end_id}")
        payment = {
            "name": latin(transfer.name, MAX_NAME),
            "IBAN": transfer.iban,
            "amount": cents,
            "execution_date": execution_date,
            "description": latin(transfer.remittance, MAX_REMITTANCE),
            "endtoend_id": transfer.end_to_end_id,
        }
        if transfer.bic:
            payment["BIC"] = transfer.bic
        sepa.add_payment(payment)
    try:
        data = sepa.export(validate=True)
    except SchemaError as error:
        cause = getattr(error.__cause__, "reason", None) or str(error.__cause__ or error)
        raise SepaFileError(_("The bank file does not meet the SEPA schema, so it was not written: {reason}").format(
            reason=cause)) from error
    return data, sepa.msg_id


@dataclass(frozen=True)
class ReadTransaction:
    name: str
    iban: str
    amount: Decimal
    end_to_end_id: str
    remittance: str


@dataclass(frozen=True)
class ReadFile:
    schema: str
    message_id: str
    number_of_transactions: int
    control_sum: Decimal
    debtor_name: str
    debtor_iban: str
    transactions: tuple[ReadTransaction, ...]
    payment_info_ids: tuple[str, ...] = ()


def read_transfers(data: bytes) -> ReadFile:
    """Parse a pain.001 file back (for checks and tests): header, debtor and every transfer."""
    root = ET.fromstring(data)
    namespace = root.tag[1:].split("}")[0]
    ns = {"p": namespace}

    def text(node, path: str) -> str:
        found = node.find(path, ns)
        return "" if found is None or found.text is None else found.text

    header = root.find("p:CstmrCdtTrfInitn/p:GrpHdr", ns)
    transactions = []
    debtor_name = debtor_iban = ""
    info_ids = []
    for info in root.iterfind("p:CstmrCdtTrfInitn/p:PmtInf", ns):
        debtor_name = text(info, "p:Dbtr/p:Nm")
        info_ids.append(text(info, "p:PmtInfId"))
        debtor_iban = text(info, "p:DbtrAcct/p:Id/p:IBAN")
        for tx in info.iterfind("p:CdtTrfTxInf", ns):
            transactions.append(ReadTransaction(
                text(tx, "p:Cdtr/p:Nm"), text(tx, "p:CdtrAcct/p:Id/p:IBAN"),
                Decimal(text(tx, "p:Amt/p:InstdAmt")), text(tx, "p:PmtId/p:EndToEndId"),
                text(tx, "p:RmtInf/p:Ustrd"),
            ))
    return ReadFile(
        namespace.rsplit(":", 1)[-1], text(header, "p:MsgId"), int(text(header, "p:NbOfTxs")),
        Decimal(text(header, "p:CtrlSum")), debtor_name, debtor_iban, tuple(transactions), tuple(info_ids),
    )
