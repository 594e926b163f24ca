"""The main window: a navigation bar on the left, the pages on the right. Pages are built the
first time they are shown; the window remembers its size, position and last page.

The window is shown before the database is open (see ui/launcher.py): until `attach()` it is a
shell, so nothing here may import SQLAlchemy or app.services at module level."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.version import VERSION  # not app.__version__: importlib.metadata costs ~20 ms at start-up
from ui.pages import PAGES, PageSpec
from ui.style import icon, set_role

if TYPE_CHECKING:
    from ui.context import PageContext
    from ui.pages.base import BasePage

ROLE_NAMES = {
    "beheerder": QT_TRANSLATE_NOOP("Roles", "administrator"),
    "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator"),
    "penningmeester": QT_TRANSLATE_NOOP("Roles", "treasurer"),
    "alleen_lezen": QT_TRANSLATE_NOOP("Roles", "read only"),
}
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAST_PAGE_KEY = "window/last_page"


class MainWindow(QMainWindow):
    """`MainWindow()` is the shell shown while the database opens (navigation disabled, a calm
    "Opening Wijkhuis…" line); `attach(context)` fills it in. `MainWindow(context)` does both."""

    def __init__(self, context: PageContext | None = None):
        super().__init__()
        self.context: PageContext | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("Wijkhuis")
        self.setMinimumSize(QSize(1000, 640))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(210)
        self.navigation.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self._pages: dict[str, BasePage] = {}
        self._placeholders: dict[str, QWidget] = {}
        for spec in PAGES:  # row n of the navigation is PAGES[n]
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Pages", spec.title))
            item.setSizeHint(QSize(200, 40))
            self.navigation.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder_{spec.key}")
            self._placeholders[spec.key] = holder
            self.stack.addWidget(holder)
        self.opening = QWidget()  # until attach(): one calm line in the middle of the page area
        self.opening.setObjectName("opening")
        self.opening_label = set_role(QLabel(self.tr("Opening Wijkhuis…")), "hint")
        self.opening_label.setObjectName("openingLabel")
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.opening_label)
        line.addStretch(1)
        column = QVBoxLayout(self.opening)
        column.addStretch(1)
        column.addLayout(line)
        column.addStretch(1)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.version = QLabel(f"v{VERSION}")
        self.statusBar().addPermanentWidget(self.version)

        self._current_key = ""
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self._restore_geometry()
        if context is not None:
            self.attach(context, secure=False)

    def is_attached(self) -> bool:
        return self.context is not None

    def attach(self, context: PageContext, *, secure: bool = True) -> None:
        """The database is open and someone is logged in: title, status bar, the idle lock and
        password buttons (`secure`, see ui.security.install), then the remembered page."""
        if self.context is not None:
            raise RuntimeError("the window already has its context")
        self.context = context
        centre = context.services.settings.centre(context.actor).name or "Wijkhuis"
        self.setWindowTitle(f"{centre} — Wijkhuis")
        who = QLabel(
            self.tr("Logged in as {name} ({role})").format(
                name=context.actor.display_name,
                role=QCoreApplication.translate("Roles", ROLE_NAMES.get(context.actor.role.value, context.actor.role.value)),
            )
        )
        who.setObjectName("loggedInLabel")
        database = context.services.db
        if database.is_sqlite:
            where = QLabel(self.tr("Data on this computer"))
        else:
            where = QLabel(self.tr("Shared data on %1").replace("%1", database.url.host or self.tr("the server")))
        where.setToolTip(database.describe())  # the file or server, for whoever helps out; not on screen
        where.setObjectName("databaseLabel")
        self.statusBar().insertWidget(0, who)
        self.statusBar().removeWidget(self.version)  # the database, then the version, at the right
        self.statusBar().addPermanentWidget(where)
        self.statusBar().addPermanentWidget(self.version)
        self.version.show()
        if secure:
            from ui import security

            security.install(self)  # idle lock, change password, lock now
        self._add_shortcuts()
        self.navigation.setEnabled(True)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = self.opening_label = None
        self._restore_page()

    # -- navigation -------------------------------------------------------------------------
    def page(self, key: str) -> BasePage:
        """The page for a key, built on first use."""
        if key not in self._pages:
            if self.context is None:
                raise RuntimeError("the pages are built once the window has its context (attach)")
            spec = self._spec(key)
            module = importlib.import_module(spec.module)
            title = QCoreApplication.translate("Pages", spec.title)
            if spec.module == "ui.pages.placeholder":
                page = module.create_page(self.context, title)
            else:
                page = module.create_page(self.context)
            page.setObjectName(f"page_{key}")
            from ui.widgets.header_fit import fit_headers

            fit_headers(page)
            if hasattr(page, "navigate_requested"):
                page.navigate_requested.connect(self.show_page)
            holder = self._placeholders[key]
            index = self.stack.indexOf(holder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def show_page(self, key: str) -> None:
        row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        self.navigation.setCurrentRow(row)

    def current_key(self) -> str:
        return self._current_key

    def _spec(self, key: str) -> PageSpec:
        return next(spec for spec in PAGES if spec.key == key)

    def _on_navigate(self, row: int) -> None:
        if row < 0 or self.context is None:
            return
        key = PAGES[row].key
        if key == self._current_key:
            return
        previous = self._pages.get(self._current_key)
        if previous is not None and not previous.can_leave():
            old_row = next(i for i, spec in enumerate(PAGES) if spec.key == self._current_key)
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(old_row)
            self.navigation.blockSignals(False)
            return
        page = self.page(key)
        self._current_key = key
        self.stack.setCurrentWidget(page)
        page.refresh()

    def _add_shortcuts(self) -> None:
        for number, spec in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)

    # -- remembered state -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)

    def _restore_page(self) -> None:
        last = QSettings().value(LAST_PAGE_KEY, "overview")
        self.show_page(last if any(spec.key == last for spec in PAGES) else "overview")

    def can_close(self) -> bool:
        page = self._pages.get(self._current_key)
        return page is None or page.can_leave()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.can_close():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._current_key:  # not while the database was still opening
            settings.setValue(LAST_PAGE_KEY, self._current_key)
        super().closeEvent(event)
