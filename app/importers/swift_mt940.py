"""Reading a bank statement in MT940 (SWIFT), which Dutch banks offer beside CAMT.053.

The statement lines (:61:) and balances are parsed by the mt-940 library. The description of a
movement (:86:) is read here: Dutch banks write it in the structured form of the Betaalvereniging
("MT940 structured": /EREF/…/CNTP/…/NAME/…/REMI/…, used by ING, ABN AMRO, Rabobank, Triodos and
the Volksbank), or as free text, which is kept as the remittance.

Every statement in the file must be whole: its opening balance plus its movements must give its
closing balance. A file cut short, or a line the parser misread, refuses the whole file, so that
nothing is imported in part.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from decimal import Decimal

import mt940

from app.domain import formatting, validation
from app.domain.bank import Movement, Statement
from app.i18n import translator
from app.importers.statement_file import StatementFileError, check_size

_ = translator("allowances")

SCHEMA = "MT940"
_STATEMENT_START = re.compile(r"(?m)^:20:")
# The subfields of a structured description, as the Dutch banks write them.
_CODES = ("TRTP", "RTRN", "CREF", "EREF", "PREF", "MARF", "CSID", "CNTP", "REMI", "PURP", "ULTC", "ULTD", "ULTB",
          "BENM", "ORDP", "IBAN", "BIC", "NAME", "ADDR", "ISDT", "NRTX", "SVCL", "ABSID", "CDTRREF", "CDTRREFTP")
_SUBFIELD = re.compile(r"/(" + "|".join(sorted(_CODES, key=len, reverse=True)) + r")/")
_NOT_PROVIDED = {"", "NOTPROVIDED", "NONREF"}
LINE_WIDTH = 65  # of the lines of a :86: description


def looks_like_mt940(data: bytes) -> bool:
    """A statement's reference (:20:) and its account (:25:) at the start of lines."""
    head = data[:1_000_000].removeprefix(b"\xef\xbb\xbf")
    return re.search(rb"(?m)^:20:", head) is not None and re.search(rb"(?m)^:25:", head) is not None


