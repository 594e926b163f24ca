"""Jaaroverzicht vrijwilligersvergoeding: one page per volunteer on the centre's letterhead,
with the amounts per month, the total and the rule that applied — the document a volunteer
keeps for their tax return. No BSN: the scheme does not need one."""

from __future__ import annotations

import datetime as dt
import gc
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.progress import NoProgress, Progress, check_cancelled
from app.i18n import translator
from app.reports.pdf.document import FONT, FONT_BOLD, LIGHT, PRIMARY, Letterhead, build_document, escape, styles, usable_width

_ = translator("allowances")


@dataclass(frozen=True)
class Statement:
    volunteer_id: int
    name: str
    address_lines: tuple[str, ...]
    date_of_birth: dt.date | None
    arrangement: rules.ArrangementKind
    months: tuple[Decimal, ...]  # allowance counted towards the limits, by month worked
    costs: tuple[Decimal, ...]  # real costs outside the limits (receipts-only volunteers)
    other_organisations: Decimal
    overrides: tuple[str, ...] = ()

    @property
    def total(self) -> Decimal:
        return rules.money(sum(self.months, Decimal(0)))

    @property
    def costs_total(self) -> Decimal:
        return rules.money(sum(self.costs, Decimal(0)))


@lru_cache(maxsize=4096)
def _money(amount: Decimal) -> str:
    return formatting.money(amount)


@lru_cache(maxsize=64)
def _month(year: int, month: int) -> str:
    return formatting.month_name(year, month)


_TABLE_STYLE = TableStyle([
    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
    ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, PRIMARY),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F6F8FA")]),
])


def _month_table(rows: list[list[str]], header: list[str]) -> Table:
    """Short cells that never wrap: plain strings, which draw many times faster than paragraphs
    (a thousand statements in one run)."""
    width = usable_width()
    result = Table([header, *rows], colWidths=[width * 0.3, width * 0.25, width * 0.45])
    result.setStyle(_TABLE_STYLE)
    return result


# The address sits where the window of a Dutch window envelope is (NEN 1026, "venster links"):
# 20 mm from the left edge, from 50 mm below the top, 85 × 35 mm. The letterhead ends 40 mm down.
WINDOW_TOP_GAP = 10 * mm
WINDOW_WIDTH, WINDOW_HEIGHT = 85 * mm, 35 * mm


def address_block(statement: Statement, sender: str) -> Table:
    """The return address in small print, then name and address without blank lines."""
    style = styles()
    lines = [escape(statement.name), *(escape(line) for line in statement.address_lines)]
    cells = [[Paragraph(escape(sender), style["small"].clone("sender", fontSize=6.5, leading=8))],
             [Paragraph("<br/>".join(lines), style["body"].clone("address", fontSize=10, leading=12.5))]]
    block = Table(cells, colWidths=[WINDOW_WIDTH], rowHeights=[10, WINDOW_HEIGHT - 10], hAlign="LEFT")
    block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm - 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return block


def statement_story(statement: Statement, limits: rules.Limits, issued: dt.date, *, sender: str = "",
                    to_confirm: bool = False) -> list:
    style = styles()
    year = limits.year
    story: list = [
        Spacer(1, WINDOW_TOP_GAP), address_block(statement, sender), Spacer(1, 4 * mm),
        Paragraph(escape(_("Year statement volunteer allowance {year}").format(year=year)), style["title"]),
    ]
    story += [
        Spacer(1, 3 * mm),
        Paragraph(escape(_("Arrangement: {arrangement}. Issued on {date}.").format(
            arrangement=rules.arrangement_label(statement.arrangement), date=formatting.date(issued))), style["body"]),
        Spacer(1, 3 * mm),
    ]
    rows = []
    for month in range(1, 13):
        rows.append([_month(year, month), _money(statement.months[month - 1]), _money(statement.costs[month - 1])])
    rows.append([_("Total {year}").format(year=year), _money(statement.total), _money(statement.costs_total)])
    story.append(_month_table(rows, [_("Month worked"), _("Allowance"), _("Costs reimbursed outside the limits")]))
    story.append(Spacer(1, 4 * mm))
    if statement.other_organisations:
        story.append(Paragraph(escape(_("Declared as received from other organisations in {year}: {amount}.").format(
            year=year, amount=formatting.money(statement.other_organisations))), style["body"]))
    story.append(Paragraph("<b>%s</b>" % escape(_("The rule that applied")), style["h3"]))
    rule = rules.rule_text(limits, statement.arrangement, statement.date_of_birth)
    if to_confirm:  # the program itself marks these figures as not yet confirmed by the government
        rule = _("The limits for {year} have not been confirmed yet; as announced: {rule}").format(year=year, rule=rule)
    story.append(Paragraph(escape(rule), style["body"]))
    if statement.overrides:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph("<b>%s</b><br/>%s" % (
            escape(_("A limit was exceeded with the treasurer's permission:")),
            escape("; ".join(statement.overrides))), style["body"]))
        story.append(Paragraph(escape(_(
            "When a limit is exceeded, the whole year's allowance may be taxable; discuss this with the tax office.")),
            style["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(_(
        "Allowances within the limits are free of tax and are not reported to the tax office. "
        "Keep this statement with your tax papers.")), style["small"]))
    return story


def write_statements(
    target: Path | io.BytesIO, statements: Sequence[Statement], limits: rules.Limits, letterhead: Letterhead, *,
    issued: dt.date | None = None, progress: Progress | None = None, to_confirm: bool = False,
) -> int:
    """`to_confirm`: the year's limits are not confirmed yet, and each statement says so."""
    progress = progress or NoProgress()
    issued = issued or dt.date.today()
    # A story of thousands of pages keeps many small objects alive; the cyclic garbage collector
    # would scan them over and over (time growing faster than the number of pages).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _write(target, statements, limits, letterhead, issued, progress, to_confirm)
    finally:
        if collecting:
            gc.enable()


def _write(target, statements, limits, letterhead, issued, progress, to_confirm=False) -> int:
    centre = letterhead.centre
    sender = ", ".join(v for v in (centre.name, *centre.address_lines) if v)
    story: list = []
    total = len(statements)
    for index, statement in enumerate(statements):
        if index % 50 == 0:
            check_cancelled(progress)
            progress.report(index, total, _("Preparing statements…"))
        if index:
            story.append(PageBreak())
        story += statement_story(statement, limits, issued, sender=sender, to_confirm=to_confirm)
    if not story:
        story.append(Paragraph(escape(_("No allowances in {year}.").format(year=limits.year)), styles()["body"]))
    progress.report(total, total, _("Writing the PDF…"))
    build_document(target, story, title=_("Year statements volunteer allowance {year}").format(year=limits.year),
                   letterhead=letterhead, footer_note=_("Year statement volunteer allowance {year}").format(year=limits.year),
                   page_numbers=False)  # one page per volunteer: the batch's page number means nothing to them
    return total
