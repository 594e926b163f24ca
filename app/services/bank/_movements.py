"""What one movement on the bank's statement does: a debit that matches a payment run confirms
its transfers (booking date, lines paid), a credit with a return reason puts the volunteer's
lines back as approved and unpaid, a credit naming an invoice number is a payment on it; the
rest is "niet herkend" (with why) or, for a debit that is no payment run, nothing to do. Every
change is audited naming the statement and the entry."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.models import AllowanceLine, BankEntry, BankStatement, Invoice, PaymentBatch, PaymentTransfer, Volunteer
from app.domain import formatting
from app.domain.allowance_rules import LineState
from app.domain.bank import EntryOutcome, Movement, TransferState, invoice_numbers, return_reason
from app.domain.errors import Conflict
from app.i18n import translator
from app.reports import sepa
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.allowances import volunteer_name
from app.services.rooms import BANK, add_payment, open_amount
from app.services.rooms import FINAL, INVOICE
from app.services.allowances import BatchState

_ = translator("allowances")


def apply_movement(session: Session, actor: Actor, statement: BankStatement, entry: BankEntry,
                   movement: Movement) -> EntryOutcome:
    """Applies the movement (already stored as `entry`) and returns its outcome."""
    return _Apply(session, actor, statement, entry, movement).run()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def where_text(statement: BankStatement, entry: BankEntry) -> str:
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
                         detail=where_text(self.statement, self.entry))
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
                         detail=where_text(self.statement, self.entry))

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
                         reason=reason, where=where_text(self.statement, entry)))
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
                     detail=where_text(self.statement, entry))
        return EntryOutcome.INVOICE
