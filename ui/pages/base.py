"""What the main window expects of a page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import PageContext


class BasePage(QWidget):
    """A page: built once, refreshed when shown or when its area's data changed."""

    #: areas whose changes make this page refresh (see DataBus)
    listens_to: tuple[str, ...] = ()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        context.bus.changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def can_leave(self) -> bool:
        """Asked before the user navigates away: a page with unsaved edits asks the user."""
        return True

    def _on_data_changed(self, area: str) -> None:
        if area in self.listens_to and self.isVisible():
            self.refresh()
