"""The week across all rooms on A4 landscape, for the office wall: a row per room, a column
per day; options in italics, closing days shaded, cancelled bookings left out."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.domain import bookings as rules
from app.domain import formatting
from app.domain.recurrence import short_weekday_names
from app.i18n import translator
from app.reports.pdf.document import LIGHT, PRIMARY, TABLE_FONT, Letterhead, build_document, escape, styles, usable_width
from app.services.rooms.rows import BookingRow
from app.services.rooms.rows import RoomRow

_ = translator("rooms")

CLOSED_FILL = colors.HexColor("#E4E4E4")


def week_title(monday: dt.date) -> str:
    year, week, _day = monday.isocalendar()
    return _("Week {week} of {year}: {first} to {last}").format(
        week=week, year=year, first=formatting.date(monday), last=formatting.date(monday + dt.timedelta(days=6)))


def _cell(rows: list[BookingRow], style) -> list:
    parts = []
    for row in rows:
        text = f"<b>{row.local_start:%H:%M}–{row.local_end:%H:%M}</b> {escape(row.activity)}"
        if row.renter_name:
            text += f"<br/><font size=7>{escape(row.renter_name)}</font>"
        if row.status == rules.OPTION:
            option = escape(_("option"))
            text = f"<i>{text} ({option})</i>"
        parts.append(Paragraph(text, style))
    return parts


def write_week_schedule(target: Path | io.BytesIO, monday: dt.date, rooms: list[RoomRow], rows: list[BookingRow],
                        closed: dict[dt.date, str], letterhead: Letterhead | None) -> None:
    s = styles()
    cell = s["cell"].clone("schedule_cell", fontSize=7.5, leading=9)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    names = short_weekday_names()
    room_label = escape(_("Room"))
    closed_label = escape(_("Closed: {reason}"))
    header = [Paragraph(f"<b>{room_label}</b>", cell)]
    for day in days:
        label = f"<b>{names[day.weekday()]} {day:%d-%m}</b>"
        if day in closed:
            reason = closed_label.format(reason=escape(closed[day]))
            label += f"<br/><font size=6.5>{reason}</font>"
        header.append(Paragraph(label, cell))
    body = []
    live = [r for r in rows if r.status != rules.CANCELLED]
    for room in rooms:
        line: list = [Paragraph(f"<b>{escape(room.name)}</b><br/><font size=6.5>{room.capacity} p.</font>", cell)]
        for day in days:
            line.append(_cell([r for r in live if r.room_id == room.id and r.local_start.date() == day], cell) or "")
        body.append(line)
    width = usable_width(True)
    first = 28 * mm
    table = Table([header, *body], colWidths=[first] + [(width - first) / 7] * 7, repeatRows=1)
    commands = [
        TABLE_FONT, ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#B8C2CC")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        # narrow side padding: seven day columns on A4 landscape ("Gesloten: Studiedag team" on one line)
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, day in enumerate(days, start=1):
        if day in closed:
            commands.append(("BACKGROUND", (index, 1), (index, -1), CLOSED_FILL))
    table.setStyle(TableStyle(commands))
    story = [Paragraph(escape(_("Room schedule")) + " — " + escape(week_title(monday)), s["title"]), Spacer(1, 2 * mm), table,
             Spacer(1, 3 * mm), Paragraph(escape(_("In italics: options, not yet confirmed.")), s["small"])]
    build_document(target, story, title=_("Room schedule"), letterhead=letterhead, landscape_pages=True,
                   footer_note=_("Printed {date}").format(date=formatting.date(dt.date.today())))
