"""Payment runs: approved, unpaid lines (all, or up to a date) become one batch and one SEPA
file; the lines are marked paid when the treasurer confirms the bank accepted the file, or
released again when the batch is cancelled. Volunteers without a valid IBAN are listed."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update

from app.db import locks
from app.db.base import utcnow
from app.db.database import Database
from app.db.models import AllowanceLine, PaymentBatch, PaymentTransfer, Volunteer
from app.domain import formatting, validation
from app.domain.allowance_rules import LineState, money
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain import payments as batch_rules
from app.domain.payments import BatchState
from app.i18n import translator
from app.importers.guard import FileRefused, check_output_path, os_message
from app.reports import sepa
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.allowances._data import valid_iban, volunteer_name
from app.services.common.records import get_or_raise, load_for_update
from app.services.exports import partial_name
from app.services.settings import SettingsService

_ = translator("allowances")

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PayeeRow:
    volunteer_id: int
    name: str
    iban_masked: str
    iban_valid: bool
    amount: Decimal
    lines: int
    months: tuple[int, ...]
    problem: str = ""  # why this volunteer cannot be paid in this run

    @property
    def payable(self) -> bool:
        return not self.problem


@dataclass(frozen=True)
class PaymentPreview:
    year: int
    through: dt.date | None
    payees: tuple[PayeeRow, ...]

    @property
    def payable(self) -> list[PayeeRow]:
        return [p for p in self.payees if p.payable]

    @property
    def left_out(self) -> list[PayeeRow]:
        return [p for p in self.payees if not p.payable]

    @property
    def total(self) -> Decimal:
        return money(sum((p.amount for p in self.payable), ZERO))


@dataclass(frozen=True)
class BatchRow:
    id: int
    year: int
    through: dt.date | None
    state: str
    file_format: str
    file_name: str
    transactions: int
    total: Decimal
    skipped: tuple[dict, ...]
    created_at: dt.datetime
    created_by: str
    confirmed_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    message_id: str
    version: int

    @property
    def state_label(self) -> str:
        return BatchState(self.state).label

    @property
    def allowed(self) -> frozenset[batch_rules.BatchAction]:
        return batch_rules.allowed_actions(self.state)


def _batch_row(batch: PaymentBatch) -> BatchRow:
    return BatchRow(
        batch.id, batch.year, batch.through, batch.state, batch.file_format, batch.file_name, batch.transactions,
        batch.total, tuple(batch.skipped or ()), batch.created_at, batch.created_by, batch.confirmed_at,
        batch.cancelled_at, batch.message_id, batch.version,
    )


def remittance_text(year: int, months: tuple[int, ...]) -> str:
    """`Vrijwilligersvergoeding november 2026`, or a range of months."""
    first, last = min(months), max(months)
    if first == last:
        period = formatting.month_name(year, first)
    else:
        period = f"{formatting.month_name(year, first).split()[0]}-{formatting.month_name(year, last)}"
    # The bank statement text stays Dutch whatever the interface language: volunteers read it.
    return f"Vrijwilligersvergoeding {period}"


class PaymentService:
    def __init__(self, db: Database):
        self.db = db
        self._settings = SettingsService(db)

    def preview(self, actor: Actor, year: int, through: dt.date | None = None) -> PaymentPreview:
        actor.require(Permission.VIEW, _("see payments"))
        with self.db.reader(actor) as uow:
            return self._preview(uow.session, year, through)

    def _preview(self, session, year: int, through: dt.date | None) -> PaymentPreview:
        query = (
            select(AllowanceLine.volunteer_id, AllowanceLine.amount, AllowanceLine.month, Volunteer.first_name,
                   Volunteer.infix, Volunteer.last_name, Volunteer.iban)
            .join(Volunteer, Volunteer.id == AllowanceLine.volunteer_id)
            .where(AllowanceLine.year == year, AllowanceLine.state == LineState.APPROVED.value,
                   AllowanceLine.payment_batch_id.is_(None))
        )
        if through is not None:
            query = query.where(AllowanceLine.worked_on <= through)
        grouped: dict[int, dict] = defaultdict(lambda: {"amount": ZERO, "lines": 0, "months": set()})
        for volunteer_id, amount, month, first, infix, last, iban in session.execute(query):
            entry = grouped[volunteer_id]
            entry["amount"] = money(entry["amount"] + amount)
            entry["lines"] += 1
            entry["months"].add(month)
            entry["name"] = volunteer_name(first, infix, last)
            entry["iban"] = iban
        payees = []
        for volunteer_id, entry in grouped.items():
            clean = valid_iban(entry["iban"])
            if not entry["iban"]:
                problem = _("no IBAN")
            elif clean is None:
                problem = _("IBAN {iban} is not valid").format(iban=entry["iban"])
            elif entry["amount"] <= 0:
                problem = _("nothing to pay (corrections)")
            elif not sepa.latin(entry["name"], sepa.MAX_NAME):
                problem = _("the name {name} has no letters the bank accepts; write it in Latin letters").format(
                    name=entry["name"])
            else:
                problem = ""
            payees.append(PayeeRow(volunteer_id, entry["name"], validation.mask_iban(entry["iban"]),
                                   clean is not None, entry["amount"], entry["lines"],
                                   tuple(sorted(entry["months"])), problem))
        payees.sort(key=lambda p: (p.name.lower(), p.volunteer_id))
        return PaymentPreview(year, through, tuple(payees))

    def create_batch(
        self, actor: Actor, year: int, *, through: dt.date | None = None, file_format: str = sepa.DEFAULT_FORMAT,
        execution_date: dt.date | None = None, file_name: str = "",
    ) -> tuple[BatchRow, bytes, PaymentPreview]:
        """Creates the batch and returns it with the validated SEPA file and who was left out."""
        actor.require(Permission.PAY, _("make payment runs"))
        if file_format not in sepa.FORMATS:
            raise ValidationError(FieldProblem("format", _("choose {choices}").format(choices=", ".join(sepa.FORMATS))))
        centre = self._settings.centre(actor)
        if not valid_iban(centre.iban):
            raise ValidationError(FieldProblem("iban", _("The centre's IBAN is missing or wrong: fill it in under Settings → Centre.")))
        today = dt.date.today()
        execution_date = execution_date or today
        if execution_date < today:
            raise ValidationError(FieldProblem("execution_date", _(
                "the execution date {date} is in the past; banks refuse such a file. The earliest is today, {today}.")
                .format(date=formatting.date(execution_date), today=formatting.date(today))))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            # Exactly once: one payment run at a time (PostgreSQL advisory lock; SQLite's write
            # lock), the lines it consumes locked, and below an UPDATE that must take them all.
            locks.hold(session, locks.PAYMENT_RUN)
            lines = self._lock_payable_lines(session, year, through)
            preview = self._preview(session, year, through)
            payable = preview.payable
            if not payable:
                raise self._nothing_left(session, year)
            batch = PaymentBatch(
                year=year, through=through, state=BatchState.CREATED, file_format=file_format,
                file_name=file_name, execution_date=execution_date, created_by=actor.username,
                skipped=[{"volunteer_id": p.volunteer_id, "name": p.name, "amount": str(p.amount), "reason": p.problem}
                         for p in preview.left_out],
            )
            session.add(batch)
            session.flush()
            transfers = [
                sepa.Transfer(p.name, valid_iban(self._iban(session, p.volunteer_id)), p.amount,
                              f"WH{batch.id}-V{p.volunteer_id}"[: sepa.MAX_END_TO_END],
                              remittance_text(year, p.months))
                for p in payable
            ]
            data, message_id = sepa.write_transfers(
                sepa.Debtor(centre.name, valid_iban(centre.iban), centre.bic), transfers, execution_date, file_format)
            for transfer, payee in zip(transfers, payable, strict=True):
                session.add(PaymentTransfer(batch_id=batch.id, volunteer_id=payee.volunteer_id,
                                            end_to_end_id=transfer.end_to_end_id, amount=transfer.amount))
            batch.file_data = data
            batch.file_sha256 = hashlib.sha256(data).hexdigest()
            batch.message_id = message_id[:35]
            batch.transactions = len(transfers)
            batch.total = money(sum((t.amount for t in transfers), ZERO))
            query = update(AllowanceLine).where(
                AllowanceLine.year == year, AllowanceLine.state == LineState.APPROVED.value,
                AllowanceLine.payment_batch_id.is_(None),
                AllowanceLine.volunteer_id.in_([p.volunteer_id for p in payable]),
            )
            if through is not None:
                query = query.where(AllowanceLine.worked_on <= through)
            taken = session.execute(query.values(payment_batch_id=batch.id, version=AllowanceLine.version + 1)
                                    .execution_options(synchronize_session=False)).rowcount
            expected = sum(p.lines for p in payable)
            if taken != expected or expected > lines:
                # Someone else took (some of) these lines meanwhile: no file, no empty run.
                raise self._nothing_left(session, year)
            audit.record(session, actor, "create", "payment_batch", batch.id, after=audit.snapshot(batch),
                         detail=_("{n} transfers, {total}; left out: {left}").format(
                             n=batch.transactions, total=formatting.money(batch.total), left=len(preview.left_out)))
            uow.commit()
            return _batch_row(batch), data, preview

    def confirm(self, actor: Actor, batch_id: int, expected_version: int | None = None) -> BatchRow:
        """The bank accepted the file: every line in the batch is paid."""
        actor.require(Permission.PAY, _("confirm payments"))
        with self.db.unit_of_work(actor) as uow:
            batch = load_for_update(uow.session, PaymentBatch, batch_id, expected_version, _("Payment batch"))
            if batch.state != BatchState.CREATED:
                raise Conflict(_("Payment batch {id} is {state} already.").format(id=batch_id, state=batch.state))
            now = utcnow()
            uow.session.execute(
                update(AllowanceLine).where(AllowanceLine.payment_batch_id == batch_id,
                                            AllowanceLine.state == LineState.APPROVED.value)
                .values(state=LineState.PAID.value, paid_at=now, version=AllowanceLine.version + 1)
                .execution_options(synchronize_session=False))
            batch.state = BatchState.PAID
            batch.confirmed_at = now
            batch.confirmed_by = actor.username
            audit.record(uow.session, actor, "state", "payment_batch", batch_id,
                         before={"state": BatchState.CREATED}, after={"state": BatchState.PAID})
            uow.commit()
            return _batch_row(batch)

    def write_batch(
        self, actor: Actor, year: int, path: str | os.PathLike[str], *, through: dt.date | None = None,
        file_format: str = sepa.DEFAULT_FORMAT, execution_date: dt.date | None = None,
    ) -> tuple[BatchRow, PaymentPreview]:
        """A payment run and its SEPA file at `path`, or neither: the folder is checked before the
        run is made, the file is written beside its place and then moved in whole, and when it
        cannot be written after all, the run is cancelled again (its lines stay approved)."""
        actor.require(Permission.PAY, _("make payment runs"))
        target = check_output_path(path)
        batch, data, preview = self.create_batch(actor, year, through=through, file_format=file_format,
                                                 execution_date=execution_date, file_name=target.name)
        staging = partial_name(target)  # the hidden name every export is written under until complete
        try:
            staging.write_bytes(data)
            os.replace(staging, target)
        except OSError as error:
            staging.unlink(missing_ok=True)
            self.cancel(actor, batch.id, batch.version)
            raise FileRefused(_("{reason} The payment run was cancelled again: nothing is paid yet and its lines "
                                "stay approved. Choose another place for the bank file and try again.").format(
                reason=os_message(error, target))) from None
        return batch, preview

    def cancel(self, actor: Actor, batch_id: int, expected_version: int | None = None) -> BatchRow:
        """Before the bank accepted it: the lines are released for a next run."""
        actor.require(Permission.PAY, _("cancel payment batches"))
        with self.db.unit_of_work(actor) as uow:
            batch = load_for_update(uow.session, PaymentBatch, batch_id, expected_version, _("Payment batch"))
            if batch.state != BatchState.CREATED:
                raise Conflict(_("Payment batch {id} is {state}; only a batch not yet confirmed can be cancelled.")
                               .format(id=batch_id, state=batch.state))
            uow.session.execute(
                update(AllowanceLine).where(AllowanceLine.payment_batch_id == batch_id)
                .values(payment_batch_id=None, version=AllowanceLine.version + 1)
                .execution_options(synchronize_session=False))
            batch.state = BatchState.CANCELLED
            batch.cancelled_at = utcnow()
            batch.cancelled_by = actor.username
            audit.record(uow.session, actor, "state", "payment_batch", batch_id,
                         before={"state": BatchState.CREATED}, after={"state": BatchState.CANCELLED})
            uow.commit()
            return _batch_row(batch)

    def batches(self, actor: Actor, year: int | None = None) -> list[BatchRow]:
        actor.require(Permission.VIEW, _("see payments"))
        query = select(PaymentBatch).order_by(PaymentBatch.id.desc())
        if year is not None:
            query = query.where(PaymentBatch.year == year)
        with self.db.reader(actor) as uow:
            return [_batch_row(b) for b in uow.session.scalars(query)]

    def batch_file(self, actor: Actor, batch_id: int) -> bytes:
        actor.require(Permission.PAY, _("download payment files"))
        with self.db.reader(actor) as uow:
            batch = get_or_raise(uow.session, PaymentBatch, batch_id, _("Payment batch"))
            return batch.file_data or b""

    @staticmethod
    def _lock_payable_lines(session, year: int, through: dt.date | None) -> int:
        """FOR UPDATE on the lines this run would pay; a second run waits, then sees them taken."""
        query = select(AllowanceLine.id).where(
            AllowanceLine.year == year, AllowanceLine.state == LineState.APPROVED.value,
            AllowanceLine.payment_batch_id.is_(None))
        if through is not None:
            query = query.where(AllowanceLine.worked_on <= through)
        return len(session.execute(query.with_for_update()).all())

    @staticmethod
    def _nothing_left(session, year: int) -> Conflict:
        """The loser of two runs at once is told who made the run and when."""
        latest = session.scalars(
            select(PaymentBatch).where(PaymentBatch.year == year, PaymentBatch.state == BatchState.CREATED)
            .order_by(PaymentBatch.id.desc()).limit(1)).first()
        if latest is None:
            return Conflict(_("There are no approved, unpaid lines to pay for {year}.").format(year=year))
        return Conflict(
            _("This payment run has already been made by {user} at {time} (run {id}, {n} transfers, {total}); "
              "no file was written.").format(
                user=latest.created_by, time=formatting.datetime(latest.created_at.astimezone()), id=latest.id,
                n=latest.transactions, total=formatting.money(latest.total)))

    @staticmethod
    def _iban(session, volunteer_id: int) -> str:
        return session.scalar(select(Volunteer.iban).where(Volunteer.id == volunteer_id)) or ""
