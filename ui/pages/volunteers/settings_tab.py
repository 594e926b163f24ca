"""Instellingen › Vrijwilligers: how often a VOG is renewed and after how many months a
volunteer who stopped is proposed for anonymisation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from app.domain import volunteers as rules
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from ui.context import PageContext
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.organisation_note import organisation_settings_note


class VolunteerSettingsTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("volunteerSettingsTab")
        editable = context.actor.can_for_whole_organisation(Permission.MANAGE_SETTINGS)
        layout = QFormLayout(self)
        if (note := organisation_settings_note(context.actor)) is not None:
            layout.addRow(note)
        self.vog_years = QSpinBox()
        self.vog_years.setObjectName("vogRenewalYears")
        self.vog_years.setRange(1, 10)
        self.vog_years.setSuffix(self.tr(" years"))
        self.anonymise_months = QSpinBox()
        self.anonymise_months.setObjectName("anonymiseAfterMonths")
        self.anonymise_months.setRange(1, 120)
        self.anonymise_months.setSuffix(self.tr(" months"))
        layout.addRow(self.tr("Renew a VOG every"), self.vog_years)
        layout.addRow(self.tr("Propose anonymisation after the end date"), self.anonymise_months)
        hint = set_role(QLabel(self.tr(
            "A VOG older than this is shown as expired; 60 days before, as expiring. Volunteers who stopped longer "
            "ago than the set months appear under Volunteers › VOG and privacy to be anonymised.")), "hint")
        hint.setWordWrap(True)
        layout.addRow("", hint)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveVolunteerSettings")
        self.save_button.clicked.connect(self.save)
        layout.addRow("", self.save_button)
        for widget in (self.vog_years, self.anonymise_months, self.save_button):
            widget.setEnabled(editable)
        self.refresh()

    def refresh(self) -> None:
        settings = self.context.services.settings
        self.vog_years.setValue(int(settings.get(rules.SETTING_VOG_YEARS, rules.DEFAULT_VOG_RENEWAL_YEARS)))
        self.anonymise_months.setValue(
            int(settings.get(rules.SETTING_ANONYMISE_MONTHS, rules.DEFAULT_ANONYMISE_AFTER_MONTHS)))

    def save(self) -> bool:
        settings, actor = self.context.services.settings, self.context.actor
        try:
            settings.set(actor, rules.SETTING_VOG_YEARS, self.vog_years.value())
            settings.set(actor, rules.SETTING_ANONYMISE_MONTHS, self.anonymise_months.value())
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.context.bus.changed.emit("volunteers")
        return True


def create_tab(context: PageContext) -> tuple[str, QWidget]:
    return QCoreApplication.translate("VolunteerSettingsTab", "Volunteers"), VolunteerSettingsTab(context)
