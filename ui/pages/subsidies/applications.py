"""Subsidieaanvragen: the list with states and deadlines on the left, the editor (project,
budget and coverage, documents, accountability) on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from app.domain import formatting
from app.domain import subsidies as rules
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.subsidies import ApplicationRow
from ui.context import PageContext
from ui.models.row_table import SORT_ROLE, ColumnSpec, RowTableModel
from ui.pages.subsidies import exports
from ui.pages.subsidies.accountability_panel import AccountabilityPanel
from ui.pages.subsidies.decision import DecisionDialog
from ui.pages.subsidies.editor import ApplicationEditor
from ui.style import set_role
from ui.widgets.empty_state import show_when_empty


class ApplicationsTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("applicationsTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.setAccessibleName(self.tr("Show applications in state"))
        self.state_filter.addItem(self.tr("All states"), None)
        for state in rules.State:
            self.state_filter.addItem(rules.state_label(state), state.value)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.new_button = set_role(QPushButton(self.tr("New application")), "primary")
        self.new_button.setObjectName("newApplication")
        self.new_button.setEnabled(context.actor.can(Permission.EDIT_SUBSIDIES))
        self.new_button.clicked.connect(self._on_new)
        self.delete_button = QPushButton(self.tr("Delete concept"))
        self.delete_button.setObjectName("deleteApplication")
        self.delete_button.clicked.connect(self._on_delete)
        self.notice = set_role(QLabel(), "hint")
        self.notice.setObjectName("applicationsNotice")
        bar.addWidget(QLabel(self.tr("State:")))
        bar.addWidget(self.state_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.notice, 1)
        layout.addLayout(bar)

        splitter = QSplitter()
        layout.addWidget(splitter, 1)
        self.model: RowTableModel[ApplicationRow] = RowTableModel([
            ColumnSpec(self.tr("Title"), lambda r: r.title),
            ColumnSpec(self.tr("Funder"), lambda r: r.funder_name),
            ColumnSpec(self.tr("State"), lambda r: r.state_label),
            ColumnSpec(self.tr("Requested"), lambda r: formatting.money(r.requested_amount),
                       sort_key=lambda r: r.requested_amount, align_right=True),
            ColumnSpec(self.tr("Granted"), lambda r: formatting.money(r.granted_amount),
                       sort_key=lambda r: r.granted_amount, align_right=True),
            ColumnSpec(self.tr("Next date"),
                       lambda r: f"{formatting.date(r.next_date)} {r.next_what}".strip() if r.next_date else "",
                       sort_key=lambda r: r.next_date,
                       warning=lambda r: r.next_date is not None and not r.awaiting_decision
                       and rules.within_window(r.next_date, dt.date.today())),
        ])
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("applicationTable")
        self.table.setAccessibleName(self.tr("Subsidy applications"))
        self.table.setModel(self.proxy)
        show_when_empty(self.table, self.tr("No applications yet. Add the funds you apply to on the Funders tab, "
                                            "then choose New application."))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        splitter.addWidget(self.table)

        self.editor = ApplicationEditor(context)
        self.accountability = AccountabilityPanel(context)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.accountability)
        self.editor.tabs.addTab(scroll, self.tr("Accountability"))
        self.editor.saved.connect(self._on_saved)
        self.editor.print_requested.connect(self._on_print)
        self.editor.decision_requested.connect(self._on_decision)
        self.accountability.changed.connect(lambda _id: self.context.bus.changed.emit("subsidies"))
        self.accountability.export_requested.connect(self._on_export_report)
        splitter.addWidget(self.editor)
        splitter.setSizes([400, 900])

    # -- data -------------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        service = self.context.services.subsidies
        actor = self.context.actor
        funders = [(f.id, f.name) for f in service.list_funders(actor) if f.active]
        themes, groups = service.themes_and_groups(actor)
        self.editor.load_choices(funders, themes, groups)
        current = select_id or (self.editor.detail.id if self.editor.detail else None)
        self.model.set_rows(service.list_applications(actor, state=self.state_filter.currentData()))
        self.table.resizeColumnsToContents()
        if current is not None and self.select(current):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.editor.show_detail(None)
            self.accountability.show_application(None)

    def select(self, application_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row(self.proxy.mapToSource(index).row()).id == application_id:
                self.table.selectRow(row)
                self._show(application_id)
                return True
        return False

    def _on_row(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        if self.editor.detail is not None and self.editor.detail.id == row.id:
            return
        self._show(row.id)

    def _show(self, application_id: int) -> None:
        try:
            detail = self.context.services.subsidies.get_application(self.context.actor, application_id)
        except WijkhuisError as error:
            self.notice.setText(str(error))
            return
        self.editor.show_detail(detail)
        self.accountability.show_application(application_id)

    def can_leave(self) -> bool:
        if not self.editor.has_unsaved_changes():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("The application has changes that are not saved. Leave anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    # -- actions ----------------------------------------------------------------------------------------
    def _on_new(self) -> None:
        self.table.clearSelection()
        self.editor.new_concept()
        self.accountability.show_application(None)

    def _on_saved(self, application_id: int) -> None:
        self.context.bus.changed.emit("subsidies")
        self.refresh(select_id=application_id)
        self.notice.setText(self.tr("Saved."))

    def _on_delete(self) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete concept"),
                                      self.tr("Delete the concept “{title}”?").format(title=detail.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.services.subsidies.delete_application(self.context.actor, detail.id,
                                                               expected_version=detail.version)
        except WijkhuisError as error:
            self.editor.show_error(error)
            return
        self.editor.show_detail(None)
        self.context.bus.changed.emit("subsidies")
        self.refresh()

    def decision_dialog(self, mode: str) -> DecisionDialog:
        detail = self.editor.detail
        service = self.context.services.subsidies
        actor = self.context.actor

        def apply(values: dict):
            if mode == "grant":
                return service.grant(actor, detail.id, expected_version=detail.version, amount=values["amount"],
                                     decided_on=values["day"], conditions=values["conditions"],
                                     interim_report_due=values["interim"], final_report_due=values["final"])
            if mode == "reject":
                return service.reject(actor, detail.id, expected_version=detail.version, decided_on=values["day"],
                                      reason=values["reason"])
            return service.settle(actor, detail.id, expected_version=detail.version, amount=values["amount"],
                                  on=values["day"])

        return DecisionDialog(mode, detail, apply, self)

    def _on_decision(self, mode: str) -> None:
        dialog = self.decision_dialog(mode)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_detail is not None:
            self._on_saved(dialog.result_detail.id)

    def _on_print(self, application_id: int) -> None:
        detail = self.editor.detail
        service = self.context.services.subsidies
        exports.export(
            self, self.tr("Print application"), f"aanvraag-{exports.safe_name(detail.title)}.pdf", exports.pdf_filter(),
            lambda path: service.write_pdf(self.context.actor, application_id, path),
            lambda path: self.notice.setText(self.tr("Written to {path}").format(path=path)),
        )

    def confirm_report(self, application_id: int) -> bool:
        """Figures that contradict the report's text are shown before it is printed."""
        try:
            warnings = self.context.services.accountability.report(self.context.actor, application_id).warnings
        except WijkhuisError:
            return True  # the export itself will show the error
        if not warnings:
            return True
        answer = QMessageBox.question(self, self.tr("Accountability report"), "\n\n".join(
            [*warnings, self.tr("Print the report anyway?")]))
        return answer == QMessageBox.StandardButton.Yes

    def _on_export_report(self, application_id: int, kind: str) -> None:
        detail = self.editor.detail
        service = self.context.services.accountability
        if kind == "pdf" and not self.confirm_report(application_id):
            return
        write = service.write_pdf if kind == "pdf" else service.write_excel
        exports.export(
            self, self.tr("Accountability report"), f"verantwoording-{exports.safe_name(detail.title)}.{kind}",
            exports.pdf_filter() if kind == "pdf" else exports.excel_filter(),
            lambda path: write(self.context.actor, application_id, path),
            lambda path: self.notice.setText(self.tr("Written to {path}").format(path=path)),
        )
