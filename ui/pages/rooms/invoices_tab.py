"""Invoices: concepts per renter for a month or quarter, then final (numbered), credited,
paid; each as a PDF on the letterhead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.rooms import exports as room_exports
from app.services.rooms import CONCEPT, CREDIT, FINAL, INVOICE, InvoiceRow, period_of
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import Task, run_task, show_error
from ui.widgets.empty_state import show_when_empty


class InvoicesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None  # the concept invoices being made, if any
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        today = dt.date.today()
        self.kind = QComboBox()
        self.kind.setObjectName("invoicePeriodKind")
        self.kind.addItem(self.tr("Month"), "month")
        self.kind.addItem(self.tr("Quarter"), "quarter")
        self.year = QSpinBox()
        self.year.setObjectName("invoiceYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.number = QSpinBox()
        self.number.setObjectName("invoicePeriodNumber")
        self.number.setRange(1, 12)
        previous = (today.replace(day=1) - dt.timedelta(days=1))
        self.number.setValue(previous.month)
        self.kind.currentIndexChanged.connect(lambda _i: self.number.setMaximum(12 if self.kind.currentData() == "month" else 4))
        self.make = QPushButton(self.tr("Make concept invoices"))
        self.make.setObjectName("makeConcepts")
        self.through_today = QCheckBox(self.tr("Only bookings up to today"))
        self.through_today.setObjectName("invoiceThroughToday")
        self.through_today.setToolTip(self.tr("Otherwise later bookings in the period are billed in advance "
                                              "(the invoice says so)."))
        for widget in (QLabel(self.tr("Period")), self.kind, self.year, self.number, self.through_today, self.make):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("invoiceSummary")
        layout.addWidget(self.summary)
        self.model: RowTableModel[InvoiceRow] = RowTableModel([
            ColumnSpec(self.tr("Number"), lambda r: r.number or self.tr("(concept)")),
            ColumnSpec(self.tr("Kind"), lambda r: self.tr("credit invoice") if r.kind == CREDIT else self.tr("invoice")),
            ColumnSpec(self.tr("Renter"), lambda r: r.renter_name),
            ColumnSpec(self.tr("Period"), lambda r: f"{formatting.date(r.period_start)} – {formatting.date(r.period_end)}"),
            ColumnSpec(self.tr("Date"), lambda r: formatting.date(r.issue_date)),
            ColumnSpec(self.tr("Due"), lambda r: formatting.date(r.due_date),
                       warning=lambda r: bool(r.due_date and not r.paid_on and r.due_date < dt.date.today() and r.total > 0)),
            ColumnSpec(self.tr("Amount"), lambda r: formatting.money(r.total), align_right=True, sort_key=lambda r: r.total),
            ColumnSpec(self.tr("Paid"), lambda r: formatting.date(r.paid_on)),
        ])
        self.table = QTableView()
        self.table.setObjectName("invoicesTable")
        self.table.setModel(self.model)
        show_when_empty(self.table, self.tr("No invoices in this period. Make the concepts for a period above; "
                                            "the centre's details (Settings → Centre) are on every invoice."))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        layout.addLayout(actions)
        self.finalise_button = QPushButton(self.tr("Make final"))
        self.finalise_button.setObjectName("finaliseInvoice")
        self.credit_button = QPushButton(self.tr("Credit…"))
        self.credit_button.setObjectName("creditInvoice")
        self.paid_button = QPushButton(self.tr("Paid today"))
        self.paid_button.setObjectName("invoicePaid")
        self.delete_button = QPushButton(self.tr("Delete concept"))
        self.delete_button.setObjectName("deleteConcept")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("invoicePdf")
        for button in (self.finalise_button, self.credit_button, self.paid_button, self.delete_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.make.clicked.connect(self.make_concepts)
        self.finalise_button.clicked.connect(lambda: self._act("finalise"))
        self.credit_button.clicked.connect(lambda: self._act("credit"))
        self.paid_button.clicked.connect(lambda: self._act("mark_paid"))
        self.delete_button.clicked.connect(lambda: self._act("delete"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.make.setEnabled(context.actor.can(Permission.INVOICE))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self.save_path: Path | None = None  # tests set this instead of the file dialog

    def _update_buttons(self) -> None:
        """Each button from the chosen invoice's state and the user's role; why not, in its tooltip."""
        row = self.selected()
        allowed = self.context.actor.can(Permission.INVOICE)
        concept = row is not None and row.status == CONCEPT
        final = row is not None and row.status == FINAL
        for button, fits, reason in (
                (self.finalise_button, concept, self.tr("Only a concept can be made final")),
                (self.delete_button, concept, self.tr("Only a concept can be deleted; a final invoice is credited")),
                (self.credit_button, final and row.kind == INVOICE, self.tr("Only a final invoice can be credited")),
                (self.paid_button, final and not row.paid_on and row.total > 0,
                 self.tr("Only a final invoice that is not yet paid")),
                (self.pdf_button, row is not None, "")):
            if row is None:
                why = self.tr("Select an invoice in the list first")
            elif button is not self.pdf_button and not allowed:
                why = self.tr("Only the treasurer or an administrator handles invoices")
            else:
                why = "" if fits else reason
            button.setEnabled(not why)
            button.setToolTip(why)

    def refresh(self) -> None:
        rows = self.context.services.invoices.list(self.context.actor)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        open_rows = [r for r in rows if r.status != CONCEPT and not r.paid_on and r.total > 0]
        self.summary.setText(self.tr("%1 invoices, %2 concepts; %3 still to be paid.").replace("%1", str(len(rows)))
                             .replace("%2", str(sum(r.status == CONCEPT for r in rows)))
                             .replace("%3", formatting.money(sum((r.total for r in open_rows), start=0))))

    def selected(self) -> InvoiceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def make_concepts(self) -> Task:
        """On a background thread behind a progress bar: a year of a busy centre's bookings takes
        seconds to price. A refusal is shown as a message."""
        first, last = period_of(self.kind.currentData(), self.year.value(), self.number.value())
        through = dt.date.today() if self.through_today.isChecked() else None
        invoices, actor = self.context.services.invoices, self.context.actor

        def done(made: list) -> None:
            self.refresh()
            self.summary.setText(self.tr("%n concept invoice(s) made.", "", len(made)) + " " + self.summary.text())

        self.task = run_task(self, self.tr("Making concept invoices…"),
                             lambda _progress: invoices.create_concepts(actor, first, last, through=through), done,
                             cancellable=False)
        return self.task

    def _act(self, action: str) -> None:
        row = self.selected()
        if row is None:
            return
        invoices, actor = self.context.services.invoices, self.context.actor
        try:
            if action == "finalise":
                answer = QMessageBox.question(self, self.tr("Make final"), self.tr(
                    "A final invoice gets its number and can no longer be changed. Continue?"))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                invoices.finalise(actor, row.id, expected_version=row.version)
            elif action == "credit":
                reason, ok = QInputDialog.getText(self, self.tr("Credit invoice"), self.tr("Why is the invoice credited?"))
                if not ok:
                    return
                invoices.credit(actor, row.id, reason)
            elif action == "mark_paid":
                invoices.mark_paid(actor, row.id, dt.date.today(), expected_version=row.version)
            elif action == "delete":
                invoices.delete_concept(actor, row.id, expected_version=row.version)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.context.bus.changed.emit("bookings")
        self.refresh()

    def save_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = self.save_path
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save invoice"),
                                                        f"factuur-{row.number or 'concept'}.pdf", "PDF (*.pdf)")
            if not name:
                return
            path = Path(name)
        try:
            room_exports.write_invoice_pdf(self.context.services, self.context.actor, row.id, path)
        except WijkhuisError as error:
            show_error(self, error)
