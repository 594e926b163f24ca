"""The VOG register (missing, expired and expiring VOGs, needed ones first) and the list of
people who stopped long enough ago to be anonymised."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.permissions import Permission
from ui.models.row_table import ROW_ROLE, ColumnSpec, RowTableModel
from ui.style import set_role


class VogTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.setObjectName("vogTab")
        layout = QVBoxLayout(self)
        layout.addWidget(set_role(QLabel(self.tr("VOGs to arrange")), "heading"))
        self.vog_hint = set_role(QLabel(), "hint")
        self.vog_hint.setWordWrap(True)
        layout.addWidget(self.vog_hint)
        self.vog_model = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda r: r.name),
            ColumnSpec(self.tr("Working groups"), lambda r: r.groups),
            ColumnSpec(self.tr("Needed"), lambda r: self.tr("yes") if r.needed else "", warning=lambda r: r.needed),
            ColumnSpec(self.tr("State"), lambda r: rules.vog_state_label(r.state),
                       warning=lambda r: r.state in (rules.VogState.MISSING, rules.VogState.EXPIRED)),
            ColumnSpec(self.tr("Requested on"), lambda r: formatting.date(r.vog_requested_on),
                       sort_key=lambda r: r.vog_requested_on),
            ColumnSpec(self.tr("Issued on"), lambda r: formatting.date(r.vog_issued_on), sort_key=lambda r: r.vog_issued_on),
            ColumnSpec(self.tr("Renewal due"), lambda r: formatting.date(r.vog_due), sort_key=lambda r: r.vog_due),
        ], self)
        self.vog_table = self._table("vogTable", self.vog_model)
        layout.addWidget(self.vog_table, 3)

        layout.addWidget(set_role(QLabel(self.tr("Due for anonymisation")), "heading"))
        self.anon_hint = set_role(QLabel(), "hint")
        self.anon_hint.setWordWrap(True)
        layout.addWidget(self.anon_hint)
        self.anon_model = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda r: r.name),
            ColumnSpec(self.tr("Stopped on"), lambda r: formatting.date(r.end_date), sort_key=lambda r: r.end_date),
            ColumnSpec(self.tr("Anonymise from"), lambda r: formatting.date(r.due_on), sort_key=lambda r: r.due_on),
        ], self)
        self.anon_table = self._table("anonymisationTable", self.anon_model)
        layout.addWidget(self.anon_table, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.anonymise_button = QPushButton(self.tr("Anonymise selected…"))
        self.anonymise_button.setObjectName("anonymiseSelected")
        self.anonymise_button.setVisible(page.actor.can(Permission.EDIT_VOLUNTEERS))
        self.anonymise_button.clicked.connect(self._anonymise_selected)
        row.addWidget(self.anonymise_button)
        layout.addLayout(row)

    def _table(self, name: str, model) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda index: self._open(model, index))
        return table

    def _open(self, model, index) -> None:
        row = model.data(index, ROW_ROLE)
        if row is not None and self.page.confirm_leave_form():
            self.page.open_volunteer(row.id)

    def refresh(self) -> None:
        services, actor = self.page.services, self.page.actor
        rows = services.volunteers.vog_register(actor)
        self.vog_model.set_rows(rows)
        years = services.settings.get(rules.SETTING_VOG_YEARS, rules.DEFAULT_VOG_RENEWAL_YEARS)
        needed = sum(1 for r in rows if r.needed and r.state in (rules.VogState.MISSING, rules.VogState.EXPIRED))
        self.vog_hint.setText(self.tr(
            "{needed} people need a VOG for their working group and have no valid one. A VOG is renewed every "
            "{years} years; those expiring within 60 days are listed too. Double-click to open.").format(
                needed=needed, years=years))
        due = services.volunteers.anonymisation_due(actor)
        self.anon_model.set_rows(due)
        months = services.settings.get(rules.SETTING_ANONYMISE_MONTHS, rules.DEFAULT_ANONYMISE_AFTER_MONTHS)
        self.anon_hint.setText(self.tr(
            "People who stopped more than {months} months ago: their personal details are no longer needed.").format(
                months=months))

    def _anonymise_selected(self) -> None:
        index = self.anon_table.currentIndex()
        if not index.isValid():
            return
        row = self.anon_model.row(index.row())
        if self.page.anonymise(row.id, None, row.name):
            self.refresh()
