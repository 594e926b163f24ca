"""Instellingen: the centre's details, the organisation's centres, the interface language, and a
tab per area that has settings of its own (`ui/pages/<area>/settings_tab.py`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, security
from ui.context import PageContext
from ui.pages.base import BasePage
from ui.pages.extensions import area_modules
from ui.pages.settings.centre_tab import CentreTab
from ui.pages.settings.centres_tab import CentresTab
from ui.style import set_role


class LanguageTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        self.combo.addItem("Nederlands", "nl")
        self.combo.addItem("English", "en")
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.preferred_language())))
        self.combo.currentIndexChanged.connect(self._changed)
        layout.addRow(self.tr("Language"), self.combo)
        layout.addRow("", set_role(QLabel(self.tr("The new language is used from the next start.")), "hint"))

    def _changed(self) -> None:
        i18n.save_language(self.combo.currentData())


class SettingsPage(BasePage):
    listens_to = ("settings",)

    def __init__(self, context: PageContext):
        super().__init__(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(set_role(QLabel(self.tr("Settings")), "heading"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.centre_tab = CentreTab(context)
        self.tabs.addTab(self.centre_tab, self.tr("Centre"))
        self.centres_tab = CentresTab(context)
        self.tabs.addTab(self.centres_tab, self.tr("Centres"))
        self.tabs.addTab(LanguageTab(), self.tr("Display"))
        for module in area_modules("settings_tab"):
            title, widget = module.create_tab(context)
            self.tabs.addTab(widget, title)
        for title, widget in security.settings_tabs(context):  # accounts, audit trail, backups
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        if not self.centre_tab.is_dirty():
            self.centre_tab.load()
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not self.centre_tab and hasattr(widget, "refresh"):
                widget.refresh()

    def can_leave(self) -> bool:
        if not self.centres_tab.can_leave():
            return False
        if not self.centre_tab.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You changed the centre's details. Save the changes?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.centre_tab.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.centre_tab.load()
            return True
        return False


def create_page(context: PageContext) -> SettingsPage:
    return SettingsPage(context)
