"""Zalen & boekingen: the calendar (day, week per room or across rooms, month), the district week
(every centre's public activities), "what is free?",
renters, rooms with tariffs, closing days and invoices, each on a tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.permissions import Permission
from app.domain.recurrence import short_weekday_names
from ui.context import PageContext
from ui.pages.base import BasePage
from ui.pages.rooms.booking_dialog import BookingDialog
from ui.pages.rooms.calendar_view import ALL_ROOMS, Column, MonthGrid, TimeGrid
from ui.style import set_role

DAY, WEEK_ALL, WEEK_ROOM, MONTH = "day", "week_all", "week_room", "month"


class CalendarTab(QWidget):
    """The calendar with its navigation. Keys: ←/PageUp previous, →/PageDown next, Home or T today."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.current = dt.date.today()
        self.mode = WEEK_ALL
        self.rows = []
        self.rooms = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()  # where: previous, today, next and the period's title
        modes = QHBoxLayout()  # how: the views, the room of "week, one room", a new booking
        layout.addLayout(bar)
        layout.addLayout(modes)
        self.previous = QPushButton("◀")
        self.previous.setObjectName("calendarPrevious")
        self.previous.setAccessibleName(self.tr("Previous"))
        self.previous.setToolTip(self.tr("Previous (← or Page Up)"))
        self.today = QPushButton(self.tr("Today"))
        self.today.setObjectName("calendarToday")
        self.today.setToolTip(self.tr("Today (Home or T)"))
        self.next = QPushButton("▶")
        self.next.setObjectName("calendarNext")
        self.next.setAccessibleName(self.tr("Next"))
        self.next.setToolTip(self.tr("Next (→ or Page Down)"))
        for button in (self.previous, self.today, self.next):
            bar.addWidget(button)
        self.title = set_role(QLabel(), "heading")
        self.title.setObjectName("calendarTitle")
        bar.addWidget(self.title, 1)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text in ((DAY, self.tr("Day")), (WEEK_ALL, self.tr("Week, all rooms")),
                           (WEEK_ROOM, self.tr("Week, one room")), (MONTH, self.tr("Month"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"calendarMode_{mode}")
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            modes.addWidget(button)
        # Short buttons as wide as their text (not the style's minimum), so the week heading
        # "Week 47: 16-11-2026 – 22-11-2026" fits on one line at 1024 × 700.
        for button in (self.previous, self.today, self.next, self.mode_buttons[DAY], self.mode_buttons[MONTH]):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
        self.room_combo = QComboBox()
        self.room_combo.setObjectName("calendarRoom")
        self.room_combo.setAccessibleName(self.tr("Room"))
        self.room_combo.currentIndexChanged.connect(lambda _i: self.reload())
        modes.addWidget(self.room_combo)
        modes.addStretch(1)
        self.new_button = QPushButton(self.tr("New booking…"))
        self.new_button.setObjectName("newBooking")
        self.new_button.setEnabled(context.actor.can(Permission.EDIT_BOOKINGS))  # and rooms: see reload()
        self.new_button.clicked.connect(lambda: self.open_new(None, None))
        modes.addWidget(self.new_button)
        self.no_rooms = set_role(QLabel(self.tr(
            "No rooms yet. Add your rooms on the Rooms and tariffs tab; then click an empty slot here to book.")), "hint")
        self.no_rooms.setObjectName("calendarNoRooms")
        self.no_rooms.setWordWrap(True)
        layout.addWidget(self.no_rooms)
        self.stack = QStackedWidget()
        self.grid = TimeGrid()
        self.month = MonthGrid()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month)
        layout.addWidget(self.stack, 1)
        legend = set_role(QLabel(self.tr(
            "Solid: confirmed · dashed and pale: option · grey and struck through: cancelled · "
            "hatched: closed · light band: set-up and clean-up. Click an empty slot to book it.")), "hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(self.go_today)
        self.grid.booking_clicked.connect(self.open_booking)
        self.grid.slot_clicked.connect(self.open_new)
        self.month.booking_clicked.connect(self.open_booking)
        self.month.day_clicked.connect(self._month_day)
        for keys, handler in (((Qt.Key.Key_Left,), lambda: self.step(-1)), ((Qt.Key.Key_PageUp,), lambda: self.step(-1)),
                              ((Qt.Key.Key_Right,), lambda: self.step(1)), ((Qt.Key.Key_PageDown,), lambda: self.step(1)),
                              ((Qt.Key.Key_Home,), self.go_today), ((Qt.Key.Key_T,), self.go_today)):
            shortcut = QShortcut(QKeySequence(keys[0]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.mode_buttons[self.mode].setChecked(True)

    # ---- navigation ----
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == DAY:
            self.current += dt.timedelta(days=direction)
        elif self.mode == MONTH:
            month = self.current.month - 1 + direction
            self.current = dt.date(self.current.year + month // 12, month % 12 + 1, 1)
        else:
            self.current += dt.timedelta(days=7 * direction)
        self.reload()

    def go_today(self) -> None:
        self.current = dt.date.today()
        self.reload()

    def go_to(self, day: dt.date, mode: str | None = None) -> None:
        self.current = day
        if mode:
            self.mode = mode
            self.mode_buttons[mode].setChecked(True)
        self.reload()

    def _month_day(self, day: dt.date) -> None:
        self.go_to(day, DAY)

    def period(self) -> tuple[dt.date, dt.date]:
        if self.mode == DAY:
            return self.current, self.current
        if self.mode == MONTH:
            first = self.current.replace(day=1)
            start = first - dt.timedelta(days=first.weekday())
            return start, start + dt.timedelta(days=41)
        monday = self.current - dt.timedelta(days=self.current.weekday())
        return monday, monday + dt.timedelta(days=6)

    # ---- loading ----
    def refresh_rooms(self) -> None:
        self.rooms = self.context.services.rooms.rooms(self.context.actor)
        current = self.room_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for room in self.rooms:
            self.room_combo.addItem(room.name, room.id)
        if current is not None and self.room_combo.findData(current) >= 0:
            self.room_combo.setCurrentIndex(self.room_combo.findData(current))
        self.room_combo.blockSignals(False)

    def reload(self) -> None:
        if not self.rooms:
            self.refresh_rooms()
        may_book = self.context.actor.can(Permission.EDIT_BOOKINGS)
        self.no_rooms.setVisible(not self.rooms)
        self.new_button.setEnabled(may_book and bool(self.rooms))
        self.new_button.setToolTip("" if self.new_button.isEnabled() else self.tr(
            "Only a coordinator or an administrator books rooms") if not may_book else self.tr("Add a room first"))
        first, last = self.period()
        services, actor = self.context.services, self.context.actor
        self.room_combo.setVisible(self.mode == WEEK_ROOM)
        room_ids = [self.room_combo.currentData()] if self.mode == WEEK_ROOM and self.room_combo.currentData() else None
        self.rows = services.bookings.between(actor, first, last, room_ids=room_ids)
        by_room = services.rooms.closed_dates_by_room(actor, first, last, [r.id for r in self.rooms])
        closed = by_room[None]
        colours = {r.id: r.colour for r in self.rooms}
        names_by_id = {r.id: r.name for r in self.rooms}

        def room_closed(day: dt.date, room_id: int) -> str:
            return by_room.get(room_id, {}).get(day, "") if day not in closed else ""
        names = short_weekday_names()
        if self.mode == MONTH:
            self.stack.setCurrentWidget(self.month)
            self.month.set_content(self.current.replace(day=1), self.rows, closed)
            self.title.setText(formatting.month_name(self.current.year, self.current.month))
            return
        self.stack.setCurrentWidget(self.grid)
        if self.mode == DAY:
            columns = [Column(first, r.id, r.name, closed=room_closed(first, r.id)) for r in self.rooms]
            self.title.setText(f"{names[first.weekday()]} {formatting.long_date(first)}")
        elif self.mode == WEEK_ROOM:
            room_id = self.room_combo.currentData()
            columns = [Column(first + dt.timedelta(days=i), room_id, f"{names[i]} {(first + dt.timedelta(days=i)):%d-%m}",
                              closed=room_closed(first + dt.timedelta(days=i), room_id)) for i in range(7)]
            self.title.setText(self.tr("Week %1 · %2").replace("%1", str(first.isocalendar()[1])).replace(
                "%2", self.room_combo.currentText()))
        else:
            days = [first + dt.timedelta(days=i) for i in range(7)]
            columns = [Column(day, ALL_ROOMS, f"{names[i]} {day:%d-%m}", closed=", ".join(
                self.tr("%1 closed").replace("%1", names_by_id[r]) for r in names_by_id if room_closed(day, r)))
                for i, day in enumerate(days)]
            self.title.setText(self.tr("Week %1: %2 – %3").replace("%1", str(first.isocalendar()[1]))
                               .replace("%2", formatting.date(first)).replace("%3", formatting.date(last)))
        self.grid.set_content(columns, self.rows, closed, colours, names_by_id)

    # ---- dialogs ----
    def open_booking(self, booking_id: int) -> None:
        row = self.context.services.bookings.booking(self.context.actor, booking_id)
        dialog = BookingDialog(self.context, booking=row, parent=self)
        dialog.exec()
        if dialog.saved:
            self.reload()

    def open_new(self, room_id: int | None, start: dt.datetime | None) -> None:
        if not self.context.actor.can(Permission.EDIT_BOOKINGS):
            return
        dialog = BookingDialog(self.context, room_id=room_id, start=start, parent=self)
        dialog.exec()
        if dialog.saved:
            self.reload()


class RoomsPage(BasePage):
    listens_to = ("bookings", "rooms", "settings")

    def __init__(self, context: PageContext):
        super().__init__(context)
        self.setObjectName("roomsPage")
        from ui.pages.rooms.free_search import FreeSearchTab
        from ui.pages.rooms.invoices_tab import InvoicesTab
        from ui.pages.rooms.closing_days import ClosingDaysTab
        from ui.pages.rooms.district_week import DistrictWeekTab
        from ui.pages.rooms.manage import RentersTab, RoomsTab

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = set_role(QLabel(self.tr("Rooms & bookings")), "heading")
        heading.setObjectName("roomsHeading")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("roomsTabs")
        self.calendar = CalendarTab(context)
        self.free = FreeSearchTab(context, self.calendar)
        self.renters = RentersTab(context)
        self.rooms = RoomsTab(context)
        self.closing = ClosingDaysTab(context)
        self.invoices = InvoicesTab(context)
        self.district = DistrictWeekTab(context)
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.free, self.tr("What is free?"))
        self.tabs.addTab(self.district, self.tr("District week"))
        self.tabs.addTab(self.renters, self.tr("Renters"))
        self.tabs.addTab(self.rooms, self.tr("Rooms and tariffs"))
        self.tabs.addTab(self.closing, self.tr("Closing days"))
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.calendar:
            self.calendar.refresh_rooms()
            self.calendar.reload()
        elif hasattr(widget, "refresh"):
            widget.refresh()


def create_page(context: PageContext) -> RoomsPage:
    return RoomsPage(context)
