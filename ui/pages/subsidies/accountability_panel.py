"""Verantwoording of one application: link the bookings, series, working groups and allowance
lines that belong to it, enter other costs, explain differences, and see the report's figures
as they come out of what the centre recorded."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.subsidies import LINK_STATES, AccountabilityReport, Candidate
from ui.context import PageContext
from ui.pages.subsidies.widgets import DateField, MoneyEdit, set_text
from ui.style import set_role


class AccountabilityPanel(QWidget):
    changed = Signal(int)
    export_requested = Signal(int, str)  # application id, "pdf" or "xlsx"

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("accountabilityPanel")
        self.application_id: int | None = None
        self.report: AccountabilityReport | None = None
        self._may_edit = context.actor.can(Permission.EDIT_SUBSIDIES)
        layout = QVBoxLayout(self)
        self.figures = QLabel()
        self.figures.setObjectName("accountabilityFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.figures)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("accountabilityMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        money = QWidget()
        money_layout = QVBoxLayout(money)
        money_layout.setContentsMargins(0, 0, 0, 0)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("accountabilityLines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Description"), self.tr("Budget"), self.tr("Actual"), self.tr("Difference"),
            self.tr("Explanation")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(150)
        money_layout.addWidget(self.lines)
        cost_row = QHBoxLayout()
        self.cost_line = QComboBox()
        self.cost_line.setObjectName("costBudgetLine")
        self.cost_line.setMaximumWidth(240)
        self.cost_date = DateField()
        self.cost_date.setObjectName("costDate")
        self.cost_description = QLineEdit()
        self.cost_description.setObjectName("costDescription")
        self.cost_description.setPlaceholderText(self.tr("what was paid (invoice, purchase)"))
        self.cost_amount = MoneyEdit()
        self.cost_amount.setObjectName("costAmount")
        self.cost_amount.setMaximumWidth(110)
        self.add_cost_button = QPushButton(self.tr("Add cost"))
        self.add_cost_button.setObjectName("addCost")
        self.add_cost_button.clicked.connect(self._on_add_cost)
        self.cost_description.setMinimumWidth(self.cost_description.fontMetrics().horizontalAdvance(
            self.cost_description.placeholderText()) + 16)
        self.cost_description.setAccessibleName(self.tr("Description"))
        for widget in (self.cost_line, self.cost_date, self.cost_amount, self.add_cost_button):
            cost_row.addWidget(widget)
        cost_row.addStretch(1)
        money_layout.addLayout(cost_row)
        money_layout.addWidget(self.cost_description)  # a line of its own: the panel is narrow at 1024 × 700
        self.costs = QTableWidget(0, 4)
        self.costs.setObjectName("accountabilityCosts")
        self.costs.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Budget line"), self.tr("Description"),
                                              self.tr("Amount")])
        self.costs.verticalHeader().setVisible(False)
        self.costs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.costs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.costs.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.costs.setMinimumHeight(110)
        money_layout.addWidget(self.costs)
        self.remove_cost_button = QPushButton(self.tr("Remove chosen cost"))
        self.remove_cost_button.setObjectName("removeCost")
        self.remove_cost_button.clicked.connect(self._on_remove_cost)
        money_layout.addWidget(self.remove_cost_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(money)

        bottom = QTabWidget()
        bottom.setObjectName("accountabilityLinks")
        self.link_lists: dict[str, QListWidget] = {}
        for key, title in (("working_groups", self.tr("Working groups")), ("series", self.tr("Booking series")),
                           ("bookings", self.tr("Single bookings")), ("allowances", self.tr("Allowance lines"))):
            widget = QListWidget()
            widget.setObjectName(f"links_{key}")
            widget.setAccessibleName(title)
            widget.setMinimumHeight(140)
            self.link_lists[key] = widget
            bottom.addTab(widget, title)
        allowance_hint = QWidget()
        hint_layout = QHBoxLayout(allowance_hint)
        hint_layout.addWidget(QLabel(self.tr("Ticked allowance lines count as costs of:")))
        self.allowance_line_target = QComboBox()
        self.allowance_line_target.setObjectName("allowanceBudgetLine")
        hint_layout.addWidget(self.allowance_line_target, 1)
        report_page = QWidget()
        report_layout = QVBoxLayout(report_page)
        report_layout.addWidget(set_role(QLabel(self.tr(
            "The activity report in your own words (what went well, what changed, what you learned).")), "hint"))
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("reportText")
        report_layout.addWidget(self.report_text)
        bottom.addTab(report_page, self.tr("Report text"))
        host = QWidget()
        host_layout = QVBoxLayout(host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(bottom)
        host_layout.addWidget(allowance_hint)
        splitter.addWidget(host)

        buttons = QHBoxLayout()
        self.save_button = set_role(QPushButton(self.tr("Save links and explanations")), "primary")
        self.save_button.setObjectName("saveAccountability")
        self.save_button.clicked.connect(self._on_save)
        self.pdf_button = QPushButton(self.tr("Print report PDF…"))
        self.pdf_button.setObjectName("printAccountability")
        self.pdf_button.clicked.connect(lambda: self.application_id and self.export_requested.emit(self.application_id, "pdf"))
        self.excel_button = QPushButton(self.tr("Figures to Excel…"))
        self.excel_button.setObjectName("excelAccountability")
        self.excel_button.clicked.connect(lambda: self.application_id and self.export_requested.emit(self.application_id, "xlsx"))
        for button in (self.save_button, self.pdf_button, self.excel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # -- showing ----------------------------------------------------------------------------------
    def show_application(self, application_id: int | None) -> None:
        self.application_id = application_id
        self.message.clear()
        if application_id is None:
            self.report = None
            self.figures.setText(self.tr("Choose an application."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        service = self.context.services.accountability
        actor = self.context.actor
        self.report = service.report(actor, application_id)
        state = rules.State(self.report.application.state)
        self._show_figures()
        self._show_lines()
        self._show_costs()
        candidates = {
            "working_groups": service.working_group_candidates(actor, application_id),
            "series": service.series_candidates(actor, application_id),
            "bookings": service.booking_candidates(actor, application_id),
            "allowances": service.allowance_candidates(actor, application_id),
        }
        for key, rows in candidates.items():
            self._fill(self.link_lists[key], rows)
        self.report_text.setPlainText(self.report.application.report_text)
        self.cost_line.clear()
        self.allowance_line_target.clear()
        for line in self.report.lines:
            label = f"{rules.category_label(line.category)}: {line.description}"
            self.cost_line.addItem(label, line.budget_line_id)
            self.allowance_line_target.addItem(label, line.budget_line_id)
        vrijwilligers = next((i for i, l in enumerate(self.report.lines) if l.category == "vrijwilligers"), None)
        if vrijwilligers is not None:
            self.allowance_line_target.setCurrentIndex(vrijwilligers)
        money_open = self._may_edit and state in rules.ACCOUNTABILITY_STATES
        links_open = self._may_edit and state in LINK_STATES
        for widget in (self.cost_line, self.cost_date, self.cost_description, self.cost_amount, self.add_cost_button,
                       self.remove_cost_button, self.report_text, self.link_lists["allowances"],
                       self.allowance_line_target):
            widget.setEnabled(money_open)
        for key in ("working_groups", "series", "bookings"):
            self.link_lists[key].setEnabled(links_open)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if money_open
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button.setEnabled(links_open)
        if state not in rules.ACCOUNTABILITY_STATES:
            self.message.setText(self.tr(
                "Costs and explanations are entered once the application is granted; links to activities and "
                "working groups can be made earlier.") if state in LINK_STATES else self.tr(
                "This application is {state}: its accountability is closed.").format(state=rules.state_label(state)))

    def _show_figures(self) -> None:
        report = self.report
        application = report.application
        participants = formatting.number(report.participants)
        if report.activities_without_count:
            participants += " " + self.tr("({n} activities without a count)").format(n=report.activities_without_count)
        lines = [
            self.tr("Activities held: {held} (planned {planned})").format(
                held=report.activities_held, planned=application.expected_sessions),
            self.tr("Participants: {participants} (expected {expected})").format(
                participants=participants, expected=application.expected_participants),
            self.tr("Volunteer hours: {hours} by {n} volunteers").format(
                hours=formatting.number(report.volunteer_hours, 2), n=report.volunteers),
            self.tr("Costs: budget {budget}, actual {actual}, difference {difference}").format(
                budget=formatting.money(report.budget_total), actual=formatting.money(report.actual_total),
                difference=formatting.money(report.difference_total)),
            report.report_requirement,
        ]
        if report.left_out:
            lines.append(self.tr("Linked but not counted in the report:"))
            lines += [f"  {formatting.date(item.day)}  {item.description}  {formatting.money(item.amount)} — {item.reason}"
                      for item in report.left_out]
        lines += [self.tr("Check before printing: {warning}").format(warning=w) for w in report.warnings]
        self.figures.setText("\n".join(lines))

    def _show_lines(self) -> None:
        self.lines.setRowCount(0)
        for row, line in enumerate(self.report.lines):
            self.lines.insertRow(row)
            set_text(self.lines, row, 0, rules.category_label(line.category), editable=False)
            set_text(self.lines, row, 1, line.description, editable=False)
            set_text(self.lines, row, 2, formatting.money(line.budget), editable=False)
            set_text(self.lines, row, 3, formatting.money(line.actual), editable=False)
            set_text(self.lines, row, 4, formatting.money(line.difference), editable=False)
            set_text(self.lines, row, 5, line.explanation)
            self.lines.item(row, 0).setData(Qt.ItemDataRole.UserRole, line.budget_line_id)
            if line.needs_explanation:
                self.lines.item(row, 5).setToolTip(self.tr("Explain this difference before the report goes out."))
                self.lines.item(row, 4).setForeground(Qt.GlobalColor.darkRed)
            for column in (2, 3, 4):
                self.lines.item(row, column).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _show_costs(self) -> None:
        names = {line.budget_line_id: line.description for line in self.report.lines}
        self.costs.setRowCount(0)
        for row, cost in enumerate(self.report.costs):
            self.costs.insertRow(row)
            set_text(self.costs, row, 0, formatting.date(cost.spent_on))
            set_text(self.costs, row, 1, names.get(cost.budget_line_id, ""))
            set_text(self.costs, row, 2, f"{cost.description} ({cost.person})" if cost.person else cost.description)
            set_text(self.costs, row, 3, formatting.money(cost.amount))
            self.costs.item(row, 0).setData(Qt.ItemDataRole.UserRole, (cost.id, cost.source))

    @staticmethod
    def _fill(widget: QListWidget, candidates: list[Candidate]) -> None:
        widget.clear()
        for candidate in candidates:
            text = candidate.label + (f" — {candidate.detail}" if candidate.detail else "")
            if candidate.amount is not None:
                text += f" — {formatting.money(candidate.amount)}"
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if candidate.linked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (candidate.id, candidate.budget_line_id))
            widget.addItem(item)

    @staticmethod
    def checked(widget: QListWidget) -> list[tuple[int, int | None]]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    # -- changing ---------------------------------------------------------------------------------
    def _run(self, work) -> bool:
        try:
            work()
        except WijkhuisError as error:
            self.message.setText(str(error))
            return False
        self.changed.emit(self.application_id)
        self.show_application(self.application_id)
        return True

    def _on_add_cost(self) -> None:
        try:
            amount = self.cost_amount.value()
            day = self.cost_date.value()
        except ValueError:
            self.message.setText(self.tr("Write the amount like 125,50 and the date like 22-11-2026."))
            return
        service = self.context.services.accountability

        def work():
            service.add_cost(self.context.actor, self.application_id, budget_line_id=self.cost_line.currentData(),
                             spent_on=day, description=self.cost_description.text(), amount=amount or Decimal(0))

        if self._run(work):
            self.cost_description.clear()
            self.cost_amount.clear()

    def _on_remove_cost(self) -> None:
        row = self.costs.currentRow()
        if row < 0:
            return
        cost_id, source = self.costs.item(row, 0).data(Qt.ItemDataRole.UserRole)
        service = self.context.services.accountability
        if source == "entered":
            self._run(lambda: service.remove_cost(self.context.actor, cost_id))
        else:
            self._run(lambda: service.link_allowance_line(self.context.actor, self.application_id, cost_id, None))

    def _on_save(self) -> None:
        service = self.context.services.accountability
        actor = self.context.actor
        app_id = self.application_id
        state = rules.State(self.report.application.state)

        def work():
            service.set_working_group_links(actor, app_id, [i for i, _ in self.checked(self.link_lists["working_groups"])])
            service.set_series_links(actor, app_id, [i for i, _ in self.checked(self.link_lists["series"])])
            service.set_booking_links(actor, app_id, [i for i, _ in self.checked(self.link_lists["bookings"])])
            if state not in rules.ACCOUNTABILITY_STATES:
                return
            widget = self.link_lists["allowances"]
            target = self.allowance_line_target.currentData()
            for index in range(widget.count()):
                item = widget.item(index)
                line_id, current = item.data(Qt.ItemDataRole.UserRole)
                ticked = item.checkState() == Qt.CheckState.Checked
                if ticked and current is None:
                    service.link_allowance_line(actor, app_id, line_id, target)
                elif not ticked and current is not None:
                    service.link_allowance_line(actor, app_id, line_id, None)
            for row, line in enumerate(self.report.lines):
                text = self.lines.item(row, 5).text().strip()
                if text != line.explanation:
                    service.set_explanation(actor, app_id, line.budget_line_id, text)
            if self.report_text.toPlainText().strip() != self.report.application.report_text:
                service.set_report_text(actor, app_id, self.report_text.toPlainText())

        self._run(work)
