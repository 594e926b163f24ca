"""The payment run: approved, unpaid lines (all or up to a date), who is left out for lack of a
valid IBAN, write the SEPA file, then confirm the bank accepted it (→ paid) or cancel the batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.reports import sepa
from app.domain.payments import BatchAction
from app.services.allowances import BatchRow, PayeeRow, PaymentPreview
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.pages.allowances.entry_form import to_date
from ui.style import set_role
from ui.tasks import Task, run_task, show_error
from ui.widgets.empty_state import show_when_empty


class PaymentTab(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.year = dt.date.today().year
        self.preview: PaymentPreview | None = None
        self.task: Task | None = None  # the bank file being made, if any
        self.setObjectName("paymentTab")
        can_pay = context.actor.can(Permission.PAY)
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        self.through_check = QCheckBox(self.tr("Only lines worked up to"))
        self.through_check.setObjectName("throughCheck")
        self.through = QDateEdit(QDate.currentDate())
        self.through.setObjectName("throughDate")
        self.through.setCalendarPopup(True)
        self.through.setDisplayFormat("dd-MM-yyyy")
        self.format = QComboBox()
        self.format.setObjectName("sepaFormat")
        self.format.setAccessibleName(self.tr("SEPA format"))
        self.format.addItem(self.tr("pain.001.001.03 (all Dutch banks)"), sepa.FORMATS[0])
        self.format.addItem(self.tr("pain.001.001.09 (ING, ABN AMRO)"), sepa.FORMATS[1])
        options.addWidget(self.through_check)
        options.addWidget(self.through)
        options.addWidget(QLabel(self.tr("Format")))
        options.addWidget(self.format)
        options.addStretch(1)
        layout.addLayout(options)
        self.payees: RowTableModel[PayeeRow] = RowTableModel([
            ColumnSpec(self.tr("Volunteer"), lambda p: p.name),
            ColumnSpec(self.tr("IBAN"), lambda p: p.iban_masked, warning=lambda p: not p.iban_valid),
            ColumnSpec(self.tr("Lines"), lambda p: str(p.lines), align_right=True),
            ColumnSpec(self.tr("Amount"), lambda p: formatting.money(p.amount), sort_key=lambda p: p.amount, align_right=True),
            ColumnSpec(self.tr("Not paid because"), lambda p: p.problem, warning=lambda p: not p.payable),
        ])
        self.payee_table = QTableView()
        self.payee_table.setObjectName("payeeTable")
        self.payee_table.setModel(self.payees)
        show_when_empty(self.payee_table, self.tr("Nothing to pay: approved lines that are not yet paid appear here."))
        self.payee_table.verticalHeader().hide()
        self.payee_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.payee_table, 2)
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("paymentSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.left_out = set_role(QLabel(), "error")
        self.left_out.setObjectName("leftOut")
        self.left_out.setWordWrap(True)
        layout.addWidget(self.left_out)
        write_row = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write bank file…"))
        self.write_button.setObjectName("writeBankFile")
        set_role(self.write_button, "primary")
        self.write_button.setEnabled(can_pay)
        self.write_button.clicked.connect(self._choose_file)
        write_row.addStretch(1)
        write_row.addWidget(self.write_button)
        layout.addLayout(write_row)

        layout.addWidget(set_role(QLabel(self.tr("Payment batches")), "heading"))
        self.batches: RowTableModel[BatchRow] = RowTableModel([
            ColumnSpec(self.tr("Batch"), lambda b: str(b.id), align_right=True),
            ColumnSpec(self.tr("Created"), lambda b: formatting.datetime(b.created_at.astimezone())),
            ColumnSpec(self.tr("State"), lambda b: b.state_label, warning=lambda b: BatchAction.CONFIRM in b.allowed),
            ColumnSpec(self.tr("Transfers"), lambda b: str(b.transactions), align_right=True),
            ColumnSpec(self.tr("Total"), lambda b: formatting.money(b.total), align_right=True),
            ColumnSpec(self.tr("Format"), lambda b: b.file_format),
            ColumnSpec(self.tr("File"), lambda b: b.file_name),
            ColumnSpec(self.tr("Left out"), lambda b: ", ".join(s["name"] for s in b.skipped)),
        ])
        self.batch_table = QTableView()
        self.batch_table.setObjectName("batchTable")
        self.batch_table.setModel(self.batches)
        show_when_empty(self.batch_table, self.tr("No payment runs yet."))
        self.batch_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batch_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batch_table.verticalHeader().hide()
        layout.addWidget(self.batch_table, 1)
        batch_buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Bank accepted: mark as paid"))
        self.confirm_button.setObjectName("confirmBatch")
        self._can_pay = can_pay
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("Cancel batch"))
        self.cancel_button.setObjectName("cancelBatch")
        self.cancel_button.clicked.connect(self._cancel)
        for button in (self.confirm_button, self.cancel_button):
            button.setAccessibleName(button.text())
            batch_buttons.addWidget(button)
        batch_buttons.addStretch(1)
        layout.addLayout(batch_buttons)
        self.batch_table.selectionModel().selectionChanged.connect(self._update_batch_buttons)
        self._update_batch_buttons()
        self.through_check.toggled.connect(self.refresh)
        self.through.dateChanged.connect(self.refresh)

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def through_date(self) -> dt.date | None:
        return to_date(self.through.date()) if self.through_check.isChecked() else None

    def refresh(self) -> None:
        try:
            self.preview = self.context.services.payments.preview(self.context.actor, self.year, self.through_date())
        except WijkhuisError as error:
            self.summary.setText(str(error))
            return
        self.payees.set_rows(list(self.preview.payees))
        self.summary.setText(self.tr("{n} volunteers to pay, together {total}.").format(
            n=len(self.preview.payable), total=formatting.money(self.preview.total)))
        left = self.preview.left_out
        self.left_out.setText(
            self.tr("Not in this run (fix their IBAN first): {names}").format(
                names="; ".join(f"{p.name} ({p.problem})" for p in left)) if left else "")
        self.batches.set_rows(self.context.services.payments.batches(self.context.actor, self.year))
        self.payee_table.resizeColumnsToContents()
        self.batch_table.resizeColumnsToContents()
        self._update_batch_buttons()

    def _update_batch_buttons(self, *_args) -> None:
        """Enabled from what the chosen run allows now; a disabled button says why."""
        batch = self.selected_batch()
        allowed = batch.allowed if batch and self._can_pay else frozenset()
        for button, action in ((self.confirm_button, BatchAction.CONFIRM), (self.cancel_button, BatchAction.CANCEL)):
            button.setEnabled(action in allowed)
            if not self._can_pay:
                button.setToolTip(self.tr("Only the treasurer or an administrator pays."))
            elif batch is None:
                button.setToolTip(self.tr("Choose a payment run in the list first."))
            elif action not in allowed:
                button.setToolTip(self.tr("This run is {state}.").format(state=batch.state_label))
            else:
                button.setToolTip("")

    def write_bank_file(self, path: Path, on_done: Callable[[BatchRow], None] | None = None) -> Task:
        """The payment run and its bank file, on a background thread behind a progress bar (a run
        of hundreds of transfers takes a second); a refusal is shown as a message."""
        services, actor = self.context.services, self.context.actor
        year, through, file_format = self.year, self.through_date(), self.format.currentData()

        def done(result: tuple[BatchRow, object]) -> None:
            self.refresh()
            self.changed.emit()
            if on_done is not None:
                on_done(result[0])

        self.task = run_task(self, self.tr("Making the bank file…"), lambda _progress: services.payments.write_batch(
            actor, year, path, through=through, file_format=file_format), done, cancellable=False)
        self.task.failed.connect(lambda _error: self.refresh())  # a run cancelled again is shown as such
        return self.task

    def selected_batch(self) -> BatchRow | None:
        rows = self.batch_table.selectionModel().selectedRows()
        return self.batches.row(rows[0].row()) if rows else None

    def confirm_selected(self) -> None:
        self._batch_action(self.context.services.payments.confirm)

    def cancel_selected(self) -> None:
        self._batch_action(self.context.services.payments.cancel)

    def _batch_action(self, action) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        try:
            action(self.context.actor, batch.id, batch.version)
        except WijkhuisError as error:
            show_error(self, error)
        self.refresh()
        self.changed.emit()

    def _choose_file(self) -> None:
        name = f"vrijwilligersvergoedingen-{self.year}-{dt.date.today():%Y%m%d}.xml"
        filename, _f = QFileDialog.getSaveFileName(self, self.tr("Save the bank file"), name,
                                                   self.tr("SEPA file (*.xml)"))
        if filename:
            self.write_bank_file(Path(filename), lambda batch: QMessageBox.information(
                self, self.tr("Bank file written"), self.tr(
                    "{n} transfers, {total}. Upload the file to the bank, then mark the batch as paid here.").format(
                    n=batch.transactions, total=formatting.money(batch.total))))

    def _confirm(self) -> None:
        batch = self.selected_batch()
        if batch and QMessageBox.question(self, self.tr("Mark as paid"), self.tr(
                "Did the bank accept batch {id} ({total})? All its lines become paid.").format(
                id=batch.id, total=formatting.money(batch.total))) == QMessageBox.StandardButton.Yes:
            self.confirm_selected()

    def _cancel(self) -> None:
        batch = self.selected_batch()
        if batch and QMessageBox.question(self, self.tr("Cancel batch"), self.tr(
                "Cancel batch {id}? Its lines can then be paid in a next run.").format(
                id=batch.id)) == QMessageBox.StandardButton.Yes:
            self.cancel_selected()
