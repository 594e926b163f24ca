"""A door sign for one room on one day: the room's name large, and who uses it when."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.domain import bookings as rules
from app.domain import formatting
from app.domain.recurrence import weekday_names
from app.i18n import translator
from app.reports.pdf.document import FONT_BOLD, TABLE_FONT, build_document, escape, styles, usable_width
from app.services.rooms.rows import BookingRow
from app.services.rooms.rows import RoomRow

_ = translator("rooms")


def write_door_sign(target: Path | io.BytesIO, room: RoomRow, day: dt.date, rows: list[BookingRow],
                    closed_reason: str | None, centre_name: str) -> None:
    s = styles()
    name = s["title"].clone("door_room", fontSize=40, leading=46, alignment=1,
                            textColor=colors.HexColor(room.colour) if room.colour else s["title"].textColor)
    date_style = s["body"].clone("door_date", fontSize=18, leading=22, alignment=1)
    time_style = s["body"].clone("door_time", fontName=FONT_BOLD, fontSize=16, leading=20)
    what_style = s["body"].clone("door_what", fontSize=16, leading=20)
    who_style = s["body"].clone("door_who", fontSize=11, leading=14, textColor=colors.HexColor("#44525C"))
    story = [Spacer(1, 10 * mm), Paragraph(escape(room.name), name),
             Paragraph(f"{weekday_names()[day.weekday()]} {escape(formatting.long_date(day))}", date_style), Spacer(1, 12 * mm)]
    live = sorted((r for r in rows if r.status != rules.CANCELLED and r.room_id == room.id and r.local_start.date() == day),
                  key=lambda r: r.local_start)
    if closed_reason:
        story.append(Paragraph(escape(_("Closed: {reason}").format(reason=closed_reason)), what_style))
    elif not live:
        story.append(Paragraph(escape(_("No bookings today.")), what_style))
    else:
        lines = [[Paragraph(f"{r.local_start:%H:%M} – {r.local_end:%H:%M}", time_style),
                  [Paragraph(escape(r.activity), what_style), Paragraph(escape(r.renter_name), who_style)]] for r in live]
        width = usable_width()
        table = Table(lines, colWidths=[48 * mm, width - 48 * mm])
        table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#C9D2DA"))]))
        story.append(table)
    build_document(target, story, title=_("Door sign {room}").format(room=room.name), footer_note=centre_name,
                   page_numbers=False)
