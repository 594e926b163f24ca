"""Clean text at the edge: a control character typed, pasted or imported never reaches the
database; one stored before this rule does not break an export; the migration 0012_clean_text
cleans what is stored and says so in the audit trail. On SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from openpyxl import load_workbook
from sqlalchemy import select, text

from app.db.models import AuditEntry, Volunteer, WorkingGroup
from app.domain.volunteers import VolunteerInput
from app.resources import migrations_path
from app.services.volunteers import GroupInput


def _names(services) -> list[str]:
    with services.db.reader() as uow:
        return sorted(uow.session.scalars(select(Volunteer.last_name)))


def test_a_control_character_typed_in_a_form_is_removed_before_it_is_stored(services, admin):
    services.volunteers.create(admin, VolunteerInput(first_name="Pi\x07et", last_name="Jan\x1bsen", notes="a\x00b\tc"))
    with services.db.reader() as uow:
        person = uow.session.scalars(select(Volunteer)).one()
    assert (person.first_name, person.last_name, person.notes) == ("Piet", "Jansen", "ab\tc")


def test_every_text_column_of_every_record_is_cleaned_not_only_volunteers(services, admin):
    services.working_groups.save_group(admin, GroupInput(name="Bar\x07ploeg", goal_1="x\x08y"))
    with services.db.reader() as uow:
        group = uow.session.scalars(select(WorkingGroup)).one()
    assert (group.name, group.goal_1) == ("Barploeg", "xy")


def _store_dirty_name(services) -> int:
    services.volunteers.create(admin_actor(services), VolunteerInput(first_name="Piet", last_name="Jansen"))
    with services.db.engine.begin() as connection:  # as an older version stored it: past the edge
        connection.execute(text("UPDATE volunteer SET last_name = :dirty"), {"dirty": "Jan\x07sen"})
    return 1


def admin_actor(services):
    return services.users.authenticate("beheerder", "geheim123")


def test_a_control_character_stored_long_ago_does_not_break_the_excel_export(services, admin, tmp_path):
    _store_dirty_name(services)
    assert _names(services) == ["Jan\x07sen"]
    out = tmp_path / "vrijwilligers.xlsx"
    assert services.volunteer_exports.excel(admin, out) == 1
    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "Jansen" in values


def _run_clean_migration(db) -> None:
    path = migrations_path() / "versions" / "0012_clean_text.py"
    spec = importlib.util.spec_from_file_location("clean_text_revision", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with db.engine.begin() as connection:
        with Operations.context(MigrationContext.configure(connection)):
            module.upgrade()


def test_the_migration_cleans_stored_rows_and_records_it_in_the_audit_trail(services, admin):
    _store_dirty_name(services)
    _run_clean_migration(services.db)
    assert _names(services) == ["Jansen"]
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "clean_text")).one()
    assert "volunteer.last_name: 1" in entry.detail and "Jan" not in entry.detail
    _run_clean_migration(services.db)  # nothing left to clean: no second entry
    with services.db.reader() as uow:
        assert len(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "clean_text")).all()) == 1
