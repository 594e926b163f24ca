"""Overzicht shows real counts from the database; a card opens its area's page."""

import pytest
from PySide6.QtCore import Qt

from app.domain.permissions import Role
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, dutch_ui, page_context):
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.show()
    return window


def _cards(window) -> dict[str, str]:
    return {card.item.title: card.item.value for card in window.page("overview").cards}


def test_the_overview_shows_real_counts(window, page_context):
    page = window.page("overview")
    assert page.heading.text() == "Overzicht — Buurthuis De Klinker"
    assert _cards(window)["Actieve accounts"] == "1"
    page_context.services.users.create_user(page_context.actor, "joost", "Joost", Role.COORDINATOR, "geheim123")
    page.refresh()
    assert _cards(window)["Actieve accounts"] == "2"


def test_the_overview_refreshes_when_an_area_says_its_data_changed(window, page_context):
    page_context.services.users.create_user(page_context.actor, "joost", "Joost", Role.COORDINATOR, "geheim123")
    page_context.bus.changed.emit("settings")
    assert _cards(window)["Actieve accounts"] == "2"


def test_clicking_a_card_opens_its_page(window, qtbot):
    card = next(c for c in window.page("overview").cards if c.item.title == "Actieve accounts")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_key() == card.item.area


def test_every_card_says_what_it_counts(window):
    for card in window.page("overview").cards:
        assert card.item.title and card.item.value
        assert card.accessibleName() == f"{card.item.title}: {card.item.value}"
