"""Openstaande posten: invoices not (fully) paid, and allowance transfers the bank has not yet
confirmed or sent back; plus the reminder letter (herinnering) for an overdue invoice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.db.database import Database
from app.db.models import Invoice, PaymentBatch, PaymentTransfer, Renter, Volunteer
from app.domain.bank import OpenInvoice, OpenItems, OpenTransfer, TransferState, return_reason
from app.domain import formatting
from app.domain.errors import Conflict
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.allowances import volunteer_name
from app.services.rooms import paid_amount
from app.services.rooms import FINAL, INVOICE
from app.services.allowances import BatchState
from app.services.common.records import get_or_raise

_ = translator("allowances")


class OpenItemsService:
    def __init__(self, db: Database):
        self.db = db

    def open_items(self, actor: Actor, as_of: dt.date | None = None) -> OpenItems:
        actor.require(Permission.EXPORT_FINANCIAL, _("see open items"))
        as_of = as_of or dt.date.today()
        with self.db.reader(actor) as uow:
            session = uow.session
            credited = select(Invoice.credit_for_id).where(Invoice.credit_for_id.is_not(None))
            invoices = []
            query = (select(Invoice, Renter.name).join(Renter, Renter.id == Invoice.renter_id)
                     .where(Invoice.status == FINAL, Invoice.kind == INVOICE, Invoice.total > 0,
                            Invoice.id.not_in(credited))
                     .order_by(Invoice.due_date, Invoice.number))
            for invoice, renter in session.execute(query):
                paid = paid_amount(session, invoice)
                if paid >= invoice.total:
                    continue
                overdue = max(0, (as_of - invoice.due_date).days) if invoice.due_date else 0
                invoices.append(OpenInvoice(invoice.id, invoice.number or "", renter, invoice.total, paid,
                                            invoice.total - paid, invoice.due_date, overdue))
            later = aliased(PaymentTransfer)
            paid_again = (select(later.id).where(later.volunteer_id == PaymentTransfer.volunteer_id,
                                                 later.batch_id > PaymentTransfer.batch_id)
                          .join(PaymentBatch, PaymentBatch.id == later.batch_id)
                          .where(PaymentBatch.state != BatchState.CANCELLED).exists())
            query = (select(PaymentTransfer, Volunteer.first_name, Volunteer.infix, Volunteer.last_name)
                     .join(Volunteer, Volunteer.id == PaymentTransfer.volunteer_id)
                     .join(PaymentBatch, PaymentBatch.id == PaymentTransfer.batch_id)
                     .where(((PaymentTransfer.state == TransferState.SENT.value) & (PaymentBatch.state == BatchState.CREATED))
                            | ((PaymentTransfer.state == TransferState.RETURNED.value) & ~paid_again))
                     .order_by(PaymentTransfer.batch_id, PaymentTransfer.id))
            transfers = []
            for transfer, first, infix, last in session.execute(query):
                if transfer.state == TransferState.RETURNED.value:
                    reason = _("returned: {reason}").format(reason=return_reason(transfer.return_code))
                else:
                    reason = _("not yet on a bank statement")
                transfers.append(OpenTransfer(transfer.id, transfer.volunteer_id, volunteer_name(first, infix, last),
                                              transfer.amount, transfer.batch_id, transfer.state, reason))
            return OpenItems(as_of, tuple(invoices), tuple(transfers))

    def export_open_items(self, actor: Actor, path: Path, letterhead_name: str, as_of: dt.date | None = None) -> OpenItems:
        from app.reports.open_items_excel import write_open_items

        items = self.open_items(actor, as_of)
        write_open_items(path, items, letterhead_name)
        with self.db.unit_of_work(actor) as uow:
            audit.record(uow.session, actor, "export", "open_items", None, detail=path.name)
            uow.commit()
        return items

    def overdue_invoice(self, actor: Actor, invoice_id: int, as_of: dt.date | None = None) -> OpenInvoice:
        """The invoice a reminder is for; refused when it is paid or not yet due."""
        items = self.open_items(actor, as_of)
        for item in items.invoices:
            if item.invoice_id == invoice_id:
                if item.days_overdue <= 0:
                    raise Conflict(_("Invoice {number} is not overdue yet (due {due}).").format(
                        number=item.number, due=formatting.date(item.due_date)))
                return item
        with self.db.reader(actor) as uow:
            invoice = get_or_raise(uow.session, Invoice, invoice_id, _("Invoice"))
            raise Conflict(_("Invoice {number} has nothing open; no reminder is needed.").format(
                number=invoice.number or invoice_id))


def write_reminder_pdf(services, actor: Actor, invoice_id: int, path: Path, today: dt.date | None = None) -> OpenInvoice:
    """The reminder letter for an overdue invoice, on the letterhead; the export is audited."""
    from app.reports.pdf.document import Letterhead
    from app.reports.pdf.reminder import write_reminder

    today = today or dt.date.today()
    item = services.open_items.overdue_invoice(actor, invoice_id, today)
    invoice = services.invoices.get(actor, invoice_id)
    address = invoice.renter.invoice_address if invoice.renter else [invoice.renter_name]
    letterhead = Letterhead(services.settings.centre(actor), services.settings.logo(actor))
    write_reminder(path, item, address, letterhead, today, services.rooms.payment_term_days())
    with services.db.unit_of_work(actor) as uow:
        audit.record(uow.session, actor, "export", "invoice", invoice_id, detail=_("reminder {file}").format(file=path.name))
        uow.commit()
    return item
