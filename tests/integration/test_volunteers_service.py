"""The volunteer register through its service, on SQLite and PostgreSQL: permissions per role,
read-only users without personal details, audit of every opening, duplicates, VOG flags,
nothing deleted that has history, anonymisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from app.db.models import AuditEntry, Volunteer, VolunteerHours
from app.domain.errors import Conflict, PermissionDenied, StaleRecord, ValidationError
from app.domain.volunteers import VogState, VolunteerInput
from app.services.volunteers import DuplicateFound, VolunteerFilter, vog_flags
from app.services.volunteers import GroupInput

TODAY = dt.date.today()
ANNA = VolunteerInput(first_name="Anna", infix="de", last_name="Vries", date_of_birth="14-03-1980",
                      email="anna@example.nl", phone="06 12345678", town="Arnhem", iban="NL91ABNA0417164300",
                      postcode="6828ab", street="Klarendalseweg 12")


def audit_count(services, action: str) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


def volunteers(services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(Volunteer))


def test_a_coordinator_registers_a_volunteer_normalised_and_audited(services, actors):
    saved = services.volunteers.create(actors["coordinator"], ANNA)
    assert (saved.postcode, saved.iban, saved.date_of_birth) == ("6828 AB", "NL91ABNA0417164300", dt.date(1980, 3, 14))
    assert audit_count(services, "create") >= 1
    with services.db.reader() as uow:
        entry = uow.session.scalar(select(AuditEntry).where(AuditEntry.entity == "volunteer"))
        assert entry.after["iban"] == "•••"  # the append-only trail keeps no personal values


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_roles_without_the_right_cannot_add_or_change_volunteers_and_nothing_is_saved(services, actors, role):
    saved = services.volunteers.create(actors["beheerder"], ANNA)
    before = volunteers(services)
    with pytest.raises(PermissionDenied):
        services.volunteers.create(actors[role], VolunteerInput(first_name="Bert", last_name="Smit"))
    with pytest.raises(PermissionDenied):
        services.volunteers.update(actors[role], saved.id, ANNA, expected_version=saved.version)
    with pytest.raises(PermissionDenied):
        services.volunteers.anonymise(actors[role], saved.id, expected_version=None)
    with pytest.raises(PermissionDenied):
        services.volunteer_exports.person_data(actors["alleen_lezen"], saved.id)
    assert volunteers(services) == before


def test_a_read_only_user_sees_names_and_groups_but_no_contact_details_birth_date_or_iban(services, actors):
    group = services.working_groups.save_group(actors["beheerder"], GroupInput("Tuinploeg"))
    saved = services.volunteers.create(actors["beheerder"], ANNA)
    services.working_groups.add_volunteer(actors["beheerder"], group.id, saved.id)
    reader = actors["alleen_lezen"]
    row = services.volunteers.search(reader).rows[0]
    assert (row.name, row.groups) == ("Anna de Vries", "Tuinploeg")
    assert (row.email, row.phone, row.town, row.iban_masked) == ("", "", "", "")
    detail = services.volunteers.get(reader, saved.id)
    assert detail.personal_hidden and detail.iban == "" and detail.date_of_birth is None and detail.email == ""
    assert services.volunteers.search(reader, VolunteerFilter(text="arnhem")).total == 0  # no finding by hidden details
    members = services.working_groups.members(reader, group.id)
    assert members[0].name == "Anna de Vries" and members[0].contact == ""


def test_every_opening_of_personal_details_is_written_to_the_audit_trail(services, actors):
    saved = services.volunteers.create(actors["beheerder"], ANNA)
    before = audit_count(services, "view")
    services.volunteers.get(actors["coordinator"], saved.id)
    services.volunteers.get(actors["penningmeester"], saved.id)
    assert audit_count(services, "view") == before + 2
    with services.db.reader() as uow:
        who = uow.session.scalars(select(AuditEntry.username).where(AuditEntry.action == "view")).all()
    assert who[-2:] == ["coordinator", "penningmeester"]


def test_the_list_filters_by_any_part_of_name_email_phone_town_group_status_and_vog(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Huiswerkbegeleiding", requires_vog=True))
    anna = services.volunteers.create(admin, VolunteerInput(**{**ANNA.__dict__, "working_group_ids": (group.id,)}))
    services.volunteers.create(admin, VolunteerInput(first_name="Piet", infix="van der", last_name="Berg",
                                                     phone="026-3512240", town="Rotterdam",
                                                     vog_issued_on=TODAY - dt.timedelta(days=30)))
    search = services.volunteers.search
    assert [r.name for r in search(admin, VolunteerFilter(text="vri")).rows] == ["Anna de Vries"]
    assert [r.name for r in search(admin, VolunteerFilter(text="example")).rows] == ["Anna de Vries"]
    assert [r.name for r in search(admin, VolunteerFilter(text="3512240")).rows] == ["Piet van der Berg"]
    assert [r.name for r in search(admin, VolunteerFilter(text="rotter")).rows] == ["Piet van der Berg"]
    assert [r.name for r in search(admin, VolunteerFilter(text="100%")).rows] == []
    assert [r.id for r in search(admin, VolunteerFilter(working_group_id=group.id)).rows] == [anna.id]
    assert [r.name for r in search(admin, VolunteerFilter(vog="flagged")).rows] == ["Anna de Vries"]
    assert [r.name for r in search(admin, VolunteerFilter(vog=VogState.VALID.value)).rows] == ["Piet van der Berg"]
    assert search(admin, VolunteerFilter(status="gestopt")).total == 0
    page = search(admin, sort="name", descending=True)
    assert [r.sort_name for r in page.rows] == ["Vries, Anna de", "Berg, Piet van der"]
    assert page.rows[0].vog_flag and page.rows[0].iban_masked == "NL91 •••• •••• ••43 00"


def test_vog_flags_name_volunteers_without_a_valid_vog_in_a_group_that_requires_one(services, admin):
    needs = services.working_groups.save_group(admin, GroupInput("Kinderclub", requires_vog=True))
    free = services.working_groups.save_group(admin, GroupInput("Bar"))
    missing = services.volunteers.create(admin, VolunteerInput(first_name="A", last_name="Een", working_group_ids=(needs.id,)))
    expired = services.volunteers.create(admin, VolunteerInput(
        first_name="B", last_name="Twee", working_group_ids=(needs.id,), vog_issued_on=TODAY.replace(year=TODAY.year - 4)))
    valid = services.volunteers.create(admin, VolunteerInput(
        first_name="C", last_name="Drie", working_group_ids=(needs.id,), vog_issued_on=TODAY - dt.timedelta(days=5)))
    barman = services.volunteers.create(admin, VolunteerInput(first_name="D", last_name="Vier", working_group_ids=(free.id,)))
    flags = vog_flags(services, [missing.id, expired.id, valid.id, barman.id], TODAY)
    assert set(flags) == {missing.id, expired.id}
    assert flags[missing.id] == "geen VOG, nodig voor Kinderclub"
    assert flags[expired.id] == "VOG verlopen, nodig voor Kinderclub"
    assert services.volunteers.get(admin, missing.id).vog_flag == flags[missing.id]


def test_a_duplicate_by_name_and_birth_date_or_by_email_is_refused_until_confirmed(services, admin):
    services.volunteers.create(admin, ANNA)
    same_name = VolunteerInput(first_name="anna", infix="De", last_name="VRIES", date_of_birth=dt.date(1980, 3, 14))
    same_mail = VolunteerInput(first_name="A.", last_name="Jansen", email="ANNA@example.nl")
    for data in (same_name, same_mail):
        assert services.volunteers.find_duplicates(admin, data)
        with pytest.raises(DuplicateFound) as caught:
            services.volunteers.create(admin, data)
        assert "Anna de Vries" in str(caught.value)
    assert volunteers(services) == 1
    services.volunteers.create(admin, same_name, confirm_duplicate=True)
    assert volunteers(services) == 2


def test_invalid_input_is_refused_with_dutch_messages_per_field_and_nothing_is_saved(services, admin):
    with pytest.raises(ValidationError) as caught:
        services.volunteers.create(admin, VolunteerInput(first_name="Bert", last_name="", iban="NL12 3456",
                                                         postcode="12345", email="bert@", date_of_birth="2099-01-01"))
    fields = {p.field: p.message for p in caught.value.problems}
    assert fields["last_name"] == "is verplicht"
    assert "IBAN" in fields["iban"] and "1234 AB" in fields["postcode"]
    assert fields["email"] == "bert@ is geen e-mailadres" and fields["date_of_birth"] == "ligt in de toekomst"
    assert volunteers(services) == 0


def test_an_edit_on_an_old_version_is_refused_and_names_who_changed_it(services, actors):
    saved = services.volunteers.create(actors["beheerder"], ANNA)
    services.volunteers.update(actors["coordinator"], saved.id, VolunteerInput(**{**ANNA.__dict__, "town": "Velp"}),
                               expected_version=saved.version)
    with pytest.raises(StaleRecord) as caught:
        services.volunteers.update(actors["beheerder"], saved.id, ANNA, expected_version=saved.version)
    assert "coordinator" in str(caught.value)


def test_a_volunteer_with_hours_cannot_be_deleted_but_can_be_stopped_and_anonymised(services, admin):
    saved = services.volunteers.create(admin, ANNA)
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(VolunteerHours), [{"volunteer_id": saved.id, "worked_on": TODAY, "hours": Decimal("2.5"),
                                                      "activity": "bar", "created_by": "x", "version": 1,
                                                      "centre_id": 1}])
        uow.commit()
    with pytest.raises(Conflict) as caught:
        services.volunteers.delete(admin, saved.id, expected_version=None)
    assert "volunteer_hours: 1" in str(caught.value) and "Stop of anonimiseer" in str(caught.value)
    with pytest.raises(Conflict):
        services.volunteers.anonymise(admin, saved.id, expected_version=None)  # still active
    stopped = services.volunteers.stop(admin, saved.id, TODAY, expected_version=None)
    assert stopped.status == "gestopt" and stopped.end_date == TODAY
    gone = services.volunteers.anonymise(admin, saved.id, expected_version=None)
    assert gone.name == f"Vrijwilliger #{saved.id}"
    assert (gone.email, gone.iban, gone.phone, gone.street, gone.date_of_birth) == ("", "", "", "", None)
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(VolunteerHours)) == 1
    assert services.volunteers.search(admin).total == 0  # no longer in the register
    assert services.volunteers.search(admin, VolunteerFilter(include_anonymised=True)).total == 1


def test_a_volunteer_without_history_can_be_deleted(services, admin):
    saved = services.volunteers.create(admin, ANNA)
    services.volunteers.delete(admin, saved.id, expected_version=saved.version)
    assert volunteers(services) == 0
    assert audit_count(services, "delete") == 1


def test_the_vog_register_and_anonymisation_list_follow_the_settings(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Kinderclub", requires_vog=True))
    old = TODAY.replace(year=TODAY.year - 2)
    saved = services.volunteers.create(admin, VolunteerInput(first_name="A", last_name="Een", working_group_ids=(group.id,),
                                                             vog_issued_on=old))
    assert services.volunteers.vog_register(admin) == []  # valid for 3 years
    services.settings.set(admin, "volunteers.vog_renewal_years", 2)
    rows = services.volunteers.vog_register(admin)
    assert [(r.id, r.state, r.needed) for r in rows] == [(saved.id, VogState.EXPIRED, True)]
    stopped = services.volunteers.create(admin, VolunteerInput(first_name="B", last_name="Twee", status="gestopt",
                                                               end_date=TODAY.replace(year=TODAY.year - 1)))
    assert services.volunteers.anonymisation_due(admin) == []
    services.settings.set(admin, "volunteers.anonymise_after_months", 6)
    assert [c.id for c in services.volunteers.anonymisation_due(admin)] == [stopped.id]


def test_overview_shows_active_volunteers_missing_and_expiring_vogs_goals_and_anonymisation(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Kinderclub", requires_vog=True,
                                                                 end_date=TODAY + dt.timedelta(days=10)))
    services.volunteers.create(admin, VolunteerInput(first_name="A", last_name="Een", working_group_ids=(group.id,)))
    services.volunteers.create(admin, VolunteerInput(first_name="B", last_name="Twee",
                                                     vog_issued_on=TODAY.replace(year=TODAY.year - 3) + dt.timedelta(days=10)))
    items = {i.title: i for i in services.overview.items(admin) if i.area == "volunteers"}
    assert items["Actieve vrijwilligers"].value == "2"
    assert items["Ontbrekende VOG's"].value == "1" and items["Ontbrekende VOG's"].warning
    assert items["VOG's die binnen 60 dagen verlopen"].value == "1"
    assert items["Doelen die aflopen of afgelopen zijn"].value == "1"
    assert items["Aan de beurt voor anonimiseren"].value == "0"


def test_the_audit_trail_keeps_no_name_or_contact_detail_so_anonymising_erases_the_person(services, admin):
    saved = services.volunteers.create(admin, ANNA)
    services.volunteers.update(admin, saved.id, VolunteerInput(**{**ANNA.__dict__, "last_name": "Jansen"}),
                               expected_version=saved.version)
    services.volunteers.stop(admin, saved.id, TODAY, expected_version=None)
    services.volunteers.anonymise(admin, saved.id, expected_version=None)
    with services.db.reader() as uow:
        trail = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "volunteer")).all()
    text = repr([(e.before, e.after, e.detail) for e in trail])
    for secret in ("Anna", "Vries", "Jansen", "anna@example.nl", "NL91ABNA0417164300", "Klarendalseweg"):
        assert secret not in text
    assert any(e.after and e.after.get("last_name") == "•••" for e in trail if e.action == "update")
