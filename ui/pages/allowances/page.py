"""Vergoedingen: the treasurer's page. Per volunteer the arrangement, hours, lines and the entry
form with the room left; the approval queue; the payment run; the exports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.allowances import VolunteerYearRow
from ui.context import PageContext
from ui.models.row_table import ROW_ROLE, ColumnSpec, RowTableModel, SourceSortedProxy
from ui.pages.allowances import exports
from ui.pages.allowances.approval_tab import ApprovalTab
from ui.pages.allowances.bank_tab import BankTab
from ui.pages.allowances.payment_tab import PaymentTab
from ui.pages.allowances.volunteer_panel import VolunteerPanel
from ui.pages.base import BasePage
from ui.style import set_role
from ui.tasks import run_task
from ui.widgets.buttons import action_button
from ui.widgets.empty_state import show_when_empty


class AllowancesPage(BasePage):
    listens_to = ("allowances", "volunteers", "settings")

    def __init__(self, context: PageContext):
        super().__init__(context)
        self.setObjectName("allowancesPage")
        self.services = context.services
        self.actor = context.actor
        self._year_generation = 0  # loads of the volunteers' year started (see _load_year)
        self._year_loading = False
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(set_role(QLabel(self.tr("Allowances and expense claims")), "heading"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year")))
        self.year = QComboBox()
        self.year.setObjectName("allowanceYear")
        self.year.setAccessibleName(self.tr("Year"))
        top.addWidget(self.year)
        can_export = self.actor.can(Permission.EXPORT_FINANCIAL)
        self.excel_button = action_button(top, "exportAllowancesExcel", self.tr("Overview to Excel…"),
                                         lambda: exports.export_excel(self, context, self.current_year()), can_export)
        self.statements_button = action_button(top, "exportStatements", self.tr("Year statements (PDF)…"),
                                              lambda: exports.export_statements(self, context, self.current_year()),
                                              can_export)
        outer.addLayout(top)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("allowanceStatus")
        outer.addWidget(self.status)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("allowanceTabs")
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._volunteers_tab(), self.tr("Volunteers"))
        self.approval = ApprovalTab(context)
        self.tabs.addTab(self.approval, self.tr("Approval queue"))
        self.payments = PaymentTab(context)
        self.tabs.addTab(self.payments, self.tr("Payment run"))
        self.bank = BankTab(context)
        self.tabs.addTab(self.bank, self.tr("Bank and open items"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        for tab in (self.panel, self.approval, self.payments, self.bank):
            tab.changed.connect(self._changed)
        self._fill_years()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())

    # -- layout -------------------------------------------------------------------------------
    def _volunteers_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("allowanceSearch")
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search volunteers"))
        left_layout.addWidget(self.search)
        self.model: RowTableModel[VolunteerYearRow] = RowTableModel([
            ColumnSpec(self.tr("Volunteer"), lambda r: r.name),
            ColumnSpec(self.tr("Arrangement"), lambda r: rules.arrangement_label(r.arrangement)),
            ColumnSpec(self.tr("Year total"), lambda r: formatting.money(r.total), sort_key=lambda r: r.total,
                       align_right=True),
            ColumnSpec(self.tr("Room left"), lambda r: formatting.money(r.room_left), sort_key=lambda r: r.room_left,
                       align_right=True, warning=lambda r: r.near_limit or r.over_limit),
            ColumnSpec(self.tr("Signal"), self._flag, warning=lambda r: bool(self._flag(r)), tooltip=self._flag),
        ])
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QTableView()
        self.list.setObjectName("allowanceVolunteers")
        self.list.setModel(self.proxy)
        self.empty_state = show_when_empty(
            self.list, lambda: self.tr("Adding up the year…") if self._year_loading else
            self.tr("No volunteer matches this search.") if self.search.text() else
            self.tr("No volunteers yet. Add them on the Volunteers page first."))
        self.list.setSortingEnabled(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        # One line per volunteer: the columns get the width of their text (_fit_columns), the
        # signal column takes the rest and elides (its tooltip has the whole text).
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.horizontalHeader().setMinimumSectionSize(60)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        left_layout.addWidget(self.list)
        self._fit_columns([])  # the headers readable while the year is still being added up
        # the column sorted on gets the room for its arrow
        self.list.horizontalHeader().sortIndicatorChanged.connect(lambda *_a: self._fit_columns(self.model.rows()))
        self.counts_note = set_role(QLabel(self.tr(
            "Year total and room left count every line that is not rejected (also concept and submitted), to "
            "guard the limits. The year statement and the Excel overview count approved and paid lines only.")), "hint")
        self.counts_note.setObjectName("allowanceCountsNote")
        self.counts_note.setWordWrap(True)
        left_layout.addWidget(self.counts_note)
        self.fill_button = QPushButton(self.tr("Fixed amounts for this month"))
        self.fill_button.setObjectName("fillFixedMonth")
        self.fill_button.setEnabled(self.actor.can(Permission.ENTER_CLAIMS))
        self.fill_button.clicked.connect(self.fill_fixed_month)
        left_layout.addWidget(self.fill_button)
        self.panel = VolunteerPanel(self.context)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 640])
        return splitter

    def _fit_columns(self, rows: list[VolunteerYearRow]) -> None:
        """Every column but the last as wide as its longest text (and its header with the sort
        arrow), so that a name never wraps or gets cut; names are capped at a sensible width."""
        header = self.list.horizontalHeader()
        cell = self.list.fontMetrics()
        padding = 2 * self.list.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        # The widest amount is the one with the most digits, or a negative one: formatting the
        # largest and smallest of a column, not all of them (10.000 volunteers took 0,6 s).
        texts = [
            [r.name for r in rows],
            [rules.arrangement_label(kind) for kind in rules.ArrangementKind],
            [formatting.money(value) for value in _extremes(r.total for r in rows)],
            [formatting.money(value) for value in _extremes(r.room_left for r in rows)],
        ]
        for column, values in enumerate(texts):
            # The header as the style draws it (its own font and margins); Qt keeps room for a sort
            # arrow on every section, which only the sorted column needs.
            size = header.sectionSizeFromContents(column)
            title = size.width()
            if header.isSortIndicatorShown() and column != header.sortIndicatorSection():
                title -= size.height() + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            width = max([title, *(cell.horizontalAdvance(value) + padding for value in set(values))])
            header.resizeSection(column, min(width, 240))

    def _flag(self, row: VolunteerYearRow) -> str:
        parts = []
        if row.over_limit:
            parts.append(self.tr("over a limit"))
        if row.overridden:
            parts.append(self.tr("override"))
        if not parts and row.near_limit:
            parts.append(self.tr("near a limit"))
        if row.waiting:
            parts.append(self.tr("{n} waiting").format(n=row.waiting))
        return ", ".join(parts)

    def _fill_years(self) -> None:
        years = [row.year for row in self.services.allowance_limits.all()]
        this_year = dt.date.today().year
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(set(years), reverse=True):
            self.year.addItem(str(year), year)
        index = self.year.findData(this_year)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)

    # -- behaviour ----------------------------------------------------------------------------
    def current_year(self) -> int:
        return self.year.currentData() or dt.date.today().year

    def set_year(self, year: int) -> None:
        self.year.setCurrentIndex(self.year.findData(year))

    def is_loaded(self) -> bool:
        """The volunteers' year is on screen (it is read on a background thread)."""
        return self._year_generation > 0 and not self._year_loading

    def _load_year(self, year: int) -> None:
        """Every volunteer's year (10.000 volunteers and 100.000 lines take seconds to add up):
        read off the GUI thread; the rows shown stay until the new ones arrive, and a newer load
        supersedes an older one."""
        self._year_generation += 1
        generation = self._year_generation
        self._year_loading = True
        self.empty_state.update()  # an empty list says it is being added up, not that there is nobody
        self.status.setText(self.tr("Adding up {year}…").format(year=year))
        services, actor = self.services, self.actor

        def done(rows: list[VolunteerYearRow]) -> None:
            if generation == self._year_generation:
                self._year_loading = False
                self._show_year(rows)

        def failed(error: Exception) -> None:
            if generation == self._year_generation:
                self._year_loading = False
                self.empty_state.update()
                self.status.setText(str(error))

        task = run_task(self, self.tr("Adding up the year…"),
                        lambda _progress: services.allowances.year_overview(actor, year), done, show_dialog=False)
        task.failed.connect(failed)

    def _show_year(self, rows: list[VolunteerYearRow]) -> None:
        selected = self.panel.volunteer_id
        self.model.set_rows(rows)
        self._fit_columns(rows)
        waiting = sum(r.waiting for r in rows)
        flagged = sum(1 for r in rows if r.near_limit or r.over_limit)
        self.status.setText(self.tr("{n} volunteers · {waiting} lines waiting for approval · "
                                    "{flagged} near or over a limit").format(
            n=formatting.number(len(rows)), waiting=formatting.number(waiting), flagged=formatting.number(flagged)))
        if selected is not None:
            self.select_volunteer(selected)

    def refresh(self) -> None:
        year = self.current_year()
        index = self.tabs.currentIndex()
        try:
            if index == 0:
                self._load_year(year)
            elif index == 1:
                self.approval.refresh()
            elif index == 2:
                self.payments.set_year(year)
            else:
                self.bank.refresh()
        except WijkhuisError as error:
            self.status.setText(str(error))

    def select_volunteer(self, volunteer_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).volunteer_id == volunteer_id:
                self.list.selectRow(row)
                self._show_selected()
                return

    def fill_fixed_month(self) -> None:
        today = dt.date.today()
        year = self.current_year()
        month = today.month if today.year == year else 12
        try:
            made, refused = self.services.allowances.fill_fixed_month(self.actor, year, month)
        except WijkhuisError as error:
            self.status.setText(str(error))
            return
        text = self.tr("{n} fixed amounts entered for {month}.").format(
            n=made, month=formatting.month_name(year, month))
        if refused:
            text += " " + self.tr("Refused: {list}").format(list=" · ".join(refused))
        self._changed()
        self.status.setText(text)

    def _show_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return
        row: VolunteerYearRow = rows[0].data(ROW_ROLE)
        note = ""
        volunteers = getattr(self.services, "volunteers", None)
        if volunteers is not None and hasattr(volunteers, "vog_flags"):
            try:
                note = volunteers.vog_flags(self.actor, [row.volunteer_id]).get(row.volunteer_id, "")
            except WijkhuisError:
                note = ""
        details = [rules.age_group(row.date_of_birth, dt.date.today()),
                   self.tr("IBAN {iban}").format(iban=row.iban_masked) if row.iban_valid else self.tr("no valid IBAN")]
        if note:
            details.append(self.tr("VOG: {note}").format(note=note))
        if row.overridden:
            details.append(self.tr("a limit was overridden this year"))
        self.panel.show_volunteer(row.volunteer_id, row.name, self.current_year(), " · ".join(details))

    def _changed(self) -> None:
        self.context.bus.changed.emit("allowances")
        if not self.isVisible():
            self.refresh()


def _extremes(values) -> set:
    values = list(values)
    return {max(values), min(values)} if values else set()


def create_page(context: PageContext) -> AllowancesPage:
    return AllowancesPage(context)
