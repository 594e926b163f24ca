"""A large import holds the database only for a moment: everything slow happens on a reader,
then one short transaction writes all rows in a few bulk statements — still all or nothing.
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from app.db.models import AuditEntry, Volunteer, WorkingGroup, WorkingGroupMember

ROWS = 2500


def _big_list(tmp_path):
    path = tmp_path / "groot.csv"
    lines = ["Voornaam;Achternaam;E-mail;Werkgroepen"]
    lines += [f"Persoon{n};Achter{n};p{n}@voorbeeld.nl;{'Bar' if n % 2 else 'Tuin, Bar'}" for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(services, model) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_thousands_of_rows_are_written_in_a_few_statements(services, admin, tmp_path):
    path = _big_list(tmp_path)
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731 (the statement text)
    event.listen(services.db.engine, "before_cursor_execute", listener)
    try:
        report = services.volunteer_imports.import_file(admin, path)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", listener)
    assert report.committed and len(report.imported) == ROWS
    assert _count(services, Volunteer) == ROWS and _count(services, WorkingGroupMember) == ROWS + ROWS // 2
    with services.db.reader() as uow:
        created = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "create", AuditEntry.entity == "volunteer"))
        sample = uow.session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "volunteer", AuditEntry.action == "create").order_by(AuditEntry.id)).first()
    assert created == ROWS and "rij" in sample.detail and sample.after["last_name"] == "•••"
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    assert len(statements) < 80 and len(inserts) < 30, len(statements)


def test_a_failure_while_writing_leaves_nothing_behind(services, admin, tmp_path, monkeypatch):
    path = _big_list(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr("app.services.volunteers._import._write_people", broken)
    with pytest.raises(RuntimeError):
        services.volunteer_imports.import_file(admin, path)
    assert _count(services, Volunteer) == 0 and _count(services, WorkingGroupMember) == 0
    with services.db.reader() as uow:
        assert not uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    assert _count(services, WorkingGroup) == 0  # the groups made in the same transaction are gone too


def test_someone_adding_the_same_person_meanwhile_is_not_doubled(services, admin, tmp_path, monkeypatch):
    """A colleague saves the same person after the import has checked its rows and before it
    writes them: the import's short write transaction checks again and does not double her."""
    from app.domain.volunteers import VolunteerInput
    from app.services.volunteers import _import

    path = tmp_path / "twee.csv"
    path.write_text("Voornaam;Achternaam;E-mail\nAnna;Vries;anna@voorbeeld.nl\nBert;Smit;bert@voorbeeld.nl\n",
                    encoding="utf-8")
    real = _import._prepared

    def colleague_first(planned):
        services.volunteers.create(admin, VolunteerInput(first_name="Anna", last_name="Vries", email="anna@voorbeeld.nl"))
        return real(planned)

    monkeypatch.setattr(_import, "_prepared", colleague_first)
    report = services.volunteer_imports.import_file(admin, path)
    assert [r for r, _n in report.imported] == [3] and [r for r, _n in report.already_present] == [2]
    assert _count(services, Volunteer) == 2
