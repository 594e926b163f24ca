"""The annual plan (jaarplan) as municipalities and platforms write them: per theme or working
group the goal, the actions with their owner and budget, what funds them, and the total."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from app.domain import formatting
from app.domain import subsidies as rules
from app.i18n import translator
from app.reports.pdf.application import paragraphs
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width
from app.services.subsidies.rows import AnnualPlanRow

_ = translator("subsidies")


def write_annual_plan_pdf(target: Path | io.BytesIO, plan: AnnualPlanRow, letterhead: Letterhead) -> None:
    style = styles()
    width = usable_width()
    title = plan.title or _("Annual plan {year}").format(year=plan.year)
    story: list = [Paragraph(escape(_("Annual plan {year}").format(year=plan.year)), style["small"]),
                   Paragraph(escape(title), style["title"])]
    story.extend(paragraphs(plan.introduction, style["body"]) if plan.introduction else [])

    story.append(Paragraph(escape(_("Summary")), style["h2"]))
    rows = [[g.heading, formatting.number(len(g.actions)), formatting.money(g.budget)] for g in plan.goals]
    rows.append([_("Total"), formatting.number(sum(len(g.actions) for g in plan.goals)), formatting.money(plan.total)])
    story.append(table(rows, header=[_("Theme or working group"), _("Actions"), _("Budget")],
                       widths=[width - 65 * mm, 25 * mm, 40 * mm], right_align=[1, 2], total_row=True))
    if plan.funded:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(escape(_("Of which funded by linked subsidy applications: {amount}").format(
            amount=formatting.money(plan.funded))), style["small"]))

    for index, goal in enumerate(plan.goals, start=1):
        block: list = [Paragraph(escape(f"{index}. {goal.heading}"), style["h2"])]
        context = " / ".join(v for v in (goal.theme_name, goal.working_group_name) if v and v != goal.heading)
        if context:
            block.append(Paragraph(escape(context), style["small"]))
        block.append(Paragraph(escape(_("Goal")), style["h3"]))
        block.extend(paragraphs(goal.goal, style["body"]))
        rows = []
        for action in goal.actions:
            funded = ""
            if action.application_id:
                funded = f"{action.application_title} — {action.application_funder} ({rules.state_label(action.application_state)})"
            rows.append([action.description, action.owner, action.timing, formatting.money(action.budget), funded])
        rows.append([_("Total"), "", "", formatting.money(goal.budget), ""])
        block.append(Spacer(1, 2 * mm))
        block.append(table(rows, header=[_("Action"), _("Owner"), _("When"), _("Budget"), _("Funded by")],
                           widths=[48 * mm, 35 * mm, 24 * mm, 25 * mm, width - 132 * mm], right_align=[3],
                           total_row=True))
        story.append(KeepTogether(block[:4]))
        story.extend(block[4:])
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(_("Total budget of the annual plan: {amount}").format(
        amount=formatting.money(plan.total))), style["h3"]))
    build_document(target, story, title=title, letterhead=letterhead, footer_note=title)
