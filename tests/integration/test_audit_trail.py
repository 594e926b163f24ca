"""The audit trail: written in the same transaction as the change, append-only, readable and
exportable by the administrator only, and the names of disabled accounts stay in it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from app.db.database import UnitOfWork
from app.db.models import AuditEntry, Centre
from app.domain.errors import AuthenticationFailed, PermissionDenied, StaleRecord
from app.domain.permissions import Role
from app.services.common import audit
from app.services.accounts import AuditFilter


def _entries(services, **where) -> list[AuditEntry]:
    with services.db.reader() as uow:
        statement = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            statement = statement.where(getattr(AuditEntry, key) == value)
        return list(uow.session.scalars(statement))


def _centre_name(services) -> str:
    with services.db.reader() as uow:
        return uow.session.get(Centre, 1).name


def test_a_change_writes_who_when_which_record_and_the_fields_before_and_after(services, admin):
    details = services.settings.centre()
    services.settings.update_centre(admin, dataclasses.replace(details, town="Arnhem", name="De Klinker"))
    entry = _entries(services, entity="centre", action="update")[-1]
    assert entry.username == "beheerder" and entry.user_id == admin.user_id
    assert entry.entity_id == "1"
    assert abs(entry.at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert entry.before == {"name": "Buurthuis De Klinker", "town": ""}
    assert entry.after == {"name": "De Klinker", "town": "Arnhem"}


def test_a_change_that_is_rolled_back_leaves_no_audit_entry(services, admin, monkeypatch):
    before = len(_entries(services))
    real_commit = UnitOfWork.commit

    def commit_then_fail(self):
        self.session.flush()  # the change and its audit entry reach the database…
        raise RuntimeError("power cut")  # …and the transaction never commits

    monkeypatch.setattr(UnitOfWork, "commit", commit_then_fail)
    with pytest.raises(RuntimeError):
        services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), town="Zwolle"))
    monkeypatch.setattr(UnitOfWork, "commit", real_commit)
    assert len(_entries(services)) == before
    assert services.settings.centre().town == ""


def test_a_failing_audit_entry_rolls_back_the_change(services, admin, monkeypatch):
    real_record = audit.record

    def broken_record(session, actor, *args, **kwargs):
        real_record(session, dataclasses.replace(actor, username=None), *args, **kwargs)  # NOT NULL fails

    monkeypatch.setattr(audit, "record", broken_record)
    with pytest.raises(Exception):
        services.settings.update_centre(admin, dataclasses.replace(services.settings.centre(), name="Gekaapt"))
    with pytest.raises(Exception):
        services.users.create_user(admin, "sneaky", "Sneaky", Role.ADMIN, "geheim123")
    monkeypatch.setattr(audit, "record", real_record)
    assert _centre_name(services) == "Buurthuis De Klinker"
    assert "sneaky" not in [u.username for u in services.users.list_users(admin)]


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET username = 'iemand'",
    "UPDATE audit_log SET after = NULL",
    "DELETE FROM audit_log",
])
def test_the_audit_trail_cannot_be_changed_or_emptied_on_either_database(services, admin, statement):
    count = len(_entries(services))
    with pytest.raises(Exception, match="append-only"):
        with services.db.unit_of_work() as uow:
            uow.session.execute(text(statement))
            uow.commit()
    assert len(_entries(services)) == count


def test_an_orm_edit_of_an_audit_entry_is_refused_too(services, admin):
    with pytest.raises(Exception, match="append-only"):
        with services.db.unit_of_work() as uow:
            entry = uow.session.scalars(select(AuditEntry)).first()
            entry.detail = "weggepoetst"
            uow.commit()


def test_a_disabled_account_cannot_log_in_and_its_name_stays_in_the_audit_trail(services, actors, admin):
    coordinator = actors["coordinator"]
    services.settings.centre()
    row = next(u for u in services.users.list_users(admin) if u.username == "coordinator")
    services.users.update_user(
        admin, row.id, display_name=row.display_name, role=row.role, active=False, expected_version=row.version,
    )
    with pytest.raises(AuthenticationFailed, match="uitgeschakeld|disabled"):
        services.users.authenticate("coordinator", "geheim123")
    assert [u.active for u in services.users.list_users(admin) if u.username == "coordinator"] == [False]
    logins = services.audit.search(admin, AuditFilter(username="coordinator"))
    assert logins and {r.username for r in logins} == {"coordinator"}
    assert coordinator.username == "coordinator"
    assert not any(name.startswith("delete") for name in dir(services.users))


def test_an_account_is_never_deleted_even_in_the_database(services, actors, admin):
    with services.db.reader() as uow:
        count = uow.session.scalar(text("SELECT count(*) FROM user_account"))
    assert count == 4
    assert not hasattr(services.users, "delete_user")


def test_only_the_administrator_reads_and_exports_the_audit_trail(services, actors, tmp_path):
    for role in ("coordinator", "penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied):
            services.audit.search(actors[role])
        with pytest.raises(PermissionDenied):
            services.audit.export_xlsx(actors[role], tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_the_audit_trail_filters_by_person_record_and_date(services, actors, admin):
    details = services.settings.centre()
    services.settings.update_centre(admin, dataclasses.replace(details, town="Arnhem"))
    services.settings.set(admin, "vog.renewal_years", 3)
    by_person = services.audit.search(admin, AuditFilter(username="penningmeester"))
    assert by_person and all(r.username == "penningmeester" for r in by_person)
    by_record = services.audit.search(admin, AuditFilter(entity="centre", entity_id="1"))
    assert {r.entity for r in by_record} == {"centre"} and any(r.after == {"town": "Arnhem"} for r in by_record)
    today = dt.date.today()
    assert services.audit.search(admin, AuditFilter(date_from=today, date_to=today))
    assert services.audit.search(admin, AuditFilter(date_to=today - dt.timedelta(days=1))) == []
    assert services.audit.search(admin, AuditFilter(date_from=today + dt.timedelta(days=1))) == []
    newest_first = services.audit.search(admin)
    assert [r.id for r in newest_first] == sorted((r.id for r in newest_first), reverse=True)
    users, entities, actions = services.audit.choices(admin)
    assert {"beheerder", "coordinator"} <= set(users) and "centre" in entities and "login" in actions


def test_the_audit_export_is_a_readable_workbook_and_is_itself_audited(services, actors, admin, tmp_path):
    services.settings.update_centre(
        admin, dataclasses.replace(services.settings.centre(), contact_name="=HYPERLINK(\"http://x\")")
    )
    out = tmp_path / "audit.xlsx"
    count = services.audit.export_xlsx(admin, out, AuditFilter(entity="centre"))
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == count + 1 and count >= 2
    assert rows[0][:4] == ("Wanneer", "Gebruiker", "Handeling", "Soort gegeven")
    assert isinstance(rows[1][0], dt.datetime)
    assert any("HYPERLINK" in (row[7] or "") for row in rows[1:])
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    exported = _entries(services, action="export", entity="audit_log")
    assert exported and "audit.xlsx" in exported[-1].detail


def test_saving_over_a_newer_version_names_who_changed_it_and_keeps_their_version(services, actors, admin):
    opened = services.settings.centre()
    services.users.update_user  # noqa: B018 (the other user is an administrator too)
    other = services.users.create_user(admin, "tweede", "Tweede Beheerder", Role.ADMIN, "geheim123")
    second = services.users.authenticate(other.username, "geheim123")
    services.settings.update_centre(second, dataclasses.replace(opened, town="Ede"))
    with pytest.raises(StaleRecord) as refused:
        services.settings.update_centre(admin, dataclasses.replace(opened, town="Zwolle"))
    assert "tweede" in str(refused.value) and refused.value.changed_by == "tweede"
    assert services.settings.centre().town == "Ede"
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "centre", AuditEntry.username == "beheerder", AuditEntry.action == "update")) == 0


def test_postgresql_refuses_to_truncate_the_audit_trail(postgres_db):
    from app.services import Services

    services = Services.for_database(postgres_db)
    services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    with pytest.raises(Exception, match="append-only"):
        with services.db.unit_of_work() as uow:
            uow.session.execute(text("TRUNCATE audit_log"))
            uow.commit()
    assert len(_entries(services)) >= 2
