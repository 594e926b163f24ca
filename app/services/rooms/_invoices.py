"""Invoices for room rental: a concept per renter per period with a line per booking, a
number only when it is finalised (gapless per year, assigned under a lock on the year's
counter), never changed afterwards — a credit invoice corrects a finalised one.

A concept is a preview: it holds no booking back. Finalising links every billed booking to
the invoice (`invoice_links`, one final invoice per booking, enforced by the database) and
absorbs the renter's other concepts that showed the same bookings. A booking cancelled after
it was billed is offered as a credit line on the renter's next concept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.database import Database
from app.db.models import Booking, Invoice, InvoiceBooking, InvoiceCounter, InvoiceLine, Renter, Room, RoomTariff
from app.domain import bookings as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.formatting import round_money
from app.domain.permissions import Permission
from app.domain.bookings import InvoiceKind, InvoiceState
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.rooms._rooms import (
    PAYMENT_TERM_KEY,
    percentages,
    renter_row,
    setting_value,
)
from app.services.rooms.rows import InvoiceLineRow, InvoiceRow  # noqa: F401 (re-exported)
from app.services.rooms._invoice_payments import record_hand_payment
from app.services.rooms import _invoice_links as invoice_links

VAT_NUMBER_KEY = "rooms.vat_number"  # empty: the centre's room rental is exempt from VAT

_ = translator("rooms")

CONCEPT, FINAL = InvoiceState.CONCEPT, InvoiceState.FINAL
INVOICE, CREDIT = InvoiceKind.INVOICE, InvoiceKind.CREDIT


def _insert_of(dialect: str):
    """The dialect's INSERT … ON CONFLICT. Imported here: SQLAlchemy's PostgreSQL dialect
    module loads asyncio with it (≈ 30 ms), which a window on SQLite never needs."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        return None
    return insert


def _row(session: Session, invoice: Invoice, *, with_lines: bool = True) -> InvoiceRow:
    renter = session.get(Renter, invoice.renter_id)
    lines = ()
    if with_lines:
        query = (select(InvoiceLine, Booking.local_start).outerjoin(Booking, Booking.id == InvoiceLine.booking_id)
                 .where(InvoiceLine.invoice_id == invoice.id).order_by(InvoiceLine.position))
        lines = tuple(
            InvoiceLineRow(l.position, l.booking_id, l.description, l.quantity, l.unit, l.unit_price, l.amount,
                           start.date() if start else None)
            for l, start in session.execute(query)
        )
    credited = session.get(Invoice, invoice.credit_for_id) if invoice.credit_for_id else None
    return InvoiceRow(
        invoice.id, invoice.renter_id, renter.name if renter else "", invoice.status, invoice.kind, invoice.number,
        invoice.period_start, invoice.period_end, invoice.issue_date, invoice.due_date, invoice.total, invoice.paid_on,
        invoice.credit_for_id, credited.number if credited else None, invoice.notes, invoice.version, lines,
        renter_row(renter) if renter and with_lines else None,
        str(setting_value(session, VAT_NUMBER_KEY, "") or "") if with_lines else "",
    )


def booking_price(session: Session, booking: Booking, renter: Renter, cache: dict | None = None) -> rules.Price:
    cache = cache if cache is not None else {}
    room = cache.get(("room", booking.room_id)) or session.get(Room, booking.room_id)
    cache[("room", booking.room_id)] = room
    key = ("tariffs", booking.room_id)
    if key not in cache:
        cache[key] = {t.category: rules.Tariff(t.hourly_rate, t.day_part_rate)
                      for t in session.scalars(select(RoomTariff).where(RoomTariff.room_id == booking.room_id))}
    if "percentages" not in cache:
        cache["percentages"] = percentages(session)
    tariff = rules.tariff_for(renter.category, cache[key], cache["percentages"])
    return rules.price(tariff, booking.rate_basis, booking.local_start, booking.local_end, room.day_parts)


def period_of(kind: str, year: int, number: int) -> tuple[dt.date, dt.date]:
    """("month", 2026, 11) → november; ("quarter", 2026, 4) → October to December."""
    if kind == "quarter":
        first = dt.date(year, 3 * number - 2, 1)
        months = 3
    else:
        first = dt.date(year, number, 1)
        months = 1
    month = first.month + months
    after = dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


