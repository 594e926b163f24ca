"""Importing the bank's statement (CAMT.053 or MT940): a debit that matches a payment run confirms its
transfers with the bank's booking date, a returned transfer puts the volunteer's lines back as
approved and unpaid, a credit naming an invoice number is a payment on that invoice, anything
else is "niet herkend" until the treasurer links it. All or nothing; a statement is imported
once; every change is in the audit trail naming the statement and the entry."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.database import Database
from app.db.models import BankEntry, BankStatement, Invoice
from app.domain import formatting
from app.domain.bank import EntryOutcome, Movement, Statement
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.progress import NoProgress, Progress, check_cancelled
from app.i18n import translator
from app.importers import camt, swift_mt940
from app.importers.guard import check_input_file, read_limited
from app.importers.statement_file import MAX_BYTES, StatementFileError, not_a_statement
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.allowances import valid_iban
from app.services.bank._movements import apply_movement, where_text
from app.services.rooms import BANK, add_payment, open_amount
from app.services.rooms import FINAL, INVOICE
from app.services.common.records import load_for_update
from app.services.settings import SettingsService

_ = translator("allowances")

_NOT_PROVIDED = "NOTPROVIDED"


@dataclass(frozen=True)
class ImportResult:
    statements: tuple[str, ...]
    already_imported: bool = False
    confirmed: int = 0  # transfers confirmed paid
    returned: int = 0
    invoice_payments: int = 0
    unrecognised: int = 0
    other: int = 0
    known: int = 0  # movements seen on an earlier statement

    def summary(self) -> str:
        if self.already_imported:
            return _("Statement {refs} was imported before; nothing changed.").format(refs=", ".join(self.statements))
        return _("Statement {refs}: {confirmed} transfers confirmed, {returned} returned, {payments} invoice "
                 "payments, {unknown} not recognised, {other} other movements, {known} seen before.").format(
            refs=", ".join(self.statements), confirmed=self.confirmed, returned=self.returned,
            payments=self.invoice_payments, unknown=self.unrecognised, other=self.other, known=self.known)


@dataclass(frozen=True)
class EntryRow:
    id: int
    statement_ref: str
    entry_ref: str
    booking_date: dt.date
    amount: Decimal
    credit: bool
    counterparty: str
    remittance: str
    outcome: str
    note: str
    version: int


class BankStatementService:
    def __init__(self, db: Database):
        self.db = db
        self._settings = SettingsService(db)

    def import_statement_file(self, actor: Actor, path: str | Path, progress: Progress | None = None) -> ImportResult:
        """The statement in a file: checked (exists, ordinary, not too large) before it is read."""
        actor.require(Permission.PAY, _("import bank statements"))
        checked = check_input_file(path, max_bytes=MAX_BYTES, what=_("The bank statement"))
        return self.import_statement(actor, read_limited(checked, MAX_BYTES), checked.name, progress)

    def import_statement(self, actor: Actor, data: bytes, file_name: str = "",
                         progress: Progress | None = None) -> ImportResult:
        """All or nothing; `progress` hears of every movement, and a cancel rolls everything back."""
        actor.require(Permission.PAY, _("import bank statements"))
        statements = read_statements(data, file_name)
        centre_iban = valid_iban(self._settings.centre(actor).iban)
        if not centre_iban:
            raise ValidationError(FieldProblem("iban", _("The centre's IBAN is missing or wrong: fill it in under Settings → Centre.")))
        for statement in statements:
            if statement.account_iban != centre_iban:
                raise StatementFileError(_(
                    "{file} is a statement of account {account}, not of the centre's account {centre}; nothing was "
                    "imported.").format(file=file_name or _("the file"), account=statement.account_iban, centre=centre_iban))
        digest = hashlib.sha256(data).hexdigest()
        try:
            return self._import(actor, statements, file_name, digest, progress or NoProgress())
        except IntegrityError:  # a colleague imported the same statement (or entry) at the same moment
            if self._all_imported(statements):
                return ImportResult(tuple(s.statement_ref for s in statements), already_imported=True)
            raise Conflict(_("A colleague imported an overlapping statement at the same moment; nothing was "
                             "imported. Import the file again.")) from None

    def _all_imported(self, statements: tuple[Statement, ...]) -> bool:
        with self.db.reader() as uow:
            return all(uow.session.scalar(select(BankStatement.id).where(
                BankStatement.account_iban == s.account_iban, BankStatement.statement_ref == s.statement_ref))
                is not None for s in statements)

    def _import(self, actor: Actor, statements: tuple[Statement, ...], file_name: str, digest: str,
                progress: Progress) -> ImportResult:
        refs = tuple(s.statement_ref for s in statements)
        total, done = sum(len(s.movements) for s in statements), 0
        counts = dict.fromkeys(("confirmed", "returned", "invoice_payments", "unrecognised", "other", "known"), 0)
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            new = [s for s in statements if session.scalar(select(BankStatement.id).where(
                BankStatement.account_iban == s.account_iban, BankStatement.statement_ref == s.statement_ref)) is None]
            if not new:
                return ImportResult(refs, already_imported=True)
            for statement in new:
                record = BankStatement(account_iban=statement.account_iban, statement_ref=statement.statement_ref,
                                       message_id=statement.message_id[:35], schema=statement.schema,
                                       created_on=statement.created_on, file_name=file_name[:255], file_sha256=digest,
                                       entries=len(statement.movements), imported_by=actor.username)
                session.add(record)
                session.flush()
                for movement in statement.movements:
                    check_cancelled(progress)
                    progress.report(done, total, _("Movement {n} of {total}").format(n=done + 1, total=total))
                    done += 1
                    key = f"{statement.account_iban}:{movement.entry_ref}:{movement.position}"
                    if session.scalar(select(BankEntry.id).where(BankEntry.entry_key == key)) is not None:
                        counts["known"] += 1
                        continue
                    entry = _entry(record, key, movement)
                    session.add(entry)
                    session.flush()
                    outcome = apply_movement(session, actor, record, entry, movement)
                    counts[{EntryOutcome.CONFIRMED: "confirmed", EntryOutcome.RETURNED: "returned",
                            EntryOutcome.INVOICE: "invoice_payments", EntryOutcome.OTHER: "other"}.get(
                        outcome, "unrecognised")] += 1
                audit.record(session, actor, "import", "bank_statement", record.id, after=audit.snapshot(record),
                             detail=_("statement {ref} of {account}, {n} movements").format(
                                 ref=record.statement_ref, account=record.account_iban, n=record.entries))
            uow.commit()
        return ImportResult(refs, **counts)

    def unrecognised(self, actor: Actor) -> list[EntryRow]:
        """Credits not yet linked to anything: the list "niet herkend"."""
        actor.require(Permission.VIEW, _("see payments"))
        with self.db.reader(actor) as uow:
            query = (select(BankEntry, BankStatement.statement_ref).join(BankStatement, BankStatement.id == BankEntry.statement_id)
                     .where(BankEntry.outcome == EntryOutcome.UNRECOGNISED.value)
                     .order_by(BankEntry.booking_date, BankEntry.id))
            return [_entry_row(entry, ref) for entry, ref in uow.session.execute(query)]

    def link_to_invoice(self, actor: Actor, entry_id: int, invoice_number: str, *,
                        expected_version: int | None = None) -> EntryRow:
        """The treasurer recognises an incoming payment: it is a payment on this invoice."""
        actor.require(Permission.PAY, _("link bank payments"))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            entry = load_for_update(session, BankEntry, entry_id, expected_version, _("Bank entry"))
            if entry.outcome != EntryOutcome.UNRECOGNISED.value or not entry.credit:
                raise Conflict(_("This bank entry is {outcome} already; only an unrecognised payment received can be "
                                 "linked.").format(outcome=entry.outcome))
            invoice = session.scalar(select(Invoice).where(Invoice.number == invoice_number.strip(),
                                                           Invoice.status == FINAL, Invoice.kind == INVOICE))
            if invoice is None:
                raise ValidationError(FieldProblem("invoice", _("there is no final invoice {number}").format(
                    number=invoice_number.strip())))
            rest = open_amount(session, invoice)
            if entry.amount > rest:
                raise ValidationError(FieldProblem("invoice", _(
                    "the payment of {amount} is more than the {open} open on invoice {number}").format(
                    amount=formatting.money(entry.amount), open=formatting.money(rest), number=invoice.number)))
            add_payment(session, invoice, entry.booking_date, entry.amount, source=BANK, username=actor.username,
                        bank_entry_id=entry.id)
            entry.outcome, entry.invoice_id = EntryOutcome.LINKED.value, invoice.id
            statement = session.get(BankStatement, entry.statement_id)
            audit.record(session, actor, "bank_link", "invoice", invoice.id,
                         after={"amount": str(entry.amount), "paid_on": entry.booking_date.isoformat(),
                                "source": BANK, "linked_by_hand": True,
                                "paid_on_invoice": invoice.paid_on.isoformat() if invoice.paid_on else None},
                         detail=where_text(statement, entry))
            uow.commit()
            return _entry_row(entry, statement.statement_ref)


def read_statements(data: bytes, file_name: str = "") -> tuple[Statement, ...]:
    """A CAMT.053 (XML) or MT940 statement, told apart by its first characters."""
    if swift_mt940.looks_like_mt940(data):
        return swift_mt940.read_statements(data, file_name)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return camt.read_statements(data, file_name)
    raise not_a_statement(file_name or _("the file"))


def _entry(statement: BankStatement, key: str, movement: Movement) -> BankEntry:
    return BankEntry(
        statement_id=statement.id, entry_key=key[:120], entry_ref=movement.entry_ref, booking_date=movement.booking_date,
        amount=movement.amount, credit=movement.credit,
        end_to_end_id="" if movement.end_to_end_id.upper() == _NOT_PROVIDED else movement.end_to_end_id,
        batch_ref=(movement.batch_refs[0] if movement.batch_refs else "")[:35], return_code=movement.return_code,
        counterparty=movement.counterparty, remittance=movement.remittance, outcome=EntryOutcome.UNRECOGNISED.value,
    )


def _entry_row(entry: BankEntry, statement_ref: str) -> EntryRow:
    return EntryRow(entry.id, statement_ref, entry.entry_ref, entry.booking_date, entry.amount, entry.credit,
                    entry.counterparty, entry.remittance, entry.outcome, entry.note, entry.version)
