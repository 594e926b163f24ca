"""Subsidiegevers: each funder's rules as data — rounds, maximum and steps, what it never pays
for, the documents it asks for and the thresholds that decide the report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.subsidies import FunderData, FunderRow
from ui.context import PageContext
from ui.style import set_role
from ui.widgets.form import ValidatedForm
from ui.pages.subsidies.widgets import MoneyEdit
from ui.widgets.empty_state import show_when_empty


class FundersTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("fundersTab")
        self._editable = context.actor.can(Permission.EDIT_SUBSIDIES)
        self._current: FunderRow | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list = QListWidget()
        self.list.setObjectName("funderList")
        self.list.setAccessibleName(self.tr("Funders"))
        show_when_empty(self.list, self.tr("No funders yet. Choose New funder and fill in their rules."))
        self.list.currentItemChanged.connect(self._on_selected)
        left_layout.addWidget(self.list)
        self.new_button = QPushButton(self.tr("New funder"))
        self.new_button.setObjectName("newFunder")
        self.new_button.setEnabled(self._editable)
        self.new_button.clicked.connect(self._on_new)
        left_layout.addWidget(self.new_button)
        splitter.addWidget(left)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        host = QWidget()
        right = QVBoxLayout(host)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("funderMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Fund"), "fonds")
        self.kind.addItem(self.tr("Municipality"), "gemeente")
        self.form.add("kind", self.tr("Kind"), self.kind)
        self.contact_name = self.form.add("contact_name", self.tr("Contact person"), QLineEdit())
        self.contact_email = self.form.add("contact_email", self.tr("E-mail"), QLineEdit())
        self.contact_phone = self.form.add("contact_phone", self.tr("Phone"), QLineEdit())
        self.website = self.form.add("website", self.tr("Website"), QLineEdit())
        self.rounds = self.form.add("rounds", self.tr("Application rounds (day-month)"), QLineEdit())
        self.rounds.setPlaceholderText("1-2, 1-5, 1-8, 1-11")
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 52)
        self.weeks.setSpecialValueText(self.tr("not applicable"))
        self.form.add("weeks_before_start", self.tr("Apply weeks before the start"), self.weeks)
        self.deadline_note = self.form.add("deadline_note", self.tr("About the deadlines"), QLineEdit())
        self.maximum = self.form.add("maximum_amount", self.tr("Maximum amount"), MoneyEdit())
        self.step = self.form.add("amount_step", self.tr("In steps of"), MoneyEdit())
        self.never = self.form.add("never_pays_for", self.tr("Never pays for"), QPlainTextEdit())
        self.never.setMaximumHeight(70)
        self.documents = self.form.add("required_documents", self.tr("Required documents (one per line)"),
                                       QPlainTextEdit())
        self.documents.setMaximumHeight(90)
        self.no_report = self.form.add("no_report_below", self.tr("No report below"), MoneyEdit())
        self.auditor = self.form.add("auditor_statement_from", self.tr("Auditor's statement from"), MoneyEdit())
        for editor in (self.maximum, self.no_report, self.auditor):
            editor.setPlaceholderText(self.tr("no limit"))
        self.step.setPlaceholderText(self.tr("any amount"))
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.active = self.form.add("active", self.tr("Active"), QCheckBox(self.tr("still applies for new applications")))
        right.addLayout(form_layout)
        hint = set_role(QLabel(self.tr(
            "Thresholds decide the report: below \"no report\" the grant is settled without one; above it an "
            "activity and financial report; from the auditor's amount also an auditor's statement.")), "hint")
        hint.setWordWrap(True)
        right.addWidget(hint)
        self.save_button = set_role(QPushButton(self.tr("Save funder")), "primary")
        self.save_button.setObjectName("saveFunder")
        self.save_button.setEnabled(self._editable)
        self.save_button.clicked.connect(self._on_save)
        right.addWidget(self.save_button)
        right.addStretch(1)
        scroll.setWidget(host)
        splitter.addWidget(scroll)
        splitter.setSizes([260, 700])
        for editor in (self.name, self.contact_name, self.contact_email, self.contact_phone, self.website, self.rounds,
                       self.deadline_note, self.maximum, self.step, self.no_report, self.auditor):
            editor.setReadOnly(not self._editable)

    def refresh(self) -> None:
        selected = self._current.id if self._current else None
        self.list.blockSignals(True)
        self.list.clear()
        self._rows = self.context.services.subsidies.list_funders(self.context.actor)
        for row in self._rows:
            label = row.name if row.active else self.tr("{name} (inactive)").format(name=row.name)
            if row.next_deadline:
                label += " — " + self.tr("next round {date}").format(date=formatting.date(row.next_deadline))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        elif self.list.currentItem() is not None:
            self._on_selected(self.list.currentItem(), None)

    def _on_selected(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        funder_id = item.data(Qt.ItemDataRole.UserRole)
        self._show(next(r for r in self._rows if r.id == funder_id))

    def _on_new(self) -> None:
        self.list.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _show(self, row: FunderRow | None) -> None:
        self._current = row
        self.form.clear()
        self.message.clear()
        data = row or FunderData(name="")
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.contact_name.setText(data.contact_name)
        self.contact_email.setText(data.contact_email)
        self.contact_phone.setText(data.contact_phone)
        self.website.setText(data.website)
        self.rounds.setText(", ".join(data.rounds))
        self.weeks.setValue(data.weeks_before_start or 0)
        self.deadline_note.setText(data.deadline_note)
        self.maximum.set_value(data.maximum_amount)
        self.step.set_value(data.amount_step)
        self.never.setPlainText(data.never_pays_for)
        self.documents.setPlainText("\n".join(data.required_documents))
        self.no_report.set_value(data.no_report_below)
        self.auditor.set_value(data.auditor_statement_from)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)

    def _amount(self, field: str, editor: MoneyEdit, problems: list[FieldProblem]):
        try:
            return editor.value()
        except ValueError:
            problems.append(FieldProblem(field, self.tr("{text} is not an amount").format(text=editor.text())))
            return None

    def collect(self) -> FunderData:
        problems: list[FieldProblem] = []
        data = FunderData(
            name=self.name.text(), kind=self.kind.currentData(), contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(), contact_phone=self.contact_phone.text(),
            website=self.website.text(),
            rounds=tuple(r.strip() for r in self.rounds.text().replace(";", ",").split(",") if r.strip()),
            weeks_before_start=self.weeks.value() or None, deadline_note=self.deadline_note.text(),
            maximum_amount=self._amount("maximum_amount", self.maximum, problems),
            amount_step=self._amount("amount_step", self.step, problems),
            never_pays_for=self.never.toPlainText(),
            required_documents=tuple(l.strip() for l in self.documents.toPlainText().splitlines() if l.strip()),
            no_report_below=self._amount("no_report_below", self.no_report, problems),
            auditor_statement_from=self._amount("auditor_statement_from", self.auditor, problems),
            notes=self.notes.toPlainText(), active=self.active.isChecked(),
        )
        if problems:
            raise ValidationError(problems)
        return data

    def _on_save(self) -> None:
        try:
            data = self.collect()
            saved = self.context.services.subsidies.save_funder(
                self.context.actor, data, funder_id=self._current.id if self._current else None,
                expected_version=self._current.version if self._current else None)
        except ValidationError as error:
            self.form.report(error, self.message)
            return
        except WijkhuisError as error:
            self.message.setText(str(error))
            return
        self._current = saved
        self.context.bus.changed.emit("subsidies")
        self.refresh()
