"""Instellingen → Vergoedingsgrenzen: the limits per year with the source of each figure, and
a form to add next year's figures (administrators)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.services.allowances import FIGURES, LimitRow, figure_labels
from ui.context import PageContext
from ui.style import set_role
from ui.tasks import show_error
from ui.widgets.form import ValidatedForm
from ui.widgets.organisation_note import organisation_settings_note


class LimitsTab(QWidget):
    def __init__(self, context: PageContext):
        super().__init__()
        self.context = context
        self.setObjectName("allowanceLimitsTab")
        self.rows: list[LimitRow] = []
        layout = QVBoxLayout(self)
        if (note := organisation_settings_note(context.actor)) is not None:
            layout.addWidget(note)
        intro = set_role(QLabel(self.tr(
            "The tax-free limits of the volunteer allowance per year. The checks use these figures; "
            "check each source when you add or change a year.")), "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget()
        self.table.setObjectName("limitsTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("Add or correct a year"))
        form_layout = QFormLayout(box)
        self.form = ValidatedForm(form_layout)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.form.add("year", self.tr("Year"), self.year)
        self.figures: dict[str, QLineEdit] = {}
        self.sources: dict[str, QLineEdit] = {}
        labels = figure_labels()
        for figure in FIGURES:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            amount = QLineEdit()
            amount.setObjectName(f"limit_{figure}")
            amount.setMaximumWidth(110)
            source = QLineEdit()
            source.setObjectName(f"source_{figure}")
            source.setPlaceholderText(self.tr("source (website, date)"))
            row_layout.addWidget(amount)
            row_layout.addWidget(source, 1)
            self.form.add(figure, labels[figure], row)
            self.figures[figure] = amount
            self.sources[figure] = source
        self.to_confirm = QCheckBox(self.tr("Figures still to be confirmed"))
        form_layout.addRow("", self.to_confirm)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("limitsMessage")
        self.message.setWordWrap(True)
        form_layout.addRow(self.message)
        self.save_button = QPushButton(self.tr("Save limits"))
        self.save_button.setObjectName("saveLimits")
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        form_layout.addRow("", self.save_button)
        box.setEnabled(context.actor.can_for_whole_organisation(Permission.MANAGE_SETTINGS))
        layout.addWidget(box)
        self.year.valueChanged.connect(self._load_year)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.context.services.allowance_limits.all()
        labels = figure_labels()
        headers = [self.tr("Year")] + [labels[f] for f in FIGURES] + [self.tr("Sources")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [str(row.year)] + [formatting.money(getattr(row, f)) for f in FIGURES]
            sources = "; ".join(sorted({s for s in row.sources.values() if s}))
            if row.to_confirm:
                sources = self.tr("to confirm") + " — " + sources
            for c, value in enumerate(values + [sources]):
                item = QTableWidgetItem(value)
                if 0 < c <= len(FIGURES):
                    item.setToolTip(row.sources.get(FIGURES[c - 1], ""))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        next_year = (max((r.year for r in self.rows), default=dt.date.today().year - 1)) + 1
        self.year.setValue(next_year)
        self._load_year()

    def _load_year(self) -> None:
        year = self.year.value()
        found = next((r for r in self.rows if r.year == year), None)
        template = found or (self.rows[-1] if self.rows else None)
        for figure in FIGURES:
            self.figures[figure].setText(formatting.number(getattr(template, figure), 2) if template else "")
            self.sources[figure].setText(found.sources.get(figure, "") if found else "")
        self.to_confirm.setChecked(found.to_confirm if found else True)
        self.form.clear()
        self.message.clear()

    def save(self) -> bool:
        year = self.year.value()
        found = next((r for r in self.rows if r.year == year), None)
        values: dict[str, Decimal | None] = {}
        for figure in FIGURES:
            try:
                values[figure] = formatting.parse_money(self.figures[figure].text())
            except ValueError:
                values[figure] = None
        row = LimitRow(year, **values, sources={f: self.sources[f].text() for f in FIGURES},
                       to_confirm=self.to_confirm.isChecked(), version=found.version if found else None)
        try:
            self.context.services.allowance_limits.save(self.context.actor, row)
        except ValidationError as error:
            self.form.report(error, self.message)
            return False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.context.bus.changed.emit("settings")
        return True


def create_tab(context: PageContext) -> tuple[str, QWidget]:
    tab = LimitsTab(context)
    return QCoreApplication.translate("LimitsTab", "Allowance limits"), tab
