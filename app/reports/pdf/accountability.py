"""The accountability report (verantwoording): reach from the bookings and volunteer hours, and
budget against actual costs with the differences explained, as the funder's thresholds ask."""

from __future__ import annotations

import datetime as dt
import io
from collections import OrderedDict
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.domain import formatting
from app.domain import subsidies as rules
from app.i18n import translator
from app.reports.pdf.application import coverage_table, details_table, paragraphs, period_text, signature_block
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width
from app.services.subsidies.rows import AccountabilityReport

_ = translator("subsidies")


def activity_summary(report: AccountabilityReport) -> list[tuple[str, int, int]]:
    """Per activity: how often it was held and how many took part."""
    summary: OrderedDict[str, list[int]] = OrderedDict()
    for activity in report.activities:
        entry = summary.setdefault(activity.activity, [0, 0])
        entry[0] += 1
        entry[1] += activity.participants or 0
    return [(name, held, participants) for name, (held, participants) in summary.items()]


def reach_rows(report: AccountabilityReport) -> list[list[str]]:
    application = report.application
    participants = formatting.number(report.participants)
    if report.activities_without_count:
        participants += " " + _("({n} activities without a count)").format(n=report.activities_without_count)
    return [
        [_("Activities held"), formatting.number(application.expected_sessions), formatting.number(report.activities_held)],
        [_("Participants (counted per activity)"), formatting.number(application.expected_participants), participants],
        [_("Volunteer hours"), "—", _("{hours} hours by {n} volunteers").format(
            hours=formatting.number(report.volunteer_hours, 2), n=report.volunteers)],
    ]


def financial_table(report: AccountabilityReport, width: float) -> Table:
    """Budget against actuals; an explanation goes on a full-width row under its line, so the
    columns stay wide enough for whole words ("Vrijwilligersvergoedingen")."""
    style = styles()
    rows, explanation_rows = [], []
    for line in report.lines:
        rows.append([rules.category_label(line.category), line.description, formatting.money(line.budget),
                     formatting.money(line.actual), formatting.money(line.difference)])
        if line.explanation.strip():
            explanation_rows.append(len(rows) + 1)  # +1: the header row
            rows.append([Paragraph("<i>%s</i>" % escape(_("Explanation: {text}").format(text=line.explanation)),
                                   style["cell"]), "", "", "", ""])
    rows.append([_("Total"), "", formatting.money(report.budget_total), formatting.money(report.actual_total),
                 formatting.money(report.difference_total)])
    result = table(rows, header=[_("Category"), _("Description"), _("Budget"), _("Actual"), _("Difference")],
                   widths=[(width - 75 * mm) / 2, (width - 75 * mm) / 2, 25 * mm, 25 * mm, 25 * mm],
                   right_align=[2, 3, 4], total_row=True)
    result.setStyle(TableStyle([("SPAN", (0, r), (-1, r)) for r in explanation_rows]))
    return result


def cost_rows(report: AccountabilityReport) -> list[list[str]]:
    """Entered costs one by one; volunteer allowances only as a total per budget line (how many
    volunteers, how many hours): a fund has no need for their names."""
    names = {line.budget_line_id: line.description for line in report.lines}
    rows = [[formatting.date(c.spent_on), names.get(c.budget_line_id, ""), c.description, formatting.money(c.amount)]
            for c in report.costs if c.source == "entered"]
    allowances: OrderedDict[int, list] = OrderedDict()
    for cost in report.costs:
        if cost.source == "allowance":
            entry = allowances.setdefault(cost.budget_line_id, [set(), Decimal(0), []])
            entry[0].add(cost.person)
            entry[1] += cost.hours or 0
            entry[2].append(cost.amount)
    for line_id, (people, hours, amounts) in allowances.items():
        description = _("Volunteer allowances (volunteers: {n}, hours: {hours})").format(
            n=len(people), hours=formatting.number(hours, 1))
        rows.append([period_text(report.application), names.get(line_id, ""), description,
                     formatting.money(sum(amounts))])
    return rows


def write_accountability_pdf(
    target: Path | io.BytesIO, report: AccountabilityReport, letterhead: Letterhead, *, today: dt.date | None = None,
) -> None:
    today = today or dt.date.today()
    style = styles()
    application = report.application
    width = usable_width()
    story: list = [
        Paragraph(escape(application.funder_name), style["body"]), Spacer(1, 3 * mm),
        Paragraph(escape(f"{letterhead.centre.town + ', ' if letterhead.centre.town else ''}{formatting.long_date(today)}"),
                  style["small"]),
        Spacer(1, 5 * mm),
        Paragraph(escape(_("Accountability report")), style["small"]),
        Paragraph(escape(application.title), style["title"]),
    ]
    granted = application.granted_amount if application.granted_amount is not None else application.requested_amount
    story.append(details_table([
        (_("Funder"), application.funder_name),
        (_("Period"), period_text(application)),
        (_("Amount granted"), formatting.money(granted)),
        (_("Decision of"), formatting.date(application.decided_on)),
        (_("Report due"), formatting.date(application.final_report_due)),
    ]))
    story.append(Paragraph(escape(_("What the funder asks")), style["h2"]))
    story.append(Paragraph(escape(report.report_requirement), style["body"]))

    story.append(Paragraph(escape(_("Reach")), style["h2"]))
    story.append(table(reach_rows(report), header=[_("What"), _("Planned"), _("Realised")],
                       widths=[60 * mm, 30 * mm, width - 90 * mm], right_align=[1, 2]))
    if report.working_groups:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(escape(_("Working groups: {names}").format(names=", ".join(report.working_groups))),
                               style["small"]))

    story.append(Paragraph(escape(_("Activity report")), style["h2"]))
    story.extend(paragraphs(application.report_text or application.activities, style["body"]))
    summary = activity_summary(report)
    if summary:
        story.append(Spacer(1, 3 * mm))
        rows = [[name, formatting.number(held), formatting.number(participants)] for name, held, participants in summary]
        rows.append([_("Total"), formatting.number(report.activities_held), formatting.number(report.participants)])
        story.append(table(rows, header=[_("Activity"), _("Times held"), _("Participants")],
                           widths=[width - 60 * mm, 30 * mm, 30 * mm], right_align=[1, 2], total_row=True))

    story.append(Paragraph(escape(_("Financial report")), style["h2"]))
    story.append(financial_table(report, width))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(_(
        "Actual costs are the costs entered plus the volunteer allowances linked to the budget line.")), style["small"]))
    story.append(KeepTogether([Paragraph(escape(_("Coverage plan")), style["h2"]), coverage_table(application)]))

    if report.costs:
        story.append(Paragraph(escape(_("Costs in detail")), style["h2"]))
        rows = cost_rows(report)
        rows.append([_("Total"), "", "", formatting.money(report.actual_total)])
        story.append(table(rows, header=[_("Date"), _("Budget line"), _("Description"), _("Amount")],
                           widths=[22 * mm, 45 * mm, width - 97 * mm, 30 * mm], right_align=[3], total_row=True))
    story.append(Spacer(1, 6 * mm))
    story.append(signature_block(letterhead.centre.town))
    build_document(target, story, title=_("Accountability report: {title}").format(title=application.title),
                   letterhead=letterhead, footer_note=f"{_('Accountability report')} {application.title} — {application.funder_name}")
