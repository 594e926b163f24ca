"""The audit trail for the administrator: who changed or looked at what, filtered by person,
record and date, with the fields before and after, and an export to Excel."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.services.accounts import DEFAULT_LIMIT, AuditFilter, AuditRow
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from app.domain.audit import action_label, record_label
from ui.style import set_role
from ui.tasks import run_task, show_error


class AuditTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("auditTab")
        self._loaded = False
        layout = QVBoxLayout(self)
        intro = set_role(QLabel(self.tr(
            "Every change, every look at a volunteer's personal details and every export, with who "
            "and when. The trail cannot be changed or emptied."
        )), "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = QVBoxLayout()
        self.person = self._combo("auditPerson", self.tr("Person"))
        self.entity = self._combo("auditEntity", self.tr("Record type"))
        self.action = self._combo("auditAction", self.tr("Action"))
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setAccessibleName(self.tr("Record number"))
        self.entity_id.setPlaceholderText(self.tr("number"))
        self.entity_id.setMaximumWidth(90)
        self.use_from = QCheckBox(self.tr("From"))
        self.use_from.setObjectName("auditUseFrom")
        self.date_from = self._date("auditFrom", self.tr("From date"))
        self.use_to = QCheckBox(self.tr("Until"))
        self.use_to.setObjectName("auditUseTo")
        self.date_to = self._date("auditTo", self.tr("Until date"))
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("auditSearch")
        set_role(self.search_button, "primary")
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.choose_export)
        first = QHBoxLayout()
        for label, widget in ((self.tr("Person"), self.person), (self.tr("Record"), self.entity)):
            first.addWidget(QLabel(label))
            first.addWidget(widget)
        first.addWidget(self.entity_id)
        first.addWidget(QLabel(self.tr("Action")))
        first.addWidget(self.action)
        first.addStretch(1)
        second = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.search_button)
        second.addWidget(self.export_button)
        filters.addLayout(first)
        filters.addLayout(second)
        layout.addLayout(filters)

        self.count_label = set_role(QLabel(), "hint")
        self.count_label.setObjectName("auditCount")
        layout.addWidget(self.count_label)
        self.model: RowTableModel[AuditRow] = RowTableModel([
            ColumnSpec(self.tr("When"), lambda r: formatting.datetime(r.at.astimezone()), sort_key=lambda r: r.id),
            ColumnSpec(self.tr("Who"), lambda r: r.username),
            ColumnSpec(self.tr("Action"), lambda r: action_label(r.action)),
            ColumnSpec(self.tr("Record"), lambda r: f"{record_label(r.entity)} {r.entity_id or ''}".strip()),
            ColumnSpec(self.tr("Changes"), lambda r: r.changes_text() or r.detail, tooltip=lambda r: r.detail),
        ])
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Before and after"))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumWidth(140)
        return combo

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def refresh(self) -> None:
        try:
            users, entities, actions = self.context.services.audit.choices(self.context.actor)
        except WijkhuisError as error:
            show_error(self, error)
            return
        for combo, values in ((self.person, users), (self.entity, entities), (self.action, actions)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            label = {id(self.entity): record_label, id(self.action): action_label}.get(id(combo), str)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
        self.search()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            username=self.person.currentData(),
            entity=self.entity.currentData(),
            entity_id=self.entity_id.text().strip() or None,
            action=self.action.currentData(),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,
        )

    def search(self) -> None:
        audit = self.context.services.audit
        flt = self.current_filter()
        try:
            rows = audit.search(self.context.actor, flt)
            total = audit.count(self.context.actor, flt) if len(rows) >= DEFAULT_LIMIT else len(rows)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        if total > len(rows):
            self.count_label.setText(self.tr("{total} entries; the newest {shown} are shown. Narrow the filter or export to Excel.").format(
                total=total, shown=len(rows)))
        else:
            self.count_label.setText(self.tr("{total} entries").format(total=total))
        self.detail.clear()

    def _show_detail(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            self.detail.clear()
            return
        row = self.model.row(indexes[0].row())
        lines = [
            formatting.datetime(row.at.astimezone()), row.username, action_label(row.action),
            f"{record_label(row.entity)} {row.entity_id or ''}".strip(),
        ]
        if row.detail:
            lines.append(row.detail)
        if row.before:
            lines += ["", self.tr("Before:"), json.dumps(row.before, ensure_ascii=False, indent=2, default=str)]
        if row.after:
            lines += ["", self.tr("After:"), json.dumps(row.after, ensure_ascii=False, indent=2, default=str)]
        self.detail.setPlainText("\n".join(lines))

    def choose_export(self) -> None:
        filename, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if filename:
            self.export(Path(filename))

    def export(self, path: Path, on_done=None):
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        flt = self.current_filter()
        audit, actor = self.context.services.audit, self.context.actor

        def done(count: int) -> None:
            QMessageBox.information(self, "Wijkhuis", self.tr("{count} entries written to {path}").format(count=count, path=path))
            if on_done is not None:
                on_done(count)

        return run_task(self, self.tr("Exporting the audit trail…"), lambda _progress: audit.export_xlsx(actor, path, flt), done)
