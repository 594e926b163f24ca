"""Vrijwilligers: the register (a lazy list filtered in the database, a detail form), the VOG
register with who is due for anonymisation, and the working groups with their members."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.volunteers import VolunteerFilter
from ui.context import PageContext
from ui.pages.base import BasePage
from ui.pages.volunteers import actions, changes
from ui.pages.volunteers.detail import VolunteerForm
from ui.pages.volunteers.groups_tab import GroupsTab
from ui.pages.volunteers.list_model import VolunteerListModel
from ui.pages.volunteers.vog_tab import VogTab
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.buttons import action_button
from ui.widgets.empty_state import show_when_empty
from ui.widgets.form import errors_banner

Ask = QMessageBox.StandardButton


class VolunteersPage(BasePage):
    listens_to = ("volunteers", "settings")

    def __init__(self, context: PageContext):
        super().__init__(context)
        self.services = context.services
        self.actor = context.actor
        self.editable = self.actor.can(Permission.EDIT_VOLUNTEERS)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(set_role(QLabel(self.tr("Volunteers")), "heading"))
        top.addStretch(1)
        self.import_button = self._button(top, "importVolunteers", self.tr("Import from Excel…"),
                                          lambda: actions.open_import_wizard(self),
                                          self.actor.can(Permission.IMPORT_DATA))
        personal_export = self.actor.can(Permission.EXPORT_PERSONAL_DATA)
        self.export_button = self._button(top, "exportVolunteers", self.tr("Export to Excel…"),
                                          lambda: actions.export_excel(self), personal_export)
        self.phone_button = self._button(top, "exportPhoneList", self.tr("Phone list (PDF)…"),
                                         lambda: actions.export_phone_list(self), personal_export)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("volunteerTabs")
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        # the other tabs are built when first shown: the register must appear fast
        self._vog_tab: VogTab | None = None
        self._groups_tab: GroupsTab | None = None
        self.tabs.addTab(QWidget(), self.tr("VOG and privacy"))
        self.tabs.addTab(QWidget(), self.tr("Working groups and themes"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._loaded_once = False
        self.update_buttons()

    @property
    def vog_tab(self) -> VogTab:
        if self._vog_tab is None:
            self._vog_tab = VogTab(self)
            self._replace_tab(1, self._vog_tab)
        return self._vog_tab

    @property
    def groups_tab(self) -> GroupsTab:
        if self._groups_tab is None:
            self._groups_tab = GroupsTab(self)
            self._replace_tab(2, self._groups_tab)
        return self._groups_tab

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            _ = self.vog_tab
        elif index == 2:
            _ = self.groups_tab
        self._refresh_tab()

    # -- layout -----------------------------------------------------------------------------
    @staticmethod
    def _button(layout, name: str, text: str, slot, shown: bool = True) -> QPushButton:
        button = action_button(layout, name, text, slot)
        button.setVisible(shown)  # what this user may not do is not shown at all
        return button

    def _register_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("volunteerSearch")
        self.search.setPlaceholderText(self.tr("Search name, e-mail, phone or town…"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setAccessibleName(self.tr("Working group"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in rules.Status:
            self.status_filter.addItem(rules.status_label(status), status.value)
        self.vog_filter = QComboBox()
        self.vog_filter.setObjectName("vogFilter")
        self.vog_filter.setAccessibleName(self.tr("VOG"))
        self.vog_filter.addItem(self.tr("Any VOG state"), None)
        self.vog_filter.addItem(self.tr("VOG needed, not valid"), "flagged")
        for state in rules.VogState:
            self.vog_filter.addItem(rules.vog_state_label(state), state.value)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.group_filter, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.vog_filter, 1)
        layout.addLayout(filters)
        self.count_label = set_role(QLabel(), "hint")
        self.count_label.setObjectName("volunteerCount")
        layout.addWidget(self.count_label)

        splitter = QSplitter()
        self.model = VolunteerListModel(self._fetch, self)
        self.table = QTableView()
        self.table.setObjectName("volunteerTable")
        self.table.setAccessibleName(self.tr("Volunteers"))
        self.table.setModel(self.model)
        show_when_empty(self.table, self._empty_text)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 160, 80, 150, 110, 190, 100)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        splitter.addWidget(self.table)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # the form (a hundred widgets) is built just after the list shows its first rows
        self._form: VolunteerForm | None = None
        self._groups: list = []
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        right_layout.addWidget(self.form_scroll)
        buttons = QHBoxLayout()
        self.new_button = self._button(buttons, "newVolunteer", self.tr("New"), self.new_volunteer, self.editable)
        buttons.addStretch(1)
        personal_export = self.actor.can(Permission.EXPORT_PERSONAL_DATA)
        self.person_data_button = self._button(buttons, "exportPersonData", self.tr("Person data…"),
                                               lambda: actions.export_person_data(self), personal_export)
        self.stop_button = self._button(buttons, "stopVolunteer", self.tr("Stop…"), self.stop_current, self.editable)
        self.anonymise_button = self._button(buttons, "anonymiseVolunteer", self.tr("Anonymise…"),
                                             self.anonymise_current, self.editable)
        self.delete_button = self._button(buttons, "deleteVolunteer", self.tr("Delete"), self.delete_current, self.editable)
        self.save_button = self._button(buttons, "saveVolunteer", self.tr("Save"), self.save, self.editable)
        set_role(self.save_button, "primary")
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 520])
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.group_filter, self.status_filter, self.vog_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        return host

    # -- data -------------------------------------------------------------------------------
    def _fetch(self, flt, **kwargs):
        return self.services.volunteers.search(self.actor, flt, **kwargs)

    def _empty_text(self) -> str:
        filtered = bool(self.search.text().strip()) or any(
            combo.currentIndex() > 0 for combo in (self.group_filter, self.vog_filter))
        if filtered:
            return self.tr("No volunteer matches this search.")
        return self.tr("No volunteers yet. Fill in the form on the right and choose Save, "
                       "or bring your list in with Import from Excel… above.")

    def refresh(self) -> None:
        groups = self.services.working_groups.choices(self.actor)
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All working groups"), None)
        for group in groups:
            self.group_filter.addItem(group.name, group.id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)
        self._groups = groups
        if self._form is not None:
            self._form.set_groups(groups)
        self.apply_filter()
        if not self._loaded_once:
            self._loaded_once = True
            # the form follows once the list has been painted, so the first rows show at once
            self.table.viewport().installEventFilter(self)
            QTimer.singleShot(400, self, self._build_form)
        self._refresh_tab()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._build_form)
        return False

    def _build_form(self) -> None:
        _ = self.form

    @property
    def form(self) -> VolunteerForm:
        if self._form is None:
            self._form = VolunteerForm(self.editable, centres_editable=self.actor.whole_organisation)
            working = self.services.settings.centre(self.actor).id  # the working centre, else the first
            self._form.new_centres = (working,) if working is not None else ()
            self._form.set_centre_choices(self._centre_names())
            self._form.set_groups(self._groups)
            self._form.load(None)
            self.form_scroll.setWidget(self._form)
            self.update_buttons()
        return self._form

    def _centre_names(self) -> dict[int, str]:
        try:
            return {c.id: c.name for c in self.services.settings.centres(self.actor)}
        except WijkhuisError:
            return {}

    def _refresh_tab(self) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def current_filter(self) -> VolunteerFilter:
        return VolunteerFilter(
            text=self.search.text(), working_group_id=self.group_filter.currentData(),
            status=self.status_filter.currentData(), vog=self.vog_filter.currentData(),
        )

    def apply_filter(self) -> None:
        selected = self._form.detail.id if self._form is not None and self._form.detail else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_filter(self.current_filter())
        self.table.selectionModel().blockSignals(False)
        self.count_label.setText(self.tr("{n} volunteers").format(n=formatting.number(self.model.total)))
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)

    def _on_row_changed(self, current, previous) -> None:
        if not current.isValid():
            return
        row = self.model.row(current.row())
        if self.form.detail and self.form.detail.id == row.id:
            return
        if not self.confirm_leave_form():
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(previous, self.table.selectionModel().SelectionFlag.ClearAndSelect
                                                        | self.table.selectionModel().SelectionFlag.Rows)
            self.table.selectionModel().blockSignals(False)
            return
        self.open_volunteer(row.id)

    def open_volunteer(self, volunteer_id: int) -> None:
        try:
            detail = self.services.volunteers.get(self.actor, volunteer_id)
            centres = self.services.volunteers.centres_of(self.actor, volunteer_id)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.form.load(detail, centres)
        self.tabs.setCurrentIndex(0)
        self.update_buttons()

    def update_buttons(self) -> None:
        detail = self._form.detail if self._form is not None else None
        has = detail is not None and detail.anonymised_at is None
        for button in (self.stop_button, self.anonymise_button, self.delete_button, self.person_data_button):
            button.setEnabled(detail is not None)
        self.stop_button.setEnabled(has and detail.status != rules.Status.STOPPED)
        self.anonymise_button.setEnabled(has and detail.status == rules.Status.STOPPED)
        self.save_button.setEnabled(detail is None or detail.anonymised_at is None)

    def new_volunteer(self) -> None:
        if not self.confirm_leave_form():
            return
        self.table.clearSelection()
        self.form.load(None)
        self.update_buttons()
        self.form.editors["first_name"].setFocus()

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        data = self.form.current_input()
        detail = self.form.detail
        service = self.services.volunteers
        centres = self.form.checked_centres()
        if self.form.centres_editable and not centres:  # refused before anything is saved
            self.form.form.show(ValidationError(FieldProblem("centres", self.tr("choose at least one centre"))))
            self.form.message.setText(errors_banner())
            return False
        try:
            duplicates = service.find_duplicates(self.actor, data, exclude_id=detail.id if detail else None)
            confirm = False
            if duplicates:
                names = "\n".join(f"• {d.name} ({d.reason})" for d in duplicates)
                answer = QMessageBox.question(
                    self, self.tr("Possible duplicate"),
                    self.tr("This person may already be registered:\n{names}\n\nSave anyway?").format(names=names),
                    Ask.Save | Ask.Cancel, Ask.Cancel)
                if answer != Ask.Save:
                    return False
                confirm = True
            if detail is None:
                saved = service.create(self.actor, data, confirm_duplicate=confirm)
            else:
                saved = service.update(self.actor, detail.id, data, expected_version=detail.version,
                                       confirm_duplicate=confirm)
            if self.form.centres_changed():
                centres = service.set_centres(self.actor, saved.id, centres)
            else:
                centres = self.form.loaded_centres() if detail is not None else service.centres_of(self.actor, saved.id)
        except ValidationError as error:
            self.form.form.report(error, self.form.message)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        working = self.actor.centre_scope.working
        if working is not None and working not in centres:  # saved, and now listed in other centres only
            self.table.clearSelection()
            self.form.load(None)
            self.form.message.setText(self.tr(
                "{name} is saved and no longer works for this centre, so is no longer listed here.").format(
                name=saved.name))
        else:
            self.form.load(saved, centres)
        self.update_buttons()
        self.context.bus.changed.emit("volunteers")
        self.apply_filter()
        return True

    def confirm_leave_form(self) -> bool:
        if self._form is None or not self._form.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("You changed this volunteer. Save the changes?"),
            Ask.Save | Ask.Discard | Ask.Cancel, Ask.Save)
        if answer == Ask.Save:
            return self.save()
        if answer == Ask.Discard:
            self.form.load(self.form.detail)
            return True
        return False

    def can_leave(self) -> bool:
        return self.confirm_leave_form()

    def stop_current(self) -> None:
        changes.stop_current(self)

    def anonymise_current(self) -> None:
        detail = self.form.detail
        if detail is None:
            return
        self.anonymise(detail.id, detail.version, detail.name)

    def anonymise(self, volunteer_id: int, version: int | None, name: str) -> bool:
        return changes.anonymise(self, volunteer_id, version, name)

    def delete_current(self) -> None:
        changes.delete_current(self)


def create_page(context: PageContext) -> VolunteersPage:
    return VolunteersPage(context)
