"""Inline validation for forms: each field gets an error line beneath it; a ValidationError
from a service lights up the fields it names, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from ui.style import mark_invalid, set_role


class FieldWithError(QWidget):
    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setObjectName(f"{editor.objectName()}Error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        mark_invalid(self.editor, bool(message))


class ValidatedForm:
    """Keeps field name → editor; `show(error)` marks every field the error names and returns
    the messages it could not place (shown by the caller at the top of the form)."""

    def __init__(self, layout: QFormLayout):
        self.layout = layout
        self.fields: dict[str, FieldWithError] = {}

    def add(self, name: str, label: str, editor: QWidget) -> QWidget:
        editor.setObjectName(name)
        editor.setAccessibleName(label)
        wrapper = FieldWithError(editor)
        self.fields[name] = wrapper
        self.layout.addRow(label, wrapper)
        return editor

    def clear(self) -> None:
        for wrapper in self.fields.values():
            wrapper.show_error("")

    def show(self, error: ValidationError) -> list[str]:
        self.clear()
        unplaced = []
        for problem in error.problems:
            wrapper = self.fields.get(problem.field)
            if wrapper is None:
                unplaced.append(problem.message)  # not str(problem): "rate: …" shows a code, not a word
            else:
                wrapper.show_error(problem.message)
        if self.fields:
            _make_room(next(iter(self.fields.values())))
        return unplaced

    def report(self, error: ValidationError, message: QLabel) -> None:
        """Mark the fields the error names, and say the rest in `message` — or, when every
        problem has its field, the one line that tells the user to look at the marked fields."""
        message.setText("\n".join(self.show(error)) or errors_banner())

    def error_text(self, name: str) -> str:
        wrapper = self.fields[name]
        return wrapper.error.text() if wrapper.error.isVisible() or wrapper.error.text() else ""


def _make_room(field: QWidget) -> None:
    """A dialog grows to show the lines just put beneath its fields, instead of squeezing them
    into a line and a half; it never shrinks (the user may have made it larger), and a page's
    main window keeps its size."""
    top = field.window()
    if not isinstance(top, QDialog) or not top.isVisible() or top.layout() is None:
        return
    top.layout().activate()
    needed = top.heightForWidth(top.width()) if top.hasHeightForWidth() else top.sizeHint().height()
    if needed > top.height():
        top.resize(top.width(), needed)


def errors_banner() -> str:
    """The one text above or below a form whose fields have errors (the same on every form)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Form", "Some fields need attention; they are marked.")
