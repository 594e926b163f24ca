"""The centres of the organisation: the list (name, town); an administrator of the whole
organisation adds centres and edits the details and logo of the centre chosen in the list.
Everyone else sees the list only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.settings import CentreDetails
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.pages.settings.centre_tab import CentreTab
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm


def may_manage_centres(context: PageContext) -> bool:
    """Adding centres and editing any centre: an administrator of the whole organisation."""
    return context.actor.can_for_whole_organisation(Permission.MANAGE_SETTINGS)


class AddCentreDialog(QDialog):
    """A new centre: its name (required, not taken) and town; the other details follow in the
    Centres tab."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.saved: CentreDetails | None = None
        self.setObjectName("addCentreDialog")
        self.setWindowTitle(self.tr("Add centre"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("addCentreMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.name = QLineEdit()
        self.form.add("name", self.tr("Name of the centre"), self.name)
        self.town = QLineEdit()
        self.form.add("town", self.tr("Town"), self.town)
        layout.addLayout(form_layout)
        hint = set_role(QLabel(self.tr("Address, bank account, contact and logo follow in the Centres tab.")), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveNewCentre")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        details = CentreDetails(name=self.name.text(), town=self.town.text())
        try:
            self.saved = self.context.services.settings.add_centre(self.context.actor, details)
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.accept()
        return True


class CentresTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("centresTab")
        self.manages = may_manage_centres(context)
        outer = QVBoxLayout(self)
        intro = set_role(QLabel(
            self.tr("The centres of the organisation. Each keeps its own rooms, bookings, invoices and allowances.")
            if self.manages else
            self.tr("The centres of the organisation. An administrator of the whole organisation adds centres "
                    "and changes their details.")), "hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        row = QHBoxLayout()
        outer.addLayout(row, 1)

        left = QVBoxLayout()
        self.model: RowTableModel[CentreDetails] = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda c: c.name),
            ColumnSpec(self.tr("Town"), lambda c: c.town),
        ])
        self.table = QTableView()
        self.table.setObjectName("centresTable")
        self.table.setAccessibleName(self.tr("Centres"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(300)
        left.addWidget(self.table, 1)
        self.add_button = QPushButton(self.tr("Add centre…"))
        self.add_button.setObjectName("addCentre")
        self.add_button.clicked.connect(lambda _checked=False: self.add_centre())
        self.add_button.setVisible(self.manages)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 2)

        self.editor: CentreTab | None = None
        if self.manages:
            self.editor = CentreTab(context, centre_id=None)
            self.editor.setObjectName("chosenCentreEditor")
            row.addWidget(self.editor, 3)
            self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        else:
            row.addStretch(1)
        self._shown_id: int | None = None

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            centres = self.context.services.settings.centres(self.context.actor)
        except WijkhuisError as error:
            show_error(self, error)
            return
        keep = self._shown_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(centres)
        self.table.selectionModel().blockSignals(False)
        if self.editor is None:
            return
        if self.editor.is_dirty() and keep is not None:
            self._select(keep, load=False)
            return
        ids = [centre.id for centre in centres]
        if keep not in ids:
            keep = self.context.actor.working_centre_id if self.context.actor.working_centre_id in ids else None
        if keep is None and ids:
            keep = ids[0]
        if keep is not None:
            self._select(keep)

    def centre_names(self) -> list[str]:
        return [centre.name for centre in self.model.rows()]

    def select_centre(self, centre_id: int) -> bool:
        """Show another centre in the editor (asks first when the shown one has unsaved changes)."""
        if centre_id == self._shown_id:
            return True
        if not self.can_leave():
            self._select(self._shown_id, load=False)
            return False
        self._select(centre_id)
        return True

    def _select(self, centre_id: int | None, *, load: bool = True) -> None:
        self.table.selectionModel().blockSignals(True)
        for index, centre in enumerate(self.model.rows()):
            if centre.id == centre_id:
                self.table.selectRow(index)
        self.table.selectionModel().blockSignals(False)
        if load and self.editor is not None and centre_id is not None:
            self._shown_id = centre_id
            self.editor.show_centre(centre_id)

    def _on_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.select_centre(self.model.row(current.row()).id)

    # -- adding -----------------------------------------------------------------------------
    def add_centre(self) -> None:
        dialog = AddCentreDialog(self.context, self)
        if dialog.exec():
            self.added(dialog.saved)

    def added(self, centre: CentreDetails) -> None:
        self.context.bus.changed.emit("settings")  # the window's centre selector, the lists
        self.refresh()
        self.select_centre(centre.id)

    # -- unsaved changes --------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.editor is not None and self.editor.is_dirty()

    def can_leave(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You changed the details of {name}. Save the changes?").format(name=self.editor.details.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.load()
            return True
        return False
