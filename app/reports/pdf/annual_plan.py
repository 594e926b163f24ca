"""The annual plan (jaarplan) as municipalities and platforms write them: per theme or working
group the goal, the actions with their owner, budget, what was spent and what funds them (requested
or granted), and the totals."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from app.domain import formatting
from app.domain.annual_plan_realisation import funding_text
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
    rows = [[g.heading, formatting.number(len(g.actions)), formatting.money(g.budget), formatting.money(g.spent)]
            for g in plan.goals]
    rows.append([_("Total"), formatting.number(sum(len(g.actions) for g in plan.goals)), formatting.money(plan.total),
                 formatting.money(plan.spent)])
    story.append(table(rows, header=[_("Theme or working group"), _("Actions"), _("Budget"), _("Spent")],
                       widths=[width - 95 * mm, 20 * mm, 37 * mm, 38 * mm], right_align=[1, 2, 3], total_row=True))
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
            spent = formatting.money(action.spent) if action.spent is not None else "—"
            what = escape(action.description) + (f"<br/><font size=7>{escape(action.timing)}</font>" if action.timing else "")
            funded = ""
            if action.application_id:  # "title — funder", then "requested € …" or "granted € …" on a line of its own
                funded = Paragraph(escape(f"{action.application_title} — {action.application_funder}") + "<br/>"
                                   + escape(funding_text(action.application_state, action.application_amount)), style["cell"])
            rows.append([Paragraph(what, style["cell"]), action.owner, formatting.money(action.budget), spent, funded])
        rows.append([_("Total"), "", formatting.money(goal.budget), formatting.money(goal.spent), ""])
        block.append(Spacer(1, 2 * mm))
        block.append(table(rows, header=[_("Action"), _("Owner"), _("Budget"), _("Spent"), _("Funded by")],
                           widths=[43 * mm, 34 * mm, 26 * mm, 26 * mm, width - 129 * mm], right_align=[2, 3],
                           total_row=True))
        story.append(KeepTogether(block[:4]))
        story.extend(block[4:])
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(_("Total budget of the annual plan: {amount}").format(
        amount=formatting.money(plan.total))), style["h3"]))
    story.append(Paragraph(escape(_("Spent so far (actual costs of the linked applications): {amount}").format(
        amount=formatting.money(plan.spent))), style["body"]))
    build_document(target, story, title=title, letterhead=letterhead, footer_note=title)
