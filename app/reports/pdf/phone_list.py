"""A printable phone list (A4) of active volunteers, per working group."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from app.domain import formatting
from app.i18n import translator
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width

_ = translator("volunteers")


def write_phone_list(
    path: Path, groups: list[tuple[str, list[tuple[str, str, str]]]], today: dt.date, letterhead: Letterhead | None,
) -> None:
    style = styles()
    width = usable_width()
    story: list = [
        Paragraph(escape(_("Phone list of volunteers")), style["title"]),
        Paragraph(escape(_("Active volunteers per working group, as on {date}. Personal data: do not pass on.").format(
            date=formatting.long_date(today))), style["small"]),
        Spacer(1, 6),
    ]
    if not groups:
        story.append(Paragraph(escape(_("There are no active volunteers.")), style["body"]))
    for name, people in groups:
        story.append(CondPageBreak(60))
        story.append(Paragraph(f"{escape(name)} <font size=8 color='#5B6770'>({len(people)})</font>", style["h2"]))
        story.append(table([list(person) for person in people], header=[_("Name"), _("Phone"), _("E-mail")],
                           widths=[width * 0.38, width * 0.24, width * 0.38]))
    build_document(path, story, title=_("Phone list of volunteers"), letterhead=letterhead,
                   footer_note=_("Printed on {date}").format(date=formatting.date(today)))
