"""Several centres in the window (pytest-qt, offscreen, in Dutch): the Centra tab adds a centre
and edits any centre; an account of the whole organisation chooses its centre above the
navigation (every page then shows that centre, and the choice is remembered for the next
start); a coordinator of one centre has no choice; accounts get a centre; a volunteer's centres."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox

from app.domain.permissions import Role
from app.domain.volunteers import VolunteerInput
from app.services.rooms import RoomRow
from app.services.settings import CentreDetails
from ui.context import DataBus, PageContext
from ui.main_window import MainWindow, centre_key
from ui.pages.settings.centres_tab import AddCentreDialog
from ui.security.accounts_tab import AccountDialog, AccountsTab

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082"
)


@dataclass
class Two:
    klinker: CentreDetails  # the first centre, made at set-up
    brug: CentreDetails


@pytest.fixture
def two(page_context) -> Two:
    """A second centre, each with a room and a volunteer of its own."""
    services, admin = page_context.services, page_context.actor
    klinker = services.settings.centre()
    brug = services.settings.add_centre(admin, CentreDetails(name="Wijkcentrum De Brug", town="Velp"))
    services.rooms.save_room(admin.in_centre(klinker.id), RoomRow(name="Grote zaal", capacity=80))
    services.rooms.save_room(admin.in_centre(brug.id), RoomRow(name="Kleine zaal", capacity=20))
    services.volunteers.create(admin.in_centre(klinker.id), VolunteerInput(first_name="Anna", last_name="de Vries"))
    services.volunteers.create(admin.in_centre(brug.id), VolunteerInput(first_name="Bram", last_name="Jansen"))
    return Two(klinker, brug)


@pytest.fixture
def open_window(qtbot, dutch_ui):
    """Opens main windows for a context (a fresh one per window, as at a new start) and closes
    them at the end without questions."""
    windows: list[MainWindow] = []

    def open_(context: PageContext) -> MainWindow:
        window = MainWindow(context)
        window.show()
        qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.can_close = lambda: True
        window.close()
        window.deleteLater()


def fresh_context(page_context, actor=None) -> PageContext:
    return PageContext(page_context.services, actor or page_context.actor, DataBus())


def login(page_context, username: str, role: Role, centre_id: int | None):
    services = page_context.services
    services.users.create_user(page_context.actor, username, username.title(), role, "geheim123", centre_id=centre_id)
    return services.users.authenticate(username, "geheim123")


def volunteer_names(window: MainWindow) -> list[str]:
    window.show_page("volunteers")
    page = window.page("volunteers")
    return [page.model.row(i).name for i in range(page.model.rowCount())]


def room_names(window: MainWindow) -> list[str]:
    window.show_page("rooms")
    return [room.name for room in window.page("rooms").calendar.rooms]


def selector_items(window: MainWindow) -> list[str]:
    return [window.centre_selector.itemText(i) for i in range(window.centre_selector.count())]


def centres_tab(window: MainWindow):
    window.show_page("settings")
    page = window.page("settings")
    page.tabs.setCurrentWidget(page.centres_tab)
    return page.centres_tab


# -- the Centra tab -------------------------------------------------------------------------------
def test_an_organisation_administrator_adds_a_centre_with_dutch_messages_beside_the_field(
        qtbot, open_window, page_context, monkeypatch):
    window = open_window(fresh_context(page_context))
    assert window.centre_selector.isHidden()  # one centre: nothing to choose
    tab = centres_tab(window)
    assert window.page("settings").tabs.tabText(1) == "Centra"
    assert tab.centre_names() == ["Buurthuis De Klinker"] and tab.add_button.isVisible()
    messages = []

    def fill_and_save(dialog: AddCentreDialog) -> bool:
        assert not dialog.save()
        messages.append(dialog.form.error_text("name"))
        dialog.name.setText("buurthuis de klinker")
        assert not dialog.save()
        messages.append(dialog.form.error_text("name"))
        messages.append(dialog.message.text())
        dialog.name.setText("Wijkcentrum De Brug")
        dialog.town.setText("Velp")
        return dialog.save()

    monkeypatch.setattr(AddCentreDialog, "exec", fill_and_save)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert messages == ["is verplicht", "er is al een centrum met de naam buurthuis de klinker",
                        "Enkele velden vragen aandacht; ze zijn gemarkeerd."]
    assert [(c.name, c.town) for c in page_context.services.settings.centres(page_context.actor)] == [
        ("Buurthuis De Klinker", ""), ("Wijkcentrum De Brug", "Velp")]
    assert tab.centre_names() == ["Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert tab.editor.editors["name"].text() == "Wijkcentrum De Brug"  # ready for its other details
    assert window.centre_selector.isVisible() and selector_items(window) == ["Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert window.windowTitle() == "Buurthuis De Klinker — Wijkhuis"  # still working in the first


def test_the_centra_tab_edits_the_chosen_centre_and_its_logo_not_the_working_one(
        qtbot, open_window, page_context, two, tmp_path):
    window = open_window(fresh_context(page_context))
    tab = centres_tab(window)
    tab.table.selectRow(1)
    assert tab.editor.editors["name"].text() == "Wijkcentrum De Brug"
    tab.editor.editors["postcode"].setText("6881ab")
    tab.editor.editors["iban"].setText("NL00 FOUT")
    assert not tab.editor.save()
    assert tab.editor.form.error_text("iban")  # the Dutch reason, beside the field
    tab.editor.editors["iban"].setText("")
    assert tab.editor.save()
    logo = tmp_path / "brug.png"
    logo.write_bytes(PNG_1x1)
    assert tab.editor.set_logo_file(logo)
    settings = page_context.services.settings
    assert settings.centre(centre_id=two.brug.id).postcode == "6881 AB"
    assert settings.logo(centre_id=two.brug.id) == PNG_1x1
    assert settings.centre(centre_id=two.klinker.id).postcode == "" and settings.logo(centre_id=two.klinker.id) is None
    assert window.page("settings").centre_tab.editors["name"].text() == "Buurthuis De Klinker"  # the working centre


def test_a_coordinator_sees_the_centres_read_only(open_window, page_context, two):
    coordinator = login(page_context, "meryem", Role.ADMIN, two.brug.id)  # even an administrator of one centre
    window = open_window(fresh_context(page_context, coordinator))
    tab = centres_tab(window)
    assert tab.centre_names() == ["Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert tab.add_button.isHidden() and tab.editor is None


def _settings_tab(window: MainWindow, object_name: str):
    window.show_page("settings")
    page = window.page("settings")
    tab = next(page.tabs.widget(i) for i in range(page.tabs.count()) if page.tabs.widget(i).objectName() == object_name)
    page.tabs.setCurrentWidget(tab)
    return tab


ORGANISATION_TABS = ("volunteerSettingsTab", "roomSettingsTab", "allowanceLimitsTab")
NOTE = "Deze instellingen gelden voor alle centra van de organisatie; een beheerder van de hele organisatie wijzigt ze."


def test_an_administrator_of_one_centre_is_told_why_the_organisations_settings_are_read_only(
        open_window, page_context, two):
    centre_admin = login(page_context, "meryem", Role.ADMIN, two.brug.id)
    window = open_window(fresh_context(page_context, centre_admin))
    for name in ORGANISATION_TABS:
        tab = _settings_tab(window, name)
        note = tab.findChild(QLabel, "organisationSettingsNote")
        assert note is not None and note.isVisible() and note.text() == NOTE, name
    assert not _settings_tab(window, "volunteerSettingsTab").vog_years.isEnabled()


def test_the_organisations_administrator_and_a_coordinator_get_no_such_note(open_window, page_context, two):
    coordinator = login(page_context, "joost", Role.COORDINATOR, two.brug.id)  # may not change settings at all
    for actor in (page_context.actor, coordinator):
        window = open_window(fresh_context(page_context, actor))
        for name in ORGANISATION_TABS:
            assert _settings_tab(window, name).findChild(QLabel, "organisationSettingsNote") is None, name


# -- choosing the centre in the window ------------------------------------------------------------
def test_choosing_a_centre_shows_its_rooms_and_volunteers_and_is_remembered(qtbot, open_window, page_context, two):
    first = open_window(fresh_context(page_context))
    assert first.centre_selector.isVisible() and selector_items(first) == ["Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert first.windowTitle() == "Buurthuis De Klinker — Wijkhuis"
    assert room_names(first) == ["Grote zaal"] and volunteer_names(first) == ["Anna de Vries"]

    first.centre_selector.setCurrentIndex(1)  # as the user does
    assert first.windowTitle() == "Wijkcentrum De Brug — Wijkhuis"
    assert first.context.actor.working_centre_id == two.brug.id
    assert first.current_key() == "volunteers" and volunteer_names(first) == ["Bram Jansen"]
    assert room_names(first) == ["Kleine zaal"]
    first.show_page("overview")
    assert first.page("overview").heading.text() == "Overzicht — Wijkcentrum De Brug"
    qtbot.waitUntil(first.page("overview").is_loaded, timeout=10_000)
    assert QSettings().value(centre_key(page_context.services.db.describe())) in (two.brug.id, str(two.brug.id))
    first.close()

    second = open_window(fresh_context(page_context))  # the next start, logged in again
    assert second.centre_selector.currentText() == "Wijkcentrum De Brug"
    assert second.windowTitle() == "Wijkcentrum De Brug — Wijkhuis"
    assert volunteer_names(second) == ["Bram Jansen"]


def test_a_remembered_centre_that_is_gone_falls_back_to_the_first(open_window, page_context, two, qsettings):
    qsettings.setValue(centre_key(page_context.services.db.describe()), 999)
    window = open_window(fresh_context(page_context))
    assert window.centre_selector.currentText() == "Buurthuis De Klinker"
    assert window.context.actor.working_centre_id == two.klinker.id


def test_unsaved_changes_keep_the_user_in_the_centre_when_they_cancel(qtbot, open_window, page_context, two, monkeypatch):
    window = open_window(fresh_context(page_context))
    window.show_page("volunteers")
    page = window.page("volunteers")
    page.open_volunteer(page.model.row(0).id)
    page.form.editors["town"].setText("Arnhem")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    window.centre_selector.setCurrentIndex(1)
    assert asked and window.centre_selector.currentText() == "Buurthuis De Klinker"
    assert window.windowTitle() == "Buurthuis De Klinker — Wijkhuis" and window.page("volunteers") is page
    assert page.form.editors["town"].text() == "Arnhem"
    page.form.load(page.form.detail)  # forget the edit


def test_a_coordinator_of_one_centre_has_no_selector_and_their_centre_in_the_title(open_window, page_context, two):
    coordinator = login(page_context, "meryem", Role.COORDINATOR, two.brug.id)
    window = open_window(fresh_context(page_context, coordinator))
    assert window.centre_selector.isHidden() and window.centre_label.isHidden()
    assert window.windowTitle() == "Wijkcentrum De Brug — Wijkhuis"
    assert volunteer_names(window) == ["Bram Jansen"] and room_names(window) == ["Kleine zaal"]


# -- accounts -------------------------------------------------------------------------------------
def test_the_account_dialog_puts_an_account_in_a_centre_or_the_whole_organisation(qtbot, dutch_ui, page_context, two):
    services, admin = page_context.services, page_context.actor.in_centre(two.klinker.id)
    context = fresh_context(page_context, admin)
    tab = AccountsTab(context)
    qtbot.addWidget(tab)
    dialog = AccountDialog(context, None, tab)
    assert [dialog.centre.itemText(i) for i in range(dialog.centre.count())] == [
        "Hele organisatie", "Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert dialog.centre.currentText() == "Buurthuis De Klinker"  # the centre worked in
    dialog.username.setText("joost")
    dialog.display_name.setText("Joost Bakker")
    dialog.password.setText("welkom123")
    dialog.centre.setCurrentIndex(dialog.centre.findText("Wijkcentrum De Brug"))
    assert dialog.save()
    joost = next(u for u in services.users.list_users(admin) if u.username == "joost")
    assert joost.centre_id == two.brug.id
    tab.refresh()
    texts = {r.username: tab.model.data(tab.model.index(i, 3)) for i, r in enumerate(tab.model.rows())}
    assert texts == {"beheerder": "Hele organisatie", "joost": "Wijkcentrum De Brug"}
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Centrum"

    change = AccountDialog(context, joost, tab)
    assert change.centre.currentText() == "Wijkcentrum De Brug"
    change.centre.setCurrentIndex(change.centre.findData(None))
    assert change.save()
    assert next(u for u in services.users.list_users(admin) if u.username == "joost").centre_id is None


def test_an_administrator_of_one_centre_makes_accounts_of_that_centre_only(qtbot, dutch_ui, page_context, two):
    brug_admin = login(page_context, "meryem", Role.ADMIN, two.brug.id)
    context = fresh_context(page_context, brug_admin)
    dialog = AccountDialog(context, None)
    qtbot.addWidget(dialog)
    assert [dialog.centre.itemText(i) for i in range(dialog.centre.count())] == ["Wijkcentrum De Brug"]
    assert not dialog.centre.isEnabled()
    dialog.username.setText("sanne")
    dialog.display_name.setText("Sanne")
    dialog.password.setText("welkom123")
    assert dialog.save()
    assert dialog.saved.centre_id == two.brug.id


# -- a volunteer's centres ------------------------------------------------------------------------
def test_an_organisation_account_changes_the_centres_a_volunteer_works_for(open_window, page_context, two, monkeypatch):
    window = open_window(fresh_context(page_context))
    volunteer_names(window)
    page = window.page("volunteers")
    anna = page.model.row(0)
    page.open_volunteer(anna.id)
    centres = page.form.centres
    assert isinstance(centres, QListWidget)
    assert [centres.item(i).text() for i in range(centres.count())] == ["Buurthuis De Klinker", "Wijkcentrum De Brug"]
    assert [centres.item(i).checkState() for i in range(2)] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]

    centres.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page.form.is_dirty() and not page.save()
    assert page.form.form.error_text("centres") == "kies minstens één centrum"
    assert page_context.services.volunteers.centres_of(page_context.actor, anna.id) == (two.klinker.id,)

    centres.item(0).setCheckState(Qt.CheckState.Checked)
    centres.item(1).setCheckState(Qt.CheckState.Checked)
    assert page.save() and not page.form.is_dirty()
    assert page_context.services.volunteers.centres_of(page_context.actor, anna.id) == (two.klinker.id, two.brug.id)

    page.form.centres.item(0).setCheckState(Qt.CheckState.Unchecked)  # only De Brug now: gone from this list
    assert page.save()
    assert page.form.detail is None and "werkt niet meer voor dit centrum" in page.form.message.text()
    assert volunteer_names(window) == []
    window.centre_selector.setCurrentIndex(1)
    assert sorted(volunteer_names(window)) == ["Anna de Vries", "Bram Jansen"]


def test_a_centre_account_sees_a_volunteers_centres_by_name(open_window, page_context, two):
    anna = page_context.services.volunteers.search(page_context.actor.in_centre(two.klinker.id)).rows[0]
    page_context.services.volunteers.set_centres(page_context.actor, anna.id, (two.klinker.id, two.brug.id))
    coordinator = login(page_context, "joost", Role.COORDINATOR, two.klinker.id)
    window = open_window(fresh_context(page_context, coordinator))
    volunteer_names(window)
    page = window.page("volunteers")
    page.open_volunteer(anna.id)
    assert isinstance(page.form.centres, QLabel)
    assert page.form.centres.text() == "Buurthuis De Klinker, Wijkcentrum De Brug"
    assert not page.form.is_dirty()


def test_switching_while_the_overview_is_still_counting_is_calm(qtbot, dutch_ui, page_context, two):
    window = MainWindow(fresh_context(page_context))  # the overview starts counting in the background
    qtbot.addWidget(window)
    window.show()
    window.choose_centre(two.brug.id)
    window.choose_centre(two.klinker.id)
    window.choose_centre(two.brug.id)
    qtbot.waitUntil(window.page("overview").is_loaded, timeout=10_000)
    qtbot.wait(200)  # the superseded pages' tasks finish without reaching them
    assert window.page("overview").heading.text() == "Overzicht — Wijkcentrum De Brug"
    assert window.stack.count() == 7  # one page or placeholder per navigation row, no leftovers
