"""Subsidies: applications, funders and the annual plan, each on a tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from ui.context import PageContext
from ui.pages.base import BasePage
from ui.pages.subsidies.annual_plan_tab import AnnualPlanTab
from ui.pages.subsidies.applications import ApplicationsTab
from ui.pages.subsidies.funders import FundersTab
from ui.style import set_role


class SubsidiesPage(BasePage):
    listens_to = ("subsidies", "bookings", "volunteers", "allowances")

    def __init__(self, context: PageContext):
        super().__init__(context)
        self.setObjectName("subsidiesPage")
        layout = QVBoxLayout(self)
        layout.addWidget(set_role(QLabel(self.tr("Subsidies")), "heading"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("subsidyTabs")
        self.applications = ApplicationsTab(context)
        self.funders = FundersTab(context)
        self.annual_plan = AnnualPlanTab(context)
        self.tabs.addTab(self.applications, self.tr("Applications"))
        self.tabs.addTab(self.funders, self.tr("Funders"))
        self.tabs.addTab(self.annual_plan, self.tr("Annual plan"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        current.refresh()

    def can_leave(self) -> bool:
        return self.applications.can_leave()


def create_page(context: PageContext) -> SubsidiesPage:
    return SubsidiesPage(context)
