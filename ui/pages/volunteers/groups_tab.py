"""Themes and working groups: goals with their dates (near or past end shown in the warning
colour), whether a VOG is needed, and the members — volunteers (flagged when their VOG is
missing) and residents."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.errors import ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.volunteers import VolunteerFilter
from app.services.volunteers import GroupInput
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm
from ui.widgets.empty_state import show_when_empty


class GroupsTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.setObjectName("groupsTab")
        self.editable = page.actor.can(Permission.EDIT_VOLUNTEERS)
        self.current = None
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.groups_model = RowTableModel([
            ColumnSpec(self.tr("Theme"), lambda g: g.theme),
            ColumnSpec(self.tr("Working group"), lambda g: g.name + ("" if g.active else self.tr(" (inactive)"))),
            ColumnSpec(self.tr("VOG"), lambda g: self.tr("required") if g.requires_vog else ""),
            ColumnSpec(self.tr("Members"), lambda g: str(g.members), sort_key=lambda g: g.members, align_right=True),
            ColumnSpec(self.tr("Goals end"), lambda g: self._goal_text(g), sort_key=lambda g: g.end_date,
                       warning=lambda g: bool(g.goal_state)),
        ], self)
        self.groups_table = QTableView()
        self.groups_table.setObjectName("groupsTable")
        self.groups_table.setModel(self.groups_model)
        show_when_empty(self.groups_table, self.tr("No working groups yet. Fill in the form below and choose Save group."))
        self.groups_table.setSortingEnabled(True)
        self.groups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_table.verticalHeader().hide()
        self.groups_table.setWordWrap(False)
        self.groups_table.verticalHeader().setDefaultSectionSize(24)
        self.groups_table.horizontalHeader().setStretchLastSection(True)
        self.groups_table.clicked.connect(lambda index: self._select(index.row()))
        left_layout.addWidget(self.groups_table, 2)

        box = QGroupBox(self.tr("Working group"))
        form_layout = QFormLayout(box)
        self.form = ValidatedForm(form_layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.theme = self.form.add("theme_id", self.tr("Theme"), QComboBox())
        self.goal_1 = self.form.add("goal_1", self.tr("Goal 1"), QLineEdit())
        self.goal_2 = self.form.add("goal_2", self.tr("Goal 2"), QLineEdit())
        self.start = self.form.add("start_date", self.tr("Start date"), QLineEdit())
        self.end = self.form.add("end_date", self.tr("End date"), QLineEdit())
        for editor in (self.start, self.end):
            editor.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.requires_vog = self.form.add("requires_vog", self.tr("VOG required"), QCheckBox())
        self.active = self.form.add("active", self.tr("Active"), QCheckBox())
        buttons = QGridLayout()  # two lines: the three buttons keep their text at 1024 × 700
        for index, (name, text, slot) in enumerate((
                ("newGroup", self.tr("New group"), self._new), ("newTheme", self.tr("New theme…"), self._new_theme),
                ("saveGroup", self.tr("Save group"), self._save))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(self.editable)
            buttons.addWidget(button, index // 2, index % 2)
        form_layout.addRow(buttons)
        box.setEnabled(True)
        for widget in (self.name, self.theme, self.goal_1, self.goal_2, self.start, self.end, self.requires_vog, self.active):
            widget.setEnabled(self.editable)
        left_layout.addWidget(box, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.members_title = set_role(QLabel(self.tr("Members")), "heading")
        right_layout.addWidget(self.members_title)
        self.members_model = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda m: m.name + (self.tr(" (resident)") if m.is_resident else "")),
            ColumnSpec(self.tr("Contact"), lambda m: m.contact),
            ColumnSpec(self.tr("Role"), lambda m: m.role),
            ColumnSpec(self.tr("VOG"), lambda m: ("⚠ " + m.vog_flag) if m.vog_flag else "", warning=lambda m: bool(m.vog_flag)),
        ], self)
        self.members_table = QTableView()
        self.members_table.setObjectName("membersTable")
        self.members_table.setModel(self.members_model)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.verticalHeader().hide()
        self.members_table.setWordWrap(False)
        self.members_table.verticalHeader().setDefaultSectionSize(24)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 270, 80)):
            self.members_table.setColumnWidth(column, width)
        right_layout.addWidget(self.members_table)
        add_row = QHBoxLayout()
        self.member_search = QLineEdit()
        self.member_search.setObjectName("memberSearch")
        self.member_search.setPlaceholderText(self.tr("Find a volunteer…"))
        self.member_search.textChanged.connect(self._search_members)
        self.member_choice = QComboBox()
        self.member_choice.setObjectName("memberChoice")
        self.member_choice.setMinimumWidth(160)
        self.member_choice.setAccessibleName(self.tr("Volunteer to add"))
        self.member_choice.setPlaceholderText(self.tr("no volunteer found"))
        self.member_search.setAccessibleName(self.tr("Find a volunteer to add"))
        add_button = QPushButton(self.tr("Add"))
        add_button.setObjectName("addMember")
        add_button.clicked.connect(self._add_member)
        resident_button = QPushButton(self.tr("Add resident…"))
        resident_button.setObjectName("addResident")
        resident_button.clicked.connect(self._add_resident)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.setObjectName("removeMember")
        remove_button.clicked.connect(self._remove_member)
        other_row = QHBoxLayout()  # a second line, so the search box and the buttons keep their size
        for widget, row, stretch in ((self.member_search, add_row, 1), (self.member_choice, add_row, 1),
                                     (add_button, add_row, 0), (resident_button, other_row, 0), (remove_button, other_row, 0)):
            widget.setVisible(self.editable)
            row.addWidget(widget, stretch)
        other_row.addStretch(1)
        right_layout.addLayout(add_row)
        right_layout.addLayout(other_row)
        self.flag_hint = set_role(QLabel(self.tr(
            "⚠ marks a volunteer who has no valid VOG while this group requires one.")), "hint")
        self.flag_hint.setWordWrap(True)
        right_layout.addWidget(self.flag_hint)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 700])

    def _goal_text(self, group) -> str:
        text = formatting.date(group.end_date)
        if group.goal_state == "past":
            return self.tr("{date} (ended)").format(date=text)
        if group.goal_state == "near":
            return self.tr("{date} (ends soon)").format(date=text)
        return text

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        services, actor = self.page.services, self.page.actor
        self.groups_model.set_rows(services.working_groups.groups(actor))
        self.groups_table.resizeColumnsToContents()
        self.theme.clear()
        self.theme.addItem(self.tr("(no theme)"), None)
        for theme in services.working_groups.themes(actor):
            self.theme.addItem(theme.name, theme.id)
        if self.current is not None:
            rows = self.groups_model.rows()
            match = next((i for i, g in enumerate(rows) if g.id == self.current.id), -1)
            if match >= 0:
                self._select(match)
                return
        self._new()

    def _select(self, row: int) -> None:
        group = self.groups_model.row(row)
        self.current = group
        self.groups_table.selectRow(row)
        self.form.clear()
        self.name.setText(group.name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(group.theme_id)))
        self.goal_1.setText(group.goal_1)
        self.goal_2.setText(group.goal_2)
        self.start.setText(formatting.date(group.start_date))
        self.end.setText(formatting.date(group.end_date))
        self.requires_vog.setChecked(group.requires_vog)
        self.active.setChecked(group.active)
        self.members_title.setText(self.tr("Members of {group}").format(group=group.name))
        self.members_model.set_rows(self.page.services.working_groups.members(self.page.actor, group.id))
        self._search_members()

    def _new(self) -> None:
        self.current = None
        self.groups_table.clearSelection()
        self.form.clear()
        for editor in (self.name, self.goal_1, self.goal_2, self.start, self.end):
            editor.clear()
        self.theme.setCurrentIndex(0)
        self.requires_vog.setChecked(False)
        self.active.setChecked(True)
        self.members_title.setText(self.tr("Members"))
        self.members_model.set_rows([])

    # -- changing ---------------------------------------------------------------------------
    def _dates(self):
        problems, values = [], {}
        for name, editor in (("start_date", self.start), ("end_date", self.end)):
            text = editor.text().strip()
            try:
                values[name] = rules.parse_date_text(text) if text else None
            except ValueError as error:
                from app.domain.errors import FieldProblem

                problems.append(FieldProblem(name, str(error)))
        if problems:
            raise ValidationError(problems)
        return values

    def _save(self) -> None:
        try:
            dates = self._dates()
            data = GroupInput(self.name.text(), self.theme.currentData(), self.goal_1.text(), self.goal_2.text(),
                              dates["start_date"], dates["end_date"], self.requires_vog.isChecked(), self.active.isChecked())
            saved = self.page.services.working_groups.save_group(
                self.page.actor, data, group_id=self.current.id if self.current else None,
                expected_version=self.current.version if self.current else None)
        except ValidationError as error:
            self.form.show(error)
            return
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.current = saved
        self.page.context.bus.changed.emit("volunteers")
        self.refresh()

    def _new_theme(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Name of the theme:"))
        if not ok or not name.strip():
            return
        try:
            self.page.services.working_groups.save_theme(self.page.actor, name)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.refresh()

    def _search_members(self) -> None:
        """Volunteers to choose from, each marked when they lack a VOG this group needs."""
        self.member_choice.clear()
        if self.current is None or not self.editable:
            return
        services, actor = self.page.services, self.page.actor
        page = services.volunteers.search(actor, VolunteerFilter(text=self.member_search.text(), status="actief"),
                                          limit=30, with_total=False)
        for row in page.rows:
            lacks = self.current.requires_vog and row.vog_state in (rules.VogState.MISSING, rules.VogState.EXPIRED)
            label = row.sort_name + (self.tr("  ⚠ no valid VOG") if lacks or row.vog_flag else "")
            self.member_choice.addItem(label, row.id)
        if self.member_choice.count():
            self.member_choice.setCurrentIndex(0)  # the placeholder shows only when nobody matches

    def _add_member(self) -> None:
        volunteer_id = self.member_choice.currentData()
        if self.current is None or volunteer_id is None:
            return
        try:
            self.page.services.working_groups.add_volunteer(self.page.actor, self.current.id, volunteer_id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.page.context.bus.changed.emit("volunteers")
        self.refresh()

    def _add_resident(self) -> None:
        if self.current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add resident"), self.tr("Name of the resident:"))
        if not ok:
            return
        contact, _ok = QInputDialog.getText(self, self.tr("Add resident"), self.tr("Phone or e-mail (optional):"))
        try:
            self.page.services.working_groups.add_resident(self.page.actor, self.current.id, name, contact)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.refresh()

    def _remove_member(self) -> None:
        index = self.members_table.currentIndex()
        if not index.isValid():
            return
        member = self.members_model.row(index.row())
        try:
            self.page.services.working_groups.remove_member(self.page.actor, member.id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.page.context.bus.changed.emit("volunteers")
        self.refresh()
