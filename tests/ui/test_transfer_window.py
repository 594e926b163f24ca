"""Instellingen → Database → "Overzetten naar een server…": the connection test with its
messages, then the transfer in the background into a real PostgreSQL database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from app.db.database import Database
from ui import security
from ui.main_window import MainWindow
from tests.integration.transfer_helpers import all_rows, blank_postgres_database, model_tables


@pytest.fixture
def messages(monkeypatch):
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return said


@pytest.fixture
def window(qtbot, dutch_ui, page_context, messages):
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    security.install(window)
    window.show()
    return window


def _database_tab(window):
    page = window.page("settings")
    window.show_page("settings")
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).objectName() == "databaseTab":
            page.tabs.setCurrentIndex(index)
            return page.tabs.tabText(index), page.tabs.widget(index)
    raise AssertionError("no Database tab")


def _fill(dialog, server_url: str, *, database: str | None = None) -> None:
    url = make_url(server_url)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(database if database is not None else url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText(url.password or "")


def test_the_data_goes_to_an_empty_server_from_the_window(qtbot, window, messages, postgres_template):
    title, tab = _database_tab(window)
    assert title == "Database" and tab.location.text() == window.context.services.db.describe()
    assert tab.transfer_button.text() == "Overzetten naar een server…"
    dialog = tab.open_transfer()
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.transfer_button.isEnabled()  # not before a successful test
    with blank_postgres_database(postgres_template) as url:
        _fill(dialog, url)
        assert dialog.test_connection()
        assert dialog.status.text().startswith("De verbinding werkt. ")
        assert dialog.status.text().endswith(" is leeg; bij het overzetten worden de tabellen gemaakt.")
        assert dialog.transfer_button.isEnabled()
        dialog.transfer_button.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
        assert messages and messages[-1].startswith(f"{dialog.result.total} rijen in {len(model_tables())} tabellen staan nu ook in ")
        source, target = window.context.services.db, Database(url)
        try:
            here, there = all_rows(source), all_rows(target)
            assert here["user_account"] == there["user_account"] and here["centre"] == there["centre"]
            assert there["audit_log"][: len(here["audit_log"])] == here["audit_log"]
            assert there["audit_log"][-1].action == "transfer"
        finally:
            target.dispose()
        assert not dialog.test_connection() and "is niet leeg" in dialog.status.text()  # a second time: refused
    dialog.reject()


def test_a_wrong_database_name_is_said_in_the_dialog(qtbot, window, postgres_template):
    _title, tab = _database_tab(window)
    dialog = tab.open_transfer()
    _fill(dialog, postgres_template, database="buurthuis_bestaat_niet")
    assert not dialog.test_connection()
    assert dialog.status.text().startswith("Op de server ")
    assert dialog.status.text().endswith(" bestaat geen database buurthuis_bestaat_niet. "
                                         "Controleer de naam, of maak de database eerst aan.")
    assert not dialog.transfer_button.isEnabled()
    dialog.reject()


def test_missing_server_details_are_marked_at_their_fields(qtbot, window):
    _title, tab = _database_tab(window)
    dialog = tab.open_transfer()
    assert not dialog.test_connection()
    assert dialog.form.error_text("host") == "Vul de naam of het adres van de server in."
    assert dialog.form.error_text("database") == "Vul de naam van de database op de server in."
    assert dialog.form.error_text("user") == "Vul uw gebruikersnaam op de server in."
    dialog.reject()


def test_changing_a_detail_after_the_test_asks_for_a_new_test(qtbot, window, tmp_path, postgres_template):
    _title, tab = _database_tab(window)
    dialog = tab.open_transfer()
    with blank_postgres_database(postgres_template) as url:
        _fill(dialog, url)
        assert dialog.test_connection() and dialog.transfer_button.isEnabled()
        dialog.database.setText("iets_anders")
        assert not dialog.transfer_button.isEnabled() and dialog.start_transfer() is None
    dialog.reject()


def test_cancelling_the_transfer_leaves_the_server_empty(qtbot, window, postgres_template):
    from tests.integration.transfer_helpers import table_names

    _title, tab = _database_tab(window)
    dialog = tab.open_transfer()
    with blank_postgres_database(postgres_template) as url:
        _fill(dialog, url)
        assert dialog.test_connection()
        task = dialog.start_transfer()
        task.progress.cancel()  # the Cancel button of the progress dialog
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=60000)
        assert dialog.status.text() == "Afgebroken: er is niets naar de server geschreven."
        assert dialog.result is None and table_names(url) == set()
        assert dialog.transfer_button.isEnabled()  # the same, tested target: try again
    dialog.reject()
