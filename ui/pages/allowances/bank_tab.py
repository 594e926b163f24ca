"""The bank's side of the Betalingen page: read the bank's statement (CAMT.053 or MT940), see the open
items (invoices not paid, allowance transfers not confirmed or returned), link a payment the
program did not recognise to an invoice, write the open items to Excel and a reminder letter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.bank import OpenInvoice, OpenTransfer
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.bank import EntryRow, ImportResult
from app.services.bank import write_reminder_pdf
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import Task, run_task, show_error
from ui.widgets.buttons import action_button


def _table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class BankTab(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("bankTab")
        can_pay = context.actor.can(Permission.PAY)
        can_export = context.actor.can(Permission.EXPORT_FINANCIAL)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = action_button(top, "importBankStatement", self.tr("Read bank statement…"),
                                          self._choose_statement, can_pay)
        self.import_button.setToolTip(self.tr("The statement as downloaded from the bank: CAMT.053 (XML) or MT940"))
        set_role(self.import_button, "primary")
        self.export_button = action_button(top, "exportOpenItems", self.tr("Open items to Excel…"),
                                          self._choose_export, can_export)
        top.addStretch(1)
        layout.addLayout(top)
        self.result = set_role(QLabel(), "hint")
        self.import_task: Task | None = None  # the statement being read, if any
        self.result.setObjectName("bankResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

        layout.addWidget(set_role(QLabel(self.tr("Open invoices")), "heading"))
        self.invoices: RowTableModel[OpenInvoice] = RowTableModel([
            ColumnSpec(self.tr("Number"), lambda i: i.number),
            ColumnSpec(self.tr("Renter"), lambda i: i.renter),
            ColumnSpec(self.tr("Amount"), lambda i: formatting.money(i.amount), align_right=True),
            ColumnSpec(self.tr("Paid"), lambda i: formatting.money(i.paid), align_right=True),
            ColumnSpec(self.tr("Open"), lambda i: formatting.money(i.open), align_right=True),
            ColumnSpec(self.tr("Due date"), lambda i: formatting.date(i.due_date)),
            ColumnSpec(self.tr("Days overdue"), lambda i: str(i.days_overdue), align_right=True,
                       warning=lambda i: i.days_overdue > 0),
        ])
        self.invoice_table = _table("openInvoices", self.invoices)
        layout.addWidget(self.invoice_table, 2)
        reminder_row = QHBoxLayout()
        self.reminder_button = action_button(reminder_row, "writeReminder", self.tr("Reminder letter (PDF)…"),
                                            self._choose_reminder, can_export)
        reminder_row.addStretch(1)
        layout.addLayout(reminder_row)

        layout.addWidget(set_role(QLabel(self.tr("Allowance payments not confirmed by the bank")), "heading"))
        self.transfers: RowTableModel[OpenTransfer] = RowTableModel([
            ColumnSpec(self.tr("Volunteer"), lambda t: t.volunteer),
            ColumnSpec(self.tr("Amount"), lambda t: formatting.money(t.amount), align_right=True),
            ColumnSpec(self.tr("Payment run"), lambda t: str(t.batch_id), align_right=True),
            ColumnSpec(self.tr("Reason"), lambda t: t.reason),
        ])
        self.transfer_table = _table("openTransfers", self.transfers)
        layout.addWidget(self.transfer_table, 1)

        layout.addWidget(set_role(QLabel(self.tr("Not recognised")), "heading"))
        self.unknown: RowTableModel[EntryRow] = RowTableModel([
            ColumnSpec(self.tr("Booked"), lambda e: formatting.date(e.booking_date)),
            ColumnSpec(self.tr("Amount"), lambda e: formatting.money(e.amount), align_right=True),
            ColumnSpec(self.tr("From"), lambda e: e.counterparty),
            ColumnSpec(self.tr("Description"), lambda e: e.remittance),
            ColumnSpec(self.tr("Why"), lambda e: e.note),
        ])
        self.unknown_table = _table("unrecognisedEntries", self.unknown)
        layout.addWidget(self.unknown_table, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(self.tr("Invoice number")))
        self.invoice_number = QLineEdit()
        self.invoice_number.setObjectName("linkInvoiceNumber")
        self.invoice_number.setAccessibleName(self.tr("Invoice number"))
        self.invoice_number.setPlaceholderText("2026-0001")
        link_row.addWidget(self.invoice_number)
        self.link_button = action_button(link_row, "linkToInvoice", self.tr("Link to this invoice"), self.link_selected,
                                        can_pay)
        link_row.addStretch(1)
        layout.addLayout(link_row)

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        try:
            if actor.can(Permission.EXPORT_FINANCIAL):
                items = services.open_items.open_items(actor)
                self.invoices.set_rows(list(items.invoices))
                self.transfers.set_rows(list(items.transfers))
            self.unknown.set_rows(services.bank_statements.unrecognised(actor))
        except WijkhuisError as error:
            self.result.setText(str(error))

    # -- actions (public, so that tests drive them without dialogs) ---------------------------
    def import_file(self, path: Path, on_done: Callable[[ImportResult], None] | None = None) -> Task:
        """Reads the statement on a background thread behind a progress dialog (a year of
        movements takes seconds); Cancel rolls it all back. A refused file is shown as a message."""
        services, actor = self.context.services, self.context.actor

        def done(result: ImportResult) -> None:
            self.result.setText(result.summary())
            self.refresh()
            self.changed.emit()
            if on_done is not None:
                on_done(result)

        self.import_task = run_task(self, self.tr("Reading bank statement…"),
                                    lambda progress: services.bank_statements.import_statement_file(actor, path, progress),
                                    done)
        self.import_task.cancelled.connect(lambda: self.result.setText(self.tr("Cancelled: nothing was imported.")))
        return self.import_task

    def export_open_items(self, path: Path) -> None:
        services = self.context.services
        try:
            services.open_items.export_open_items(self.context.actor, path, services.settings.centre(self.context.actor).name)
        except (WijkhuisError, OSError) as error:
            show_error(self, error if isinstance(error, WijkhuisError) else WijkhuisError(str(error)))
            return
        self.result.setText(self.tr("Open items written to {path}").format(path=path))

    def write_reminder(self, path: Path, today: dt.date | None = None) -> bool:
        rows = self.invoice_table.selectionModel().selectedRows()
        if not rows:
            self.result.setText(self.tr("Choose an invoice first."))
            return False
        item = self.invoices.row(rows[0].row())
        try:
            write_reminder_pdf(self.context.services, self.context.actor, item.invoice_id, path, today)
        except (WijkhuisError, OSError) as error:
            show_error(self, error if isinstance(error, WijkhuisError) else WijkhuisError(str(error)))
            return False
        self.result.setText(self.tr("Reminder written to {path}").format(path=path))
        return True

    def link_selected(self) -> None:
        rows = self.unknown_table.selectionModel().selectedRows()
        if not rows:
            self.result.setText(self.tr("Choose a payment under 'Not recognised' first."))
            return
        entry = self.unknown.row(rows[0].row())
        try:
            self.context.services.bank_statements.link_to_invoice(
                self.context.actor, entry.id, self.invoice_number.text(), expected_version=entry.version)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.invoice_number.clear()
        self.refresh()
        self.changed.emit()

    # -- dialogs ------------------------------------------------------------------------------
    def _choose_statement(self) -> None:
        filename, _f = QFileDialog.getOpenFileName(self, self.tr("Read bank statement"), "",
                                                   self.tr("Bank statement, CAMT.053 or MT940 (*.xml *.sta *.940 *.mt940 "
                                                           "*.txt);;All files (*)"))
        if filename:
            self.import_file(Path(filename),
                             lambda result: QMessageBox.information(self, self.tr("Bank statement"), result.summary()))

    def _choose_export(self) -> None:
        filename, _f = QFileDialog.getSaveFileName(self, self.tr("Open items"),
                                                   f"openstaande-posten-{dt.date.today():%Y%m%d}.xlsx",
                                                   self.tr("Excel workbook (*.xlsx)"))
        if filename:
            self.export_open_items(Path(filename))

    def _choose_reminder(self) -> None:
        rows = self.invoice_table.selectionModel().selectedRows()
        if not rows:
            self.result.setText(self.tr("Choose an invoice first."))
            return
        item = self.invoices.row(rows[0].row())
        filename, _f = QFileDialog.getSaveFileName(self, self.tr("Reminder letter"), f"herinnering-{item.number}.pdf",
                                                   self.tr("PDF (*.pdf)"))
        if filename:
            self.write_reminder(Path(filename))


def export_open_items(parent: QWidget, context: PageContext, path: Path | None = None) -> Path | None:
    """The open items from Rapporten: asks where, writes the workbook, says where it went."""
    from PySide6.QtCore import QCoreApplication

    if path is None:
        filename, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BankTab", "Open items"),
                                                   f"openstaande-posten-{dt.date.today():%Y%m%d}.xlsx",
                                                   QCoreApplication.translate("BankTab", "Excel workbook (*.xlsx)"))
        if not filename:
            return None
        path = Path(filename)
    services = context.services
    try:
        services.open_items.export_open_items(context.actor, path, services.settings.centre(context.actor).name)
    except (WijkhuisError, OSError) as error:
        show_error(parent, error if isinstance(error, WijkhuisError) else WijkhuisError(str(error)))
        return None
    return path
