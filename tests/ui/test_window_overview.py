"""Overzicht shows real counts from the database; a card opens its area's page."""

import pytest
from PySide6.QtCore import Qt

from app.domain.permissions import Role
from app.services.overview import areas as overview_areas
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, dutch_ui, page_context):
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)
    return window


def _cards(window) -> dict[str, str]:
    return {card.item.title: card.item.value for card in window.page("overview").cards}


def test_the_overview_shows_real_counts(window, page_context, qtbot):
    page = window.page("overview")
    assert page.heading.text() == "Overzicht — Buurthuis De Klinker"
    assert _cards(window)["Actieve accounts"] == "1"
    page_context.services.users.create_user(page_context.actor, "joost", "Joost", Role.COORDINATOR, "geheim123")
    page.refresh()
    assert not page.is_loaded() and page.status.text() == "Bezig met tellen…"
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert _cards(window)["Actieve accounts"] == "2" and page.status.text() == ""


def test_the_overview_refreshes_when_an_area_says_its_data_changed(window, page_context, qtbot):
    page_context.services.users.create_user(page_context.actor, "joost", "Joost", Role.COORDINATOR, "geheim123")
    page_context.bus.changed.emit("settings")
    qtbot.waitUntil(lambda: _cards(window).get("Actieve accounts") == "2", timeout=10_000)


def test_the_cards_are_grouped_under_their_area_in_navigation_order(window):
    from PySide6.QtWidgets import QPushButton

    page = window.page("overview")
    sections = [b.objectName() for b in page.findChildren(QPushButton) if b.objectName().startswith("overviewSection_")]
    assert sections[-1] == "overviewSection_settings"
    assert page.findChild(QPushButton, "overviewSection_settings").text() == "Beheer"


def test_a_failing_area_is_reported_and_the_page_stays_usable(qtbot, dutch_ui, page_context, monkeypatch):
    from app.services.overview import areas as overview_areas
    from ui import tasks

    def broken(session, today):
        raise RuntimeError("tabel ontbreekt")

    names, real = overview_areas.provider_names(), overview_areas.provider
    monkeypatch.setattr(overview_areas, "provider_names", lambda: ["broken", *names])
    monkeypatch.setattr(overview_areas, "provider", lambda name: broken if name == "broken" else real(name))
    monkeypatch.setattr(tasks, "collected_errors", [])
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)
    assert tasks.collected_errors == ["RuntimeError: tabel ontbreekt"]
    assert "Actieve accounts" in _cards(window)  # the other areas' cards are there all the same


def test_each_area_s_cards_appear_as_soon_as_that_area_is_counted(qtbot, dutch_ui, page_context, monkeypatch):
    import threading


    release = threading.Event()
    names, real = overview_areas.provider_names(), overview_areas.provider

    def slow_volunteers(session, today):
        release.wait(10)
        return real("app.services.volunteers.overview")(session, today)

    monkeypatch.setattr(overview_areas, "provider", lambda name: slow_volunteers if "volunteer" in name else real(name))
    window = MainWindow(page_context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("overview")
    qtbot.waitUntil(lambda: "Actieve accounts" in _cards(window), timeout=10_000)
    assert not page.is_loaded() and "Actieve vrijwilligers" not in _cards(window)
    assert page.status.text() == "Bezig met tellen…"
    release.set()
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert "Actieve vrijwilligers" in _cards(window) and page.status.text() == ""
    areas = [card.item.area for card in page.cards]
    assert areas.index("volunteers") < areas.index("settings")  # navigation order, whatever came first


def test_clicking_a_card_opens_its_page(window, qtbot):
    card = next(c for c in window.page("overview").cards if c.item.title == "Actieve accounts")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_key() == card.item.area


def test_every_card_says_what_it_counts(window):
    for card in window.page("overview").cards:
        assert card.item.title and card.item.value
        assert card.accessibleName() == f"{card.item.title}: {card.item.value}"


def test_a_page_deleted_before_its_counting_starts_leaves_nothing_behind(qtbot, dutch_ui, page_context):
    from ui.pages.overview.page import PAINT_WAIT_MS, OverviewPage

    page = OverviewPage(page_context)
    page.refresh()  # never drawn: counting would start on the fallback timer
    page.deleteLater()
    qtbot.wait(PAINT_WAIT_MS * 2)  # pytest-qt fails the test on any exception in the event loop


def test_after_a_first_set_up_a_checklist_links_to_the_pages_of_the_open_steps(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    checklist = window.page("overview").checklist
    assert checklist.isVisible() and checklist.heading.text() == "Aan de slag"
    assert [checklist.links[key].text() for key in ("centre", "rooms", "volunteers")] == [
        "→ Vul de gegevens van uw centrum in", "→ Voeg de zalen toe", "→ Voeg de eerste vrijwilligers toe"]
    qtbot.mouseClick(checklist.findChild(QPushButton, "setupStep_rooms"), Qt.MouseButton.LeftButton)
    assert window.current_key() == "rooms"


def test_the_checklist_ticks_off_done_steps_and_goes_away_when_all_are_done(window, page_context, qtbot):
    import dataclasses

    from app.domain.volunteers import VolunteerInput
    from app.services.rooms import RoomRow

    services, actor = page_context.services, page_context.actor
    services.rooms.save_room(actor, RoomRow(name="Grote zaal", capacity=80, setup_minutes=15, cleanup_minutes=15))
    page = window.page("overview")
    page.refresh()
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert page.checklist.links["rooms"].text() == "✓ Voeg de zalen toe" and not page.checklist.links["rooms"].isEnabled()
    services.settings.update_centre(actor, dataclasses.replace(
        services.settings.centre(), street="Klarendalseweg 1", town="Arnhem", iban="NL91ABNA0417164300",
        contact_name="Fatima el Amrani"))
    # through the service: a volunteer works for a centre (the window works in the first)
    services.volunteers.create(actor, VolunteerInput(first_name="Anna", last_name="de Vries"))
    page.refresh()
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    assert not page.checklist.isVisible() and page.checklist.links == {}
