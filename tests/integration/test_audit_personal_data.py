"""Who looked at whom: every opening of a volunteer's personal details and every export of
personal data leaves an entry in the audit trail, with who and when — on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.accounts import AuditFilter

volunteers = pytest.importorskip("app.domain.volunteers")


@pytest.fixture
def volunteer(services, admin):
    data = volunteers.VolunteerInput(
        first_name="Saskia", last_name="de Vries", date_of_birth=dt.date(1980, 3, 4),
        email="saskia@example.nl", phone="06 12345678", iban="NL91ABNA0417164300",
    )
    return services.volunteers.create(admin, data)


def _entries(services, admin, **where):
    return services.audit.search(admin, AuditFilter(**where))


@pytest.mark.parametrize("role", ["beheerder", "coordinator", "penningmeester"])
def test_opening_a_volunteers_personal_details_is_recorded_with_who_and_when(services, actors, volunteer, role):
    before = len(_entries(services, actors["beheerder"], entity="volunteer", action="view"))
    detail = services.volunteers.get(actors[role], volunteer.id)
    assert detail.email == "saskia@example.nl"
    views = _entries(services, actors["beheerder"], entity="volunteer", action="view")
    assert len(views) == before + 1
    newest = views[0]
    assert newest.username == role and newest.entity_id == str(volunteer.id)
    assert abs(newest.at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_the_read_only_role_sees_no_personal_details_so_nothing_is_recorded(services, actors, volunteer):
    detail = services.volunteers.get(actors["alleen_lezen"], volunteer.id)
    assert detail.email in ("", None) and "saskia" not in str(detail.iban or "").lower()
    assert not _entries(services, actors["beheerder"], entity="volunteer", action="view", username="alleen_lezen")


def test_every_export_of_personal_data_is_recorded(services, actors, volunteer, tmp_path):
    exports = services.volunteer_exports
    coordinator = actors["coordinator"]
    exports.excel(coordinator, tmp_path / "vrijwilligers.xlsx")
    exports.phone_list(coordinator, tmp_path / "telefoonlijst.pdf")
    folder = tmp_path / "inzage"
    folder.mkdir()
    exports.person_data_files(coordinator, volunteer.id, folder)
    recorded = _entries(services, actors["beheerder"], entity="volunteer", action="export", username="coordinator")
    details = " | ".join(e.detail for e in recorded)
    assert len(recorded) >= 3, details
    assert "vrijwilligers.xlsx" in details and "telefoonlijst.pdf" in details
    assert any(e.entity_id == str(volunteer.id) for e in recorded)


def test_an_export_by_someone_without_the_right_is_refused_and_writes_nothing(services, actors, volunteer, tmp_path):
    from app.domain.errors import PermissionDenied

    for role in ("penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied):
            services.volunteer_exports.excel(actors[role], tmp_path / f"{role}.xlsx")
        assert not (tmp_path / f"{role}.xlsx").exists()
    assert not _entries(services, actors["beheerder"], entity="volunteer", action="export")
