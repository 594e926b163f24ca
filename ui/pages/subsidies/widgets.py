"""Small editors the subsidy screens share: money and date fields that read what Dutch people
type (`1.250,00`, `22-11-2026`) and say plainly what they could not read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from app.domain import formatting


class MoneyEdit(QLineEdit):
    """Empty means "no amount" (None); anything else must read as euros."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("€ 0,00")
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            return None
        return formatting.parse_money(text)  # ValueError for the caller to show

    def set_value(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else formatting.number(amount, 2))

    def _tidy(self) -> None:
        try:
            amount = self.value()
        except ValueError:
            return
        self.set_value(amount)


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("dd-mm-jjjj")
        self.setMaximumWidth(130)

    def value(self) -> dt.date | None:
        text = self.text().strip()
        return formatting.parse_date(text) if text else None

    def set_value(self, day: dt.date | None) -> None:
        self.setText(formatting.date(day))


def money_cell(table: QTableWidget, row: int, column: int) -> Decimal:
    """The amount in a cell; an empty cell is zero; raises ValueError for text that is no amount."""
    item = table.item(row, column)
    text = item.text().strip() if item else ""
    return formatting.parse_money(text) if text else Decimal("0.00")


def text_cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


def set_text(table: QTableWidget, row: int, column: int, text: str, *, editable: bool = True) -> None:
    from PySide6.QtCore import Qt

    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, column, item)


def combo(choices: list[tuple[str, object]], current: object = None) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box
