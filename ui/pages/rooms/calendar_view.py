"""The calendar, painted rather than built from widgets: a week of 300 bookings is one widget.

`TimeGrid` draws columns (a room on a day) against the hours of the day: the day view has a
column per room, the week view of one room a column per day. The week view across rooms has a
column per day too ("lanes"): bookings at the same time stand side by side, each block says
time, activity, renter and room (elided, the tooltip has it all), and the header names every
room in full with its colour. Clicking an empty slot there proposes the first room free then. `MonthGrid` draws a month as day cells with the
bookings listed. Both report clicks: on a booking (its id) or on an empty slot (room, time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain import bookings as rules
from app.services.rooms import BookingRow

FIRST_HOUR, LAST_HOUR = 8, 23
HEADER = 40
GUTTER = 44
SNAP_MINUTES = 30
CLOSED = QColor("#D9D9D9")
DAY_NAMES = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class Column:
    day: dt.date
    room_id: int
    label: str  # shown in the header ("" for sub-columns that share a day header)
    group_label: str = ""  # the day above a group of room columns
    closed: str = ""  # the reason when this room alone is closed that day


ALL_ROOMS = 0  # the room id of a day column in the week across rooms


def lanes(rows: list[BookingRow]) -> dict[int, tuple[int, int]]:
    """Per booking id (lane, lanes): bookings that overlap in time stand side by side, each
    group of overlapping bookings as wide as it needs."""
    result: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[BookingRow, int]] = []
    lane_ends: list[dt.datetime] = []
    cluster_end: dt.datetime | None = None

    def close() -> None:
        for member, lane in cluster:
            result[member.id] = (lane, len(lane_ends))

    for row in sorted(rows, key=lambda r: (r.local_start, r.local_end)):
        if cluster_end is not None and row.local_start >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= row.local_start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(row.local_end)
        else:
            lane_ends[lane] = row.local_end
        cluster.append((row, lane))
        cluster_end = max(cluster_end or row.local_end, row.local_end)
    close()
    return result


def booking_colours(row: BookingRow) -> tuple[QColor, QColor, Qt.PenStyle, Qt.BrushStyle]:
    """Fill, text, border style and fill pattern: options dashed and hatched, cancelled grey."""
    base = QColor(row.room_colour or "#4E79A7")
    if row.status == rules.CANCELLED:
        return QColor("#EEEEEE"), QColor("#888888"), Qt.PenStyle.DotLine, Qt.BrushStyle.SolidPattern
    if row.status == rules.OPTION:
        light = QColor(base)
        light.setAlpha(90)
        return light, QColor("#1F2A33"), Qt.PenStyle.DashLine, Qt.BrushStyle.SolidPattern
    return base, QColor("white") if base.lightness() < 160 else QColor("#1F2A33"), Qt.PenStyle.SolidLine, Qt.BrushStyle.SolidPattern


class TimeGrid(QWidget):
    booking_clicked = Signal(int)
    slot_clicked = Signal(int, object)  # room id, local datetime

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomsTimeGrid")
        self.setAccessibleName(self.tr("Calendar"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(600, 420)
        self.columns: list[Column] = []
        self.rows: list[BookingRow] = []
        self.closed: dict[dt.date, str] = {}
        self.room_colours: dict[int, str] = {}
        self.room_names: dict[int, str] = {}
        self._lanes: dict[int, tuple[int, int]] = {}
        self._hit: list[tuple[QRectF, BookingRow]] = []

    def set_content(self, columns: list[Column], rows: list[BookingRow], closed: dict[dt.date, str],
                    room_colours: dict[int, str], room_names: dict[int, str] | None = None) -> None:
        self.columns, self.rows, self.closed, self.room_colours = columns, rows, closed, room_colours
        self.room_names = room_names or {}
        self._lanes = lanes(rows) if self.across_rooms() else {}
        self.update()

    def across_rooms(self) -> bool:
        return any(c.room_id == ALL_ROOMS for c in self.columns)

    # ---- geometry ----
    def _column_width(self) -> float:
        return (self.width() - GUTTER) / max(len(self.columns), 1)

    def _y(self, moment: dt.datetime, day: dt.date) -> float:
        hours = (moment - dt.datetime.combine(day, dt.time())).total_seconds() / 3600
        hours = min(max(hours, FIRST_HOUR), LAST_HOUR)
        return HEADER + (hours - FIRST_HOUR) * self._hour_height()

    def _hour_height(self) -> float:
        return (self.height() - HEADER - 4) / (LAST_HOUR - FIRST_HOUR)

    def _header_rows(self) -> int:
        return 2 if any(c.group_label for c in self.columns) else 1

    def column_at(self, x: float) -> int | None:
        index = int((x - GUTTER) // self._column_width())
        return index if x >= GUTTER and 0 <= index < len(self.columns) else None

    def time_at(self, y: float, day: dt.date) -> dt.datetime:
        hours = FIRST_HOUR + (y - HEADER) / self._hour_height()
        minutes = int(hours * 60) // SNAP_MINUTES * SNAP_MINUTES
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)

    # ---- painting ----
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width = self._column_width()
        hour_h = self._hour_height()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        painter.setFont(small)
        grid_pen = QPen(QColor("#E3E7EB"))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = HEADER + (hour - FIRST_HOUR) * hour_h
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(QColor("#5B6770"))
            if hour < LAST_HOUR:
                painter.drawText(QRectF(0, y - 2, GUTTER - 6, 14), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        previous_group = None
        for index, column in enumerate(self.columns):
            x = GUTTER + index * width
            if column.day in self.closed or (column.closed and column.room_id != ALL_ROOMS):
                painter.fillRect(QRectF(x, HEADER, width, self.height() - HEADER), QBrush(CLOSED, Qt.BrushStyle.BDiagPattern))
            new_group = column.group_label and column.group_label != previous_group
            painter.setPen(QPen(QColor("#9AA6B1") if new_group or not column.group_label else QColor("#EEF1F4")))
            painter.drawLine(QPointF(x, 0 if new_group else HEADER / 2), QPointF(x, self.height()))
            painter.setPen(QColor("#1F3B4D"))
            if column.group_label:
                if new_group:
                    span = sum(1 for c in self.columns if c.group_label == column.group_label) * width
                    text = column.group_label + (f" — {self.closed[column.day]}" if column.day in self.closed else "")
                    painter.drawText(QRectF(x + 3, 2, span - 6, HEADER / 2 - 2),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                    previous_group = column.group_label
                colour = QColor(self.room_colours.get(column.room_id, "#888888"))
                painter.fillRect(QRectF(x + 1, HEADER / 2 + 4, width - 2, 6), colour)
                painter.drawText(QRectF(x + 1, HEADER / 2 + 10, width - 2, HEADER / 2 - 10),
                                 Qt.AlignmentFlag.AlignCenter, column.label)
            elif column.room_id == ALL_ROOMS:
                reason = self.closed.get(column.day) or column.closed  # the centre, else the rooms closed that day
                text = column.label + (f" — {reason}" if reason else "")
                painter.drawText(QRectF(x + 3, HEADER / 2, width - 6, HEADER / 2),
                                 Qt.AlignmentFlag.AlignCenter, self._elided(painter, text, width - 6))
            else:
                reason = self.closed.get(column.day) or column.closed
                text = column.label + (f"\n{reason}" if reason else "")
                painter.drawText(QRectF(x + 3, 2, width - 6, HEADER - 4), Qt.AlignmentFlag.AlignCenter, text)
        if self.across_rooms():
            self._paint_room_legend(painter)
        painter.setPen(QPen(QColor("#9AA6B1")))
        painter.drawLine(QPointF(GUTTER, HEADER), QPointF(self.width(), HEADER))
        self._paint_now(painter, width)
        self._hit = []
        index_of = {(c.day, c.room_id): i for i, c in enumerate(self.columns)}
        for row in self.rows:
            i = index_of.get((row.local_start.date(), row.room_id), index_of.get((row.local_start.date(), ALL_ROOMS)))
            if i is None:
                continue
            x, column_width = GUTTER + i * width, width
            if row.id in self._lanes:
                lane, count = self._lanes[row.id]
                column_width = width / count
                x += lane * column_width
            block_start, block_end = row.block_local
            if row.status != rules.CANCELLED and (row.setup_minutes or row.cleanup_minutes):
                buffer = QColor(row.room_colour)
                buffer.setAlpha(40)
                painter.fillRect(QRectF(x + 2, self._y(block_start, row.local_start.date()), column_width - 4,
                                        self._y(block_end, row.local_start.date()) - self._y(block_start, row.local_start.date())), buffer)
            top = self._y(row.local_start, row.local_start.date())
            bottom = self._y(row.local_end, row.local_start.date())
            rect = QRectF(x + 2, top + 1, column_width - 4, max(bottom - top - 2, 6))
            fill, text_colour, pen_style, _pattern = booking_colours(row)
            painter.setBrush(fill)
            painter.setPen(QPen(QColor(row.room_colour).darker(130), 1.2, pen_style))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour)
            font = QFont(small)
            font.setStrikeOut(row.status == rules.CANCELLED)
            font.setItalic(row.status == rules.OPTION)
            painter.setFont(font)
            if rect.width() > 14:
                self._paint_label(painter, rect, row)
            painter.setFont(small)
            self._hit.append((rect, row))
        painter.end()

    def _paint_label(self, painter: QPainter, rect: QRectF, row: BookingRow) -> None:
        """Time and activity, renter, room: as many lines as fit, each elided (the tooltip has all)."""
        lines = [f"{row.local_start:%H:%M} {row.activity}", row.renter_name]
        if self.across_rooms():
            lines.append(row.room_name)
        line_h = painter.fontMetrics().height()
        inner = rect.adjusted(3, 1, -2, -1)
        fitting = max(1, int(inner.height() // line_h))
        for n, text in enumerate(x for x in lines if x):
            if n >= fitting:
                break
            painter.drawText(QRectF(inner.x(), inner.y() + n * line_h, inner.width(), line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._elided(painter, text, inner.width()))

    @staticmethod
    def _elided(painter: QPainter, text: str, width: float) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(int(width), 0))

    def _paint_room_legend(self, painter: QPainter) -> None:
        """Every room in full with its colour, on the top line of the header."""
        x = GUTTER + 4.0
        metrics = painter.fontMetrics()
        for room_id, name in self.room_names.items():
            painter.fillRect(QRectF(x, 6, 10, 10), QColor(self.room_colours.get(room_id, "#888888")))
            painter.setPen(QColor("#1F3B4D"))
            width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(x + 14, 2, width + 4, HEADER / 2 - 2), Qt.AlignmentFlag.AlignVCenter, name)
            x += width + 32

    def free_room_at(self, moment: dt.datetime) -> int | None:
        """The first room (in the rooms' order) with no booking, buffers included, at `moment`."""
        for room_id in self.room_names:
            busy = any(r.room_id == room_id and r.status != rules.CANCELLED
                       and r.block_local[0] <= moment < r.block_local[1] for r in self.rows)
            if not busy:
                return room_id
        return None

    def _paint_now(self, painter: QPainter, width: float) -> None:
        now = dt.datetime.now()
        for index, column in enumerate(self.columns):
            if column.day == now.date() and FIRST_HOUR <= now.hour < LAST_HOUR:
                y = self._y(now, now.date())
                painter.setPen(QPen(QColor("#C62828"), 1.5))
                painter.drawLine(QPointF(GUTTER + index * width, y), QPointF(GUTTER + (index + 1) * width, y))

    # ---- interaction ----
    def booking_at(self, point: QPointF) -> BookingRow | None:
        for rect, row in reversed(self._hit):
            if rect.contains(point):
                return row
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        point = event.position()
        row = self.booking_at(point)
        if row is not None:
            self.booking_clicked.emit(row.id)
            return
        index = self.column_at(point.x())
        if index is not None and point.y() > HEADER:
            column = self.columns[index]
            moment = self.time_at(point.y(), column.day)
            room_id = self.free_room_at(moment) if column.room_id == ALL_ROOMS else column.room_id
            self.slot_clicked.emit(room_id, moment)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        row = self.booking_at(event.position())
        if row is None:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lines = [f"<b>{row.activity}</b>", row.renter_name, f"{row.room_name}, {rules.when_text(row.local_start, row.local_end)}",
                 rules.status_names()[row.status] + (f": {row.cancel_reason}" if row.cancel_reason else "")]
        if row.contact:
            lines.append(row.contact)
        QToolTip.showText(event.globalPosition().toPoint(), "<br>".join(x for x in lines if x), self)

    def rect_of(self, booking_id: int) -> QRectF | None:
        """Where a booking is drawn (for tests and keyboard users)."""
        for rect, row in self._hit:
            if row.id == booking_id:
                return rect
        return None

    def point_for(self, room_id: int, moment: dt.datetime) -> QPointF | None:
        for index, column in enumerate(self.columns):
            if column.room_id in (room_id, ALL_ROOMS) and column.day == moment.date():
                return QPointF(GUTTER + (index + 0.5) * self._column_width(), self._y(moment, moment.date()) + 2)
        return None


class MonthGrid(QWidget):
    """A month as six weeks of day cells; each cell lists its bookings (room colour, time, activity)."""

    booking_clicked = Signal(int)
    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomsMonthGrid")
        self.setAccessibleName(self.tr("Month overview"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(600, 420)
        self.first = dt.date.today().replace(day=1)
        self.rows: list[BookingRow] = []
        self.closed: dict[dt.date, str] = {}
        self._hit: list[tuple[QRectF, int]] = []
        self._cells: list[tuple[QRectF, dt.date]] = []

    def set_content(self, first: dt.date, rows: list[BookingRow], closed: dict[dt.date, str]) -> None:
        self.first, self.rows, self.closed = first, rows, closed
        self.update()

    def grid_start(self) -> dt.date:
        return self.first - dt.timedelta(days=self.first.weekday())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        head = 22
        cell_w = self.width() / 7
        cell_h = (self.height() - head) / 6
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        painter.setFont(small)
        by_day: dict[dt.date, list[BookingRow]] = {}
        for row in self.rows:
            by_day.setdefault(row.local_start.date(), []).append(row)
        for index, name in enumerate(DAY_NAMES):
            painter.setPen(QColor("#1F3B4D"))
            painter.drawText(QRectF(index * cell_w, 0, cell_w, head), Qt.AlignmentFlag.AlignCenter, name)
        self._hit, self._cells = [], []
        line_h = painter.fontMetrics().height() + 1
        start = self.grid_start()
        for cell in range(42):
            day = start + dt.timedelta(days=cell)
            rect = QRectF((cell % 7) * cell_w, head + (cell // 7) * cell_h, cell_w, cell_h)
            self._cells.append((rect, day))
            if day in self.closed:
                painter.fillRect(rect, QBrush(CLOSED, Qt.BrushStyle.BDiagPattern))
            elif day.month != self.first.month:
                painter.fillRect(rect, QColor("#F6F8FA"))
            painter.setPen(QPen(QColor("#D5DBE1")))
            painter.drawRect(rect)
            painter.setPen(QColor("#C62828") if day == dt.date.today() else QColor("#1F3B4D"))
            title = str(day.day) + (f"  {self.closed[day]}" if day in self.closed else "")
            painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            rows = sorted(by_day.get(day, []), key=lambda r: r.local_start)
            room_for = int((rect.height() - line_h - 4) // line_h)
            for n, row in enumerate(rows[:max(room_for, 0)]):
                if n == room_for - 1 and len(rows) > room_for:
                    painter.setPen(QColor("#5B6770"))
                    painter.drawText(QRectF(rect.x() + 4, rect.y() + line_h * (n + 1) + 2, rect.width() - 8, line_h),
                                     Qt.AlignmentFlag.AlignLeft, self.tr("+ %n more", "", len(rows) - n))
                    break
                line = QRectF(rect.x() + 4, rect.y() + line_h * (n + 1) + 2, rect.width() - 8, line_h)
                fill, _text, _pen, _pattern = booking_colours(row)
                painter.fillRect(QRectF(line.x(), line.y() + 2, 6, line_h - 4), QColor(row.room_colour))
                font = QFont(small)
                font.setStrikeOut(row.status == rules.CANCELLED)
                font.setItalic(row.status == rules.OPTION)
                painter.setFont(font)
                painter.setPen(QColor("#888888") if row.status == rules.CANCELLED else QColor("#1F2A33"))
                painter.drawText(line.adjusted(9, 0, 0, 0), Qt.AlignmentFlag.AlignLeft,
                                 painter.fontMetrics().elidedText(f"{row.local_start:%H:%M} {row.activity}",
                                                                  Qt.TextElideMode.ElideRight, int(line.width() - 9)))
                painter.setFont(small)
                self._hit.append((line, row.id))
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        point = event.position()
        for rect, booking_id in self._hit:
            if rect.contains(point):
                self.booking_clicked.emit(booking_id)
                return
        for rect, day in self._cells:
            if rect.contains(point):
                self.day_clicked.emit(day)
                return
