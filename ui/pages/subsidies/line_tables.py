"""The editable tables of an application: budget and coverage (with the balance shown as you
type) and the document checklist."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain import subsidies as rules
from app.services.subsidies import BudgetLineData, CoverageLineData, DocumentData
from ui.pages.subsidies.widgets import combo, money_cell, set_text, text_cell
from ui.style import set_role

ZERO = Decimal("0.00")


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class _Tables(QWidget):
    changed = Signal()

    def _row_buttons(self, layout: QVBoxLayout, name: str, add, table: QTableWidget) -> list[QPushButton]:
        row = QHBoxLayout()
        plus = QPushButton(QCoreApplication.translate("SubsidyTables", "Add line"))
        plus.setObjectName(f"add{name}Line")
        plus.clicked.connect(lambda: add())
        minus = QPushButton(QCoreApplication.translate("SubsidyTables", "Remove line"))
        minus.setObjectName(f"remove{name}Line")
        minus.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(plus)
        row.addWidget(minus)
        row.addStretch(1)
        layout.addLayout(row)
        return [plus, minus]

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.changed.emit()

    def _set_editable(self, tables: list[QTableWidget], buttons: list[QPushButton], editable: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.AllEditTriggers if editable
                    else QAbstractItemView.EditTrigger.NoEditTriggers)
        for table in tables:
            table.setEditTriggers(triggers)
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    widget = table.cellWidget(row, column)
                    if widget is not None:
                        widget.setEnabled(editable)
                    item = table.item(row, column)
                    if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                        item.setFlags(flags if editable else Qt.ItemFlag.ItemIsEnabled)
        for button in buttons:
            button.setEnabled(editable)


class BudgetCoverageTab(_Tables):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(set_role(QLabel(self.tr("Budget (costs)")), "cardTitle"))
        self.budget = _table("budgetTable", [self.tr("Category"), self.tr("Description"), self.tr("Amount")])
        self.budget.cellChanged.connect(self.changed)
        layout.addWidget(self.budget)
        self.buttons = self._row_buttons(layout, "Budget", self.add_budget_row, self.budget)
        layout.addWidget(set_role(QLabel(self.tr("Coverage plan (besides the amount requested)")), "cardTitle"))
        self.coverage = _table("coverageTable", [self.tr("Kind"), self.tr("Source"), self.tr("Status"),
                                                 self.tr("Amount")])
        self.coverage.cellChanged.connect(self.changed)
        layout.addWidget(self.coverage)
        self.buttons += self._row_buttons(layout, "Coverage", self.add_coverage_row, self.coverage)
        self.totals = QLabel()
        self.totals.setObjectName("balanceLabel")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)

    def add_budget_row(self, line: BudgetLineData | None = None) -> int:
        line = line or BudgetLineData("activiteiten", "", ZERO)
        table = self.budget
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, combo([(rules.category_label(k), k) for k in rules.BUDGET_CATEGORIES], line.category))
        set_text(table, row, 1, line.description)
        set_text(table, row, 2, formatting.number(line.amount, 2) if line.amount else "")
        table.blockSignals(False)
        self.changed.emit()
        return row

    def add_coverage_row(self, line: CoverageLineData | None = None) -> int:
        line = line or CoverageLineData("eigen_bijdrage", "", ZERO)
        table = self.coverage
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, combo([(rules.coverage_label(k), k) for k in rules.COVERAGE_KINDS], line.kind))
        set_text(table, row, 1, line.source)
        status = combo([(rules.coverage_status_label(k), k) for k in rules.COVERAGE_STATUSES], line.status)
        status.currentIndexChanged.connect(self.changed)
        table.setCellWidget(row, 2, status)
        set_text(table, row, 3, formatting.number(line.amount, 2) if line.amount else "")
        table.blockSignals(False)
        self.changed.emit()
        return row

    def set_lines(self, budget, coverage) -> None:
        self.budget.setRowCount(0)
        self.coverage.setRowCount(0)
        for line in budget:
            self.add_budget_row(line)
        for line in coverage:
            self.add_coverage_row(line)

    def budget_lines(self) -> tuple[BudgetLineData, ...]:
        """Raises ValueError when an amount cannot be read."""
        return tuple(
            BudgetLineData(self.budget.cellWidget(r, 0).currentData(), text_cell(self.budget, r, 1),
                           money_cell(self.budget, r, 2))
            for r in range(self.budget.rowCount())
        )

    def coverage_lines(self) -> tuple[CoverageLineData, ...]:
        return tuple(
            CoverageLineData(self.coverage.cellWidget(r, 0).currentData(), text_cell(self.coverage, r, 1),
                             money_cell(self.coverage, r, 3), self.coverage.cellWidget(r, 2).currentData())
            for r in range(self.coverage.rowCount())
        )

    def show_balance(self, requested: Decimal | None) -> None:
        """`requested` None: the requested amount itself cannot be read."""
        try:
            if requested is None:
                raise ValueError("requested")
            budget = self.budget_lines()
            coverage = self.coverage_lines()
        except ValueError:
            self._show(self.tr("One of the amounts cannot be read; write it like 1.250,00."), "error")
            return
        result = rules.balance((l.amount for l in budget), requested,
                               (line.amount for line in coverage if line.status != rules.CoverageStatus.REJECTED))
        text = self.tr("Costs {budget} · coverage {coverage} (of which requested {requested})").format(
            budget=formatting.money(result.budget_total), coverage=formatting.money(result.coverage_total),
            requested=formatting.money(requested))
        if result.balanced:
            self._show(text + " · " + self.tr("balanced"), "hint")
        else:
            self._show(text + " · " + self.tr("difference {difference}").format(
                difference=formatting.money(result.difference)), "error")

    def _show(self, text: str, role: str) -> None:
        self.totals.setText(text)
        set_role(self.totals, role)
        self.totals.style().unpolish(self.totals)
        self.totals.style().polish(self.totals)

    def set_editable(self, editable: bool) -> None:
        self._set_editable([self.budget, self.coverage], self.buttons, editable)


class DocumentsTab(_Tables):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(set_role(QLabel(self.tr(
            "The documents the funder asks for, whether they are ready, and where each is kept.")), "hint"))
        self.table = _table("documentsTable", [self.tr("Document"), self.tr("Kept at"), self.tr("Ready")])
        self.table.setColumnWidth(0, 240)
        layout.addWidget(self.table)
        self.buttons = self._row_buttons(layout, "Document", self.add_document_row, self.table)

    def add_document_row(self, document: DocumentData | None = None) -> int:
        document = document or DocumentData("")
        row = self.table.rowCount()
        self.table.insertRow(row)
        set_text(self.table, row, 0, document.name)
        set_text(self.table, row, 1, document.location)
        ready = QTableWidgetItem()
        ready.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        ready.setCheckState(Qt.CheckState.Checked if document.ready else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, ready)
        return row

    def set_documents(self, documents) -> None:
        self.table.setRowCount(0)
        for document in documents:
            self.add_document_row(document)

    def documents(self) -> tuple[DocumentData, ...]:
        return tuple(
            DocumentData(text_cell(self.table, r, 0), text_cell(self.table, r, 1),
                         self.table.item(r, 2).checkState() == Qt.CheckState.Checked)
            for r in range(self.table.rowCount())
        )

    def set_editable(self, editable: bool) -> None:
        self._set_editable([self.table], self.buttons, editable)
