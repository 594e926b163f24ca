"""Moving all data to another database (`TransferService`): SQLite → PostgreSQL and back, every
row verbatim, the audit trail intact plus one entry, and nothing left behind when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.db import table_copy
from app.db.database import Database
from app.db.models import AuditEntry
from app.domain.errors import Conflict, PermissionDenied, WijkhuisError
from app.domain.permissions import Role
from app.domain.progress import Cancelled
from app.services import Services, maintenance
from tests.integration.transfer_helpers import (
    RecordingProgress,
    all_rows,
    blank_postgres_database,
    build_demo,
    sql_nulls,
    table_names,
)


@pytest.fixture
def other_kind(db, request, tmp_path):
    """An empty target of the other kind than `db`: a blank server database for an SQLite
    source, a new SQLite file for a PostgreSQL source."""
    if db.is_sqlite:
        server = request.getfixturevalue("postgres_template")
        with blank_postgres_database(server) as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'overgezet.sqlite'}"


def _admin_of(db: Database):
    return Services.for_database(db).users.authenticate("beheerder", "demo")


def _assert_same_data_plus_transfers(source: dict, target: dict, transfers: int) -> None:
    """The same rows in every table; the audit trail has the transfers' entries on top."""
    assert source.keys() == target.keys()
    for table, rows in source.items():
        if table == "audit_log":
            assert target[table][: len(rows)] == rows  # every entry verbatim, in order
            added = target[table][len(rows):]
            assert [(row.action, row.entity, row.username) for row in added] == [
                ("transfer", "database", "beheerder")
            ] * transfers
        else:
            assert target[table] == rows, table


