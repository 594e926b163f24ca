"""The main window: a navigation bar on the left, the pages on the right. Pages are built the
first time they are shown; the window remembers its size, position and last page.

An account of the whole organisation chooses the centre it works in above the navigation; the
choice is remembered per database. Choosing another centre builds every page afresh.

The window is shown before the database is open (see ui/launcher.py): until `attach()` it is a
shell, so nothing here may import SQLAlchemy or app.services at module level."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
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
CENTRE_KEY = "window/centre"  # + "/" and a digest of the database: the centre chosen last there


def centre_key(database_description: str) -> str:
    """The QSettings key of the centre chosen last in this database (one computer may open a
    local file and the shared server, each with centres of its own)."""
    import hashlib  # here: OpenSSL's hashes take ≈ 4 ms to load, and the window's first frame needs none

    digest = hashlib.sha1(database_description.encode("utf-8")).hexdigest()[:16]
    return f"{CENTRE_KEY}/{digest}"


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
        self.centre_label = QLabel(self.tr("Centre"))
        self.centre_label.setObjectName("centreSelectorLabel")
        self.centre_selector = QComboBox()
        self.centre_selector.setObjectName("centreSelector")
        self.centre_selector.setAccessibleName(self.tr("Centre"))
        self.centre_label.setBuddy(self.centre_selector)
        self.centre_label.hide()
        self.centre_selector.hide()
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
        column_widget = QWidget()  # the centre (for an account of the whole organisation), the pages
        column_widget.setObjectName("navigationColumn")
        column_widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        column_widget.setFixedWidth(210)
        nav_column = QVBoxLayout(column_widget)
        nav_column.setContentsMargins(0, 0, 0, 0)
        nav_column.setSpacing(0)
        selector_box = QVBoxLayout()
        selector_box.setContentsMargins(8, 10, 8, 2)
        selector_box.setSpacing(3)
        selector_box.addWidget(self.centre_label)
        selector_box.addWidget(self.centre_selector)
        nav_column.addLayout(selector_box)
        nav_column.addWidget(self.navigation, 1)
        row.addWidget(column_widget)
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
        self._start_in_centre()
        self._update_title()
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
        self.centre_selector.currentIndexChanged.connect(self._on_centre_chosen)
        context.bus.changed.connect(self._on_data_changed)
        self.navigation.setEnabled(True)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = self.opening_label = None
        self._restore_page()

    # -- the centre -------------------------------------------------------------------------
    def _centre_key(self) -> str:
        return centre_key(self.context.services.db.describe())

    def _start_in_centre(self) -> None:
        """An account of the whole organisation works in one centre at a time: the one it chose
        last in this database, else the first. An account of one centre stays in its own."""
        actor = self.context.actor
        if not actor.whole_organisation:
            return
        centres = self.context.services.settings.centres(actor)
        ids = [centre.id for centre in centres]
        chosen = actor.working_centre_id
        if chosen not in ids:
            try:
                chosen = int(QSettings().value(self._centre_key()))
            except (TypeError, ValueError):
                chosen = None
        if chosen not in ids:
            chosen = ids[0] if ids else None
        if chosen is not None:
            self.context.actor = actor.in_centre(chosen)
        self._fill_centre_selector(centres)

    def _fill_centre_selector(self, centres) -> None:
        """The selector lists the centres; it shows once there is more than one to choose from."""
        self.centre_selector.blockSignals(True)
        self.centre_selector.clear()
        for centre in centres:
            self.centre_selector.addItem(centre.name, centre.id)
        self.centre_selector.setCurrentIndex(max(0, self.centre_selector.findData(self.context.actor.working_centre_id)))
        self.centre_selector.blockSignals(False)
        widest = max((self.centre_selector.fontMetrics().horizontalAdvance(c.name) for c in centres), default=0)
        self.centre_selector.view().setMinimumWidth(widest + 40)  # a long name shows whole in the list
        self._show_centre_tooltip()
        visible = self.context.actor.whole_organisation and len(centres) > 1
        self.centre_label.setVisible(visible)
        self.centre_selector.setVisible(visible)

    def _show_centre_tooltip(self) -> None:
        """The name may be longer than the navigation is wide: whole in the tooltip (and the title)."""
        self.centre_selector.setToolTip(self.centre_selector.currentText())

    def _update_title(self) -> None:
        centre = self.context.services.settings.centre(self.context.actor).name or "Wijkhuis"
        self.setWindowTitle(f"{centre} — Wijkhuis")

    def _on_data_changed(self, area: str) -> None:
        if area == "settings":  # a centre was added or renamed
            if self.context.actor.whole_organisation:
                self._fill_centre_selector(self.context.services.settings.centres(self.context.actor))
            self._update_title()

    def _on_centre_chosen(self, index: int) -> None:
        centre_id = self.centre_selector.itemData(index)
        if centre_id is not None and not self.choose_centre(centre_id):
            self.centre_selector.blockSignals(True)
            self.centre_selector.setCurrentIndex(
                max(0, self.centre_selector.findData(self.context.actor.working_centre_id)))
            self.centre_selector.blockSignals(False)

    def choose_centre(self, centre_id: int) -> bool:
        """Work in another centre: remembered for the next start, and every page built afresh
        for it (lists, filters and open records of the previous centre are gone). False when the
        page with unsaved changes keeps the user where they are."""
        if centre_id == self.context.actor.working_centre_id:
            return True
        current = self._pages.get(self._current_key)
        if current is not None and not current.can_leave():
            return False
        self.context.actor = self.context.actor.in_centre(centre_id)
        QSettings().setValue(self._centre_key(), centre_id)
        self.centre_selector.blockSignals(True)
        self.centre_selector.setCurrentIndex(max(0, self.centre_selector.findData(centre_id)))
        self.centre_selector.blockSignals(False)
        self._show_centre_tooltip()
        self._update_title()
        self._rebuild_pages()
        return True

    def _rebuild_pages(self) -> None:
        """Every page built so far goes; the one on screen is built again at once, the others
        when they are next shown."""
        for key, page in list(self._pages.items()):
            holder = QWidget()
            holder.setObjectName(f"holder_{key}")
            self.stack.insertWidget(self.stack.indexOf(page), holder)
            self.stack.removeWidget(page)
            page.deleteLater()
            self._placeholders[key] = holder
        self._pages.clear()
        if self._current_key:
            page = self.page(self._current_key)
            self.stack.setCurrentWidget(page)
            page.refresh()

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
