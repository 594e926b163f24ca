"""The one way every form reports a refused save: the fields named by the service are marked
beneath themselves, and the line above or below the form says what has no field — or, when
everything has its field, that the marked fields need attention (never an empty line)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.errors import FieldProblem, ValidationError
from ui.widgets.form import ValidatedForm


@pytest.fixture
def form(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    validated = ValidatedForm(QFormLayout(host))
    validated.add("iban", "IBAN", QLineEdit())
    yield validated, QLabel()
    host.deleteLater()  # kept alive until here: the form's fields are its children


def test_a_problem_with_its_field_is_shown_there_and_the_message_points_to_the_marked_fields(form, dutch_ui):
    validated, message = form
    validated.report(ValidationError(FieldProblem("iban", "dit is geen geldig IBAN")), message)
    assert validated.error_text("iban") == "dit is geen geldig IBAN"
    assert message.text() == "Enkele velden vragen aandacht; ze zijn gemarkeerd."


def test_a_problem_without_a_field_is_said_in_the_message_and_old_marks_are_cleared(form, dutch_ui):
    validated, message = form
    validated.report(ValidationError(FieldProblem("iban", "dit is geen geldig IBAN")), message)
    validated.report(ValidationError(FieldProblem("centre", "kies een centrum")), message)
    assert validated.error_text("iban") == ""
    assert message.text() == "kies een centrum"


def test_a_dialog_grows_so_that_the_lines_beneath_its_fields_are_read_whole(qtbot, dutch_ui, ui_services, ui_admin):
    """Dutch messages wrap beneath a narrow field: the dialog makes room for every line."""
    from PySide6.QtWidgets import QLabel as Label

    from ui.security.password_dialog import PasswordDialog

    dialog = PasswordDialog(ui_services, ui_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height_before = dialog.height()
    dialog.old_password.setText("geheim123")
    dialog.new_password.setText("kort")
    dialog.repeated.setText("kort")
    assert not dialog.save()
    error = dialog.findChild(Label, "passwordError")
    assert error.isVisible() and "8 tekens" in error.text()
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()), timeout=2_000)
    bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert bottom <= dialog.height() and dialog.height() > height_before
