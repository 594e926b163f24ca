"""The district week: the public activities of every centre of the organisation, per day, with
the centre's name (an account of the whole organisation prints every booking)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from app.domain import formatting
from app.i18n import translator
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width
from app.services.rooms.rows import DistrictActivity

_ = translator("rooms")


def write_district_week(target: Path | io.BytesIO, monday: dt.date, rows: list[DistrictActivity],
                        letterhead: Letterhead | None = None) -> None:
    s = styles()
    last = monday + dt.timedelta(days=6)
    title = _("District week {week}").format(week=monday.isocalendar()[1])
    story: list = [Paragraph(escape(title), s["title"]),
                   Paragraph(escape(_("{first} to {last}").format(first=formatting.long_date(monday),
                                                                last=formatting.long_date(last))), s["body"]),
                   Spacer(1, 4 * mm)]
    width = usable_width()
    headers = [_("Time"), _("Activity"), _("Centre"), _("Room")]
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        today = [r for r in rows if r.local_start.date() == day]
        if not today:
            continue
        lines = [[f"{r.local_start:%H:%M}–{r.local_end:%H:%M}", r.activity, r.centre_name, r.room_name] for r in today]
        story.append(KeepTogether([
            Paragraph(escape(formatting.weekday_date(day)), s["h2"]),
            table(lines, header=headers, widths=[28 * mm, width * 0.38, width * 0.3, width - 28 * mm - width * 0.68]),
        ]))
    if not rows:
        story.append(Paragraph(escape(_("No public activities this week.")), s["body"]))
    build_document(target, story, title=title, letterhead=letterhead)
