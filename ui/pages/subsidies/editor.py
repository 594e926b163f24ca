"""The application editor: the project texts, budget and coverage with the difference shown as
you type, the document checklist, and the state buttons. Only a concept can be edited; the
service says why a step is refused and the message shows here."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.domain.subsidies import Action
from app.services.subsidies import (
    ApplicationData,
    ApplicationDetail,
    BudgetLineData,
    CoverageLineData,
    DocumentData,
)
from ui.context import PageContext
from ui.pages.subsidies.line_tables import BudgetCoverageTab, DocumentsTab
from ui.pages.subsidies.widgets import DateField, MoneyEdit
from ui.style import set_role
from ui.widgets.form import ValidatedForm

ZERO = Decimal("0.00")


class ApplicationEditor(QWidget):
    saved = Signal(int)  # the application's id after any change
    print_requested = Signal(int)
    decision_requested = Signal(str)  # "grant", "reject", "settle"

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("applicationEditor")
        self.detail: ApplicationDetail | None = None
        self._may_edit = context.actor.can(Permission.EDIT_SUBSIDIES)
        layout = QVBoxLayout(self)
        self.heading = set_role(QLabel(), "heading")
        self.heading.setObjectName("applicationHeading")
        layout.addWidget(self.heading)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("applicationStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("applicationMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        layout.addWidget(self.tabs, 1)
        self._build_project_tab()
        self._build_budget_tab()
        self._build_documents_tab()

        buttons = QHBoxLayout()
        self.save_button = set_role(QPushButton(self.tr("Save")), "primary")
        self.save_button.setObjectName("saveApplication")
        self.save_button.clicked.connect(self._on_save)
        self.print_button = QPushButton(self.tr("Print PDF…"))
        self.print_button.setObjectName("printApplication")
        self.print_button.clicked.connect(lambda: self.detail and self.print_requested.emit(self.detail.id))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addSpacing(20)
        self.state_buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("submit", self.tr("Submit")), ("withdraw", self.tr("Back to concept")), ("grant", self.tr("Granted…")),
            ("reject", self.tr("Rejected…")), ("accounted", self.tr("Accounted for")), ("settle", self.tr("Settled…")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"state_{key}")
            button.setAccessibleName(label)
            button.clicked.connect(lambda _c=False, k=key: self._on_state(k))
            buttons.addWidget(button)
            self.state_buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_detail(None)

    # -- layout ---------------------------------------------------------------------------------
    def _build_project_tab(self) -> None:
        page = QWidget()
        form_layout = QFormLayout(page)
        self.form = ValidatedForm(form_layout)
        self.title = self.form.add("title", self.tr("Title"), QLineEdit())
        self.funder = self.form.add("funder_id", self.tr("Funder"), QComboBox())
        self.funder.currentIndexChanged.connect(self._on_funder_changed)
        self.funder_rules = set_role(QLabel(), "hint")
        self.funder_rules.setWordWrap(True)
        form_layout.addRow("", self.funder_rules)
        self.theme = self.form.add("theme_id", self.tr("Theme"), QComboBox())
        self.group = self.form.add("working_group_id", self.tr("Working group"), QComboBox())
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        self.period_start = DateField()
        self.period_start.setObjectName("period_start")
        self.period_end = DateField()
        self.period_end.setObjectName("period_end")
        period_layout.addWidget(self.period_start)
        period_layout.addWidget(QLabel(self.tr("to")))
        period_layout.addWidget(self.period_end)
        period_layout.addStretch(1)
        self.form.add("period", self.tr("Period"), period)
        self.aim = self._text("aim", self.tr("Aim"))
        self.target_group = self._text("target_group", self.tr("Target group"))
        self.activities = self._text("activities", self.tr("Activities"))
        self.planning = self._text("planning", self.tr("Planning"))
        reach = QWidget()
        reach_layout = QHBoxLayout(reach)
        reach_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions = QSpinBox()
        self.sessions.setRange(0, 10000)
        self.sessions.setObjectName("expected_sessions")
        self.participants = QSpinBox()
        self.participants.setRange(0, 100000)
        self.participants.setObjectName("expected_participants")
        reach_layout.addWidget(self.sessions)
        reach_layout.addWidget(QLabel(self.tr("sessions,")))
        reach_layout.addWidget(self.participants)
        reach_layout.addWidget(QLabel(self.tr("participants")))
        reach_layout.addStretch(1)
        self.form.add("expected_participants", self.tr("Expected reach"), reach)
        self.requested = self.form.add("requested_amount", self.tr("Requested amount"), MoneyEdit())
        self.requested.textChanged.connect(self._update_totals)
        self.contact = self.form.add("contact_person", self.tr("Contact person"), QLineEdit())
        self.tabs.addTab(page, self.tr("Project"))

    def _text(self, name: str, label: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setMaximumHeight(80)
        editor.setTabChangesFocus(True)
        return self.form.add(name, label, editor)

    def _build_budget_tab(self) -> None:
        self.money = BudgetCoverageTab()
        self.money.changed.connect(self._update_totals)
        self.budget, self.coverage, self.totals = self.money.budget, self.money.coverage, self.money.totals
        self.tabs.addTab(self.money, self.tr("Budget and coverage"))

    def _build_documents_tab(self) -> None:
        self.docs = DocumentsTab()
        self.documents = self.docs.table
        self.tabs.addTab(self.docs, self.tr("Documents"))

    def budget_lines(self) -> tuple[BudgetLineData, ...]:
        return self.money.budget_lines()

    def coverage_lines(self) -> tuple[CoverageLineData, ...]:
        return self.money.coverage_lines()

    def _update_totals(self, *_args) -> None:
        try:
            requested = self.requested.value() or ZERO
        except ValueError:
            requested = None
        self.money.show_balance(requested)

    # -- showing and collecting -----------------------------------------------------------------------
    def load_choices(self, funders: list[tuple[int, str]], themes: list[tuple[int, str]],
                     groups: list[tuple[int, str]]) -> None:
        self._funder_rows = {f.id: f for f in self.context.services.subsidies.list_funders(self.context.actor)}
        for box, items in ((self.funder, funders), (self.theme, themes), (self.group, groups)):
            box.blockSignals(True)
            current = box.currentData()
            box.clear()
            if box is not self.funder:
                box.addItem(self.tr("(none)"), None)
            for item_id, name in items:
                box.addItem(name, item_id)
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)

    def new_concept(self) -> None:
        """An empty editor for a new application; the funder's documents fill the checklist."""
        self.show_detail(None)
        self.set_editable(self._may_edit)
        self.heading.setText(self.tr("New application"))
        self.status.setText(self.tr("concept — not saved yet"))
        self._on_funder_changed()
        self.title.setFocus()

    def show_detail(self, detail: ApplicationDetail | None) -> None:
        self.detail = detail
        self.message.clear()
        self.form.clear()
        data = detail or ApplicationData(title="", funder_id=self.funder.currentData() or 0)
        self.title.setText(data.title)
        for box, value in ((self.funder, data.funder_id), (self.theme, data.theme_id), (self.group, data.working_group_id)):
            index = box.findData(value)
            box.blockSignals(True)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)
        self._show_funder_rules()
        self.period_start.set_value(data.period_start)
        self.period_end.set_value(data.period_end)
        self.aim.setPlainText(data.aim)
        self.target_group.setPlainText(data.target_group)
        self.activities.setPlainText(data.activities)
        self.planning.setPlainText(data.planning)
        self.sessions.setValue(data.expected_sessions)
        self.participants.setValue(data.expected_participants)
        self.requested.set_value(data.requested_amount if detail else None)
        self.contact.setText(data.contact_person)
        self.money.set_lines(data.budget, data.coverage)
        self.docs.set_documents(data.documents)
        self._update_totals()
        if detail is None:
            self.heading.setText(self.tr("No application chosen"))
            self.status.setText("")
        else:
            self.heading.setText(detail.title)
            self.status.setText(self._status_text(detail))
        self.set_editable(self._may_edit and (detail is None or detail.editable))
        self._update_state_buttons()

    def _status_text(self, detail: ApplicationDetail) -> str:
        parts = [self.tr("State: {state}").format(state=detail.state_label), detail.funder_name]
        if detail.deadline and detail.editable:
            parts.append(self.tr("apply before {date}").format(date=formatting.date(detail.deadline)))
        if detail.granted_amount is not None:
            parts.append(self.tr("granted {amount} on {date}").format(
                amount=formatting.money(detail.granted_amount), date=formatting.date(detail.decided_on)))
        if detail.final_report_due:
            parts.append(self.tr("report due {date}").format(date=formatting.date(detail.final_report_due)))
        if detail.rejection_reason:
            parts.append(detail.rejection_reason)
        text = " · ".join(p for p in parts if p)
        if detail.checks:
            text += "\n" + self.tr("Before submitting: {checks}").format(checks="; ".join(detail.checks))
        if Action.WITHDRAW in detail.allowed:
            text += "\n" + self.tr("Only a concept can be edited; use “Back to concept” while the decision is pending.")
        elif not detail.editable:
            text += "\n" + self.tr("Only a concept can be edited.")
        return text

    def set_editable(self, editable: bool) -> None:
        for editor in (self.title, self.contact, self.period_start, self.period_end, self.requested):
            editor.setReadOnly(not editable)
        for editor in (self.aim, self.target_group, self.activities, self.planning):
            editor.setReadOnly(not editable)
        for widget in (self.funder, self.theme, self.group, self.sessions, self.participants):
            widget.setEnabled(editable)
        self.money.set_editable(editable)
        self.docs.set_editable(editable)
        self._editable = editable
        self._update_save_button()

    def _update_save_button(self) -> None:
        """Saving needs an editable application with a funder; the tooltip says which is missing."""
        editable = getattr(self, "_editable", True)
        has_funder = bool(self.funder.currentData())
        self.save_button.setEnabled(editable and has_funder)
        if not editable:
            self.save_button.setToolTip(self.tr("Only a concept can be edited."))
        elif not has_funder:
            self.save_button.setToolTip(self.tr("Choose the funder first (add one on the Funders tab)"))
        else:
            self.save_button.setToolTip("")

    def _update_state_buttons(self) -> None:
        allowed = self.detail.allowed if self.detail else frozenset()
        for key, button in self.state_buttons.items():
            button.setVisible(Action(key) in allowed)
            button.setEnabled(self._may_edit)
        self.print_button.setEnabled(self.detail is not None)

    def _on_funder_changed(self, *_args) -> None:
        self._show_funder_rules()
        self._update_save_button()
        if self.detail is None and self.documents.rowCount() == 0 and self.funder.currentData():
            self.docs.set_documents(
                self.context.services.subsidies.documents_for(self.context.actor, self.funder.currentData()))

    def _show_funder_rules(self) -> None:
        funder = getattr(self, "_funder_rows", {}).get(self.funder.currentData())
        if funder is None:
            self.funder_rules.setText("")
            return
        parts = []
        if funder.maximum_amount is not None:
            parts.append(self.tr("at most {amount}").format(amount=formatting.money(funder.maximum_amount)))
        if funder.amount_step is not None:
            parts.append(self.tr("in steps of {amount}").format(amount=formatting.money(funder.amount_step)))
        if funder.next_deadline:
            parts.append(self.tr("next round {date}").format(date=formatting.date(funder.next_deadline)))
        if funder.never_pays_for:
            parts.append(self.tr("never pays for: {text}").format(text=funder.never_pays_for))
        self.funder_rules.setText(" · ".join(parts))

    def collect(self) -> ApplicationData:
        problems: list[FieldProblem] = []

        def read(field: str, func):
            try:
                return func()
            except ValueError:
                problems.append(FieldProblem(field, self.tr("cannot be read; write amounts like 1.250,00 "
                                                            "and dates like 22-11-2026")))
                return None

        start = read("period", self.period_start.value)
        end = read("period", self.period_end.value)
        requested = read("requested_amount", self.requested.value)
        budget = read("budget", self.budget_lines)
        coverage = read("coverage", self.coverage_lines)
        if problems:
            raise ValidationError(problems)
        documents = self.docs.documents()
        return ApplicationData(
            title=self.title.text(), funder_id=self.funder.currentData() or 0, theme_id=self.theme.currentData(),
            working_group_id=self.group.currentData(), period_start=start, period_end=end,
            aim=self.aim.toPlainText(), target_group=self.target_group.toPlainText(),
            activities=self.activities.toPlainText(), planning=self.planning.toPlainText(),
            expected_sessions=self.sessions.value(), expected_participants=self.participants.value(),
            requested_amount=requested or ZERO, contact_person=self.contact.text(), budget=budget,
            coverage=coverage, documents=documents,
        )

    # -- actions ------------------------------------------------------------------------------------
    def show_error(self, error: WijkhuisError) -> None:
        if isinstance(error, ValidationError):
            unplaced = self.form.show(error)
            lines = [p.message if p.row is None else self.tr("{message} (line {row})").format(message=p.message, row=p.row)
                     for p in error.problems]
            self.message.setText("\n".join(lines) if lines else "\n".join(unplaced))
        else:
            self.message.setText(str(error))

    def _on_save(self) -> None:
        service = self.context.services.subsidies
        try:
            data = self.collect()
            if self.detail is None:
                detail = service.create_application(self.context.actor, data)
            else:
                detail = service.update_application(self.context.actor, self.detail.id, data,
                                                    expected_version=self.detail.version)
        except WijkhuisError as error:
            self.show_error(error)
            return
        self.show_detail(detail)
        self.saved.emit(detail.id)

    def _on_state(self, key: str) -> None:
        if self.detail is None:
            return
        if key in ("grant", "reject", "settle"):
            self.decision_requested.emit(key)
            return
        service = self.context.services.subsidies
        actor = self.context.actor
        try:
            if key == "submit":
                detail = service.submit(actor, self.detail.id, expected_version=self.detail.version)
            elif key == "withdraw":
                detail = service.withdraw(actor, self.detail.id, expected_version=self.detail.version)
            else:
                detail = service.mark_accounted(actor, self.detail.id, expected_version=self.detail.version)
        except WijkhuisError as error:
            self.show_error(error)
            return
        self.show_detail(detail)
        self.saved.emit(detail.id)

    def has_unsaved_changes(self) -> bool:
        if not self._may_edit or (self.detail is not None and not self.detail.editable):
            return False
        try:
            current = self.collect()
        except ValidationError:
            return True
        if self.detail is None:
            return bool(current.title.strip())
        stored = dataclasses.replace(
            ApplicationData(**{f.name: getattr(self.detail, f.name) for f in dataclasses.fields(ApplicationData)}),
            budget=tuple(BudgetLineData(l.category, l.description, l.amount) for l in self.detail.budget),
            coverage=tuple(CoverageLineData(l.kind, l.source, l.amount, l.status) for l in self.detail.coverage),
            documents=tuple(DocumentData(d.name, d.location, d.ready) for d in self.detail.documents),
        )
        return current != stored