def test_every_row_goes_into_the_other_kind_of_database_verbatim(db, other_kind):
    build_demo(db)
    admin = _admin_of(db)
    before = all_rows(db)
    progress = RecordingProgress()

    result = Services.for_database(db).transfer.transfer(admin, other_kind, progress)

    target = Database(other_kind)
    try:
        after = all_rows(target)
        _assert_same_data_plus_transfers(before, after, transfers=1)
        assert result.rows == {name: len(rows) for name, rows in before.items()}  # counted before the entry
        assert result.total == sum(len(rows) for rows in before.values())
        assert sql_nulls(target, "audit_log", "before") == sql_nulls(db, "audit_log", "before") == 1
        assert maintenance.check(target).ok
        # the passwords came along, and new rows get ids past the copied ones
        services = Services.for_database(target)
        there = services.users.authenticate("beheerder", "demo")
        highest = max(row.id for row in after["user_account"])
        new_user = services.users.create_user(there, "nieuw", "Nieuwe Collega", Role.READ_ONLY, "geheim123")
        assert new_user.id == highest + 1
        with target.reader() as uow:
            entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "transfer")).one()
        assert entry.user_id == admin.user_id and db.describe() in entry.detail
    finally:
        target.dispose()
    done = [report[0] for report in progress.reports]
    assert done == sorted(done) and progress.reports[-1][:2] == (result.total, result.total)
    lines = len(before["allowance_line"])
    assert lines > 2 * table_copy.BATCH_ROWS  # a large table moves in batches, each one reported
    assert sum(" allowance_line: " in report[2] for report in progress.reports) == -(-lines // table_copy.BATCH_ROWS)


def test_a_demo_database_goes_to_a_server_and_back_unchanged(sqlite_db, postgres_template, tmp_path):
    build_demo(sqlite_db)
    admin = _admin_of(sqlite_db)
    original = all_rows(sqlite_db)
    with blank_postgres_database(postgres_template) as server_url:
        Services.for_database(sqlite_db).transfer.transfer(admin, server_url)
        server = Database(server_url)
        try:
            back_url = f"sqlite:///{tmp_path / 'terug.sqlite'}"
            Services.for_database(server).transfer.transfer(admin, back_url)  # same account, same id
        finally:
            server.dispose()
    back = Database(back_url)
    try:
        _assert_same_data_plus_transfers(original, all_rows(back), transfers=2)
        assert maintenance.check(back).ok
    finally:
        back.dispose()


def test_a_migrated_but_unused_database_counts_as_empty(db, tmp_path):
    source = Database(f"sqlite:///{tmp_path / 'bron.sqlite'}")
    try:
        from app.db import migrate

        migrate.upgrade(source, backup=False)
        admin = Services.for_database(source).users.initialise("Buurthuis De Klinker", "beheerder", "", "geheim123")
        url = db.url.render_as_string(hide_password=False)
        result = Services.for_database(source).transfer.transfer(admin, url)
        assert result.rows["user_account"] == 1 and result.rows["centre"] == 1
        copied = all_rows(db)
        assert copied["allowance_limit"] == all_rows(source)["allowance_limit"]
        assert Services.for_database(db).settings.centre().name == "Buurthuis De Klinker"
    finally:
        source.dispose()


def test_a_database_that_holds_data_is_refused_and_left_as_it_was(db, admin, tmp_path):
    source = Database(f"sqlite:///{tmp_path / 'bron.sqlite'}")
    try:
        build_demo(source)
        before = all_rows(db)
        url = db.url.render_as_string(hide_password=False)
        with pytest.raises(Conflict, match=r"is niet leeg \(audit_log: 2, centre: 1, user_account: 1\)"):
            Services.for_database(source).transfer.transfer(_admin_of(source), url)
        assert all_rows(db) == before
    finally:
        source.dispose()


def test_a_failure_half_way_leaves_no_table_on_the_server(sqlite_db, postgres_template, monkeypatch):
    build_demo(sqlite_db)
    real_copy = table_copy.copy_table
    copied = []

    def copy_then_break(source, target, table, rows_copied):
        if len(copied) == 5:
            raise RuntimeError("disk full")
        copied.append(table.name)
        return real_copy(source, target, table, rows_copied)

    monkeypatch.setattr(table_copy, "copy_table", copy_then_break)
    with blank_postgres_database(postgres_template) as url:
        with pytest.raises(RuntimeError, match="disk full"):
            Services.for_database(sqlite_db).transfer.transfer(_admin_of(sqlite_db), url)
        assert len(copied) == 5
        assert table_names(url) == set()  # not even the tables the migrations made


def test_cancelling_removes_the_new_sqlite_file(postgres_db, tmp_path):
    build_demo(postgres_db)
    target = tmp_path / "nieuw.sqlite"
    with pytest.raises(Cancelled):
        Services.for_database(postgres_db).transfer.transfer(
            _admin_of(postgres_db), f"sqlite:///{target}", RecordingProgress(cancel_after=3)
        )
    assert list(tmp_path.iterdir()) == []


def test_only_an_administrator_may_transfer(services, actors, tmp_path):
    for role in ("coordinator", "penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied, match="gegevens naar een andere database overzetten"):
            services.transfer.transfer(actors[role], f"sqlite:///{tmp_path / 'x.sqlite'}")
        with pytest.raises(PermissionDenied):
            services.transfer.test_target(actors[role], f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert not (tmp_path / "x.sqlite").exists()


def test_the_database_in_use_is_not_a_target(services, admin):
    with pytest.raises(Conflict, match="is de database waarin u nu werkt"):
        services.transfer.transfer(admin, services.db.url.render_as_string(hide_password=False))


def test_a_file_someone_else_makes_meanwhile_is_not_overwritten(services, admin, tmp_path, monkeypatch):
    target = tmp_path / "doel" / "nieuw.sqlite"
    target.parent.mkdir()
    real = table_copy.advance_sequences

    def someone_else_saves_first(connection, tables):
        target.write_bytes(b"het bestand van een collega")
        return real(connection, tables)

    monkeypatch.setattr(table_copy, "advance_sequences", someone_else_saves_first)
    with pytest.raises(Conflict, match="is tijdens het overzetten door iemand anders gemaakt"):
        services.transfer.transfer(admin, f"sqlite:///{target}")
    assert target.read_bytes() == b"het bestand van een collega"
    assert [path.name for path in target.parent.iterdir()] == ["nieuw.sqlite"]


def test_a_table_that_comes_out_short_stops_the_transfer(db, other_kind, monkeypatch):
    build_demo(db)
    real = table_copy.copy_table

    def lose_the_closing_days(source, target, table, rows_copied):
        return 0 if table.name == "closing_day" else real(source, target, table, rows_copied)

    monkeypatch.setattr(table_copy, "copy_table", lose_the_closing_days)
    closing_days = len(all_rows(db)["closing_day"])
    with pytest.raises(WijkhuisError) as caught:
        Services.for_database(db).transfer.transfer(_admin_of(db), other_kind)
    assert str(caught.value) == (
        f"De kopie is onvolledig, daarom is er niets bewaard: closing_day: {closing_days} gelezen, 0 geschreven"
    )
    if db.is_sqlite:
        assert table_names(other_kind) == set()
    else:
        folder = Path(make_url(other_kind).database).parent
        assert not any(path.name.startswith(("overgezet.sqlite", ".overgezet.sqlite")) for path in folder.iterdir())
