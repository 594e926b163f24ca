"""One volunteer's year: the arrangement, hours entry, the lines (with overrides shown) and the
actions on a line: submit, attach a receipt, correct, reject, delete a draft."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.allowance_rules import ArrangementKind, LineState, can_transition
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.common import attachments
from app.services.allowances import ArrangementRow, LineRow
from app.services.allowances import LimitRefused, LineInput
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.pages.allowances.entry_form import EntryForm, to_date
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.buttons import action_button
from ui.widgets.form import ValidatedForm


def _state_text(row: LineRow) -> str:
    text = rules.state_label(row.state)
    if row.correction_of:
        text += " · " + QCoreApplication.translate("AllowanceLines", "corrects line {id}").format(id=row.correction_of)
    return text


def line_columns() -> list[ColumnSpec[LineRow]]:
    return [
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Date"), lambda r: formatting.date(r.worked_on), sort_key=lambda r: r.worked_on),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Kind"), lambda r: rules.line_kind_label(r.kind)),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Amount"), lambda r: formatting.money(r.amount), sort_key=lambda r: r.amount, align_right=True),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Description"), lambda r: r.description + (f" ({formatting.number(r.hours)} u)" if r.hours else "")),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "State"), _state_text,
                   tooltip=lambda r: r.rejection_reason, warning=lambda r: r.state == LineState.REJECTED),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Receipt"), lambda r: r.receipt_name),
        ColumnSpec(QCoreApplication.translate("AllowanceLines", "Override"),
                   lambda r: f"{r.override_reason} ({r.override_by})" if r.override_reason else "",
                   warning=lambda r: r.overridden),
    ]


class ArrangementBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.setTitle(self.tr("Arrangement"))
        self.context = context
        self.row: ArrangementRow | None = None
        layout = QFormLayout(self)
        self.form = ValidatedForm(layout)
        self.kind = QComboBox()
        for kind in ArrangementKind:
            self.kind.addItem(rules.arrangement_label(kind), kind.value)
        self.form.add("kind", self.tr("Kind"), self.kind)
        self.monthly = QLineEdit()
        self.form.add("monthly_amount", self.tr("Fixed amount per month"), self.monthly)
        self.hourly = QLineEdit()
        self.form.add("hourly_rate", self.tr("Amount per hour"), self.hourly)
        self.other = QLineEdit()
        self.form.add("other_organisations", self.tr("Received from other organisations this year"), self.other)
        self.other_monthly = QLineEdit()
        self.other_monthly.setObjectName("otherMonthly")
        self.other_monthly.setPlaceholderText("0; 0; 100,00; …")
        self.other_monthly.setToolTip(self.tr("January to December, separated by ;"))
        self.form.add("other_monthly", self.tr("Or per month (12 amounts)"), self.other_monthly)
        self.other_hint = set_role(QLabel(), "hint")
        self.other_hint.setObjectName("otherHint")
        self.other_hint.setWordWrap(True)
        layout.addRow("", self.other_hint)
        self.message = set_role(QLabel(), "error")
        self.message.setWordWrap(True)
        self.message.setObjectName("arrangementMessage")
        layout.addRow(self.message)
        self.save_button = QPushButton(self.tr("Save arrangement"))
        self.save_button.setObjectName("saveArrangement")
        self.save_button.clicked.connect(self.save)
        layout.addRow("", self.save_button)
        self.setEnabled(context.actor.can(Permission.ENTER_CLAIMS))

    def load(self, row: ArrangementRow) -> None:
        self.row = row
        self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
        self.monthly.setText(formatting.number(row.monthly_amount, 2) if row.monthly_amount else "")
        self.hourly.setText(formatting.number(row.hourly_rate, 2) if row.hourly_rate else "")
        self.other.setText(formatting.number(row.other_organisations, 2) if row.other_organisations else "")
        self.other_monthly.setText("; ".join(formatting.number(v, 2) for v in row.other_monthly)
                                   if row.other_monthly is not None else "")
        if row.other_spread:
            months = row.other_by_month()
            self.other_hint.setText(self.tr("Only a year figure is known: counted as {amount} a month "
                                            "(December {last}).").format(amount=formatting.money(months[0]),
                                                                         last=formatting.money(months[11])))
        elif row.other_monthly is not None:
            self.other_hint.setText(self.tr("Counted in the month it is received."))
        else:
            self.other_hint.setText("")
        self.form.clear()
        override = self.tr("Overridden: {reason} ({who})").format(reason=row.override_reason, who=row.override_by) \
            if row.override_reason else ""
        self.message.setText(override)

    def save(self, override_reason: str | None = None) -> bool:
        if self.row is None:
            return False

        def amount(editor: QLineEdit) -> Decimal | None:
            text = editor.text().strip()
            if not text:
                return None
            try:
                return formatting.parse_money(text)
            except ValueError:
                raise ValidationError([]) from None

        def monthly_figures() -> tuple[Decimal, ...] | None:
            text = self.other_monthly.text().strip()
            if not text:
                return None
            try:
                return tuple(formatting.parse_money(part.strip() or "0") for part in text.split(";"))
            except ValueError:
                raise ValidationError(FieldProblem("other_monthly", self.tr("write amounts such as 100,00"))) from None

        try:
            new = replace(self.row, kind=ArrangementKind(self.kind.currentData()), monthly_amount=amount(self.monthly),
                          hourly_rate=amount(self.hourly), other_organisations=amount(self.other) or Decimal(0),
                          other_monthly=monthly_figures())
            self.row = self.context.services.allowances.set_arrangement(self.context.actor, new,
                                                                        override_reason=override_reason)
        except ValidationError as error:
            unplaced = self.form.show(error)
            self.message.setText("\n".join(unplaced) or self.tr("Check the amounts (for example 150,00)."))
            return False
        except LimitRefused as error:
            if error.overridable and self.context.actor.can(Permission.APPROVE_CLAIMS):
                reason, ok = QInputDialog.getText(self, self.tr("Override the limit"),
                                                  str(error) + "\n\n" + self.tr("Reason for overriding:"))
                if ok and reason.strip():
                    return self.save(reason)
            self.message.setText(str(error))
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.load(self.row)
        self.saved.emit()
        return True


class HoursBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.setTitle(self.tr("Hours worked"))
        self.context = context
        self.volunteer_id: int | None = None
        layout = QFormLayout(self)
        self.form = ValidatedForm(layout)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.form.add("worked_on", self.tr("Date"), self.day)
        self.hours = QLineEdit()
        self.form.add("hours", self.tr("Hours"), self.hours)
        self.group = QComboBox()
        self.group.addItem(self.tr("(no working group)"), None)
        groups = getattr(context.services, "working_groups", None)
        if groups is not None:
            try:
                for group in groups.groups(context.actor, only_active=True):
                    self.group.addItem(group.name, group.id)
            except WijkhuisError:
                pass
        self.form.add("working_group_id", self.tr("Working group"), self.group)
        self.activity = QLineEdit()
        self.form.add("activity", self.tr("Activity"), self.activity)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("hoursMessage")
        self.message.setWordWrap(True)
        layout.addRow(self.message)
        self.save_button = QPushButton(self.tr("Save hours"))
        self.save_button.setObjectName("saveHours")
        self.save_button.clicked.connect(self.save)
        layout.addRow("", self.save_button)
        self.setEnabled(context.actor.can(Permission.ENTER_CLAIMS))

    def save(self) -> bool:
        if self.volunteer_id is None:
            return False
        self.form.clear()
        try:
            hours = formatting.parse_money(self.hours.text()) if self.hours.text().strip() else None
        except ValueError:
            self.form.fields["hours"].show_error(self.tr("not a number"))
            return False
        try:
            _id, line = self.context.services.allowances.add_hours(
                self.context.actor, self.volunteer_id, to_date(self.day.date()), hours,
                working_group_id=self.group.currentData(), activity=self.activity.text() or self.group.currentText()
                if self.group.currentData() else self.activity.text())
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except LimitRefused as error:
            self.message.setText(str(error))
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.hours.clear()
        self.message.setText(self.tr("Saved; allowance {amount}.").format(amount=formatting.money(line.amount))
                             if line else self.tr("Saved."))
        self.saved.emit()
        return True


class VolunteerPanel(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.volunteer_id: int | None = None
        self.year = 0
        layout = QVBoxLayout(self)
        self.title = set_role(QLabel(self.tr("Choose a volunteer")), "heading")
        self.title.setObjectName("volunteerTitle")
        layout.addWidget(self.title)
        self.vog = set_role(QLabel(), "hint")
        layout.addWidget(self.vog)
        self.arrangement = ArrangementBox(context)
        self.hours = HoursBox(context)
        self.model: RowTableModel[LineRow] = RowTableModel(line_columns())
        self.table = QTableView()
        self.table.setObjectName("volunteerLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        can_enter = context.actor.can(Permission.ENTER_CLAIMS)
        can_approve = context.actor.can(Permission.APPROVE_CLAIMS)
        self.submit_button = action_button(actions, "submitLine", self.tr("Submit"), self.submit_selected, can_enter)
        self.receipt_button = action_button(actions, "attachReceipt", self.tr("Attach receipt…"), self._attach, can_enter)
        self.correct_button = action_button(actions, "correctLine", self.tr("Correct…"), self._correct, can_enter)
        self.reject_button = action_button(actions, "rejectLine", self.tr("Reject…"), self._reject, can_approve)
        self.delete_button = action_button(actions, "deleteDraft", self.tr("Delete draft"), self.delete_selected, can_enter)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.entry = EntryForm(context)
        self.forms = QTabWidget()
        self.forms.setObjectName("volunteerForms")
        self.forms.addTab(self.entry, self.tr("New line"))
        self.forms.addTab(self.hours, self.tr("Hours"))
        self.forms.addTab(self.arrangement, self.tr("Arrangement"))
        layout.addWidget(self.forms)
        for widget in (self.arrangement, self.hours, self.entry):
            widget.saved.connect(self._after_change)
        self.update_actions()

    def update_actions(self) -> None:
        """Each line button enabled from the chosen line's state and the user's role; when it
        cannot act, its tooltip says why."""
        line = self.selected()
        actor = self.context.actor
        state = LineState(line.state) if line is not None else None
        checks = (
            (self.submit_button, Permission.ENTER_CLAIMS, state is not None and can_transition(state, LineState.SUBMITTED),
             self.tr("Only a draft line can be submitted")),
            (self.receipt_button, Permission.ENTER_CLAIMS, state in (LineState.CONCEPT, LineState.SUBMITTED),
             self.tr("A receipt can only be added to a draft or submitted line")),
            (self.correct_button, Permission.ENTER_CLAIMS, state is not None and state != LineState.REJECTED,
             self.tr("A rejected line cannot be corrected; enter a new line")),
            (self.reject_button, Permission.APPROVE_CLAIMS, state is not None and can_transition(state, LineState.REJECTED),
             self.tr("A paid or rejected line cannot be rejected")),
            (self.delete_button, Permission.ENTER_CLAIMS, state == LineState.CONCEPT,
             self.tr("Only a draft line can be deleted")),
        )
        for button, permission, fits_state, state_reason in checks:
            if not actor.can(permission):
                why = self.tr("Your role may not do this")
            elif line is None:
                why = self.tr("Select a line in the list first")
            elif not fits_state:
                why = state_reason
            else:
                why = ""
            button.setEnabled(not why)
            button.setToolTip(why)

    def show_volunteer(self, volunteer_id: int | None, name: str, year: int, vog_note: str = "") -> None:
        self.volunteer_id = volunteer_id
        self.year = year
        self.title.setText(name or self.tr("Choose a volunteer"))
        self.vog.setText(vog_note)
        self.hours.volunteer_id = volunteer_id
        self.entry.set_volunteer(volunteer_id, year)
        if volunteer_id is not None:
            self.arrangement.load(self.context.services.allowances.arrangement(volunteer_id, year))
        self.reload_lines()

    def reload_lines(self) -> None:
        if self.volunteer_id is None:
            self.model.set_rows([])
            return
        self.model.set_rows(self.context.services.allowances.lines(
            self.context.actor, volunteer_id=self.volunteer_id, year=self.year))

    def selected(self) -> LineRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_line(self, line_id: int) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == line_id:
                self.table.selectRow(index)

    def submit_selected(self) -> None:
        self._run(lambda line: self.context.services.allowances.submit(self.context.actor, line.id, line.version))

    def delete_selected(self) -> None:
        self._run(lambda line: self.context.services.allowances.delete_draft(self.context.actor, line.id, line.version))

    def reject_selected(self, reason: str) -> None:
        self._run(lambda line: self.context.services.allowances.reject(self.context.actor, line.id, reason, line.version))

    def correct_selected(self, amount: Decimal, reason: str) -> None:
        def correct(line: LineRow):
            entry = LineInput(line.volunteer_id, line.kind, line.worked_on, amount=amount, hours=line.hours,
                              kilometres=line.kilometres, rate=line.rate, description=line.description)
            if line.hours:
                entry = replace(entry, hours=(amount / line.rate).quantize(Decimal("0.001")) if line.rate else line.hours)
            return self.context.services.allowances.correct(self.context.actor, line.id, entry, reason)
        self._run(correct)

    def attach_receipt_file(self, path: Path) -> None:
        self._run(lambda line: self.context.services.allowances.attach_receipt(
            self.context.actor, line.id, path.name, attachments.read_file(path), line.version))

    def _run(self, action) -> None:
        line = self.selected()
        if line is None:
            return
        try:
            action(line)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self._after_change()

    def _after_change(self) -> None:
        self.reload_lines()
        self.entry.update_preview()
        self.changed.emit()

    def _attach(self) -> None:
        filename, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the receipt"), "",
                                                   self.tr("Receipts (*.png *.jpg *.jpeg *.pdf)"))
        if filename:
            self.attach_receipt_file(Path(filename))

    def _reject(self) -> None:
        if self.selected() is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Reason for rejecting:"))
        if ok:
            self.reject_selected(reason)

    def _correct(self) -> None:
        line = self.selected()
        if line is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Correct"), self.tr("The right amount:"),
                                        text=formatting.number(line.amount, 2))
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Correct"), self.tr("Reason for the correction:"))
        if not ok:
            return
        try:
            amount = formatting.parse_money(text)
        except ValueError:
            QMessageBox.warning(self, self.tr("Correct"), self.tr("{text} is not an amount.").format(text=text))
            return
        self.correct_selected(amount, reason)
