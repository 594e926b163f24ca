"""A reminder (herinnering) for an overdue invoice, on the centre's letterhead: which invoice,
what was paid, what is still open and by when, and where to pay. Only what the renter needs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.domain import formatting, validation
from app.domain.bank import OpenInvoice
from app.i18n import translator
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width

_ = translator("allowances")


def reminder_title(item: OpenInvoice) -> str:
    return _("Reminder for invoice {number}").format(number=item.number)


def write_reminder(target: Path | io.BytesIO, item: OpenInvoice, address: list[str], letterhead: Letterhead,
                   today: dt.date, pay_within_days: int = 14) -> None:
    s = styles()
    centre = letterhead.centre
    width = usable_width()
    story: list = [Spacer(1, 4 * mm)]
    story += [Paragraph(escape(line), s["body"]) for line in address]
    story += [Spacer(1, 6 * mm), Paragraph(escape(formatting.long_date(today)), s["body"]), Spacer(1, 4 * mm),
              Paragraph(escape(reminder_title(item)), s["title"])]
    story.append(Paragraph(escape(_(
        "Our invoice {number} was due on {due}; we have not yet received all of it. Perhaps it slipped your "
        "mind. Please transfer the amount still open within {days} days.").format(
        number=item.number, due=formatting.date(item.due_date), days=pay_within_days)), s["body"]))
    story.append(Spacer(1, 4 * mm))
    rows = [[_("Invoice {number}").format(number=item.number), formatting.money(item.amount)],
            [_("Received"), formatting.money(-item.paid) if item.paid else formatting.money(0)],
            [_("Still open"), formatting.money(item.open)]]
    story.append(table(rows, header=[_("Description"), _("Amount")], widths=[width - 40 * mm, 40 * mm],
                       right_align=(1,), total_row=True))
    story.append(Spacer(1, 6 * mm))
    iban = validation.format_iban(centre.iban) if centre.iban else "—"
    story.append(Paragraph(escape(_(
        "Please transfer {amount} before {date} to {iban} in the name of {name}, quoting invoice number {number}. "
        "If you have paid in the meantime, please ignore this letter.").format(
        amount=formatting.money(item.open), date=formatting.date(today + dt.timedelta(days=pay_within_days)),
        iban=iban, name=centre.name, number=item.number)), s["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(_("Questions: {contact}").format(
        contact=", ".join(x for x in (centre.contact_name, centre.contact_phone, centre.contact_email) if x)
        or centre.name)), s["small"]))
    title = reminder_title(item)
    build_document(target, story, title=title, letterhead=letterhead, footer_note=title)
