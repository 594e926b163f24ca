"""The application PDF: what a centre sends to a fund. Letterhead, addressee, the organisation's
details, the project under clear headings, budget and coverage tables with totals, the list of
enclosed documents and a signature block."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.domain import formatting, validation
from app.domain import subsidies as rules
from app.i18n import translator
from app.reports.pdf.document import TABLE_FONT, Letterhead, build_document, escape, styles, table, usable_width
from app.services.subsidies.rows import ApplicationDetail, FunderRow

_ = translator("subsidies")


def paragraphs(text: str, style) -> list:
    """Keep the writer's paragraphs and line breaks."""
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    if not blocks:
        return [Paragraph("—", style)]
    return [Paragraph(escape(block).replace("\n", "<br/>"), style) for block in blocks]


def details_table(rows: list[tuple[str, str]], label_width: float = 45 * mm) -> Table:
    style = styles()
    data = [[Paragraph(f"<b>{escape(k)}</b>", style["cell"]), Paragraph(escape(v) or "—", style["cell"])] for k, v in rows]
    result = Table(data, colWidths=[label_width, usable_width() - label_width])
    result.setStyle(TableStyle([
        TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#D5DCE2")),
    ]))
    return result


def period_text(application: ApplicationDetail) -> str:
    if application.period_start and application.period_end:
        return _("{start} to {end}").format(start=formatting.date(application.period_start),
                                            end=formatting.date(application.period_end))
    return formatting.date(application.period_start or application.period_end)


def budget_table(application: ApplicationDetail) -> Table:
    width = usable_width()
    rows = [[rules.category_label(l.category), l.description, formatting.money(l.amount)] for l in application.budget]
    rows.append([_("Total costs"), "", formatting.money(application.budget_total)])
    return table(rows, header=[_("Category"), _("Description"), _("Amount")],
                 widths=[45 * mm, width - 80 * mm, 35 * mm], right_align=[2], total_row=True)


def coverage_table(application: ApplicationDetail, *, as_sent: bool = False) -> Table:
    """`as_sent`: the application letter shows this fund's share as requested, whatever the
    application's state is now (the fund's decision is not part of the letter)."""
    width = usable_width()
    if as_sent or application.state in ("concept", "ingediend"):
        status = rules.coverage_status_label("aangevraagd")
    elif application.state == "afgewezen":
        status = rules.coverage_status_label("afgewezen")
    else:
        status = _("granted: {amount}").format(amount=formatting.money(application.granted_amount))
    rows = [[_("Requested from {funder}").format(funder=application.funder_name), _("this application"), status,
             formatting.money(application.requested_amount)]]
    for line in application.coverage:
        rows.append([rules.coverage_label(line.kind), line.source, rules.coverage_status_label(line.status),
                     formatting.money(line.amount)])
    rows.append([_("Total coverage"), "", "", formatting.money(application.coverage_total)])
    return table(rows, header=[_("Source"), _("Description"), _("Status"), _("Amount")],
                 widths=[48 * mm, width - 118 * mm, 40 * mm, 30 * mm], right_align=[3], total_row=True)


def signature_block(place: str) -> KeepTogether:
    style = styles()
    width = usable_width()
    half = (width - 10 * mm) / 2

    def column(role: str) -> list:
        return [
            Paragraph(f"<b>{escape(role)}</b>", style["body"]), Spacer(1, 4 * mm),
            Paragraph(_("Name: ______________________________"), style["body"]), Spacer(1, 5 * mm),
            Paragraph(_("Date: ______________________________"), style["body"]), Spacer(1, 5 * mm),
            Paragraph(_("Signature:"), style["body"]), Spacer(1, 14 * mm),
            Paragraph("______________________________________", style["body"]),
        ]

    signatures = Table([[column(_("Chair")), column(_("Treasurer"))]], colWidths=[half + 5 * mm, half - 5 * mm])
    signatures.hAlign = "LEFT"
    signatures.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    intro = _("Filled in truthfully and signed on behalf of the board{place}.").format(
        place=_(" in {town}").format(town=place) if place else "")
    return KeepTogether([Paragraph(_("Signature"), style["h2"]), Paragraph(escape(intro), style["body"]),
                         Spacer(1, 4 * mm), signatures])


def write_application_pdf(
    target: Path | io.BytesIO, application: ApplicationDetail, funder: FunderRow, letterhead: Letterhead,
    *, today: dt.date | None = None,
) -> None:
    # The letter is dated the day it was sent to the fund; a concept carries today's date.
    dated = application.submitted_on or today or dt.date.today()
    style = styles()
    centre = letterhead.centre
    story: list = []
    addressee = [funder.name]
    if funder.contact_name:
        addressee.append(_("attn. {name}").format(name=funder.contact_name))
    story.append(Paragraph("<br/>".join(escape(a) for a in addressee), style["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(f"{centre.town + ', ' if centre.town else ''}{formatting.long_date(dated)}"), style["small"]))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(escape(_("Subsidy application")), style["small"]))
    story.append(Paragraph(escape(application.title), style["title"]))
    story.append(Paragraph(escape(_("Requested amount: {amount} · Period: {period}").format(
        amount=formatting.money(application.requested_amount), period=period_text(application))), style["h3"]))
    # No internal state ("vastgesteld", "ingediend"): this is a letter to the fund; the state
    # belongs on the coordinator's screen.

    story.append(Paragraph(escape(_("The applicant")), style["h2"]))
    story.append(details_table([
        (_("Organisation"), centre.name),
        (_("Address"), ", ".join(centre.address_lines)),
        (_("KvK number"), centre.kvk_number),
        (_("IBAN"), validation.format_iban(centre.iban) if centre.iban else ""),
        (_("Contact person"), application.contact_person or centre.contact_name),
        (_("Phone and e-mail"), " · ".join(v for v in (centre.contact_phone, centre.contact_email) if v)),
    ]))

    story.append(Paragraph(escape(_("The project")), style["h2"]))
    facts = [(_("Period"), period_text(application)),
             (_("Expected reach"), _("{sessions} sessions, {participants} participants").format(
                 sessions=application.expected_sessions, participants=application.expected_participants))]
    if application.theme_name or application.working_group_name:
        facts.append((_("Theme / working group"), " / ".join(
            v for v in (application.theme_name, application.working_group_name) if v)))
    story.append(details_table(facts))
    for heading, text in (
        (_("Aim"), application.aim), (_("Target group"), application.target_group),
        (_("Activities"), application.activities), (_("Planning"), application.planning),
    ):
        story.append(Paragraph(escape(heading), style["h3"]))
        story.extend(paragraphs(text, style["body"]))

    story.append(Paragraph(escape(_("Budget")), style["h2"]))
    story.append(budget_table(application))
    story.append(Paragraph(escape(_("Coverage plan")), style["h2"]))
    story.append(coverage_table(application, as_sent=True))
    if application.difference != 0:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(escape(rules.balance_message(rules.Balance(
            application.budget_total, application.coverage_total)) or ""), style["body"]))

    story.append(Paragraph(escape(_("Enclosed documents")), style["h2"]))
    # Where the centre keeps a document (a folder on its own drive) is no business of the fund.
    documents = [[d.name, _("enclosed") if d.ready else _("follows")] for d in application.documents]
    if documents:
        width = usable_width()
        story.append(table(documents, header=[_("Document"), _("Status")], widths=[width - 35 * mm, 35 * mm]))
    else:
        story.append(Paragraph("—", style["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(signature_block(centre.town))
    build_document(target, story, title=_("Subsidy application: {title}").format(title=application.title),
                   letterhead=letterhead, footer_note=f"{application.title} — {funder.name}")
