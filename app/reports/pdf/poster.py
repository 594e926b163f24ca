"""The weekly poster for the foyer: "Deze week in het buurthuis", the public activities per day
in large letters."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.domain import bookings as rules
from app.domain import formatting
from app.domain.recurrence import weekday_names
from app.i18n import translator
from app.reports.pdf.document import FONT_BOLD, PRIMARY, TABLE_FONT, build_document, escape, styles, usable_width
from app.services.rooms.rows import BookingRow
from app.services.settings.rows import CentreDetails

_ = translator("rooms")


def write_poster(target: Path | io.BytesIO, monday: dt.date, rows: list[BookingRow], closed: dict[dt.date, str],
                 centre: CentreDetails) -> None:
    s = styles()
    big = s["title"].clone("poster_title", fontSize=30, leading=36, alignment=1)
    sub = s["body"].clone("poster_sub", fontSize=13, leading=17, alignment=1, textColor=colors.HexColor("#44525C"))
    day_style = s["h2"].clone("poster_day", fontSize=17, leading=21, spaceBefore=8)
    time_style = s["body"].clone("poster_time", fontName=FONT_BOLD, fontSize=13, leading=16)
    what_style = s["body"].clone("poster_what", fontSize=13, leading=16)
    story = [Paragraph(escape(_("This week at the community centre")), big),
             Paragraph(escape(_("{first} to {last}").format(first=formatting.long_date(monday),
                                                          last=formatting.long_date(monday + dt.timedelta(days=6)))), sub),
             Spacer(1, 6 * mm)]
    public = [r for r in rows if r.public and r.status != rules.CANCELLED]
    width = usable_width()
    names = weekday_names()
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        today = [r for r in public if r.local_start.date() == day]
        if not today and day not in closed:
            continue
        block: list = [Paragraph(f"{names[day.weekday()]} {day.day} {formatting.long_date(day).split(' ')[1]}", day_style)]
        if day in closed:
            block.append(Paragraph(escape(_("Closed: {reason}").format(reason=closed[day])), what_style))
        lines = [[Paragraph(f"{r.local_start:%H:%M} – {r.local_end:%H:%M}", time_style),
                  Paragraph(f"<b>{escape(r.activity)}</b> · {escape(r.room_name)}", what_style)] for r in today]
        if lines:
            table = Table(lines, colWidths=[42 * mm, width - 42 * mm])
            table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9D2DA"))]))
            block.append(table)
        story.append(KeepTogether(block))
    if not public:
        story.append(Paragraph(escape(_("No public activities this week.")), what_style))
    story += [Spacer(1, 8 * mm), Paragraph(
        f"<font color='{PRIMARY.hexval().replace('0x', '#')}'><b>{escape(centre.name)}</b></font> · "
        + escape("  ·  ".join(x for x in (*centre.address_lines, centre.website) if x)), sub)]
    build_document(target, story, title=_("This week at the community centre"), page_numbers=False)
