"""The treasurer's approval queue: every submitted line, approve in bulk or reject with a reason,
and open a line's receipt."""

from __future__ import annotations


from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.allowances import LineRow
from app.services.common.attachments import viewing_copy
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.empty_state import show_when_empty


class ApprovalTab(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("approvalTab")
        layout = QVBoxLayout(self)
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("approvalSummary")
        layout.addWidget(self.summary)
        self.model: RowTableModel[LineRow] = RowTableModel([
            ColumnSpec(self.tr("Volunteer"), lambda r: r.volunteer_name),
            ColumnSpec(self.tr("Date"), lambda r: formatting.date(r.worked_on), sort_key=lambda r: r.worked_on),
            ColumnSpec(self.tr("Kind"), lambda r: rules.line_kind_label(r.kind)),
            ColumnSpec(self.tr("Amount"), lambda r: formatting.money(r.amount), sort_key=lambda r: r.amount,
                       align_right=True),
            ColumnSpec(self.tr("Description"), lambda r: r.description),
            ColumnSpec(self.tr("Receipt"), lambda r: r.receipt_name),
            ColumnSpec(self.tr("Override"), lambda r: r.override_reason, warning=lambda r: r.overridden),
            ColumnSpec(self.tr("Entered by"), lambda r: r.created_by),
        ])
        self.table = QTableView()
        self.table.setObjectName("approvalQueue")
        self.table.setModel(self.model)
        show_when_empty(self.table, self.tr("Nothing waits for approval. Submitted lines appear here."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        can_approve = context.actor.can(Permission.APPROVE_CLAIMS)
        self.approve_button = QPushButton(self.tr("Approve selected"))
        self.approve_button.setObjectName("approveSelected")
        set_role(self.approve_button, "primary")
        self.approve_button.setEnabled(can_approve)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectSelected")
        self.reject_button.setEnabled(can_approve)
        self.reject_button.clicked.connect(self._reject)
        self.receipt_button = QPushButton(self.tr("Show receipt"))
        self.receipt_button.setObjectName("showReceipt")
        self.receipt_button.setEnabled(context.actor.can(Permission.VIEW_PERSONAL_DETAILS))
        self.receipt_button.clicked.connect(self._show_receipt)
        for button in (self.approve_button, self.reject_button, self.receipt_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows = self.context.services.allowances.approval_queue(self.context.actor)
        self.model.set_rows(rows)
        total = sum((r.amount for r in rows), start=rules.ZERO)
        self.summary.setText(self.tr("{n} lines waiting for approval, together {total}.").format(
            n=len(rows), total=formatting.money(total)))
        self.table.resizeColumnsToContents()

    def selected(self) -> list[LineRow]:
        return [self.model.row(index.row()) for index in self.table.selectionModel().selectedRows()]

    def approve_selected(self) -> int:
        lines = self.selected()
        if not lines:
            return 0
        try:
            count = self.context.services.allowances.approve(self.context.actor, [line.id for line in lines])
        except WijkhuisError as error:
            show_error(self, error)
            return 0
        self.refresh()
        self.changed.emit()
        return count

    def reject_selected(self, reason: str) -> None:
        try:
            for line in self.selected():
                self.context.services.allowances.reject(self.context.actor, line.id, reason, line.version)
        except WijkhuisError as error:
            show_error(self, error)
        self.refresh()
        self.changed.emit()

    def _reject(self) -> None:
        if not self.selected():
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Reason for rejecting:"))
        if ok:
            self.reject_selected(reason)

    def _show_receipt(self) -> None:
        lines = self.selected()
        if not lines or not lines[0].receipt_attachment_id:
            return
        try:
            found = self.context.services.allowances.receipt(self.context.actor, lines[0].id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        if found:
            name, _type, data = found
            path = viewing_copy(name, data)  # in the data folder, under a cleaned name
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
