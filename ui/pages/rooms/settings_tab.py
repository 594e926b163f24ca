"""Settings of rooms and bookings: the tariff percentage per renter category, Liberation Day
every year, the payment term of invoices and the VAT number they carry (empty: exempt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from app.domain import bookings as rules
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.services.rooms import VAT_NUMBER_KEY
from app.services.rooms import LIBERATION_KEY, PAYMENT_TERM_KEY, PERCENTAGES_KEY
from ui.context import PageContext
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.organisation_note import organisation_settings_note


class RoomSettingsTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("roomSettingsTab")
        form = QFormLayout(self)
        if (note := organisation_settings_note(context.actor)) is not None:
            form.addRow(note)
        form.addRow(set_role(QLabel(self.tr("Renters pay this share of the commercial tariff, unless a room has a "
                                            "tariff of its own for their category.")), "hint"))
        self.percentages: dict[str, QSpinBox] = {}
        for category, label in rules.category_names().items():
            box = QSpinBox()
            box.setObjectName(f"percentage_{category}")
            box.setRange(0, 100)
            box.setSuffix(" %")
            self.percentages[category] = box
            form.addRow(label, box)
        self.liberation = QCheckBox(self.tr("Closed on Liberation Day (5 May) every year"))
        self.liberation.setObjectName("liberationEveryYear")
        form.addRow(self.tr("Liberation Day"), self.liberation)
        self.term = QSpinBox()
        self.term.setObjectName("paymentTerm")
        self.term.setRange(0, 120)
        self.term.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Payment term"), self.term)
        self.vat_number = QLineEdit()
        self.vat_number.setObjectName("vatNumber")
        self.vat_number.setPlaceholderText(self.tr("empty: exempt from VAT"))
        form.addRow(self.tr("VAT number on invoices"), self.vat_number)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveRoomSettings")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(context.actor.can_for_whole_organisation(Permission.MANAGE_SETTINGS))
        form.addRow("", self.save_button)
        self.refresh()

    def refresh(self) -> None:
        rooms = self.context.services.rooms
        for category, value in rooms.category_percentages().items():
            if category in self.percentages:
                self.percentages[category].setValue(int(value))
        self.liberation.setChecked(rooms.liberation_day_every_year())
        self.term.setValue(rooms.payment_term_days())
        self.vat_number.setText(self.context.services.invoices.vat_number())

    def save(self) -> None:
        settings, actor = self.context.services.settings, self.context.actor
        try:
            values = self.context.services.rooms.check_percentages({k: b.value() for k, b in self.percentages.items()})
            settings.set(actor, PERCENTAGES_KEY, values)
            settings.set(actor, LIBERATION_KEY, self.liberation.isChecked())
            vat_number = self.context.services.invoices.check_vat_number(self.vat_number.text())
            settings.set(actor, PAYMENT_TERM_KEY, self.term.value())
            settings.set(actor, VAT_NUMBER_KEY, vat_number)
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.context.bus.changed.emit("settings")


def create_tab(context: PageContext) -> tuple[str, QWidget]:
    tab = RoomSettingsTab(context)
    return QCoreApplication.translate("RoomSettingsTab", "Rooms"), tab
