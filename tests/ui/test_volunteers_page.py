"""The Vrijwilligers page with pytest-qt: the lazy list, filtering, the form with inline Dutch
errors, the duplicate warning, no lost edits, read-only users, groups with VOG flags, the
import wizard on a background thread, exports and the settings tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from app.db.models import AuditEntry, Volunteer
from app.domain.permissions import Role
from app.domain.volunteers import VolunteerInput
from app.services.volunteers import GroupInput
from ui.context import DataBus, PageContext
from ui.pages.volunteers import actions
from ui.pages.volunteers.import_wizard import ImportWizard
from ui.pages.volunteers.list_model import VolunteerListModel
from ui.pages.volunteers.page import create_page
from ui.pages.volunteers.settings_tab import create_tab

Button = QMessageBox.StandardButton


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def silence_messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
    return shown


def bulk_volunteers(services, count: int) -> None:
    rows = [{"first_name": f"Persoon{i:03d}", "infix": "", "last_name": f"Achter{i % 7}", "email": f"p{i}@voorbeeld.nl",
             "phone": "", "street": "", "postcode": "", "town": "Arnhem" if i % 2 else "Rotterdam", "iban": "",
             "status": "actief", "skills": "", "availability": [], "emergency_contact": "", "notes": "",
             "photo_consent": False, "newsletter_consent": False, "vog_seen_by": "", "version": 1} for i in range(count)]
    with services.db.engine.begin() as connection:
        connection.execute(insert(Volunteer), rows)


@pytest.fixture
def page(qtbot, page_context):
    widget = create_page(page_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    return widget


def test_the_list_model_fetches_lazily_and_sorts_in_the_database(qapp, ui_services, ui_admin):
    bulk_volunteers(ui_services, 150)
    model = VolunteerListModel(lambda flt, **kw: ui_services.volunteers.search(ui_admin, flt, **kw))
    model.reload()
    assert model.total == 150 and model.rowCount() == VolunteerListModel.PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 150 and not model.canFetchMore()
    model.sort(6, Qt.SortOrder.DescendingOrder)  # town
    assert model.rowCount() == VolunteerListModel.PAGE_SIZE and model.row(0).town == "Rotterdam"
    assert model.headerData(0, Qt.Orientation.Horizontal) in ("Name", "Naam")


def test_typing_in_the_search_box_filters_the_list_and_shows_the_count(page, qtbot):
    bulk_volunteers(page.services, 30)
    page.refresh()
    assert page.model.total == 30
    qtbot.keyClicks(page.search, "persoon01")
    assert page.model.total == 10
    assert "10" in page.count_label.text()
    page.search.clear()
    page.vog_filter.setCurrentIndex(page.vog_filter.findData("ontbreekt"))
    assert page.model.total == 30


def test_selecting_a_row_opens_the_person_and_writes_a_view_to_the_audit_trail(page, page_context):
    saved = page.services.volunteers.create(page.actor, VolunteerInput(first_name="Anna", last_name="Vries",
                                                                       iban="NL91ABNA0417164300"))
    page.refresh()
    page.table.selectRow(0)
    assert page.form.detail.id == saved.id
    assert page.form.editors["iban"].text() == "NL91 ABNA 0417 1643 00"
    with page.services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "view")) == 1
    assert page.model.data(page.model.index(0, 7)) == "NL91 •••• •••• ••43 00"  # masked in the list


def test_saving_bad_input_shows_dutch_errors_beside_the_fields_and_saves_nothing(page, monkeypatch):
    silence_messages(monkeypatch)
    page.new_volunteer()
    page.form.editors["first_name"].setText("Bert")
    page.form.editors["iban"].setText("NL00 ABNA 0417 1643 00")
    page.form.editors["date_of_birth"].setText("31-02-1990")
    assert not page.save()
    assert page.form.form.error_text("last_name") == "is verplicht"
    assert "controlegetal" in page.form.form.error_text("iban")
    assert page.form.form.error_text("date_of_birth") == "31-02-1990 is geen bestaande datum"
    assert page.services.volunteers.search(page.actor).total == 0
    page.form.editors["last_name"].setText("Smit")
    page.form.editors["iban"].setText("NL91ABNA0417164300")
    page.form.editors["date_of_birth"].setText("01-02-1990")
    assert page.save()
    assert page.services.volunteers.search(page.actor).total == 1
    assert page.form.form.error_text("iban") == ""


def test_a_possible_duplicate_is_shown_before_saving_and_cancel_saves_nothing(page, monkeypatch):
    page.services.volunteers.create(page.actor, VolunteerInput(first_name="Anna", last_name="Vries", email="anna@example.nl"))
    page.refresh()
    page.new_volunteer()
    page.form.editors["first_name"].setText("Annie")
    page.form.editors["last_name"].setText("de Vries")
    page.form.editors["email"].setText("ANNA@example.nl")
    asked = answer(monkeypatch, Button.Cancel)
    assert not page.save()
    assert "Anna Vries" in asked[0] and "zelfde e-mailadres" in asked[0]
    assert page.services.volunteers.search(page.actor).total == 1
    answer(monkeypatch, Button.Save)
    assert page.save()
    assert page.services.volunteers.search(page.actor).total == 2


def test_leaving_with_unsaved_edits_asks_and_cancel_keeps_the_edits(page, monkeypatch):
    page.services.volunteers.create(page.actor, VolunteerInput(first_name="Anna", last_name="Vries"))
    page.refresh()
    page.table.selectRow(0)
    assert page.can_leave()  # nothing edited: no question
    page.form.editors["town"].setText("Velp")
    asked = answer(monkeypatch, Button.Cancel)
    assert not page.can_leave() and len(asked) == 1
    assert page.form.editors["town"].text() == "Velp"
    answer(monkeypatch, Button.Discard)
    assert page.can_leave()
    assert page.form.editors["town"].text() == ""
    page.form.editors["town"].setText("Velp")
    answer(monkeypatch, Button.Save)
    assert page.can_leave()
    assert page.services.volunteers.search(page.actor).rows[0].town == "Velp"


def test_a_read_only_user_sees_no_personal_details_and_no_buttons_that_change(qtbot, qapp, qsettings, ui_services, ui_admin):
    ui_services.volunteers.create(ui_admin, VolunteerInput(first_name="Anna", last_name="Vries", phone="0612345678",
                                                           iban="NL91ABNA0417164300"))
    ui_services.users.create_user(ui_admin, "lezer", "Lezer", Role.READ_ONLY, "geheim123")
    reader = ui_services.users.authenticate("lezer", "geheim123")
    widget = create_page(PageContext(ui_services, reader, DataBus()))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    widget.table.selectRow(0)
    assert widget.form.detail.personal_hidden
    assert widget.form.editors["phone"].text() == "" and widget.form.editors["iban"].text() == ""
    assert widget.form.hidden_note.isVisible()
    assert widget.model.data(widget.model.index(0, 4)) == ""
    for button in (widget.save_button, widget.new_button, widget.import_button, widget.export_button,
                   widget.anonymise_button):
        assert not button.isVisible()


def test_the_groups_tab_lists_members_and_flags_a_missing_vog_where_volunteers_are_chosen(page):
    services, actor = page.services, page.actor
    group = services.working_groups.save_group(actor, GroupInput("Kinderclub", requires_vog=True,
                                                                 end_date=dt.date.today() + dt.timedelta(days=5)))
    anna = services.volunteers.create(actor, VolunteerInput(first_name="Anna", last_name="Vries"))
    page.tabs.setCurrentWidget(page.groups_tab)
    page.groups_tab.refresh()
    page.groups_tab._select(0)
    assert "⚠" in page.groups_tab.member_choice.itemText(0)
    assert "(loopt binnenkort af)" in page.groups_tab.groups_model.data(page.groups_tab.groups_model.index(0, 4)) or \
        "(ends soon)" in page.groups_tab.groups_model.data(page.groups_tab.groups_model.index(0, 4))
    page.groups_tab._add_member()
    members = page.groups_tab.members_model.rows()
    assert [m.volunteer_id for m in members] == [anna.id] and members[0].vog_flag
    page.tabs.setCurrentIndex(0)
    page.refresh()
    page.table.selectRow(0)
    assert page.form.flag.isVisible() and "Kinderclub" in page.form.flag.text()
    assert page.model.data(page.model.index(0, 3)).startswith("⚠")


def _messy(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vrijwilligers De Klinker"])
    sheet.append(["bijgewerkt op 1-11-2026"])
    sheet.append(["Voornaam", "Achternaam", "Geb. datum", "Mail", "Groep"])
    sheet.append(["Anna", "Vries", dt.datetime(1980, 3, 14), "anna@example.nl", "Tuinploeg"])
    sheet.append(["", "Zonder", "01-01-1970", "", ""])
    sheet.append(["Piet", "Berg", "1990-05-02", "piet@example.nl", "Tuinploeg; Bar"])
    workbook.save(path)
    return path


def test_the_import_wizard_previews_maps_reports_problems_and_imports_on_a_background_thread(
    qtbot, page_context, tmp_path, monkeypatch
):
    silence_messages(monkeypatch)
    wizard = ImportWizard(page_context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_messy(tmp_path / "lijst.xlsx")))
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert "rij 3" in mapping.info.text() or "row 3" in mapping.info.text()
    assert mapping.combos[2].currentData() == "date_of_birth"
    assert mapping.table.item(1, 0).text() == "Anna"
    mapping.combos[4].setCurrentIndex(mapping.combos[4].findData(None))  # do not import the groups
    wizard.next()
    problems = wizard.problems_page
    assert "rij 5, kolom A (Voornaam): de voornaam ontbreekt" in problems.problems.toPlainText()
    assert problems.skip_invalid.isVisible()
    problems.skip_invalid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
    assert "Geïmporteerd: 2" in wizard.import_page.result.toPlainText()
    assert page_context.services.volunteers.search(page_context.actor).total == 2
    assert page_context.services.working_groups.groups(page_context.actor) == []  # the column was switched off


def test_the_export_buttons_write_files_on_a_background_thread(page, qtbot, tmp_path, monkeypatch):
    silence_messages(monkeypatch)
    page.services.volunteers.create(page.actor, VolunteerInput(first_name="Anna", last_name="Vries", phone="0612345678"))
    target = tmp_path / "lijst.xlsx"
    task = actions.export_excel(page, target)
    qtbot.waitUntil(lambda: bool(getattr(page, "last_message", "")), timeout=10000)
    assert task is not None and load_workbook(target).active.cell(2, 2).value == "Anna"
    page.last_message = ""
    actions.export_phone_list(page, tmp_path / "tel.pdf")
    qtbot.waitUntil(lambda: bool(page.last_message), timeout=10000)
    assert (tmp_path / "tel.pdf").read_bytes().startswith(b"%PDF")


def test_the_settings_tab_stores_vog_renewal_years_and_anonymisation_months(qtbot, page_context):
    title, tab = create_tab(page_context)
    qtbot.addWidget(tab)
    assert tab.vog_years.value() == 3 and tab.anonymise_months.value() == 24
    tab.vog_years.setValue(5)
    tab.anonymise_months.setValue(12)
    assert tab.save()
    settings = page_context.services.settings
    assert settings.get("volunteers.vog_renewal_years") == 5
    assert settings.get("volunteers.anonymise_after_months") == 12


def test_rapporten_and_instellingen_pick_up_the_volunteer_exports_and_settings(qtbot, page_context):
    from ui.pages.reports.page import create_page as reports_page
    from ui.pages.settings.page import create_page as settings_page

    reports = reports_page(page_context)
    qtbot.addWidget(reports)
    assert {"reportVolunteersExcel", "reportPhoneList"} <= set(reports.buttons)
    settings = settings_page(page_context)
    qtbot.addWidget(settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert any(t in ("Volunteers", "Vrijwilligers") for t in titles)
