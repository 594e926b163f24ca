"""Wijkweek: the week of the whole district, per day, with the centre of each activity: the
public activities of every centre, and for an account of the whole organisation every booking
of every centre. Printable as a PDF (the same file as `wijkhuis export district-week`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.services.rooms import exports as room_exports
from ui.context import PageContext
from ui.style import set_role


class DistrictWeekTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        today = dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.rows = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.previous = QPushButton("◀")
        self.previous.setObjectName("districtPrevious")
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.this_week = QPushButton(self.tr("This week"))
        self.this_week.setObjectName("districtThisWeek")
        self.next = QPushButton("▶")
        self.next.setObjectName("districtNext")
        self.next.setAccessibleName(self.tr("Next week"))
        for button in (self.previous, self.this_week, self.next):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)  # as the calendar's
            bar.addWidget(button)
        self.title = set_role(QLabel(), "heading")
        self.title.setObjectName("districtTitle")
        bar.addWidget(self.title, 1)
        self.print_button = QPushButton(self.tr("Print (PDF)…"))
        self.print_button.setObjectName("districtPrint")
        bar.addWidget(self.print_button)
        whole = context.actor.whole_organisation
        if whole:
            text = self.tr("Every booking of every centre of the organisation, per day.")
        else:
            text = self.tr("The public activities of every centre of the organisation, per day: plan an evening "
                           "where the neighbourhood is not expected elsewhere.")
        explanation = set_role(QLabel(text), "hint")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.tree = QTreeWidget()
        self.tree.setObjectName("districtWeek")
        self.tree.setHeaderLabels([self.tr("Day and time"), self.tr("Activity"), self.tr("Centre"), self.tr("Room")])
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree, 1)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.this_week.clicked.connect(self.go_this_week)
        self.print_button.clicked.connect(self.print_pdf)

    def step(self, weeks: int) -> None:
        self.monday += dt.timedelta(days=7 * weeks)
        self.refresh()

    def go_this_week(self) -> None:
        today = dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.refresh()

    def show_week(self, monday: dt.date) -> None:
        self.monday = monday - dt.timedelta(days=monday.weekday())
        self.refresh()

    def refresh(self) -> None:
        last = self.monday + dt.timedelta(days=6)
        self.title.setText(self.tr("Week %1: %2 – %3").replace("%1", str(self.monday.isocalendar()[1]))
                           .replace("%2", formatting.date(self.monday)).replace("%3", formatting.date(last)))
        self.tree.clear()
        try:
            self.rows = self.context.services.bookings.district_week(self.context.actor, self.monday)
        except WijkhuisError as error:
            QTreeWidgetItem(self.tree, [str(error)])
            return
        for offset in range(7):
            day = self.monday + dt.timedelta(days=offset)
            today = [r for r in self.rows if r.local_start.date() == day]
            if not today:
                continue
            heading = QTreeWidgetItem(self.tree, [formatting.weekday_date(day)])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for row in today:
                QTreeWidgetItem(self.tree, [f"{row.local_start:%H:%M}–{row.local_end:%H:%M}", row.activity,
                                            row.centre_name, row.room_name])
        if not self.rows:
            QTreeWidgetItem(self.tree, [self.tr("No public activities in this week.")])
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def print_pdf(self) -> None:
        title = self.tr("District week")
        name, _filter = QFileDialog.getSaveFileName(self, title, f"wijkweek-{self.monday.isocalendar()[1]}.pdf",
                                                    "PDF (*.pdf)")
        if not name:
            return
        try:
            room_exports.export_district_week(self.context.services, self.context.actor, self.monday, Path(name))
        except WijkhuisError as error:
            QMessageBox.warning(self, title, str(error))
            return
        QMessageBox.information(self, title, self.tr("Saved as %1").replace("%1", name))
