"""The recurrence editor of the booking dialog: the rule of a new series.

Weekly on chosen weekdays every n weeks, monthly by date or by weekday ("2e dinsdag"), or
daily; ending on a date or after a number of times. A one-line summary shows the rule.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.domain import recurrence as rec
from ui.style import set_role


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RecurrenceBox(QGroupBox):
    """Weekly on chosen days every n weeks, or monthly by date or "2e dinsdag"; until a date or n times."""

    changed = Signal()  # the rule, or whether the box is ticked at all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Repeat"))
        self.setCheckable(True)
        self.setChecked(False)
        self.setObjectName("recurrenceBox")
        form = QFormLayout(self)
        self.frequency = QComboBox()
        self.frequency.setObjectName("recurrenceFrequency")
        self.frequency.addItem(self.tr("weekly"), rec.WEEKLY)
        self.frequency.addItem(self.tr("monthly on the date"), "monthly_date")
        self.frequency.addItem(self.tr("monthly on a weekday (e.g. 2nd Tuesday)"), "monthly_weekday")
        self.frequency.addItem(self.tr("daily"), rec.DAILY)
        form.addRow(self.tr("How often"), self.frequency)
        self.interval = QSpinBox()
        self.interval.setObjectName("recurrenceInterval")
        self.interval.setRange(1, 52)
        self.interval.setPrefix(self.tr("every "))
        form.addRow(self.tr("Interval"), self.interval)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for index, name in enumerate(rec.short_weekday_names()):
            box = QCheckBox(name)
            box.setObjectName(f"recurrenceDay{index}")
            self.days.append(box)
            row.addWidget(box)
        form.addRow(self.tr("On"), days)
        self.position = QComboBox()
        self.position.setObjectName("recurrencePosition")
        for value, text in ((1, self.tr("1st")), (2, self.tr("2nd")), (3, self.tr("3rd")), (4, self.tr("4th")), (-1, self.tr("last"))):
            self.position.addItem(text, value)
        form.addRow(self.tr("Which one"), self.position)
        self.end_kind = QComboBox()
        self.end_kind.setObjectName("recurrenceEndKind")
        self.end_kind.addItem(self.tr("until the date"), "until")
        self.end_kind.addItem(self.tr("a number of times"), "count")
        self.until = QDateEdit()
        self.until.setObjectName("recurrenceUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.count = QSpinBox()
        self.count.setObjectName("recurrenceCount")
        self.count.setRange(1, rec.MAX_OCCURRENCES)
        self.count.setValue(10)
        ends = QWidget()
        end_row = QHBoxLayout(ends)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end_kind)
        end_row.addWidget(self.until)
        end_row.addWidget(self.count)
        form.addRow(self.tr("Ends"), ends)
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("recurrenceSummary")
        form.addRow("", self.summary)
        for signal in (self.frequency.currentIndexChanged, self.end_kind.currentIndexChanged, self.interval.valueChanged,
                       self.position.currentIndexChanged, self.count.valueChanged, self.until.dateChanged):
            signal.connect(self._update)
        for box in self.days:
            box.toggled.connect(self._update)
        self.toggled.connect(self.changed)
        self._update()

    def set_first_date(self, day: dt.date) -> None:
        if not any(box.isChecked() for box in self.days):
            self.days[day.weekday()].setChecked(True)
        self.position.setCurrentIndex(min((day.day - 1) // 7, 3))
        season_end = dt.date(day.year + (1 if day.month >= 7 else 0), 6, 30)
        self.until.setDate(to_qdate(season_end))
        self._update()

    def _update(self) -> None:
        kind = self.frequency.currentData()
        self.position.setEnabled(kind == "monthly_weekday")
        for box in self.days:
            box.setEnabled(kind in (rec.WEEKLY, "monthly_weekday"))
        self.until.setVisible(self.end_kind.currentData() == "until")
        self.count.setVisible(self.end_kind.currentData() == "count")
        self.summary.setText(self.recurrence().describe())
        self.changed.emit()

    def recurrence(self) -> rec.Recurrence:
        kind = self.frequency.currentData()
        days = tuple(i for i, box in enumerate(self.days) if box.isChecked())
        until = from_qdate(self.until.date()) if self.end_kind.currentData() == "until" else None
        count = self.count.value() if self.end_kind.currentData() == "count" else None
        if kind == "monthly_date":
            return rec.Recurrence(rec.MONTHLY, self.interval.value(), (), rec.BY_DATE, until=until, count=count)
        if kind == "monthly_weekday":
            return rec.Recurrence(rec.MONTHLY, self.interval.value(), days[:1], rec.BY_WEEKDAY,
                                  self.position.currentData(), until=until, count=count)
        if kind == rec.DAILY:
            return rec.Recurrence(rec.DAILY, self.interval.value(), until=until, count=count)
        return rec.Recurrence(rec.WEEKLY, self.interval.value(), days, until=until, count=count)
