"""A centre's details, printed on every letterhead, with inline validation: the working centre
(the Centre tab), or the centre chosen in the Centres tab (`centre_id`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import validation
from app.domain.errors import StaleRecord, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.common import attachments
from app.services.settings import CentreDetails
from ui.context import PageContext
from ui.style import set_role
from ui.security.stale import offer_reload
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm

TEXT_FIELDS = [
    "name", "street", "postcode", "town", "kvk_number", "iban", "bic",
    "contact_name", "contact_phone", "contact_email", "website",
]


class CentreTab(QWidget):
    def __init__(self, context: PageContext, centre_id: int | None = None):
        super().__init__()
        self.context = context
        self.centre_id = centre_id  # None: the centre the account works in
        self.setObjectName("centreTab")
        self._details = CentreDetails()
        self._editable = context.actor.can(Permission.MANAGE_SETTINGS)
        outer = QVBoxLayout(self)
        intro = set_role(QLabel(self.tr("These details appear on every letter, invoice and report.")), "hint")
        outer.addWidget(intro)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("centreMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        form_layout = QFormLayout()
        form_layout.setHorizontalSpacing(18)
        form_layout.setVerticalSpacing(8)
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = ValidatedForm(form_layout)
        self.editors: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name of the centre"), "street": self.tr("Street and number"),
            "postcode": self.tr("Postcode"), "town": self.tr("Town"), "kvk_number": self.tr("KvK number"),
            "iban": self.tr("IBAN"), "bic": self.tr("BIC"), "contact_name": self.tr("Contact person"),
            "contact_phone": self.tr("Phone"), "contact_email": self.tr("E-mail"), "website": self.tr("Website"),
        }
        for name in TEXT_FIELDS:
            editor = QLineEdit()
            editor.setReadOnly(not self._editable)
            self.form.add(name, labels[name], editor)
            self.editors[name] = editor
        self.editors["postcode"].setPlaceholderText("1234 AB")
        self.editors["kvk_number"].setPlaceholderText(self.tr("8 digits"))
        self.editors["iban"].setPlaceholderText("NL00 BANK 0123 4567 89")
        self.editors["iban"].editingFinished.connect(self._format_iban)
        self.editors["postcode"].editingFinished.connect(self._format_postcode)

        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.setObjectName("chooseLogo")
        self.logo_button.setEnabled(self._editable)
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        form_layout.addRow(self.tr("Logo"), logo_row)
        form_host = QWidget()
        form_host.setObjectName("centreForm")
        form_host.setLayout(form_layout)
        form_host.setMaximumWidth(720)
        outer.addWidget(form_host)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveCentre")
        set_role(self.save_button, "primary")
        self.save_button.setEnabled(self._editable)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form_layout.addRow("", save_row)
        outer.addStretch(1)

    @property
    def details(self) -> CentreDetails:
        """The details as loaded (or last saved)."""
        return self._details

    def _actor(self):
        """Another centre than the working one is edited by an account of the whole organisation,
        working in that centre for the moment."""
        actor = self.context.actor
        return actor if self.centre_id is None else actor.in_centre(self.centre_id)

    def show_centre(self, centre_id: int | None) -> None:
        self.centre_id = centre_id
        self.load()

    def load(self) -> None:
        self._details = self.context.services.settings.centre(self._actor(), self.centre_id)
        for name, editor in self.editors.items():
            value = getattr(self._details, name)
            editor.setText(validation.format_iban(value) if name == "iban" else value)
        self.form.clear()
        self.message.clear()
        self._show_logo()

    def is_dirty(self) -> bool:
        return any(
            editor.text().replace(" ", "") != getattr(self._details, name).replace(" ", "")
            for name, editor in self.editors.items()
        )

    def save(self) -> bool:
        values = {name: editor.text() for name, editor in self.editors.items()}
        try:
            self._details = self.context.services.settings.update_centre(
                self._actor(), replace(self._details, **values)
            )
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except StaleRecord as error:  # someone else saved first: say who, offer to reload
            if offer_reload(self, error):
                self.load()
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.load()
        self.message.setText("")
        self.context.bus.changed.emit("settings")
        return True

    def _format_iban(self) -> None:
        editor = self.editors["iban"]
        try:
            editor.setText(validation.format_iban(validation.iban(editor.text())))
        except ValueError:
            pass  # the save reports it, with the reason

    def _format_postcode(self) -> None:
        editor = self.editors["postcode"]
        try:
            editor.setText(validation.postcode(editor.text()))
        except ValueError:
            pass

    def _show_logo(self) -> None:
        data = self.context.services.settings.logo(self._actor(), self.centre_id)
        if not data:
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_preview.setPixmap(
            pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def _choose_logo(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if filename:
            self.set_logo_file(Path(filename))

    def set_logo_file(self, path: Path) -> bool:
        try:
            self.context.services.settings.set_logo(
                self._actor(), path.name, attachments.read_file(path), centre_id=self.centre_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Logo"), "\n".join(p.message for p in error.problems))
            return False
        except (OSError, WijkhuisError) as error:
            show_error(self, error if isinstance(error, WijkhuisError) else WijkhuisError(str(error)))
            return False
        self._show_logo()
        self.context.bus.changed.emit("settings")
        return True