class InvoiceService:
    def __init__(self, db: Database):
        self.db = db

    def list(self, actor: Actor, *, year: int | None = None, renter_id: int | None = None,
             open_only: bool = False) -> list[InvoiceRow]:
        actor.require(Permission.VIEW, _("see invoices"))
        with self.db.reader(actor) as uow:
            query = select(Invoice).order_by(Invoice.period_start.desc(), Invoice.id.desc())
            if year is not None:
                query = query.where(Invoice.period_start >= dt.date(year, 1, 1), Invoice.period_start <= dt.date(year, 12, 31))
            if renter_id is not None:
                query = query.where(Invoice.renter_id == renter_id)
            if open_only:
                query = query.where((Invoice.status == CONCEPT) | Invoice.paid_on.is_(None))
            return [_row(uow.session, i, with_lines=False) for i in uow.session.scalars(query)]

    def get(self, actor: Actor, invoice_id: int) -> InvoiceRow:
        actor.require(Permission.VIEW, _("see invoices"))
        with self.db.reader(actor) as uow:
            return _row(uow.session, get_or_raise(uow.session, Invoice, invoice_id, _("Invoice")))

    def create_concept(self, actor: Actor, renter_id: int, period_start: dt.date, period_end: dt.date, *,
                       through: dt.date | None = None) -> InvoiceRow:
        """A concept with a line for every confirmed booking in the period that no final
        invoice bills yet (up to `through` when given), plus a credit line offered for every
        booking cancelled after a final invoice billed it."""
        actor.require(Permission.INVOICE, _("make invoices"))
        _check_period(period_start, period_end)
        with self.db.unit_of_work(actor) as uow:
            invoice = self._concept(uow.session, actor, renter_id, period_start, period_end, through=through)
            if invoice is None:
                raise Conflict(_("There is nothing to invoice for this renter in this period."))
            uow.commit()
            return _row(uow.session, invoice)

    def create_concepts(self, actor: Actor, period_start: dt.date, period_end: dt.date, *,
                        through: dt.date | None = None) -> list[InvoiceRow]:
        """A concept for every renter with something to pay in the period (0 % renters skipped)."""
        actor.require(Permission.INVOICE, _("make invoices"))
        _check_period(period_start, period_end)
        with self.db.unit_of_work(actor) as uow:
            made = self._concepts(uow.session, actor, period_start, period_end, through)
            uow.commit()
            return [_row(uow.session, i, with_lines=False) for i in made]

    def run(self, actor: Actor, period_start: dt.date, period_end: dt.date, issue_date: dt.date | None = None, *,
            through_issue_date: bool = False) -> list[InvoiceRow]:
        """The final invoice run of a period in one transaction: a final invoice per renter with
        something to pay, earlier concepts absorbed. Bookings after the invoice date are billed
        in advance (said so on the invoice), or left for the next run with `through_issue_date`.
        Two runs at the same moment: one wins, the other is refused and leaves nothing behind."""
        actor.require(Permission.INVOICE, _("finalise invoices"))
        _check_period(period_start, period_end)
        issue_date = issue_date or dt.date.today()
        with self.db.unit_of_work(actor) as uow:
            made = self._concepts(uow.session, actor, period_start, period_end, issue_date if through_issue_date else None)
            for invoice in made:
                self._finalise(uow.session, actor, invoice, issue_date)
            uow.commit()
            return [_row(uow.session, i, with_lines=False) for i in made]

    def _concepts(self, session: Session, actor: Actor, period_start: dt.date, period_end: dt.date,
                  through: dt.date | None) -> list[Invoice]:
        last = min(period_end, through) if through else period_end
        in_period = set(session.scalars(select(Booking.renter_id).distinct().where(
            Booking.renter_id.is_not(None), Booking.status == rules.CONFIRMED,
            Booking.local_start >= dt.datetime.combine(period_start, dt.time()),
            Booking.local_start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))))
        to_credit = set(session.scalars(select(Booking.renter_id).distinct().join(
            InvoiceBooking, InvoiceBooking.booking_id == Booking.id).where(Booking.status == rules.CANCELLED)))
        made = [self._concept(session, actor, rid, period_start, period_end, skip_free=True, through=through)
                for rid in sorted(in_period | to_credit)]
        return [i for i in made if i is not None]

    def _concept(self, session: Session, actor: Actor, renter_id: int, period_start: dt.date, period_end: dt.date,
                 *, skip_free: bool = False, through: dt.date | None = None) -> Invoice | None:
        renter = get_or_raise(session, Renter, renter_id, _("Renter"))
        last = min(period_end, through) if through else period_end
        candidates = list(session.scalars(
            select(Booking).where(
                Booking.renter_id == renter_id, Booking.status == rules.CONFIRMED,
                Booking.local_start >= dt.datetime.combine(period_start, dt.time()),
                Booking.local_start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()),
            ).order_by(Booking.local_start)))
        billed = invoice_links.billed_booking_ids(session, [b.id for b in candidates])
        bookings = [b for b in candidates if b.id not in billed]
        credits = _credit_lines(session, renter_id)
        if not bookings and not credits:
            return None
        cache: dict = {}
        priced = [(b, booking_price(session, b, renter, cache)) for b in bookings]
        total = round_money(sum((p.amount for _b, p in priced), Decimal(0)) + sum((l.amount for l in credits), Decimal(0)))
        if skip_free and total == 0 and not credits:
            return None
        invoice = Invoice(renter_id=renter_id, period_start=period_start, period_end=period_end, status=CONCEPT,
                          kind=INVOICE, total=total, created_by=actor.username, notes="")
        session.add(invoice)
        session.flush()
        units = {rules.PER_HOUR: _("hours"), rules.PER_DAY_PART: _("day parts")}
        position = 0
        for position, (booking, price) in enumerate(priced, start=1):
            room = cache.get(("room", booking.room_id)) or session.get(Room, booking.room_id)
            session.add(InvoiceLine(
                invoice_id=invoice.id, position=position, booking_id=booking.id,
                description=f"{room.name} — {booking.activity}, {rules.when_text(booking.local_start, booking.local_end)}",
                quantity=price.quantity, unit=units[price.unit], unit_price=price.unit_price, amount=price.amount))
        for position, line in enumerate(credits, start=position + 1):
            line.invoice_id, line.position = invoice.id, position
            session.add(line)
        session.flush()
        audit.record(session, actor, "create", "invoice", invoice.id, after=audit.snapshot(invoice),
                     detail=_("{n} lines").format(n=len(priced) + len(credits)))
        return invoice

    def _finalise(self, session: Session, actor: Actor, invoice: Invoice, issue_date: dt.date) -> None:
        """Claims the bookings (refused when one is billed already), releases the cancelled ones
        its credit lines return, absorbs the renter's other concepts, assigns the number."""
        renter = session.get(Renter, invoice.renter_id)
        if renter is not None and not (renter.invoice_street or renter.invoice_email or renter.email):
            raise ValidationError(FieldProblem("renter", _("{name} has no invoice address or e-mail address yet").format(
                name=renter.name)))
        lines = list(session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id,
                                                               InvoiceLine.booking_id.is_not(None))))
        billing = [l.booking_id for l in lines if l.amount >= 0]
        crediting = {l.booking_id: l for l in lines if l.amount < 0}
        not_billed = [b for b in billing if session.get(Booking, b).status != rules.CONFIRMED]
        if not_billed:
            raise Conflict(_("{n} bookings on this concept were cancelled or changed since it was made; "
                             "delete the concept and make it again.").format(n=len(not_billed)))
        invoice_links.claim(session, invoice.id, billing)
        for booking_id, line in crediting.items():
            source = session.get(InvoiceBooking, booking_id)
            if source is None or not invoice_links.release(session, source.invoice_id, [booking_id]):
                raise Conflict(_("The cancelled booking of line {n} has been credited already; remove that line "
                                 "and finalise again.").format(n=line.position))
        self._absorb(session, actor, invoice, billing + list(crediting))
        before = audit.snapshot(invoice)
        self._assign_number(session, invoice, issue_date, actor)
        session.flush()
        old, new = audit.changed_fields(before, audit.snapshot(invoice))
        audit.record(session, actor, "finalise", "invoice", invoice.id, before=old, after=new)

    def _absorb(self, session: Session, actor: Actor, invoice: Invoice, booking_ids: list[int]) -> None:
        """Other concepts of this renter lose the lines this invoice now bills; empty ones go."""
        if not booking_ids:
            return
        others = list(session.scalars(select(Invoice).where(
            Invoice.renter_id == invoice.renter_id, Invoice.status == CONCEPT, Invoice.id != invoice.id,
            Invoice.id.in_(select(InvoiceLine.invoice_id).where(InvoiceLine.booking_id.in_(booking_ids))))))
        for other in others:
            for line in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == other.id,
                                                                  InvoiceLine.booking_id.in_(booking_ids))):
                session.delete(line)
            session.flush()
            left = session.scalar(select(func.count()).select_from(InvoiceLine).where(InvoiceLine.invoice_id == other.id))
            if left:
                other.total = round_money(session.scalar(
                    select(func.coalesce(func.sum(InvoiceLine.amount), 0)).where(InvoiceLine.invoice_id == other.id)))
                audit.record(session, actor, "update", "invoice", other.id,
                             detail=_("lines absorbed by a final invoice"))
            else:
                audit.record(session, actor, "delete", "invoice", other.id, before=audit.snapshot(other),
                             detail=_("absorbed by a final invoice"))
                session.delete(other)
        session.flush()

    def _editable(self, session: Session, invoice_id: int, expected_version: int | None) -> Invoice:
        invoice = load_for_update(session, Invoice, invoice_id, expected_version, _("The invoice"))
        if invoice.status != CONCEPT:
            raise Conflict(_("Invoice {number} is final and cannot be changed; make a credit invoice to correct it.").format(
                number=invoice.number))
        return invoice

    def remove_line(self, actor: Actor, invoice_id: int, position: int, *, expected_version: int | None = None) -> InvoiceRow:
        actor.require(Permission.INVOICE, _("change invoices"))
        with self.db.unit_of_work(actor) as uow:
            invoice = self._editable(uow.session, invoice_id, expected_version)
            line = uow.session.scalar(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id, InvoiceLine.position == position))
            if line is None:
                raise ValidationError(FieldProblem("line", _("there is no line {n}").format(n=position)))
            audit.record(uow.session, actor, "delete", "invoice_line", line.id, before=audit.snapshot(line))
            uow.session.delete(line)
            uow.session.flush()
            invoice.total = round_money(uow.session.scalar(
                select(func.coalesce(func.sum(InvoiceLine.amount), 0)).where(InvoiceLine.invoice_id == invoice_id)))
            uow.commit()
            return _row(uow.session, invoice)

    def add_line(self, actor: Actor, invoice_id: int, description: str, quantity: Decimal, unit_price: Decimal, *,
                 unit: str = "", expected_version: int | None = None) -> InvoiceRow:
        """An extra line on a concept (coffee and tea, a key deposit)."""
        actor.require(Permission.INVOICE, _("change invoices"))
        if not description.strip():
            raise ValidationError(FieldProblem("description", _("is required")))
        with self.db.unit_of_work(actor) as uow:
            invoice = self._editable(uow.session, invoice_id, expected_version)
            position = (uow.session.scalar(select(func.max(InvoiceLine.position)).where(InvoiceLine.invoice_id == invoice_id)) or 0) + 1
            amount = round_money(quantity * unit_price)
            line = InvoiceLine(invoice_id=invoice_id, position=position, description=description.strip(),
                               quantity=quantity, unit=unit, unit_price=unit_price, amount=amount)
            uow.session.add(line)
            invoice.total = round_money(invoice.total + amount)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "invoice_line", line.id, after=audit.snapshot(line))
            uow.commit()
            return _row(uow.session, invoice)

    def delete_concept(self, actor: Actor, invoice_id: int, *, expected_version: int | None = None) -> None:
        actor.require(Permission.INVOICE, _("change invoices"))
        with self.db.unit_of_work(actor) as uow:
            invoice = self._editable(uow.session, invoice_id, expected_version)
            audit.record(uow.session, actor, "delete", "invoice", invoice.id, before=audit.snapshot(invoice))
            for line in uow.session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)):
                uow.session.delete(line)
            uow.session.flush()  # lines first: no relationship tells the ORM the order
            uow.session.delete(invoice)
            uow.commit()

    def _assign_number(self, session: Session, invoice: Invoice, issue_date: dt.date, actor: Actor) -> None:
        if invoice.centre_id is None:
            session.flush()  # a new invoice gets its centre (app/db/scoping.py)
        year, centre_id = issue_date.year, invoice.centre_id
        # Each centre numbers its own invoices without gaps. The centre's counter row for the
        # year exists before it is locked: two colleagues finalising the first invoice of a
        # year at the same moment must not both create it.
        upsert = _insert_of(session.get_bind().dialect.name)
        if upsert is not None:
            session.execute(upsert(InvoiceCounter).values(centre_id=centre_id, year=year, last_number=0)
                            .on_conflict_do_nothing())
        counter = session.scalars(select(InvoiceCounter).where(
            InvoiceCounter.centre_id == centre_id, InvoiceCounter.year == year).with_for_update()).first()
        if counter is None:
            counter = InvoiceCounter(centre_id=centre_id, year=year, last_number=0)
            session.add(counter)
            session.flush()
        counter.last_number += 1
        invoice.year, invoice.sequence = year, counter.last_number
        invoice.number = f"{year}-{counter.last_number:04d}"
        invoice.issue_date = issue_date
        term = int(setting_value(session, PAYMENT_TERM_KEY, 14))
        invoice.due_date = issue_date + dt.timedelta(days=term)
        invoice.status = FINAL
        invoice.finalised_at, invoice.finalised_by = utcnow(), actor.username

    def finalise(self, actor: Actor, invoice_id: int, issue_date: dt.date | None = None, *,
                 expected_version: int | None = None) -> InvoiceRow:
        actor.require(Permission.INVOICE, _("finalise invoices"))
        issue_date = issue_date or dt.date.today()
        with self.db.unit_of_work(actor) as uow:
            invoice = self._editable(uow.session, invoice_id, expected_version)
            self._finalise(uow.session, actor, invoice, issue_date)
            uow.commit()
            return _row(uow.session, invoice)

    def credit(self, actor: Actor, invoice_id: int, reason: str, issue_date: dt.date | None = None) -> InvoiceRow:
        """A finalised credit invoice that cancels a finalised invoice line by line (lines already
        credited on a later invoice excepted); its bookings can then be invoiced again. Once only:
        the original is locked, and the database refuses a second credit invoice for it."""
        actor.require(Permission.INVOICE, _("credit invoices"))
        if not reason.strip():
            raise ValidationError(FieldProblem("reason", _("say why the invoice is credited")))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            original = load_for_update(session, Invoice, invoice_id, None, _("The invoice"))
            if original.status != FINAL or original.kind != INVOICE:
                raise Conflict(_("Only a final invoice can be credited; a concept can simply be deleted."))
            if session.scalar(select(Invoice.id).where(Invoice.credit_for_id == invoice_id)):
                raise Conflict(_("Invoice {number} has been credited already.").format(number=original.number))
            still_billed = set(invoice_links.billed_booking_ids(session, renter_id=original.renter_id))
            lines = [l for l in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == original.id)
                                                .order_by(InvoiceLine.position))
                     if l.booking_id is None or l.amount < 0 or l.booking_id in still_billed]
            total = round_money(sum((l.amount for l in lines), Decimal(0)))
            credit = Invoice(renter_id=original.renter_id, period_start=original.period_start, period_end=original.period_end,
                             status=CONCEPT, kind=CREDIT, total=-total, credit_for_id=original.id,
                             notes=reason.strip(), created_by=actor.username)
            session.add(credit)
            try:
                session.flush()
            except IntegrityError as error:  # a colleague credited it at this very moment
                raise Conflict(_("Invoice {number} has been credited already.").format(number=original.number)) from error
            for position, line in enumerate(lines, start=1):
                session.add(InvoiceLine(invoice_id=credit.id, position=position, booking_id=line.booking_id,
                                        description=line.description, quantity=-line.quantity, unit=line.unit,
                                        unit_price=line.unit_price, amount=-line.amount))
            invoice_links.release(session, original.id)
            self._assign_number(session, credit, issue_date or dt.date.today(), actor)
            session.flush()
            audit.record(session, actor, "credit", "invoice", credit.id, after=audit.snapshot(credit),
                         detail=_("credits {number}").format(number=original.number))
            uow.commit()
            return _row(session, credit)

    def vat_number(self) -> str:
        with self.db.reader() as uow:
            return str(setting_value(uow.session, VAT_NUMBER_KEY, "") or "")

    @staticmethod
    def check_vat_number(value: str) -> str:
        """The centre's VAT number as stored (NL123456789B01), or "" for "exempt from VAT"."""
        from stdnum.exceptions import ValidationError as StdnumError
        from stdnum.nl import btw

        value = value.strip()
        if not value:
            return ""
        try:
            return "NL" + btw.validate(value)
        except StdnumError as error:
            raise ValidationError(FieldProblem("vat_number", _(
                "{value} is not a Dutch VAT number (NL, 9 digits, B and 2 digits); leave it empty when the "
                "centre is exempt from VAT").format(value=value))) from error

    def mark_paid(self, actor: Actor, invoice_id: int, paid_on: dt.date, *, expected_version: int | None = None) -> InvoiceRow:
        actor.require(Permission.INVOICE, _("register payments"))
        with self.db.unit_of_work(actor) as uow:
            invoice = load_for_update(uow.session, Invoice, invoice_id, expected_version, _("The invoice"))
            if invoice.status != FINAL:
                raise Conflict(_("Finalise the invoice before registering its payment."))
            before = invoice.paid_on
            record_hand_payment(uow.session, invoice, paid_on, actor.username)
            invoice.paid_on = paid_on
            audit.record(uow.session, actor, "paid", "invoice", invoice.id, before={"paid_on": _iso(before)},
                         after={"paid_on": paid_on.isoformat()})
            uow.commit()
            return _row(uow.session, invoice)

    def rental_income(self, actor: Actor, first: dt.date, last: dt.date) -> list[tuple[str, str, str, Decimal, Decimal, int]]:
        """Per renter and room: (renter, category, room, hours, amount invoiced, bookings) over
        finalised invoices (credit invoices subtract) with an issue date in the period."""
        actor.require(Permission.EXPORT_FINANCIAL, _("export financial overviews"))
        with self.db.reader(actor) as uow:
            query = (
                select(Renter.name, Renter.category, Room.name, InvoiceLine.quantity, InvoiceLine.unit, InvoiceLine.amount)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id).join(Renter, Renter.id == Invoice.renter_id)
                .join(Booking, Booking.id == InvoiceLine.booking_id).join(Room, Room.id == Booking.room_id)
                .where(Invoice.status == FINAL, Invoice.issue_date >= first, Invoice.issue_date <= last)
            )
            totals: dict[tuple[str, str, str], list] = {}
            hours_unit = _("hours")
            for renter, category, room, quantity, unit, amount in uow.session.execute(query):
                entry = totals.setdefault((renter, category, room), [Decimal(0), Decimal(0), 0])
                if unit == hours_unit:
                    entry[0] += quantity
                entry[1] += amount
                entry[2] += 1 if amount >= 0 else -1
        return [(r, c, room, v[0], v[1], v[2]) for (r, c, room), v in sorted(totals.items())]


def _check_period(period_start: dt.date, period_end: dt.date) -> None:
    if period_end < period_start:
        raise ValidationError(FieldProblem("period_end", _("the period ends before it starts")))


def _credit_lines(session: Session, renter_id: int) -> list[InvoiceLine]:
    """Credit lines offered for bookings cancelled after a final invoice billed them (not yet
    added to a session: the concept takes them)."""
    lines = []
    for booking, invoice_id in invoice_links.cancelled_after_billing(session, renter_id):
        billed = session.scalar(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id,
                                                          InvoiceLine.booking_id == booking.id))
        number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
        if billed is None:
            continue
        lines.append(InvoiceLine(
            booking_id=booking.id, quantity=-billed.quantity, unit=billed.unit, unit_price=billed.unit_price,
            amount=-billed.amount,
            description=_("Credit: {description} (cancelled, billed on {number})").format(
                description=billed.description, number=number)[:300]))
    return lines


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
