"""Lock the window after a set idle time: a cover hides the data and asks for the password
again. Nothing is closed or reset underneath, so unsaved work stays exactly as it was.

The cover sits on the main window, and — when a dialog was open — on that dialog too, so the
password can always be typed (a modal dialog would otherwise block the main window's cover).
While locked, every key and mouse event for anything but the cover is swallowed.

The password is checked on a background thread, as at the login (argon2 is deliberately slow):
the cover waits greyed meanwhile, and the window keeps painting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WijkhuisError
from app.services import Services
from app.services.common.actor import Actor
from ui.style import set_role
from ui.tasks import run_task
from ui.widgets.buttons import fit_texts

IDLE_SETTING = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 10

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}
_INPUT = _ACTIVITY | {
    QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
}


def idle_minutes(services: Services) -> int:
    try:
        value = int(services.settings.get(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError, WijkhuisError):
        return DEFAULT_IDLE_MINUTES
    return max(value, 0)


class LockCover(QFrame):
    """Covers its parent completely. The interactive one holds the password field."""

    def __init__(self, parent: QWidget, lock: IdleLock, *, interactive: bool):
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: #1F3B4D; } #lockCover QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = set_role(QLabel(self.tr("Wijkhuis is locked")), "heading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.password: QLineEdit | None = None
        self.button: QPushButton | None = None
        self.message = QLabel()
        if interactive:
            who = QLabel(self.tr("{name}, type your password to continue. Your unsaved work is kept.").format(
                name=lock.actor.display_name))
            who.setWordWrap(True)
            who.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(who)
            self.password = QLineEdit()
            self.password.setObjectName("unlockPassword")
            self.password.setAccessibleName(self.tr("Password"))
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setMinimumWidth(240)
            self.password.setMaximumWidth(280)
            self.password.returnPressed.connect(lambda: lock.try_unlock(self.password.text()))
            layout.addWidget(self.password, alignment=Qt.AlignmentFlag.AlignCenter)
            self.button = QPushButton(self.tr("Unlock"))
            self.button.setObjectName("unlockButton")
            self.button.clicked.connect(lambda: lock.try_unlock(self.password.text()))
            fit_texts(self.button, self.tr("Unlock"), self.tr("Checking…"))
            layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignCenter)
            self.message.setObjectName("unlockMessage")
            self.message.setStyleSheet("color: #FFD2D2;")
            self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.message)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def set_checking(self, checking: bool) -> None:
        """While the password is checked: greyed, the button saying so; then ready to type."""
        self.password.setEnabled(not checking)
        self.button.setEnabled(not checking)
        self.button.setText(self.tr("Checking…") if checking else self.tr("Unlock"))
        if not checking:
            self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, services: Services, actor: Actor, *, interval_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.services = services
        self.actor = actor
        self.covers: list[LockCover] = []
        self.failed_attempts = 0
        self._checking = False  # a password is being checked on a background thread
        self._focus: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_interval(interval_ms if interval_ms is not None else idle_minutes(services) * 60_000)
        QApplication.instance().installEventFilter(self)

    def set_interval(self, milliseconds: int) -> None:
        """0 switches the idle lock off (locking by hand still works)."""
        self.timer.stop()
        self.timer.setInterval(milliseconds)
        if milliseconds > 0 and not self.is_locked:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return bool(self.covers)

    def lock(self) -> None:
        if self.is_locked or self.actor.user_id is None:
            return
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        modal = QApplication.activeModalWidget()
        self.covers.append(LockCover(self.window, self, interactive=modal is None))
        if modal is not None and modal is not self.window:
            self.covers.append(LockCover(modal, self, interactive=True))
        for cover in self.covers:
            cover.show()
            cover.raise_()
        self.interactive_cover().password.setFocus()
        self.locked.emit()

    def interactive_cover(self) -> LockCover:
        return next(c for c in self.covers if c.password is not None)

    def is_checking(self) -> bool:
        return self._checking

    def try_unlock(self, password: str) -> None:
        """Check the password off the GUI thread; a second Enter meanwhile does nothing."""
        if self._checking or not self.is_locked:
            return
        services, actor = self.services, self.actor
        self._set_checking(True)
        self.interactive_cover().message.setText("")
        task = run_task(self.window, self.tr("Unlock"), lambda _progress: services.users.verify_password(actor, password),
                        self._checked, show_dialog=False)
        task.failed.connect(lambda _error: self._set_checking(False))  # the task shows the error

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        if self.is_locked:
            self.interactive_cover().set_checking(checking)

    def _checked(self, right: bool) -> None:
        self._set_checking(False)
        if not self.is_locked:
            return
        cover = self.interactive_cover()
        if not right:
            self.failed_attempts += 1
            cover.message.setText(self.tr("That is not your password."))
            cover.password.clear()
            return
        self._unlock()

    def _unlock(self) -> None:
        self.failed_attempts = 0
        for item in self.covers:
            item.hide()
            item.parent().removeEventFilter(item)
            item.deleteLater()
        self.covers.clear()
        if self._focus is not None:
            try:
                self._focus.setFocus()
            except RuntimeError:  # the widget was deleted meanwhile
                pass
        if self.timer.interval() > 0:
            self.timer.start()
        self.unlocked.emit()

    def _belongs_to_cover(self, watched: QObject) -> bool:
        return any(watched is cover or (isinstance(watched, QWidget) and cover.isAncestorOf(watched))
                   for cover in self.covers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Close and self.is_locked and watched is self.window:
            event.ignore()  # nobody but the user may decide about the unsaved work
            return True
        if kind not in _INPUT:
            return False
        if self.is_locked:
            if isinstance(watched, QWidget) and not self._belongs_to_cover(watched):
                return True  # swallowed: nothing under the cover can be used
            return False
        if kind in _ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
