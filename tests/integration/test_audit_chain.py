"""The audit trail is a hash chain: `check` names the first entry that does not fit, on SQLite and
PostgreSQL, whichever route the change took; it also verifies the schema; the export carries the
hashes so that an outsider can recompute them."""

from __future__ import annotations

import hashlib

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from app.db.models import AuditEntry
from app.domain.audit.chain import GENESIS
from app.services import maintenance
from app.services.settings import CentreDetails


def _some_history(services, admin) -> list[int]:
    for town in ("Arnhem", "Zwolle", "Deventer", "Ede"):
        services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", town=town))
    with services.db.reader() as uow:
        return list(uow.session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _bypass(db, *statements: str) -> None:
    """Another program with the owner's rights, going around the append-only triggers."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            for statement in statements:
                connection.exec_driver_sql(statement)
        else:
            connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
            for statement in statements:
                connection.exec_driver_sql(statement)
            connection.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")


def test_every_entry_links_to_the_one_before_and_the_check_passes(services, admin):
    ids = _some_history(services, admin)
    with services.db.reader() as uow:
        rows = uow.session.execute(select(AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)).all()
    assert len(rows) == len(ids) >= 6
    assert rows[0].prev_hash == GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(rows, rows[1:], strict=False))
    assert maintenance.check(services.db).ok


def test_a_rewritten_entry_is_named_by_the_check(services, db, admin):
    ids = _some_history(services, admin)
    victim = ids[3]
    if db.is_sqlite:  # REPLACE INTO passes the UPDATE and DELETE triggers
        _bypass(db, f"REPLACE INTO audit_log (id, at, user_id, username, action, entity, entity_id, before, after, "
                    f"detail, prev_hash, hash) SELECT id, at, user_id, 'iemand', action, entity, entity_id, before, "
                    f"after, detail, prev_hash, hash FROM audit_log WHERE id = {victim}")
    else:  # the owner switches the trigger off, updates and switches it on again
        _bypass(db, f"UPDATE audit_log SET username = 'iemand' WHERE id = {victim}")
    report = maintenance.check(db)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"Regel {victim} van het logboek")
    assert "buiten Wijkhuis om gewijzigd" in report.problems[0]


def test_a_removed_entry_breaks_the_chain_at_the_next_one(services, db, admin):
    ids = _some_history(services, admin)
    if db.is_sqlite:
        _bypass(db, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE id = {ids[2]}")
    else:
        _bypass(db, f"DELETE FROM audit_log WHERE id = {ids[2]}")
    report = maintenance.check(db)
    assert report.problems and report.problems[0].startswith(f"Regel {ids[3]} van het logboek")
    assert "verwijderd of tussengevoegd" in report.problems[0]


def test_an_entry_slipped_in_without_the_recorder_is_named(services, db, admin):
    _some_history(services, admin)
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO audit_log (at, username, action, entity, entity_id, detail) "
            "VALUES (CURRENT_TIMESTAMP, 'iemand', 'update', 'centre', '1', '')"))
        new_id = connection.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    report = maintenance.check(db)
    assert report.problems and report.problems[0].startswith(f"Regel {new_id} van het logboek")


@pytest.mark.parametrize("damage", ["table", "column"])
def test_the_check_names_a_missing_table_or_column(services, db, admin, damage):
    with db.engine.begin() as connection:
        if damage == "table":
            connection.exec_driver_sql("DROP TABLE volunteer_hours" + ("" if db.is_sqlite else " CASCADE"))
        else:
            connection.exec_driver_sql("ALTER TABLE booking DROP COLUMN notes")
    report = maintenance.check(db)
    expected = "Tabel volunteer_hours ontbreekt." if damage == "table" else "Kolom notes van tabel booking ontbreekt."
    assert expected in report.problems


def test_the_audit_export_lets_an_outsider_recompute_every_hash(services, admin, tmp_path):
    _some_history(services, admin)
    out = tmp_path / "logboek.xlsx"
    count = services.audit.export_xlsx(admin, out)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    content, previous, own = (header.index(h) for h in ("Gehashte inhoud", "Vorige hash", "Hash"))
    assert len(rows) - 1 == count >= 6
    expected_previous = GENESIS
    for row in rows[1:]:
        assert row[previous] == expected_previous
        assert hashlib.sha256(f"{row[previous]}\n{row[content]}".encode()).hexdigest() == row[own]
        expected_previous = row[own]
