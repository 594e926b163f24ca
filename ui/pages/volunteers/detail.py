"""One volunteer's record: every field with inline Dutch validation, groups with the VOG flag,
the centres they work for, availability as a grid, the VOG register, and the knowledge whether
anything was edited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting, validation
from app.domain import volunteers as rules
from app.domain.volunteers import VolunteerInput
from app.services.volunteers import VolunteerDetail
from app.services.volunteers import GroupRow
from ui.style import set_role
from ui.widgets.form import ValidatedForm

TEXT_FIELDS = ("first_name", "infix", "last_name", "email", "phone", "street", "postcode", "town", "iban",
               "emergency_contact", "vog_seen_by")
DATE_FIELDS = rules.DATE_FIELDS
DAY_NAMES = ("ma", "di", "wo", "do", "vr", "za", "zo")


def _date_text(value: dt.date | None) -> str:
    return formatting.date(value) if value else ""


class VolunteerForm(QWidget):
    edited = Signal()

    def __init__(self, editable: bool, parent: QWidget | None = None, *, centres_editable: bool = False):
        super().__init__(parent)
        self.setObjectName("volunteerForm")
        self.editable = editable
        self.centres_editable = editable and centres_editable  # an account of the whole organisation
        self.detail: VolunteerDetail | None = None
        self._loaded: VolunteerInput = VolunteerInput()
        self._centre_names: dict[int, str] = {}
        self._loaded_centres: tuple[int, ...] = ()
        self.new_centres: tuple[int, ...] = ()  # where a new volunteer works: the working centre
        outer = QVBoxLayout(self)
        self.heading = set_role(QLabel(self.tr("New volunteer")), "heading")
        self.heading.setObjectName("volunteerHeading")
        outer.addWidget(self.heading)
        self.flag = set_role(QLabel(), "error")
        self.flag.setObjectName("vogFlag")
        self.flag.setWordWrap(True)
        self.flag.hide()
        outer.addWidget(self.flag)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.hidden_note = set_role(QLabel(self.tr(
            "Contact details, date of birth and IBAN are hidden: your account may not see personal details.")), "hint")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        outer.addWidget(self.hidden_note)

        self.editors: dict[str, QWidget] = {}
        person = QGroupBox(self.tr("Person"))
        self.form = ValidatedForm(QFormLayout(person))
        labels = {
            "first_name": self.tr("First name"), "infix": self.tr("Infix"), "last_name": self.tr("Last name"),
            "date_of_birth": self.tr("Date of birth"), "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "street": self.tr("Street and number"), "postcode": self.tr("Postcode"), "town": self.tr("Town"),
            "iban": self.tr("IBAN"), "emergency_contact": self.tr("Emergency contact"),
        }
        for name in ("first_name", "infix", "last_name", "date_of_birth", "email", "phone", "street", "postcode",
                     "town", "iban", "emergency_contact"):
            self._line(name, labels[name])
        outer.addWidget(person)

        work = QGroupBox(self.tr("Work"))
        work_form = QFormLayout(work)
        self.form.layout = work_form
        self.status = QComboBox()
        for status in rules.Status:
            self.status.addItem(rules.status_label(status), status.value)
        self.form.add("status", self.tr("Status"), self.status)
        self._line("start_date", self.tr("Start date"))
        self._line("end_date", self.tr("End date"))
        self.groups = QListWidget()
        self.groups.setMaximumHeight(110)
        self.form.add("working_group_ids", self.tr("Working groups"), self.groups)
        if self.centres_editable:
            self.centres: QListWidget | QLabel = QListWidget()
            self.centres.setMaximumHeight(90)
        else:
            self.centres = QLabel()
            self.centres.setWordWrap(True)
        self.form.add("centres", self.tr("Centres"), self.centres)
        self.skills = QLineEdit()
        self.form.add("skills", self.tr("Skills"), self.skills)
        availability = QWidget()
        grid = QGridLayout(availability)
        grid.setContentsMargins(0, 0, 0, 0)
        self.availability: dict[str, QCheckBox] = {}
        parts = {"ochtend": self.tr("morning"), "middag": self.tr("afternoon"), "avond": self.tr("evening")}
        for column, day in enumerate(DAY_NAMES, start=1):
            grid.addWidget(QLabel(day), 0, column)
        for row, (part, label) in enumerate(parts.items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            for column, day in enumerate(DAY_NAMES, start=1):
                box = QCheckBox()
                box.setObjectName(f"avail_{day}_{part}")
                box.setAccessibleName(f"{day} {label}")
                self.availability[f"{day}-{part}"] = box
                grid.addWidget(box, row, column)
        self.form.add("availability", self.tr("Availability"), availability)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.form.add("notes", self.tr("Notes"), self.notes)
        consent = QWidget()
        consent_row = QHBoxLayout(consent)
        consent_row.setContentsMargins(0, 0, 0, 0)
        self.photo_consent = QCheckBox(self.tr("photos"))
        self.photo_consent.setObjectName("photo_consent")
        self.newsletter_consent = QCheckBox(self.tr("newsletter"))
        self.newsletter_consent.setObjectName("newsletter_consent")
        consent_row.addWidget(self.photo_consent)
        consent_row.addWidget(self.newsletter_consent)
        consent_row.addStretch(1)
        work_form.addRow(self.tr("Consent for"), consent)
        self._line("photo_consent_date", self.tr("Photo consent given on"))
        self._line("newsletter_consent_date", self.tr("Newsletter consent given on"))
        outer.addWidget(work)

        vog = QGroupBox(self.tr("VOG register (no copies: dates and who saw the original)"))
        vog.setObjectName("vogRegisterBox")
        self.form.layout = QFormLayout(vog)
        self._line("vog_requested_on", self.tr("Requested on"))
        self._line("vog_issued_on", self.tr("Issued on"))
        self._line("vog_seen_by", self.tr("Original seen by"))
        self._line("vog_seen_on", self.tr("Seen on"))
        self.vog_due = QLabel()
        self.vog_due.setObjectName("vogDue")
        self.form.layout.addRow(self.tr("Renewal due"), self.vog_due)
        outer.addWidget(vog)
        outer.addStretch(1)

        for editor in self.editors.values():
            editor.textChanged.connect(self.edited)  # type: ignore[attr-defined]
        for box in (*self.availability.values(), self.photo_consent, self.newsletter_consent):
            box.toggled.connect(self.edited)
            box.setEnabled(editable)
        self.status.currentIndexChanged.connect(self.edited)
        self.groups.itemChanged.connect(self.edited)
        if isinstance(self.centres, QListWidget):
            self.centres.itemChanged.connect(self.edited)
        self.skills.textChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        self.editors["iban"].editingFinished.connect(self._format_iban)  # type: ignore[attr-defined]
        self.editors["postcode"].editingFinished.connect(self._format_postcode)  # type: ignore[attr-defined]
        for widget in (self.status, self.groups, self.skills, self.notes):
            widget.setEnabled(editable)

    def _line(self, name: str, label: str) -> QLineEdit:
        editor = QLineEdit()
        if name in DATE_FIELDS:
            editor.setPlaceholderText(self.tr("dd-mm-yyyy"))
            editor.setMaximumWidth(140)
        editor.setReadOnly(not self.editable)
        self.form.add(name, label, editor)
        self.editors[name] = editor
        return editor

    # -- groups -----------------------------------------------------------------------------
    def set_groups(self, groups: list[GroupRow]) -> None:
        checked = set(self.checked_groups())
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in groups:
            text = group.name + (self.tr(" (VOG required)") if group.requires_vog else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group.id in checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.blockSignals(False)

    def checked_groups(self) -> list[int]:
        return [
            self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _check_groups(self, ids: tuple[int, ...]) -> None:
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked)

    # -- centres ----------------------------------------------------------------------------
    def set_centre_choices(self, names: dict[int, str]) -> None:
        """Every centre of the organisation (id → name), in order."""
        self._centre_names = dict(names)
        self._show_centres(self._loaded_centres)

    def _show_centres(self, ids: tuple[int, ...]) -> None:
        if isinstance(self.centres, QLabel):
            self.centres.setText(", ".join(self._centre_names.get(i, str(i)) for i in ids) or "—")
            return
        self.centres.blockSignals(True)
        self.centres.clear()
        for centre_id, name in self._centre_names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, centre_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if centre_id in ids else Qt.CheckState.Unchecked)
            self.centres.addItem(item)
        self.centres.blockSignals(False)

    def checked_centres(self) -> tuple[int, ...]:
        """The centres ticked (the loaded ones where they cannot be changed here)."""
        if isinstance(self.centres, QLabel):
            return self._loaded_centres
        return tuple(sorted(
            self.centres.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.centres.count())
            if self.centres.item(i).checkState() == Qt.CheckState.Checked
        ))

    def loaded_centres(self) -> tuple[int, ...]:
        return self._loaded_centres

    def centres_changed(self) -> bool:
        return self.centres_editable and self.checked_centres() != self._loaded_centres

    # -- loading and reading ----------------------------------------------------------------
    def load(self, detail: VolunteerDetail | None, centre_ids: tuple[int, ...] | None = None) -> None:
        """`centre_ids`: the centres the volunteer works for; None: as loaded before for the same
        volunteer (after a stop or a discard), or the working centre for a new one."""
        if centre_ids is None:
            same = detail is not None and self.detail is not None and self.detail.id == detail.id
            centre_ids = self._loaded_centres if same else (() if detail is not None else self.new_centres)
        self.detail = detail
        self.form.clear()
        self.message.clear()
        data = VolunteerInput() if detail is None else _as_input(detail)
        for widget in self._all_widgets():
            widget.blockSignals(True)
        for name in TEXT_FIELDS:
            value = getattr(data, name)
            self.editors[name].setText(validation.format_iban(value) if name == "iban" and value else value)  # type: ignore[attr-defined]
        for name in DATE_FIELDS:
            self.editors[name].setText(_date_text(getattr(data, name)))  # type: ignore[attr-defined]
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.skills.setText(data.skills)
        self.notes.setPlainText(data.notes)
        for slot, box in self.availability.items():
            box.setChecked(slot in data.availability)
        self.photo_consent.setChecked(data.photo_consent)
        self.newsletter_consent.setChecked(data.newsletter_consent)
        self._check_groups(data.working_group_ids)
        for widget in self._all_widgets():
            widget.blockSignals(False)
        self._loaded_centres = tuple(sorted(centre_ids))
        self._show_centres(self._loaded_centres)
        self._loaded = self.current_input()
        if detail is None:
            self.heading.setText(self.tr("New volunteer"))
            self.vog_due.setText("")
            self.flag.hide()
            self.hidden_note.hide()
            return
        self.heading.setText(detail.name + (self.tr(" (anonymised)") if detail.anonymised_at else ""))
        self.vog_due.setText(
            f"{_date_text(detail.vog_due) or '—'} · {rules.vog_state_label(detail.vog_state)}")
        self.flag.setText(self.tr("⚠ {reason}").format(reason=detail.vog_flag))
        self.flag.setVisible(bool(detail.vog_flag))
        self.hidden_note.setVisible(detail.personal_hidden)

    def _all_widgets(self) -> list[QWidget]:
        return [*self.editors.values(), self.status, self.skills, self.notes, self.groups, self.photo_consent,
                self.newsletter_consent, *self.availability.values()]

    def current_input(self) -> VolunteerInput:
        text = {name: self.editors[name].text() for name in TEXT_FIELDS}  # type: ignore[attr-defined]
        dates = {name: self.editors[name].text().strip() or None for name in DATE_FIELDS}  # type: ignore[attr-defined]
        return VolunteerInput(
            **text, **dates, status=self.status.currentData(), skills=self.skills.text(),
            notes=self.notes.toPlainText(),
            availability=tuple(slot for slot, box in self.availability.items() if box.isChecked()),
            photo_consent=self.photo_consent.isChecked(), newsletter_consent=self.newsletter_consent.isChecked(),
            working_group_ids=tuple(sorted(self.checked_groups())),
        )

    def is_dirty(self) -> bool:
        return self.editable and (_comparable(self.current_input()) != _comparable(self._loaded) or self.centres_changed())

    def _format_iban(self) -> None:
        editor = self.editors["iban"]
        try:
            editor.setText(validation.format_iban(validation.iban(editor.text())))  # type: ignore[attr-defined]
        except ValueError:
            pass  # saving names the problem

    def _format_postcode(self) -> None:
        editor = self.editors["postcode"]
        try:
            editor.setText(validation.postcode(editor.text()))  # type: ignore[attr-defined]
        except ValueError:
            pass


def _as_input(detail: VolunteerDetail) -> VolunteerInput:
    from app.services.volunteers import input_from_detail

    return input_from_detail(detail)


def _comparable(data: VolunteerInput) -> tuple:
    def norm(value):
        if isinstance(value, dt.date):
            return formatting.date(value)
        if isinstance(value, str):
            return " ".join(value.split()).replace(" ", "") or None
        return value or None

    return tuple(norm(getattr(data, f)) for f in VolunteerInput.__dataclass_fields__)
