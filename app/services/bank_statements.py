"""Importing the bank's statement (CAMT.053): a debit that matches a payment run confirms its
transfers with the bank's booking date, a returned transfer puts the volunteer's lines back as
approved and unpaid, a credit naming an invoice number is a payment on that invoice, anything
else is "niet herkend" until the treasurer links it. All or nothing; a statement is imported
once; every change is in the audit trail naming the statement and the entry."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import AllowanceLine, BankEntry, BankStatement, Invoice, PaymentBatch, PaymentTransfer, Volunteer
from app.domain import formatting
from app.domain.allowance_rules import LineState
from app.domain.bank import EntryOutcome, Movement, Statement, TransferState, invoice_numbers, return_reason
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.importers.camt import StatementFileError, read_statements
from app.reports import sepa
from app.services import audit
from app.services.actor import Actor
from app.services.allowance_data import valid_iban, volunteer_name
from app.services.invoice_payments import BANK, add_payment, open_amount
from app.services.invoices import FINAL, INVOICE
from app.services.payments import BatchState
from app.services.records import get_or_raise, load_for_update
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

    def import_statement(self, actor: Actor, data: bytes, file_name: str = "") -> ImportResult:
        actor.require(Permission.PAY, _("import bank statements"))
        statements = read_statements(data, file_name)
        centre_iban = valid_iban(self._settings.centre().iban)
        if not centre_iban:
            raise ValidationError(FieldProblem("iban", _("The centre's IBAN is missing or wrong: fill it in under Settings → Centre.")))
        for statement in statements:
            if statement.account_iban != centre_iban:
                raise StatementFileError(_(
                    "{file} is a statement of account {account}, not of the centre's account {centre}; nothing was "
                    "imported.").format(file=file_name or _("the file"), account=statement.account_iban, centre=centre_iban))
        digest = hashlib.sha256(data).hexdigest()
        try:
            return self._import(actor, statements, file_name, digest)
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

    def _import(self, actor: Actor, statements: tuple[Statement, ...], file_name: str, digest: str) -> ImportResult:
        refs = tuple(s.statement_ref for s in statements)
        counts = dict.fromkeys(("confirmed", "returned", "invoice_payments", "unrecognised", "other", "known"), 0)
        with self.db.unit_of_work() as uow:
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
                    key = f"{statement.account_iban}:{movement.entry_ref}:{movement.position}"
                    if session.scalar(select(BankEntry.id).where(BankEntry.entry_key == key)) is not None:
                        counts["known"] += 1
                        continue
                    entry = _entry(record, key, movement)
                    session.add(entry)
                    session.flush()
                    outcome = _Apply(session, actor, record, entry, movement).run()
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
        with self.db.reader() as uow:
            query = (select(BankEntry, BankStatement.statement_ref).join(BankStatement, BankStatement.id == BankEntry.statement_id)
                     .where(BankEntry.outcome == EntryOutcome.UNRECOGNISED.value)
                     .order_by(BankEntry.booking_date, BankEntry.id))
            return [_entry_row(entry, ref) for entry, ref in uow.session.execute(query)]

    def link_to_invoice(self, actor: Actor, entry_id: int, invoice_number: str, *,
                        expected_version: int | None = None) -> EntryRow:
        """The treasurer recognises an incoming payment: it is a payment on this invoice."""
        actor.require(Permission.PAY, _("link bank payments"))
        with self.db.unit_of_work() as uow:
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
                                "source": BANK, "linked_by_hand": True, "paid_on_invoice": _iso(invoice.paid_on)},
                         detail=_where(statement, entry))
            uow.commit()
            return _entry_row(entry, statement.statement_ref)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


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


def _where(statement: BankStatement, entry: BankEntry) -> str:
    return _("bank statement {statement}, entry {entry}").format(statement=statement.statement_ref, entry=entry.entry_ref)


class _Apply:
    """What one movement does."""

    def __init__(self, session: Session, actor: Actor, statement: BankStatement, entry: BankEntry, movement: Movement):
        self.session, self.actor, self.statement, self.entry, self.movement = session, actor, statement, entry, movement

    def run(self) -> EntryOutcome:
        entry = self.entry
        if not entry.credit:
            outcome = self._debit()
        elif entry.return_code or self.movement.reversal:
            outcome = self._returned()
        else:
            outcome = self._received()
        entry.outcome = outcome.value
        return outcome

    def _unrecognised(self, note: str) -> EntryOutcome:
        self.entry.note = note
        return EntryOutcome.UNRECOGNISED

    # a debit: the bank paid (part of) a payment run
    def _debit(self) -> EntryOutcome:
        entry = self.entry
        if entry.end_to_end_id:
            transfer = self.session.scalar(select(PaymentTransfer).where(
                PaymentTransfer.end_to_end_id == entry.end_to_end_id))
            if transfer is not None:
                if transfer.state != TransferState.SENT.value or transfer.amount != entry.amount:
                    return self._unrecognised(_("transfer {id} is {state}, amount {amount}").format(
                        id=transfer.end_to_end_id, state=transfer.state, amount=formatting.money(transfer.amount)))
                self._confirm([transfer])
                return EntryOutcome.CONFIRMED
        batch = self._batch(self.movement.batch_refs)
        if batch is not None:
            open_transfers = list(self.session.scalars(select(PaymentTransfer).where(
                PaymentTransfer.batch_id == batch.id, PaymentTransfer.state == TransferState.SENT.value)))
            if sum((t.amount for t in open_transfers), Decimal(0)) != entry.amount:
                return self._unrecognised(_("the amount does not match the unconfirmed transfers of payment run {id}")
                                          .format(id=batch.id))
            self._confirm(open_transfers)
            return EntryOutcome.CONFIRMED
        return EntryOutcome.OTHER

    def _batch(self, refs: tuple[str, ...]) -> PaymentBatch | None:
        if not refs:
            return None
        batches = self.session.scalars(select(PaymentBatch).where(PaymentBatch.state != BatchState.CANCELLED))
        for batch in batches:
            if batch.message_id in refs:
                return batch
            if batch.file_data and set(sepa.read_transfers(batch.file_data).payment_info_ids) & set(refs):
                return batch
        return None

    def _confirm(self, transfers: list[PaymentTransfer]) -> None:
        booked = self.entry.booking_date
        paid_at = dt.datetime.combine(booked, dt.time(12), tzinfo=dt.UTC)
        for transfer in transfers:
            changed = self.session.execute(
                update(PaymentTransfer).where(PaymentTransfer.id == transfer.id,
                                              PaymentTransfer.state == TransferState.SENT.value)
                .values(state=TransferState.CONFIRMED.value, booked_on=booked, bank_entry_id=self.entry.id,
                        version=PaymentTransfer.version + 1)
                .execution_options(synchronize_session=False)).rowcount
            if changed != 1:
                raise Conflict(_("Transfer {id} was changed by someone else meanwhile; import the statement again.")
                               .format(id=transfer.end_to_end_id))
            self.session.execute(
                update(AllowanceLine).where(AllowanceLine.payment_batch_id == transfer.batch_id,
                                            AllowanceLine.volunteer_id == transfer.volunteer_id,
                                            AllowanceLine.state == LineState.APPROVED.value)
                .values(state=LineState.PAID.value, paid_at=paid_at, version=AllowanceLine.version + 1)
                .execution_options(synchronize_session=False))
            audit.record(self.session, self.actor, "bank_confirmed", "payment_transfer", transfer.id,
                         before={"state": TransferState.SENT.value},
                         after={"state": TransferState.CONFIRMED.value, "booked_on": booked.isoformat()},
                         detail=_where(self.statement, self.entry))
        for batch_id in {t.batch_id for t in transfers}:
            self._close_batch(batch_id)

    def _close_batch(self, batch_id: int) -> None:
        left = self.session.scalar(select(func.count()).select_from(PaymentTransfer).where(
            PaymentTransfer.batch_id == batch_id, PaymentTransfer.state == TransferState.SENT.value))
        batch = self.session.get(PaymentBatch, batch_id, populate_existing=True)
        if left == 0 and batch.state == BatchState.CREATED:
            batch.state = BatchState.PAID
            batch.confirmed_at = dt.datetime.now(dt.UTC)
            batch.confirmed_by = self.actor.username
            audit.record(self.session, self.actor, "state", "payment_batch", batch_id,
                         before={"state": BatchState.CREATED}, after={"state": BatchState.PAID},
                         detail=_where(self.statement, self.entry))

    # a credit with a return reason: the volunteer's bank sent the money back
    def _returned(self) -> EntryOutcome:
        entry = self.entry
        transfer = self.session.scalar(select(PaymentTransfer).where(
            PaymentTransfer.end_to_end_id == entry.end_to_end_id)) if entry.end_to_end_id else None
        reason = return_reason(entry.return_code) if entry.return_code else _("reversed by the bank")
        if transfer is None or transfer.state == TransferState.RETURNED.value or transfer.amount != entry.amount:
            return self._unrecognised(_("a returned transfer Wijkhuis does not know ({reason})").format(reason=reason))
        before = transfer.state
        transfer.state, transfer.return_code = TransferState.RETURNED.value, entry.return_code or "RVSL"
        transfer.booked_on, transfer.bank_entry_id = entry.booking_date, entry.id
        self.session.execute(
            update(AllowanceLine).where(AllowanceLine.payment_batch_id == transfer.batch_id,
                                        AllowanceLine.volunteer_id == transfer.volunteer_id,
                                        AllowanceLine.state.in_([LineState.APPROVED.value, LineState.PAID.value]))
            .values(state=LineState.APPROVED.value, paid_at=None, payment_batch_id=None,
                    version=AllowanceLine.version + 1)
            .execution_options(synchronize_session=False))
        volunteer = self.session.get(Volunteer, transfer.volunteer_id)
        entry.note = reason
        audit.record(self.session, self.actor, "bank_returned", "payment_transfer", transfer.id,
                     before={"state": before}, after={"state": TransferState.RETURNED.value, "reason": reason},
                     detail=_("{name}: {reason}; {where}").format(
                         name=volunteer_name(volunteer.first_name, volunteer.infix, volunteer.last_name),
                         reason=reason, where=_where(self.statement, entry)))
        return EntryOutcome.RETURNED

    # a credit: a renter paid an invoice
    def _received(self) -> EntryOutcome:
        entry = self.entry
        numbers = invoice_numbers(entry.remittance)
        if not numbers:
            return self._unrecognised(_("no invoice number in the description"))
        invoices = list(self.session.scalars(select(Invoice).where(
            Invoice.number.in_(numbers), Invoice.status == FINAL, Invoice.kind == INVOICE)))
        if len(invoices) != 1:
            return self._unrecognised(_("no single final invoice with number {numbers}").format(numbers=", ".join(numbers)))
        invoice = invoices[0]
        rest = open_amount(self.session, invoice)
        if entry.amount > rest:
            return self._unrecognised(_("{amount} is more than the {open} open on invoice {number}").format(
                amount=formatting.money(entry.amount), open=formatting.money(rest), number=invoice.number))
        add_payment(self.session, invoice, entry.booking_date, entry.amount, source=BANK,
                    username=self.actor.username, bank_entry_id=entry.id)
        entry.invoice_id = invoice.id
        audit.record(self.session, self.actor, "bank_payment", "invoice", invoice.id,
                     after={"amount": str(entry.amount), "paid_on": entry.booking_date.isoformat(),
                            "open": str(open_amount(self.session, invoice)), "paid_on_invoice": _iso(invoice.paid_on)},
                     detail=_where(self.statement, entry))
        return EntryOutcome.INVOICE
