"""An invoice (or credit invoice) on the centre's letterhead: the renter's address, number and
dates, a line per booking, the total and the payment terms with the centre's IBAN. A concept
says so in large letters: it is not meant to be sent."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.domain import formatting, validation
from app.i18n import translator
from app.reports.pdf.document import TABLE_FONT, Letterhead, build_document, escape, styles, table, usable_width
from app.domain.bookings import InvoiceKind, InvoiceState
from app.services.rooms.rows import InvoiceRow

CONCEPT, CREDIT = InvoiceState.CONCEPT, InvoiceKind.CREDIT

_ = translator("rooms")


def invoice_title(invoice: InvoiceRow) -> str:
    kind = _("Credit invoice") if invoice.kind == CREDIT else _("Invoice")
    concept = _("concept")
    return f"{kind} {invoice.number}" if invoice.number else f"{kind} ({concept})"


def vat_position(invoice: InvoiceRow) -> str:
    if invoice.vat_number:
        return _("VAT number {number}").format(number=invoice.vat_number)
    return _("Exempt from VAT (article 11 of the Dutch VAT Act).")


def write_invoice(target: Path | io.BytesIO, invoice: InvoiceRow, letterhead: Letterhead, payment_days: int) -> None:
    s = styles()
    centre = letterhead.centre
    renter = invoice.renter
    address = renter.invoice_address if renter else [invoice.renter_name]
    width = usable_width()
    facts = [
        (_("Invoice number"), invoice.number or _("(given when final)")),
        (_("Invoice date"), formatting.date(invoice.issue_date) if invoice.issue_date else "—"),
        (_("Due date"), formatting.date(invoice.due_date) if invoice.due_date else "—"),
        (_("Period"), f"{formatting.date(invoice.period_start)} – {formatting.date(invoice.period_end)}"),
    ]
    if invoice.credit_for_number:
        facts.append((_("Credits invoice"), invoice.credit_for_number))
    head = Table(
        [[[Paragraph(escape(line), s["body"]) for line in address],
          Table([[Paragraph(escape(k), s["small"]), Paragraph(f"<b>{escape(v)}</b>", s["cell"])] for k, v in facts],
                colWidths=[30 * mm, 42 * mm], style=[TABLE_FONT])]],
        colWidths=[width - 74 * mm, 74 * mm])
    head.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    advance = {line.position for line in invoice.billed_in_advance}
    rows = [[line.description + (" — " + _("billed in advance") if line.position in advance else ""),
             formatting.number(line.quantity, 2) + (f" {line.unit}" if line.unit else ""),
             formatting.money(line.unit_price), formatting.money(line.amount)] for line in invoice.lines]
    rows.append([_("Total"), "", "", formatting.money(invoice.total)])
    lines = table(rows, header=[_("Description"), _("Quantity"), _("Price"), _("Amount")],
                  widths=[width - 85 * mm, 27 * mm, 28 * mm, 30 * mm], right_align=(1, 2, 3), total_row=True)
    story = [Spacer(1, 4 * mm), head, Spacer(1, 8 * mm), Paragraph(escape(invoice_title(invoice)), s["title"])]
    if invoice.status == CONCEPT:
        story.insert(0, Paragraph(escape(_("CONCEPT — not final, do not send")), s["title"].clone(
            "concept_mark", textColor=colors.HexColor("#B3261E"), fontSize=14, leading=18)))
    if invoice.kind == CREDIT and invoice.notes:
        story.append(Paragraph(escape(_("Reason: {reason}").format(reason=invoice.notes)), s["body"]))
    story += [Spacer(1, 3 * mm), lines, Spacer(1, 3 * mm), Paragraph(escape(vat_position(invoice)), s["small"])]
    if advance:
        story.append(Paragraph(escape(_("{n} bookings after the invoice date are billed in advance; if one is cancelled, "
                                        "it is credited on a later invoice.").format(n=len(advance))), s["small"]))
    story.append(Spacer(1, 6 * mm))
    iban = validation.format_iban(centre.iban) if centre.iban else "—"
    if invoice.total > 0:
        terms = _("Please transfer {amount} within {days} days to {iban} in the name of {name}, "
                  "quoting invoice number {number}.").format(
            amount=formatting.money(invoice.total), days=payment_days, iban=iban, name=centre.name,
            number=invoice.number or "…")
    elif invoice.total < 0:
        terms = _("We will transfer {amount} to you within {days} days.").format(
            amount=formatting.money(-invoice.total), days=payment_days)
    elif any(line.amount for line in invoice.lines):
        terms = _("Nothing to pay: the credit equals the amount due.")
    else:
        terms = _("Nothing to pay: you rent at the neighbourhood-group tariff.")
    story.append(Paragraph(escape(terms), s["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(_("Questions about this invoice: {contact}").format(
        contact=", ".join(x for x in (centre.contact_name, centre.contact_phone, centre.contact_email) if x) or centre.name)),
        s["small"]))
    title = invoice_title(invoice)
    build_document(target, story, title=title, letterhead=letterhead, footer_note=title)
