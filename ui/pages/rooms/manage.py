"""Managing what bookings refer to: renters, and rooms with opening hours, day parts and
tariffs. The centre's closing days are in closing_days.py."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import bookings as rules
from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.domain.recurrence import weekday_names
from app.services.rooms import DEFAULT_DAY_PARTS, RenterRow, RoomRow
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.colour_button import ColourButton
from ui.widgets.form import ValidatedForm
from ui.widgets.empty_state import show_when_empty

KINDS = ("buurtgroep", "organisatie", "particulier", "bedrijf", "werkgroep")


def selection_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def _editor_buttons(
    form_layout: QFormLayout, new: tuple[str, str], save: tuple[str, str]
) -> tuple[QPushButton, QPushButton, QLabel]:
    """The New / Save row and the error line under an editor form. `new` and `save` are
    (translated text, objectName); the caller wires the buttons."""
    buttons = QHBoxLayout()
    new_button, save_button = QPushButton(new[0]), QPushButton(save[0])
    new_button.setObjectName(new[1])
    save_button.setObjectName(save[1])
    buttons.addWidget(new_button)
    buttons.addWidget(save_button)
    form_layout.addRow(buttons)
    message = set_role(QLabel(), "error")
    form_layout.addRow(message)
    return new_button, save_button, message


class RentersTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.current: RenterRow | None = None
        layout = QHBoxLayout(self)
        names = rules.category_names()
        self.model: RowTableModel[RenterRow] = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda r: r.name),
            ColumnSpec(self.tr("Category"), lambda r: names.get(r.category, r.category)),
            ColumnSpec(self.tr("Contact"), lambda r: r.contact_name),
            ColumnSpec(self.tr("Phone"), lambda r: r.phone),
        ])
        self.table = selection_table(self.model)
        self.table.setObjectName("rentersTable")
        show_when_empty(self.table, self.tr("No renters yet. Fill in the form with the groups and people who rent "
                                            "your rooms and choose Save renter."))
        self.table.clicked.connect(lambda index: self.edit(self.model.row(index.row())))
        layout.addWidget(self.table, 3)
        box = QGroupBox(self.tr("Renter"))
        layout.addWidget(box, 2)
        form_layout = QFormLayout(box)
        self.form = ValidatedForm(form_layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.category = self.form.add("category", self.tr("Category"), QComboBox())
        for key, label in names.items():
            self.category.addItem(label, key)
        self.kind = self.form.add("kind", self.tr("Kind"), QComboBox())
        for kind, label in zip(KINDS, (self.tr("neighbourhood group"), self.tr("organisation"), self.tr("private person"),
                                       self.tr("company"), self.tr("working group of the centre")), strict=True):
            self.kind.addItem(label, kind)
        self.contact = self.form.add("contact_name", self.tr("Contact person"), QLineEdit())
        self.phone = self.form.add("phone", self.tr("Phone"), QLineEdit())
        self.email = self.form.add("email", self.tr("E-mail"), QLineEdit())
        self.invoice_name = self.form.add("invoice_name", self.tr("Invoice to"), QLineEdit())
        self.street = self.form.add("invoice_street", self.tr("Address"), QLineEdit())
        self.postcode = self.form.add("invoice_postcode", self.tr("Postcode"), QLineEdit())
        self.town = self.form.add("invoice_town", self.tr("Town"), QLineEdit())
        self.invoice_email = self.form.add("invoice_email", self.tr("Invoice e-mail"), QLineEdit())
        self.group = self.form.add("working_group_id", self.tr("Working group"), QComboBox())
        self.active = self.form.add("active", self.tr("Active"), QCheckBox())
        self.new_button, self.save_button, self.message = _editor_buttons(
            form_layout, (self.tr("New renter"), "newRenter"), (self.tr("Save renter"), "saveRenter")
        )
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        allowed = context.actor.can(Permission.MANAGE_ROOMS)
        self.save_button.setEnabled(allowed)
        self.new_button.setEnabled(allowed)

    def refresh(self) -> None:
        self.model.set_rows(self.context.services.rooms.renters(self.context.actor, include_inactive=True))
        self.table.resizeColumnsToContents()
        self.group.clear()
        self.group.addItem(self.tr("— none —"), None)
        for group_id, name in self.context.services.rooms.working_groups(self.context.actor):
            self.group.addItem(name, group_id)
        self.edit(self.current)

    def edit(self, row: RenterRow | None) -> None:
        self.current = row
        row = row or RenterRow()
        self.form.clear()
        self.message.clear()
        self.name.setText(row.name)
        self.category.setCurrentIndex(max(self.category.findData(row.category), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        for edit, value in ((self.contact, row.contact_name), (self.phone, row.phone), (self.email, row.email),
                            (self.invoice_name, row.invoice_name), (self.street, row.invoice_street),
                            (self.postcode, row.invoice_postcode), (self.town, row.invoice_town),
                            (self.invoice_email, row.invoice_email)):
            edit.setText(value)
        self.group.setCurrentIndex(max(self.group.findData(row.working_group_id), 0))
        self.active.setChecked(row.active)

    def save(self) -> None:
        base = self.current or RenterRow()
        row = replace(base, name=self.name.text(), category=self.category.currentData(), kind=self.kind.currentData(),
                      contact_name=self.contact.text(), phone=self.phone.text(), email=self.email.text(),
                      invoice_name=self.invoice_name.text(), invoice_street=self.street.text(),
                      invoice_postcode=self.postcode.text(), invoice_town=self.town.text(),
                      invoice_email=self.invoice_email.text(), working_group_id=self.group.currentData(),
                      active=self.active.isChecked())
        try:
            saved = self.context.services.rooms.save_renter(self.context.actor, row)
        except ValidationError as error:
            self.form.report(error, self.message)
            return
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.current = saved
        self.context.bus.changed.emit("rooms")
        self.refresh()


class RoomsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.current: RoomRow | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 2)
        self.model: RowTableModel[RoomRow] = RowTableModel([
            ColumnSpec(self.tr("Room"), lambda r: r.name),
            ColumnSpec(self.tr("Capacity"), lambda r: str(r.capacity), align_right=True),
            ColumnSpec(self.tr("Facilities"), lambda r: r.facilities),
        ])
        self.table = selection_table(self.model)
        self.table.setObjectName("roomsTable")
        show_when_empty(self.table, self.tr("No rooms yet. Fill in the form on the right and choose Save room; "
                                            "then give the room its tariffs."))
        self.table.clicked.connect(lambda index: self.edit(self.model.row(index.row())))
        left.addWidget(self.table)
        self.tariff_box = QGroupBox(self.tr("Tariffs"))
        grid = QGridLayout(self.tariff_box)
        grid.addWidget(QLabel(self.tr("Category")), 0, 0)
        grid.addWidget(QLabel(self.tr("Per hour")), 0, 1)
        grid.addWidget(QLabel(self.tr("Per day part")), 0, 2)
        self.tariff_edits: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for row_index, (category, label) in enumerate(rules.category_names().items(), start=1):
            hourly, part = QLineEdit(), QLineEdit()
            hourly.setObjectName(f"tariffHourly_{category}")
            part.setObjectName(f"tariffDayPart_{category}")
            for edit in (hourly, part):
                edit.setPlaceholderText(self.tr("percentage"))
                edit.setToolTip(self.tr("Empty: the commercial tariff times this category's percentage (Settings)"))
            grid.addWidget(QLabel(label), row_index, 0)
            grid.addWidget(hourly, row_index, 1)
            grid.addWidget(part, row_index, 2)
            self.tariff_edits[category] = (hourly, part)
        self.save_tariffs_button = QPushButton(self.tr("Save tariffs"))
        self.save_tariffs_button.setObjectName("saveTariffs")
        self.save_tariffs_button.clicked.connect(self.save_tariffs)
        grid.addWidget(self.save_tariffs_button, 4, 2)
        hint = set_role(QLabel(self.tr("Leave a category empty to use the commercial tariff times the "
                                       "category's percentage (Settings).")), "hint")
        hint.setWordWrap(True)
        grid.addWidget(hint, 5, 0, 1, 3)
        self.tariff_why = set_role(QLabel(self.tr("Save the new room first; then you can give it tariffs.")), "hint")
        self.tariff_why.setObjectName("tariffsWhyDisabled")
        self.tariff_why.setWordWrap(True)
        left.addWidget(self.tariff_why)
        left.addWidget(self.tariff_box)
        box = QGroupBox(self.tr("Room"))
        layout.addWidget(box, 2)
        form_layout = QFormLayout(box)
        self.form = ValidatedForm(form_layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.capacity = self.form.add("capacity", self.tr("Capacity"), QSpinBox())
        self.capacity.setRange(0, 2000)
        self.facilities = self.form.add("facilities", self.tr("Facilities"), QLineEdit())
        self.colour = self.form.add("colour", self.tr("Colour"), ColourButton())
        self.setup = self.form.add("setup_minutes", self.tr("Set-up (min)"), QSpinBox())
        self.cleanup = self.form.add("cleanup_minutes", self.tr("Clean-up (min)"), QSpinBox())
        for box_ in (self.setup, self.cleanup):
            box_.setRange(0, rules.MAX_BUFFER_MINUTES)
            box_.setSingleStep(15)
        hours = QWidget()
        hours_grid = QGridLayout(hours)
        hours_grid.setContentsMargins(0, 0, 0, 0)
        hours_grid.setColumnStretch(3, 1)
        self.opening: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for index, day in enumerate(weekday_names()):
            open_box = QCheckBox(day)
            start, end = QTimeEdit(), QTimeEdit()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
                edit.setMaximumWidth(edit.sizeHint().width() + 8)
            hours_grid.addWidget(open_box, index, 0)  # a day a line: "Donderdag" keeps its width
            hours_grid.addWidget(start, index, 1)
            hours_grid.addWidget(end, index, 2)
            self.opening.append((open_box, start, end))
        self.form.add("opening_hours", self.tr("Opening hours"), hours)
        parts = QWidget()
        parts_grid = QGridLayout(parts)
        parts_grid.setContentsMargins(0, 0, 0, 0)
        self.parts: list[tuple[QLineEdit, QTimeEdit, QTimeEdit]] = []
        for index in range(3):
            name, start, end = QLineEdit(), QTimeEdit(), QTimeEdit()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            start.setMaximumWidth(start.sizeHint().width() + 8)
            end.setMaximumWidth(end.sizeHint().width() + 8)
            parts_grid.addWidget(name, index, 0)
            parts_grid.addWidget(start, index, 1)
            parts_grid.addWidget(end, index, 2)
            self.parts.append((name, start, end))
        self.form.add("day_parts", self.tr("Day parts"), parts)
        self.active = self.form.add("active", self.tr("In use"), QCheckBox())
        self.new_button, self.save_button, self.message = _editor_buttons(
            form_layout, (self.tr("New room"), "newRoom"), (self.tr("Save room"), "saveRoom")
        )
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        allowed = context.actor.can(Permission.MANAGE_ROOMS)
        for button in (self.new_button, self.save_button, self.save_tariffs_button):
            button.setEnabled(allowed)

    def refresh(self) -> None:
        self.model.set_rows(self.context.services.rooms.rooms(self.context.actor, include_inactive=True))
        self.table.resizeColumnsToContents()
        self.edit(self.current)

    def edit(self, row: RoomRow | None) -> None:
        self.current = row
        row = row or RoomRow()
        self.form.clear()
        self.message.clear()
        self.name.setText(row.name)
        self.capacity.setValue(row.capacity)
        self.facilities.setText(row.facilities)
        self.colour.set_colour(row.colour)
        self.setup.setValue(row.setup_minutes)
        self.cleanup.setValue(row.cleanup_minutes)
        for index, (open_box, start, end) in enumerate(self.opening):
            hours = row.opening_hours.get(str(index))
            open_box.setChecked(bool(hours))
            first, last = hours or ("09:00", "17:00")
            start.setTime(QTime.fromString(first, "HH:mm"))
            end.setTime(QTime.fromString(last, "HH:mm"))
        parts = list(row.day_parts) + [{"name": "", "start": "00:00", "end": "00:00"}] * 3
        for (name, start, end), part in zip(self.parts, parts[:3], strict=True):
            name.setText(part["name"])
            start.setTime(QTime.fromString(part["start"], "HH:mm"))
            end.setTime(QTime.fromString(part["end"], "HH:mm"))
        self.active.setChecked(row.active)
        self.tariff_box.setEnabled(row.id is not None and self.context.actor.can(Permission.MANAGE_ROOMS))
        self.tariff_why.setVisible(row.id is None)
        tariffs = {t.category: t for t in self.context.services.rooms.tariffs(self.context.actor, row.id)} if row.id else {}
        for category, (hourly, part) in self.tariff_edits.items():
            tariff = tariffs.get(category)
            hourly.setText(formatting.number(tariff.hourly_rate, 2) if tariff else "")
            part.setText(formatting.number(tariff.day_part_rate, 2) if tariff else "")

    def save(self) -> None:
        opening = {str(i): [s.time().toString("HH:mm"), e.time().toString("HH:mm")] if box.isChecked() else None
                   for i, (box, s, e) in enumerate(self.opening)}
        parts = [{"name": n.text().strip(), "start": s.time().toString("HH:mm"), "end": e.time().toString("HH:mm")}
                 for n, s, e in self.parts if n.text().strip()]
        base = self.current or RoomRow(day_parts=list(DEFAULT_DAY_PARTS))
        row = replace(base, name=self.name.text(), capacity=self.capacity.value(),
                      facilities=self.facilities.text().strip(), colour=self.colour.colour(),
                      setup_minutes=self.setup.value(), cleanup_minutes=self.cleanup.value(), opening_hours=opening,
                      day_parts=parts, active=self.active.isChecked())
        try:
            saved = self.context.services.rooms.save_room(self.context.actor, row)
        except ValidationError as error:
            self.form.report(error, self.message)
            return
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.current = saved
        self.context.bus.changed.emit("rooms")
        self.refresh()

    def save_tariffs(self) -> None:
        if self.current is None or self.current.id is None:
            return
        rooms = self.context.services.rooms
        try:
            for category, (hourly, part) in self.tariff_edits.items():
                if not hourly.text().strip() and not part.text().strip():
                    rooms.remove_tariff(self.context.actor, self.current.id, category)
                    continue
                try:
                    values = [formatting.parse_money(e.text() or "0") for e in (hourly, part)]
                except ValueError:
                    raise ValidationError(FieldProblem("tariff", self.tr("%1: write an amount like 12,50").replace(
                        "%1", rules.category_names()[category]))) from None
                rooms.set_tariff(self.context.actor, self.current.id, category, values[0], values[1])
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.context.bus.changed.emit("rooms")
        self.edit(self.current)
