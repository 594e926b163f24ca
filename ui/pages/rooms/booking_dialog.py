"""The booking dialog: a new booking (once or recurring) or an existing one.

A new series is planned first: when dates clash with a booking or a closing day, they are
listed and the others are booked only when the user agrees. Saving a date of a series asks
whether the change is for this date, this and the following dates, or all dates.
The recurrence editor lives in recurrence_editor.py, the clash list and the scope question in
series_questions.py; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import bookings as rules
from app.domain import formatting
from app.domain.errors import ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.rooms import BookingRow
from app.services.rooms import THIS, BookingDraft, SeriesPlan
from ui.context import PageContext
from ui.pages.rooms.recurrence_editor import RecurrenceBox
from ui.pages.rooms.recurrence_editor import from_qdate as _date
from ui.pages.rooms.recurrence_editor import to_qdate as _qdate
from ui.pages.rooms.series_questions import ClashDialog, ask_scope
from ui.style import set_role
from ui.widgets.form import ValidatedForm

__all__ = ["NO_PARTICIPANTS", "BookingDialog", "ClashDialog", "RecurrenceBox", "ask_scope"]

NO_PARTICIPANTS = -1


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class BookingDialog(QDialog):
    """`booking` None: a new booking starting at `start` in `room_id`."""

    scope_chooser = staticmethod(ask_scope)  # replaced in tests
    clash_chooser = None  # tests may set a callable(plan) -> bool
    warning_shower = None  # tests may set a callable(list of warnings)

    def __init__(self, context: PageContext, *, booking: BookingRow | None = None, room_id: int | None = None,
                 start: dt.datetime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.actor = context.actor
        self.booking = booking
        self.saved = False
        self.warnings: list[str] = []  # of the last save: booked, but worth knowing (the district calendar)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Booking") if booking else self.tr("New booking"))
        outer = QVBoxLayout(self)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        left = QFormLayout()
        columns.addLayout(left, 3)
        self.form = ValidatedForm(left)
        self.room = self.form.add("room_id", self.tr("Room"), QComboBox())
        self.rooms = self.services.rooms.rooms(self.actor)
        for room in self.rooms:
            self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.renter = self.form.add("renter_id", self.tr("Renter"), QComboBox())
        self.renter.addItem(self.tr("— none —"), None)
        for renter in self.services.rooms.renters(self.actor):
            self.renter.addItem(renter.name, renter.id)
        self.renter.setEditable(True)
        self.renter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group = self.form.add("working_group_id", self.tr("Working group"), QComboBox())
        self.group.addItem(self.tr("— none —"), None)
        for group_id, name in self.services.rooms.working_groups(self.actor):
            self.group.addItem(name, group_id)
        self.activity = self.form.add("activity", self.tr("Activity"), QLineEdit())
        self.day = self.form.add("date", self.tr("Date"), QDateEdit())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        times = QWidget()
        time_row = QHBoxLayout(times)
        time_row.setContentsMargins(0, 0, 0, 0)
        self.start = QTimeEdit()
        self.start.setObjectName("start")
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setObjectName("end")
        self.end.setDisplayFormat("HH:mm")
        time_row.addWidget(self.start)
        time_row.addWidget(QLabel("–"))
        time_row.addWidget(self.end)
        self.form.add("times", self.tr("Time"), times)
        self.form.fields["end"] = self.form.fields["times"]
        buffers = QWidget()
        buffer_row = QHBoxLayout(buffers)
        buffer_row.setContentsMargins(0, 0, 0, 0)
        self.setup = QSpinBox()
        self.setup.setObjectName("setup_minutes")
        self.cleanup = QSpinBox()
        self.cleanup.setObjectName("cleanup_minutes")
        for box in (self.setup, self.cleanup):
            box.setRange(0, rules.MAX_BUFFER_MINUTES)
            box.setSingleStep(15)
            box.setSuffix(self.tr(" min"))
        buffer_row.addWidget(QLabel(self.tr("set-up")))
        buffer_row.addWidget(self.setup)
        buffer_row.addWidget(QLabel(self.tr("clean-up")))
        buffer_row.addWidget(self.cleanup)
        self.form.add("setup_minutes_row", self.tr("Buffers"), buffers)
        self.status = self.form.add("status", self.tr("Status"), QComboBox())
        self.status.addItem(self.tr("option"), rules.OPTION)
        self.status.addItem(self.tr("confirmed"), rules.CONFIRMED)
        if booking and booking.status == rules.CANCELLED:
            self.status.addItem(self.tr("cancelled"), rules.CANCELLED)
        self.expected = self.form.add("expected_participants", self.tr("Expected participants"), QSpinBox())
        self.actual = self.form.add("actual_participants", self.tr("Actual participants"), QSpinBox())
        for box in (self.expected, self.actual):
            box.setRange(NO_PARTICIPANTS, 10000)
            box.setSpecialValueText(self.tr("unknown"))
            box.setValue(NO_PARTICIPANTS)
        self.public = self.form.add("public", self.tr("Public activity (district calendar)"), QCheckBox())
        self.public.setToolTip(self.tr(
            "On the poster of the week and in the district week of every centre. Another centre's public activity "
            "on the same evening is pointed out below as soon as you tick this."))
        self.district_hint = set_role(QLabel(), "warning")
        self.district_hint.setObjectName("districtHint")
        self.district_hint.setWordWrap(True)
        self.district_hint.hide()
        left.addRow("", self.district_hint)
        self._hinted: list[str] = []  # what the hint says now: not repeated after saving
        self.rate = self.form.add("rate_basis", self.tr("Price"), QComboBox())
        self.rate.addItem(self.tr("per hour"), rules.PER_HOUR)
        self.rate.addItem(self.tr("per day part"), rules.PER_DAY_PART)
        self.price = set_role(QLabel(), "hint")
        self.price.setObjectName("pricePreview")
        left.addRow("", self.price)
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(60)
        self.form.fields["notes"].setMaximumHeight(80)
        right = QVBoxLayout()
        columns.addLayout(right, 2)
        self.recurrence = RecurrenceBox()
        self.form.fields["recurrence"] = self.form.fields["notes"]
        right.addWidget(self.recurrence)
        self.series_info = set_role(QLabel(), "hint")
        self.series_info.setObjectName("seriesInfo")
        self.series_info.setWordWrap(True)
        right.addWidget(self.series_info)
        if booking and booking.status == rules.CANCELLED:
            right.addWidget(set_role(QLabel(self.tr("Cancelled: %1").replace("%1", booking.cancel_reason)), "error"))
        right.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveBooking")
        self.save_button.setDefault(True)
        self.cancel_booking_button = QPushButton(self.tr("Cancel booking…"))
        self.cancel_booking_button.setObjectName("cancelBooking")
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeBookingDialog")
        if booking and booking.status != rules.CANCELLED:
            buttons.addButton(self.cancel_booking_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save)
        self.cancel_booking_button.clicked.connect(self._cancel_booking)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for signal in (self.room.currentIndexChanged, self.renter.currentIndexChanged, self.rate.currentIndexChanged,
                       self.start.timeChanged, self.end.timeChanged):
            signal.connect(self._update_price)
        self.room.currentIndexChanged.connect(self._room_defaults)
        self._load(booking, room_id, start)
        # After loading, which sets each field in turn: one look-up for the loaded booking, not one per field.
        self._update_district_hint()
        for signal in (self.room.currentIndexChanged, self.status.currentIndexChanged, self.day.dateChanged,
                       self.start.timeChanged, self.end.timeChanged, self.public.toggled, self.recurrence.changed):
            signal.connect(self._update_district_hint)
        editable = self.actor.can(Permission.EDIT_BOOKINGS)
        self.save_button.setEnabled(editable)
        self.cancel_booking_button.setEnabled(editable)
        self.resize(900, 560)

    # ---- loading ----
    def _load(self, booking: BookingRow | None, room_id: int | None, start: dt.datetime | None) -> None:
        if booking is None:
            start = start or dt.datetime.combine(dt.date.today(), dt.time(19))
            if room_id is not None:
                self.room.setCurrentIndex(max(self.room.findData(room_id), 0))
            self._room_defaults()
            self.day.setDate(_qdate(start.date()))
            self.start.setTime(QTime(start.hour, start.minute))
            end = start + dt.timedelta(hours=2)
            self.end.setTime(QTime(end.hour, end.minute) if end.date() == start.date() else QTime(23, 0))
            self.status.setCurrentIndex(self.status.findData(rules.CONFIRMED))
            self.recurrence.set_first_date(start.date())
            self._update_price()
            return
        self.room.setCurrentIndex(max(self.room.findData(booking.room_id), 0))
        self.renter.setCurrentIndex(max(self.renter.findData(booking.renter_id), 0))
        self.group.setCurrentIndex(max(self.group.findData(booking.working_group_id), 0))
        self.activity.setText(booking.activity)
        self.day.setDate(_qdate(booking.local_start.date()))
        self.start.setTime(QTime(booking.local_start.hour, booking.local_start.minute))
        self.end.setTime(QTime(booking.local_end.hour, booking.local_end.minute))
        self.setup.setValue(booking.setup_minutes)
        self.cleanup.setValue(booking.cleanup_minutes)
        self.status.setCurrentIndex(max(self.status.findData(booking.status), 0))
        self.expected.setValue(NO_PARTICIPANTS if booking.expected_participants is None else booking.expected_participants)
        self.actual.setValue(NO_PARTICIPANTS if booking.actual_participants is None else booking.actual_participants)
        self.public.setChecked(booking.public)
        self.rate.setCurrentIndex(max(self.rate.findData(booking.rate_basis), 0))
        self.notes.setPlainText(booking.notes)
        if booking.series_id is not None:
            rule = self.services.bookings.series_rule(self.actor, booking.series_id)
            text = self.tr("Part of a series: %1.").replace("%1", rule.describe())
            if booking.moved:
                text += " " + self.tr("Moved from %1.").replace("%1", formatting.date(booking.original_date))
            self.series_info.setText(text)
            self.recurrence.hide()
        else:
            self.recurrence.setTitle(self.tr("Turn into a series"))
            self.recurrence.set_first_date(booking.local_start.date())
        self._update_price()

    def _room_defaults(self) -> None:
        if self.booking is not None:
            return
        room = next((r for r in self.rooms if r.id == self.room.currentData()), None)
        if room is not None:
            self.setup.setValue(room.setup_minutes)
            self.cleanup.setValue(room.cleanup_minutes)

    def _update_price(self) -> None:
        try:
            draft = self.draft()
            price = self.services.rooms.price_preview(self.actor, draft.room_id, draft.renter_id, draft.rate_basis,
                                                      draft.local_start, draft.local_end)
        except (WijkhuisError, ValueError, TypeError):
            price = None
        self.price.setText(self.tr("Price: %1 (%2 × %3)").replace("%1", formatting.money(price.amount))
                           .replace("%2", formatting.number(price.quantity, 2)).replace("%3", formatting.money(price.unit_price))
                           if price else "")

    def _update_district_hint(self) -> None:
        """Another centre's public activity on the same evening, said before saving (the same
        notices the save reports)."""
        notices: list[str] = []
        if self.public.isChecked():
            try:
                recurrence = self.recurrence.recurrence() if self._makes_series() else None
                notices = self.services.bookings.district_notices(self.actor, self.draft(), recurrence)
            except (WijkhuisError, ValueError, TypeError):  # a form still being filled in: no hint yet
                notices = []
        self._hinted = notices
        shown = notices[:3]
        if len(notices) > len(shown):
            shown.append(self.tr("And %1 more.").replace("%1", str(len(notices) - len(shown))))
        self.district_hint.setText("\n".join(shown))
        self.district_hint.setVisible(bool(shown))

    def _makes_series(self) -> bool:
        """A new booking, or a single one turned into a series, with "Repeat" ticked."""
        return not self.recurrence.isHidden() and self.recurrence.isChecked()

    # ---- saving ----
    def draft(self) -> BookingDraft:
        day = _date(self.day.date())
        start = dt.datetime.combine(day, _time(self.start.time()))
        end_time = _time(self.end.time())
        end = dt.datetime.combine(day if end_time > dt.time(0, 0) else day + dt.timedelta(days=1), end_time)
        participants = [None if box.value() == NO_PARTICIPANTS else box.value() for box in (self.expected, self.actual)]
        return BookingDraft(
            room_id=self.room.currentData(), activity=self.activity.text(), local_start=start, local_end=end,
            renter_id=self.renter.currentData(), setup_minutes=self.setup.value(), cleanup_minutes=self.cleanup.value(),
            status=self.status.currentData(), expected_participants=participants[0], actual_participants=participants[1],
            public=self.public.isChecked(), notes=self.notes.toPlainText().strip(),
            working_group_id=self.group.currentData(), rate_basis=self.rate.currentData(),
        )

    def _show_error(self, error: WijkhuisError) -> None:
        unplaced = self.form.show(error) if isinstance(error, ValidationError) else [str(error)]
        self.message.setText("\n".join(unplaced))
        self.message.setVisible(bool(unplaced))

    def _choose_clashes(self, plan: SeriesPlan) -> bool:
        if self.clash_chooser is not None:
            return bool(self.clash_chooser(plan))
        return ClashDialog(plan, self).exec() == QDialog.DialogCode.Accepted

    def _tell(self, warnings: list[str]) -> None:
        """Saved, with something to know (another centre's public activity that evening)."""
        self.warnings = warnings
        if not warnings or set(warnings) <= set(self._hinted):  # said in the dialog before saving
            return
        if self.warning_shower is not None:
            self.warning_shower(warnings)
            return
        shown = warnings[:8]
        if len(warnings) > len(shown):
            shown.append(self.tr("And %1 more.").replace("%1", str(len(warnings) - len(shown))))
        QMessageBox.information(self, self.tr("District calendar"),
                                "\n".join([self.tr("The booking is saved. Note:"), *shown]))

    def _save(self) -> None:
        self.form.clear()
        self.message.hide()
        warnings: list[str] = []
        try:
            draft = self.draft()
            bookings = self.services.bookings
            if self.booking is None and self.recurrence.isChecked():
                rule = self.recurrence.recurrence()
                plan = bookings.plan_series(self.actor, draft, rule)
                skip = False
                if plan.clashing:
                    if not self._choose_clashes(plan):
                        return
                    skip = True
                warnings += bookings.create_series(self.actor, draft, rule, skip_clashes=skip).warnings
            elif self.booking is None:
                warnings += bookings.create(self.actor, draft).warnings
            else:
                scope = THIS
                if self.booking.series_id is not None:
                    scope = self.scope_chooser(self, self.tr("Save booking"))
                    if scope is None:
                        return
                saved = bookings.update(self.actor, self.booking.id, draft, scope=scope,
                                        expected_version=self.booking.version)
                warnings += [w for row in saved for w in row.warnings]
                if self.booking.series_id is None and self.recurrence.isChecked():
                    fresh = bookings.booking(self.actor, self.booking.id)
                    rule = self.recurrence.recurrence()
                    try:
                        series = bookings.make_series(self.actor, fresh.id, rule, expected_version=fresh.version)
                    except WijkhuisError:
                        plan = bookings.plan_series(self.actor, draft, rule)
                        if not plan.clashing or not self._choose_clashes(plan):
                            raise
                        series = bookings.make_series(self.actor, fresh.id, rule, skip_clashes=True,
                                                      expected_version=fresh.version)
                    warnings += [w for w in series.warnings if w not in warnings]
        except WijkhuisError as error:
            self._show_error(error)
            return
        self._tell(warnings)
        self.saved = True
        self.context.bus.changed.emit("bookings")
        self.accept()

    def _cancel_booking(self) -> None:
        if self.booking is None:
            return
        scope = THIS
        if self.booking.series_id is not None:
            scope = self.scope_chooser(self, self.tr("Cancel booking"))
            if scope is None:
                return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel booking"), self.tr("Reason for the cancellation:"))
        if not ok:
            return
        try:
            self.services.bookings.cancel(self.actor, self.booking.id, reason, scope=scope,
                                          expected_version=self.booking.version)
        except WijkhuisError as error:
            self._show_error(error)
            return
        self.saved = True
        self.context.bus.changed.emit("bookings")
        self.accept()

