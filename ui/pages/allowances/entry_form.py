"""The entry form for one volunteer: a line (fixed, hours, expense claim, kilometres, gift)
with the room left this month and this year shown live, the refusal message when a limit
would be exceeded, and — for the treasurer — an override with a written reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.allowance_rules import LineKind
from app.domain.errors import ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.common import attachments
from app.services.allowances import LimitRefused, LineInput
from ui.context import PageContext
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm, errors_banner


def _decimal(text: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return formatting.parse_money(text)
    except ValueError:
        return None


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EntryForm(QGroupBox):
    saved = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("New line"))
        self.setObjectName("allowanceEntryForm")
        self.context = context
        self.volunteer_id: int | None = None
        self.receipt: tuple[str, bytes] | None = None
        self._editable = context.actor.can(Permission.ENTER_CLAIMS)
        self._can_override = context.actor.can(Permission.APPROVE_CLAIMS)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.kind = QComboBox()
        for kind in LineKind:
            self.kind.addItem(rules.line_kind_label(kind), kind.value)
        self.form.add("kind", self.tr("Kind"), self.kind)
        self.worked_on = QDateEdit(QDate.currentDate())
        self.worked_on.setCalendarPopup(True)
        self.worked_on.setDisplayFormat("dd-MM-yyyy")
        self.form.add("worked_on", self.tr("Date worked"), self.worked_on)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText("3,5")
        self.form.add("hours", self.tr("Hours"), self.hours)
        self.kilometres = QLineEdit()
        self.form.add("kilometres", self.tr("Kilometres"), self.kilometres)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("€ 0,00")
        self.form.add("amount", self.tr("Amount"), self.amount)
        self.description = QLineEdit()
        self.form.add("description", self.tr("Description"), self.description)
        receipt_row = QWidget()
        receipt_layout = QHBoxLayout(receipt_row)
        receipt_layout.setContentsMargins(0, 0, 0, 0)
        self.receipt_label = QLabel(self.tr("No receipt"))
        self.receipt_label.setObjectName("receiptLabel")
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setObjectName("chooseReceipt")
        self.receipt_button.clicked.connect(self._choose_receipt)
        receipt_layout.addWidget(self.receipt_label, 1)
        receipt_layout.addWidget(self.receipt_button)
        self.form.add("receipt", self.tr("Receipt"), receipt_row)
        self.submit_now = QCheckBox(self.tr("Submit for approval now"))
        self.submit_now.setObjectName("submitNow")
        self.submit_now.setChecked(True)
        form_layout.addRow("", self.submit_now)
        layout.addLayout(form_layout)

        self.room = set_role(QLabel(), "hint")
        self.room.setObjectName("roomLeft")
        self.room.setWordWrap(True)
        layout.addWidget(self.room)
        self.refusal = set_role(QLabel(), "error")
        self.refusal.setObjectName("refusalMessage")
        self.refusal.setWordWrap(True)
        layout.addWidget(self.refusal)
        self.override = QCheckBox(self.tr("Override the limit (treasurer)"))
        self.override.setObjectName("overrideLimit")
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setAccessibleName(self.tr("Reason for overriding the limit"))
        self.override_reason.setPlaceholderText(self.tr("Why is the limit exceeded? (kept in the audit trail)"))
        layout.addWidget(self.override)
        layout.addWidget(self.override_reason)
        self.save_button = QPushButton(self.tr("Save line"))
        self.save_button.setObjectName("saveLine")
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for editor in (self.hours, self.kilometres, self.amount, self.description):
            editor.textChanged.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.worked_on.dateChanged.connect(self.update_preview)
        self.submit_now.toggled.connect(self.update_preview)
        self.override.toggled.connect(self._override_toggled)
        self._kind_changed()
        self.setEnabled(self._editable)

    # -- public -------------------------------------------------------------------------------
    def set_volunteer(self, volunteer_id: int | None, year: int) -> None:
        same = volunteer_id == self.volunteer_id and self.worked_on.date().year() == year
        self.volunteer_id = volunteer_id
        if same:
            self.update_preview()
            return
        today = dt.date.today()
        day = today if today.year == year else dt.date(year, 12, 31 if year < today.year else 1)
        self.worked_on.setDate(QDate(day.year, day.month, day.day))
        self.update_preview()

    def entry(self) -> LineInput:
        kind = LineKind(self.kind.currentData())
        return LineInput(
            self.volunteer_id or 0, kind, to_date(self.worked_on.date()),
            amount=_decimal(self.amount.text()) if kind in (LineKind.FIXED, LineKind.EXPENSE, LineKind.GIFT) else None,
            hours=_decimal(self.hours.text()) if kind == LineKind.HOURLY else None,
            kilometres=_decimal(self.kilometres.text()) if kind == LineKind.KILOMETRES else None,
            description=self.description.text(), submit=self.submit_now.isChecked(),
            receipt_name=self.receipt[0] if self.receipt else "", receipt_data=self.receipt[1] if self.receipt else None,
        )

    def set_receipt(self, path: Path) -> None:
        try:
            self.receipt = (path.name, attachments.read_file(path))
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.receipt_label.setText(path.name)
        self.update_preview()

    def update_preview(self) -> None:
        chosen = self.volunteer_id is not None
        self.save_button.setEnabled(chosen)
        self.save_button.setToolTip("" if chosen else self.tr("Choose a volunteer on the left first"))
        if self.volunteer_id is None:
            self.room.setText(self.tr("Choose a volunteer on the left."))
            self.refusal.clear()
            self._show_override(False)
            return
        try:
            preview = self.context.services.allowances.preview(self.context.actor, self.entry())
        except WijkhuisError as error:
            self.room.clear()
            self.refusal.setText(str(error))
            self._show_override(False)
            return
        text = self.tr("Room left in {month}: {month_room} · this year: {year_room}").format(
            month=preview.month_label, month_room=formatting.money(preview.month_room),
            year_room=formatting.money(preview.year_room))
        if preview.amount is not None:
            text += " · " + self.tr("this line: {amount}").format(amount=formatting.money(preview.amount))
        if not preview.counted:
            text += " · " + self.tr("real costs of a receipts-only volunteer: no maximum")
        self.room.setText(text)
        self.refusal.setText(preview.message)
        self._show_override(bool(preview.refusals) and preview.overridable and self._can_override)

    def save(self) -> bool:
        if self.volunteer_id is None:
            return False
        self.form.clear()
        if not self._numbers_readable():
            self.refusal.setText(errors_banner())
            return False
        reason = self.override_reason.text() if self.override.isChecked() else None
        try:
            self.context.services.allowances.add_line(self.context.actor, self.entry(), override_reason=reason)
        except ValidationError as error:
            self.form.report(error, self.refusal)
            return False
        except LimitRefused as error:
            self.refusal.setText(str(error))
            self._show_override(error.overridable and self._can_override)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self._clear()
        self.saved.emit()
        return True

    # -- private ------------------------------------------------------------------------------
    def _numbers_readable(self) -> bool:
        """"twee" in Hours gets "fill in a number", not a range it never reached."""
        readable = True
        for name, editor in (("hours", self.hours), ("kilometres", self.kilometres), ("amount", self.amount)):
            if editor.isVisibleTo(self) and editor.text().strip() and _decimal(editor.text()) is None:
                self.form.fields[name].show_error(self.tr("fill in a number, like 2,5"))
                readable = False
        return readable

    def _clear(self) -> None:
        for editor in (self.hours, self.kilometres, self.amount, self.description, self.override_reason):
            editor.clear()
        self.receipt = None
        self.receipt_label.setText(self.tr("No receipt"))
        self.override.setChecked(False)
        self.update_preview()

    def _kind_changed(self) -> None:
        kind = LineKind(self.kind.currentData())
        visible = {
            "hours": kind == LineKind.HOURLY,
            "kilometres": kind == LineKind.KILOMETRES,
            "amount": kind in (LineKind.FIXED, LineKind.EXPENSE, LineKind.GIFT),
            "receipt": kind == LineKind.EXPENSE,
        }
        for name, show in visible.items():
            wrapper = self.form.fields[name]
            wrapper.setVisible(show)
            label = self.form.layout.labelForField(wrapper)
            if label is not None:
                label.setVisible(show)
        self.update_preview()

    def _show_override(self, show: bool) -> None:
        self.override.setVisible(show)
        self.override_reason.setVisible(show and self.override.isChecked())
        if not show:
            self.override.setChecked(False)

    def _override_toggled(self, checked: bool) -> None:
        self.override_reason.setVisible(checked)

    def _choose_receipt(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the receipt"), "", self.tr("Receipts (*.png *.jpg *.jpeg *.pdf)"))
        if filename:
            self.set_receipt(Path(filename))
