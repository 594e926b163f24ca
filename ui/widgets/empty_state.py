"""What to do when a list is empty: a short text over the empty table ("No rooms yet. Fill in
the form on the right…"), gone as soon as the list has a row. The text may depend on the
moment (a search that finds nothing says so instead)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from ui.style import set_role


class EmptyState(QObject):
    """Keeps `label` over `view`'s viewport while the view's model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str]):
        super().__init__(view)
        self.view = view
        self.text = text
        self.label = set_role(QLabel(view.viewport()), "hint")
        self.label.setObjectName(f"{view.objectName() or 'list'}Empty")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setContentsMargins(12, 12, 12, 12)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._changed)  # a bound slot: Qt drops it when this object goes
        self.update()

    def _changed(self, *_args) -> None:
        self.update()

    def update(self) -> None:
        try:
            model = self.view.model()
        except RuntimeError:  # the view is being destroyed
            return
        empty = model is not None and model.rowCount() == 0
        if empty:
            self.label.setText(self.text() if callable(self.text) else self.text)
            self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False


def show_when_empty(view: QAbstractItemView, text: str | Callable[[], str]) -> EmptyState:
    return EmptyState(view, text)
