"""Jaarplan: one row per action, grouped by theme or working group with its goal. The owner
(actiehouder), the budget, the application that funds it and what was spent (read from the
application's actual costs) sit on the row; the totals follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.subsidies import ActionData, ActionRow, AnnualPlanRow, GoalData
from ui.context import PageContext
from ui.pages.subsidies import exports
from ui.pages.subsidies.widgets import money_cell, set_text, text_cell
from ui.style import set_role
from ui.widgets.empty_state import show_when_empty

HEADING, GOAL, ACTION, OWNER, WHEN, BUDGET, SPENT, APPLICATION = range(8)


class AnnualPlanTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("annualPlanTab")
        self.plan: AnnualPlanRow | None = None
        self._editable = context.actor.can(Permission.EDIT_SUBSIDIES)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        self.notice = set_role(QLabel(), "hint")
        self.notice.setObjectName("planNotice")
        top.addWidget(self.notice, 1)
        layout.addLayout(top)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.introduction = QPlainTextEdit()
        self.introduction.setObjectName("planIntroduction")
        self.introduction.setMaximumHeight(70)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Introduction"), self.introduction)
        layout.addLayout(form)
        help_text = set_role(QLabel(self.tr(
            "One row per action. Rows with the same theme or working group form one goal; "
            "a row without an action keeps a goal that has no actions yet.")), "hint")
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("planTable")
        show_when_empty(self.table, self.tr("No actions in this year's plan yet. Choose Add action."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Theme or working group"), self.tr("Goal"), self.tr("Action"), self.tr("Owner"), self.tr("When"),
            self.tr("Budget"), self.tr("Spent"), self.tr("Funded by application")])
        self.table.horizontalHeaderItem(SPENT).setToolTip(self.tr(
            "The actual costs of the linked application (entered costs and allowances), shared by budget "
            "when it funds several actions"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)  # goal and action stay readable at 1024 × 700
        self.table.setColumnWidth(APPLICATION, 200)
        self.table.cellChanged.connect(self._update_total)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setObjectName("planTotal")
        layout.addWidget(self.total)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setObjectName("addPlanRow")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove action"))
        self.remove_button.setObjectName("removePlanRow")
        self.remove_button.clicked.connect(self._remove_row)
        self.save_button = set_role(QPushButton(self.tr("Save annual plan")), "primary")
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self._on_save)
        self.print_button = QPushButton(self.tr("Print PDF…"))
        self.print_button.setObjectName("printPlan")
        self.print_button.clicked.connect(self._on_print)
        for button in (self.add_button, self.remove_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for widget in (self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(self._editable)
        self.title.setReadOnly(not self._editable)
        self.introduction.setReadOnly(not self._editable)
        if not self._editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._applications: list[tuple[int, str]] = []

    def refresh(self) -> None:
        service = self.context.services.annual_plan
        self._applications = service.fundable_applications(self.context.actor)
        self.plan = service.get(self.context.actor, self.year.value())
        self.message.clear()
        self.title.setText(self.plan.title)
        self.introduction.setPlainText(self.plan.introduction)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for goal in self.plan.goals:
            if not goal.actions:
                self.add_row(goal.heading, goal.goal)
            for action in goal.actions:
                self.add_row(goal.heading, goal.goal, action)
        self.table.blockSignals(False)
        self.notice.setText(self.tr("No annual plan for {year} yet: write one and save it.").format(
            year=self.year.value()) if self.plan.id is None else "")
        self.print_button.setEnabled(self.plan.id is not None)
        self._update_total()

    def add_row(self, heading: str = "", goal: str = "", action: ActionData | None = None) -> int:
        row = self.table.rowCount()
        if not heading and row > 0:  # a new action usually belongs to the goal above it
            heading, goal = text_cell(self.table, row - 1, HEADING), text_cell(self.table, row - 1, GOAL)
        self.table.insertRow(row)
        set_text(self.table, row, HEADING, heading)
        set_text(self.table, row, GOAL, goal)
        set_text(self.table, row, ACTION, action.description if action else "")
        set_text(self.table, row, OWNER, action.owner if action else "")
        set_text(self.table, row, WHEN, action.timing if action else "")
        set_text(self.table, row, BUDGET, formatting.number(action.budget, 2) if action else "")
        box = QComboBox()
        box.addItem(self.tr("(none)"), None)
        for application_id, label in self._applications:
            box.addItem(label, application_id)
        if action and action.application_id:
            box.setCurrentIndex(max(box.findData(action.application_id), 0))
        box.setEnabled(self._editable)
        if isinstance(action, ActionRow) and action.application_id:
            box.setToolTip(action.funding)
        self.table.setCellWidget(row, APPLICATION, box)
        spent = QTableWidgetItem(formatting.money(action.spent) if isinstance(action, ActionRow) and action.spent is not None
                                 else "")
        spent.setFlags(spent.flags() & ~Qt.ItemFlag.ItemIsEditable)  # realisation comes from the costs, not typed
        spent.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, SPENT, spent)
        self._update_total()
        return row

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_total()

    def _update_total(self, *_args) -> None:
        try:
            total = sum((money_cell(self.table, r, BUDGET) for r in range(self.table.rowCount())), Decimal("0.00"))
        except ValueError:
            self.total.setText(self.tr("A budget cannot be read; write it like 1.250,00."))
            return
        text = self.tr("Total budget: {amount}").format(amount=formatting.money(total))
        if self.plan is not None and self.plan.id is not None:
            text += " · " + self.tr("spent so far: {amount}").format(amount=formatting.money(self.plan.spent))
        self.total.setText(text)

    def goals(self) -> list[GoalData]:
        groups: dict[tuple[str, str], list[ActionData]] = {}
        problems = []
        for row in range(self.table.rowCount()):
            key = (text_cell(self.table, row, HEADING), text_cell(self.table, row, GOAL))
            actions = groups.setdefault(key, [])
            description = text_cell(self.table, row, ACTION)
            try:
                budget = money_cell(self.table, row, BUDGET)
            except ValueError:
                problems.append(FieldProblem("budget", self.tr("cannot be read"), row + 1))
                continue
            if description or budget:
                actions.append(ActionData(description, text_cell(self.table, row, OWNER),
                                          text_cell(self.table, row, WHEN), budget,
                                          self.table.cellWidget(row, APPLICATION).currentData()))
        if problems:
            raise ValidationError(problems)
        return [GoalData(heading, goal, actions=tuple(actions)) for (heading, goal), actions in groups.items()]

    def _on_save(self) -> None:
        try:
            self.plan = self.context.services.annual_plan.save(
                self.context.actor, self.year.value(), title=self.title.text(),
                introduction=self.introduction.toPlainText(), goals=self.goals(),
                expected_version=self.plan.version if self.plan else None)
        except WijkhuisError as error:
            self.message.setText(str(error))
            return
        self.context.bus.changed.emit("subsidies")
        self.refresh()
        self.notice.setText(self.tr("Saved."))

    def _on_print(self) -> None:
        year = self.year.value()
        exports.export(
            self, self.tr("Print annual plan"), f"jaarplan-{year}.pdf", exports.pdf_filter(),
            lambda path: self.context.services.annual_plan.write_pdf(self.context.actor, year, path),
            lambda path: self.notice.setText(self.tr("Written to {path}").format(path=path)),
        )