def read_statements(data: bytes, file_name: str = "") -> tuple[Statement, ...]:
    """Every statement in the file, each checked against its own balances."""
    label = file_name or _("the file")
    check_size(data, label)
    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    starts = [match.start() for match in _STATEMENT_START.finditer(text)]
    if not starts:
        raise StatementFileError(_("{file} holds no statement.").format(file=label))
    chunks = [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    seen: Counter[str] = Counter()  # movements alike so far in this file (see _entry_ref)
    return tuple(_statement(chunk, number, label, seen) for number, chunk in enumerate(chunks, start=1))


def _decode(data: bytes) -> str:
    """UTF-8 when it is; else Windows-1252, what Dutch banks write when it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _statement(chunk: str, number: int, label: str, seen: Counter[str]) -> Statement:
    def refused(reason: str) -> StatementFileError:
        return StatementFileError(_("Statement {n} in {file} cannot be read: {reason}. Nothing was imported.").format(
            n=number, file=label, reason=reason))

    options = mt940.Options(reversal_sign=True, case_insensitive_marks=True, unbounded_details=True)
    try:
        parsed = mt940.parse(chunk, options=options)
        transactions = list(parsed)
    except Exception as error:  # noqa: BLE001 (the library's errors on a damaged line differ per line)
        raise refused(_damaged(error)) from error
    data = parsed.data
    account = _iban(str(data.get("account_identification") or ""))
    if account is None:
        raise refused(_("the account ({account}) is not an IBAN; download the statement in the SEPA format").format(
            account=str(data.get("account_identification") or "").strip() or "—"))
    opening = data.get("final_opening_balance") or data.get("intermediate_opening_balance")
    closing = data.get("final_closing_balance") or data.get("intermediate_closing_balance")
    if opening is None or closing is None:
        raise refused(_("the opening or closing balance is missing (is the file complete?)"))
    movements_total = sum((t.data["amount"].amount for t in transactions), Decimal("0"))
    if opening.amount.amount + movements_total != closing.amount.amount:
        raise refused(_("the opening balance {opening} plus the movements {movements} is not the closing balance "
                        "{closing} (is the file complete?)").format(
            opening=formatting.money(opening.amount.amount), movements=formatting.money(movements_total),
            closing=formatting.money(closing.amount.amount)))
    closing_date = dt.date(closing.date.year, closing.date.month, closing.date.day)
    number_text = str(data.get("statement_number") or "").strip()
    if data.get("sequence_number"):
        number_text += f"/{data['sequence_number']}"
    reference = "/".join(part for part in (closing_date.isoformat(), number_text,
                                           str(data.get("transaction_reference") or "").strip()) if part)[:35]
    movements = tuple(_movement(t.data, seen) for t in transactions)
    return Statement(SCHEMA, "", reference, account, closing_date, movements)


def _damaged(error: Exception) -> str:
    """The line the parser could not read, when it says which (RuntimeError(message, tag, value))."""
    if len(error.args) == 3 and hasattr(error.args[1], "id"):
        value = str(error.args[2]).split("\n")[0][:40]
        return _("line :{tag}: cannot be read: {value}").format(tag=error.args[1].id, value=value)
    return _("a line is damaged")


def _iban(account: str) -> str | None:
    """The IBAN in :25:, which may carry the currency after it (NL20INGB0001234567EUR) or the
    bank's BIC before it (INGBNL2A/NL20INGB0001234567)."""
    for part in reversed(account.split("/")):
        compact = re.sub(r"[^A-Z0-9]", "", part.upper())
        for candidate in (compact, compact[:-3]):
            try:
                return validation.iban(candidate)
            except ValueError:
                continue
    return None


def _movement(line: dict, seen: Counter[str]) -> Movement:
    mark = str(line.get("status") or "").upper()
    amount = line["amount"].amount
    booked = line.get("entry_date") or line["date"]
    details = description(str(line.get("transaction_details") or ""))
    return Movement(
        entry_ref=_entry_ref(line, seen), position=1, booking_date=dt.date(booked.year, booked.month, booked.day),
        amount=abs(amount), credit=amount > 0, end_to_end_id=details.get("EREF", "")[:35],
        batch_refs=tuple(ref for ref in (details.get("PREF", ""),) if ref), return_code=details.get("RTRN", "")[:4],
        counterparty=details.get("NAME", "")[:140], remittance=details.get("REMI", "")[:300],
        reversal=mark.startswith("R"),
    )


def _joined(lines: list[str]) -> str:
    """A structured description is cut into lines of LINE_WIDTH characters wherever the width
    falls, often inside a word or an invoice number: such a line is joined to the next as it
    is. A shorter line was ended by the bank at a space (which the parser trims): a space."""
    parts = []
    for line in lines[:-1]:
        parts.append(line if len(line) >= LINE_WIDTH else line + " ")
    return "".join([*parts, *lines[-1:]])


def _entry_ref(line: dict, seen: Counter[str]) -> str:
    """What identifies the movement at the bank, so that a movement on two downloads (a month,
    then a period that overlaps it) is imported once. The bank's own reference when the
    statement line has one; many Dutch banks write none (NONREF), and the statement's reference
    may differ per download: then the movement itself — dates, sign, amount and description —
    numbered among movements alike in this file (two equal payments on one day are two)."""
    reference = str(line.get("bank_reference") or "").strip()
    if reference.upper() not in _NOT_PROVIDED:
        return reference[:60]
    booked = line.get("entry_date") or line["date"]
    content = "|".join(str(part) for part in (
        line["date"], booked, line.get("status"), line["amount"].amount, line.get("customer_reference"),
        line.get("extra_details"), line.get("transaction_details")))
    seen[content] += 1
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    return f"{booked:%Y%m%d}-{digest}-{seen[content]}"


def description(text: str) -> dict[str, str]:
    """The :86: description as EREF, PREF, RTRN, NAME and REMI. A structured one is split on its
    subfield codes; free text is the remittance, its lines joined with spaces."""
    lines = text.split("\n")
    joined = _joined(lines)
    if not _SUBFIELD.match(joined):
        return {"REMI": " ".join(line.strip() for line in lines if line.strip())}
    fields: dict[str, str] = {}
    matches = list(_SUBFIELD.finditer(joined))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following is not None else len(joined)
        fields.setdefault(match.group(1), joined[match.end():end])
    result = {code: fields[code].strip("/ ").strip() for code in ("EREF", "PREF", "RTRN") if code in fields}
    for code in ("EREF", "PREF"):
        if result.get(code, "").upper() in _NOT_PROVIDED:
            result.pop(code, None)
    if "RTRN" in result:
        result["RTRN"] = result["RTRN"].split("/")[0]
    name = fields.get("NAME", "")
    if not name.strip("/ ") and "CNTP" in fields:  # /CNTP/account/BIC/name/city/
        parts = fields["CNTP"].split("/")
        name = parts[2] if len(parts) > 2 else ""
    result["NAME"] = name.strip("/ ").strip()
    remittance = fields.get("REMI", "")
    if remittance.startswith("USTD//"):
        remittance = remittance[len("USTD//"):]
    elif remittance.startswith("STRD/"):  # /REMI/STRD/CUR/reference/
        remittance = remittance.rstrip("/").rsplit("/", 1)[-1]
    result["REMI"] = remittance.strip("/ ").strip()
    return result
