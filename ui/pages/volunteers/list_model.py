"""The volunteer list as a lazy table model: the database filters, sorts and counts; the model
holds only the rows fetched so far and asks for the next page when the view scrolls there.
Tested without a widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.text.masking import mask_email, mask_phone
from app.services.volunteers import VolunteerFilter, VolunteerPage, VolunteerRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Fetch = Callable[..., VolunteerPage]  # service.search bound to the actor


# (sort key in the service, text of a row); headers in `_headers()`
COLUMNS: list[tuple[str, Callable[[VolunteerRow], str]]] = [
    ("name", lambda r: r.sort_name),
    ("", lambda r: r.groups),
    ("status", lambda r: rules.status_label(r.status)),
    ("vog", lambda r: _vog_text(r)),
    ("phone", lambda r: mask_phone(r.phone)),  # masked in the list; the details (audited) show them
    ("email", lambda r: mask_email(r.email)),
    ("town", lambda r: r.town),
    ("", lambda r: r.iban_masked),
]


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("VolunteerListModel", "Name"),
        QCoreApplication.translate("VolunteerListModel", "Working groups"),
        QCoreApplication.translate("VolunteerListModel", "Status"),
        QCoreApplication.translate("VolunteerListModel", "VOG"),
        QCoreApplication.translate("VolunteerListModel", "Phone"),
        QCoreApplication.translate("VolunteerListModel", "E-mail"),
        QCoreApplication.translate("VolunteerListModel", "Town"),
        QCoreApplication.translate("VolunteerListModel", "IBAN"),
    ]


def _vog_text(row: VolunteerRow) -> str:
    text = rules.vog_state_label(row.vog_state)
    if row.vog_due:
        text += f" ({formatting.date(row.vog_due)})"
    return ("⚠ " + text) if row.vog_flag else text


class VolunteerListModel(QAbstractTableModel):
    PAGE_SIZE = 40  # a screenful and a half; the rest comes when the view scrolls there
    WARNING = QBrush(QColor("#B35C00"))
    MUTED = QBrush(QColor("#7A8590"))

    def __init__(self, fetch: Fetch, parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[VolunteerRow] = []
        self._texts: dict[int, list[str]] = {}  # row → its cell texts, made once (dates and labels cost)
        self._total = 0
        self.filter = VolunteerFilter()
        self.sort_key = "name"
        self.descending = False
        self._loaded = False  # a view sorts once when it is set up: no query before the first filter
        self._headers = _headers()

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: VolunteerFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        page = self._fetch(self.filter, sort=self.sort_key, descending=self.descending, offset=0,
                           limit=self.PAGE_SIZE, with_total=True)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._texts = {}
        self._total = page.total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self._fetch(self.filter, sort=self.sort_key, descending=self.descending, offset=len(self._rows),
                           limit=self.PAGE_SIZE * 4, with_total=False)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, index: int) -> VolunteerRow:
        return self._rows[index]

    def row_of(self, volunteer_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == volunteer_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = [text(row) for _key, text in COLUMNS]
            return texts[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 3 and row.vog_flag:
                return self.WARNING
            if row.status == rules.Status.STOPPED:
                return self.MUTED
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and row.vog_flag:
            return QCoreApplication.translate(
                "VolunteerListModel", "In a working group that requires a VOG, without a valid VOG")
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if not key:
            return  # groups and IBAN are not sortable in the database
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._loaded:
            return
        self.sort_key, self.descending = key, descending
        if self._loaded:
            self.reload()
