"""Instellingen: the centre's details with inline validation, unsaved changes, the logo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui.main_window import MainWindow

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082"
)


@pytest.fixture
def window(qtbot, dutch_ui, page_context):
    window = MainWindow(page_context)  # not qtbot.addWidget: it closes before our clean-up
    window.show()
    window.show_page("settings")
    qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)
    yield window
    window.page("settings").centre_tab.load()  # forget edits, so closing does not ask
    window.close()
    window.deleteLater()


@pytest.fixture
def tab(window):
    return window.page("settings").centre_tab


def _save(qtbot, tab):
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCentre"), Qt.MouseButton.LeftButton)


def test_the_centre_tab_shows_the_saved_details(tab, page_context):
    assert tab.editors["name"].text() == "Buurthuis De Klinker"
    assert tab.window().page("settings").tabs.tabText(0) == "Centrum"


def test_an_invalid_iban_shows_an_inline_error_and_nothing_is_saved(qtbot, tab, page_context):
    before = page_context.services.settings.centre()
    tab.editors["town"].setText("Arnhem")
    tab.editors["iban"].setText("NL92 ABNA 0417 1643 00")
    _save(qtbot, tab)
    assert tab.form.error_text("iban") == "IBAN NL92 ABNA 0417 1643 00 heeft een verkeerd controlegetal (tikfout?)"
    assert tab.editors["iban"].property("invalid") == "true"
    assert tab.form.error_text("town") == ""
    assert tab.message.text() == "Enkele velden vragen aandacht; ze zijn gemarkeerd."  # the one banner of every form
    assert page_context.services.settings.centre() == before


def test_a_valid_save_persists_and_tells_other_pages(qtbot, tab, page_context):
    changed = []
    page_context.bus.changed.connect(changed.append)
    values = {"street": "Klarendalseweg 120", "postcode": "6822gk", "town": "Arnhem", "kvk_number": "40123456",
              "iban": "nl91abna0417164300", "contact_email": "info@deklinker.nl", "contact_phone": "026 351 22 40"}
    for name, value in values.items():
        tab.editors[name].setText(value)
    _save(qtbot, tab)
    saved = page_context.services.settings.centre()
    assert (saved.postcode, saved.iban, saved.town) == ("6822 GK", "NL91ABNA0417164300", "Arnhem")
    assert tab.editors["iban"].text() == "NL91 ABNA 0417 1643 00"
    assert not tab.is_dirty() and changed == ["settings"]


def test_leaving_with_unsaved_changes_asks_first_and_cancel_stays(qtbot, window, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Cancel)
    tab.editors["town"].setText("Velp")
    window.show_page("overview")
    assert asked == ["U hebt de gegevens van het centrum gewijzigd. Wilt u de wijzigingen opslaan?"]
    assert window.current_key() == "settings" and window.navigation.currentRow() == 6
    assert tab.editors["town"].text() == "Velp"


def test_discarding_unsaved_changes_leaves_and_forgets_them(qtbot, window, tab, page_context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Discard)
    tab.editors["town"].setText("Velp")
    window.show_page("overview")
    assert window.current_key() == "overview"
    assert tab.editors["town"].text() == "" and page_context.services.settings.centre().town == ""


def test_saving_on_the_way_out_saves_or_stays_when_invalid(qtbot, window, tab, page_context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Save)
    tab.editors["postcode"].setText("12345")
    window.show_page("overview")
    assert window.current_key() == "settings" and tab.form.error_text("postcode")
    tab.editors["postcode"].setText("6822 GK")
    window.show_page("overview")
    assert window.current_key() == "overview" and page_context.services.settings.centre().postcode == "6822 GK"


def test_closing_the_window_with_unsaved_changes_asks_too(window, tab, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Cancel)
    tab.editors["town"].setText("Velp")
    assert not window.close()
    assert window.isVisible()


def test_a_logo_is_uploaded_stored_and_shown(tab, page_context, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(PNG_1x1)
    assert tab.set_logo_file(path)
    assert page_context.services.settings.logo() == PNG_1x1
    assert not tab.logo_preview.pixmap().isNull()


def test_a_file_that_is_not_an_image_is_refused_with_a_message(tab, page_context, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = tmp_path / "logo.png"
    path.write_bytes(b"%PDF-1.4 een pdf met een verkeerde naam")
    assert not tab.set_logo_file(path)
    assert shown == ["alleen deze bestandstypen worden geaccepteerd: PNG, JPG"]
    assert page_context.services.settings.logo() is None


def test_someone_who_may_not_change_settings_sees_them_read_only(qtbot, dutch_ui, page_context):
    from dataclasses import replace

    from app.domain.permissions import Role
    from ui.pages.settings.centre_tab import CentreTab

    reader = replace(page_context, actor=replace(page_context.actor, role=Role.READ_ONLY))
    tab = CentreTab(reader)
    qtbot.addWidget(tab)
    tab.load()
    assert tab.editors["name"].isReadOnly() and not tab.save_button.isEnabled()
    assert not tab.logo_button.isEnabled()


def test_the_language_choice_is_remembered_for_the_next_start(window, qsettings):
    from PySide6.QtWidgets import QComboBox

    from ui import i18n

    combo = window.findChild(QComboBox, "languageCombo")
    assert combo.currentData() == "nl"
    combo.setCurrentIndex(combo.findData("en"))
    assert i18n.preferred_language() == "en"
