"""The table model every list uses: rows shown by their columns, sorted by a column's key in
one Python sort, the sort kept when new rows arrive, and the search proxy that leaves sorting
to it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt

from ui.models.row_table import ROW_ROLE, ColumnSpec, RowTableModel, SourceSortedProxy


@dataclass(frozen=True)
class Person:
    name: str
    total: Decimal


def _model() -> RowTableModel[Person]:
    return RowTableModel([ColumnSpec("Naam", lambda p: p.name),
                          ColumnSpec("Totaal", lambda p: f"€ {p.total}", sort_key=lambda p: p.total)])


PEOPLE = [Person("Bea", Decimal("9.00")), Person("Ans", Decimal("100.00")), Person("Cor", Decimal("-5.00"))]


def _names(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_sorting_uses_the_columns_key_and_is_kept_for_new_rows(qapp):
    model = _model()
    model.set_rows(PEOPLE)
    assert _names(model) == ["Bea", "Ans", "Cor"]  # as given until sorted
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by amount, not by its text ("€ 9.00" > "€ 100.00")
    assert _names(model) == ["Ans", "Bea", "Cor"]
    model.set_rows([*PEOPLE, Person("Dirk", Decimal("50.00"))])
    assert _names(model) == ["Ans", "Dirk", "Bea", "Cor"]
    model.sort(0)
    assert _names(model) == ["Ans", "Bea", "Cor", "Dirk"]


def test_the_search_proxy_filters_and_leaves_sorting_to_the_model(qapp):
    model = _model()
    model.set_rows(PEOPLE)
    proxy = SourceSortedProxy()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Cor", "Bea", "Ans"] and _names(model) == ["Cor", "Bea", "Ans"]
    proxy.setFilterFixedString("a")
    assert _names(proxy) == ["Bea", "Ans"]
    model.set_rows([*PEOPLE, Person("Aad", Decimal("1.00"))])  # new rows: sorted, still filtered
    assert _names(proxy) == ["Aad", "Bea", "Ans"]
    assert proxy.index(0, 0).data(ROW_ROLE) == Person("Aad", Decimal("1.00"))
