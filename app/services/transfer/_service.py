"""Move all data to another database: from the SQLite file on one PC to a PostgreSQL server
when the centre grows, or back. `wijkhuis transfer` and Instellingen → Database both use this.

The source is read in one consistent snapshot; the target is written in one transaction that
creates the tables if needed, copies every row, checks the row counts, sets the id sequences
and records the transfer in the target's audit trail. If anything fails or the user cancels,
nothing stays behind: the transaction is rolled back, and a new SQLite file is only given its
name once it is complete.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from app.db import migrate, table_copy
from app.db.database import Database
from app.db.unreachable import connect_error, where
from app.domain import formatting
from app.domain.errors import Conflict, DatabaseUnavailable, WijkhuisError
from app.domain.permissions import Permission
from app.domain.progress import NoProgress, Progress, check_cancelled
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.transfer._target import (
    TargetStatus,
    ensure_reachable,
    open_target,
    refuse_unless_empty,
    seeded_tables,
)

_ = translator("transfer")

TRANSFER_LOCK = 0x5769_6A6B  # "Wijk": the advisory lock a transfer holds on a PostgreSQL target


@dataclass(frozen=True)
class TransferResult:
    source: str
    target: str
    rows: dict[str, int]  # per table, as counted in the target afterwards

    @property
    def total(self) -> int:
        return sum(self.rows.values())


class TransferService:
    def __init__(self, db: Database):
        self.db = db

    def test_target(self, actor: Actor, url: str) -> TargetStatus:
        """Connect and look, changing nothing: the connection test of the window."""
        actor.require(Permission.BACKUP_RESTORE, _("transfer the data to another database"))
        target = open_target(url)
        try:
            self._refuse_same_database(target)
            path = target.sqlite_path
            if path is not None and (not path.exists() or path.stat().st_size == 0):
                return TargetStatus(where(target), True, True, False)
            if not target.is_sqlite:
                ensure_reachable(target)
            migrate.check_compatible(target)
            try:
                with target.engine.connect() as connection:
                    has_tables = refuse_unless_empty(connection, target)
            except DBAPIError as error:
                raise connect_error(target, error) from None
            return TargetStatus(where(target), target.is_sqlite, False, has_tables)
        finally:
            target.dispose()

    def transfer(self, actor: Actor, url: str, progress: Progress | None = None) -> TransferResult:
        actor.require(Permission.BACKUP_RESTORE, _("transfer the data to another database"))
        if not migrate.is_at_head(self.db):
            raise Conflict(_("The database schema is not up to date; start Wijkhuis once to update it."))
        progress = progress or NoProgress()
        target = open_target(url)
        try:
            self._refuse_same_database(target)
            path = target.sqlite_path
            if path is not None and not path.exists():
                return self._into_new_file(actor, path, where(target), progress)
            if not target.is_sqlite:
                ensure_reachable(target)
            migrate.check_compatible(target)
            return self._copy(actor, target, where(target), progress)
        finally:
            target.dispose()

    def _into_new_file(self, actor: Actor, path: Path, shown_as: str, progress: Progress) -> TransferResult:
        """A new SQLite file is written under a temporary name beside it, and appears under its
        own name only when it is complete, and only if nobody made that file in the meantime."""
        staging = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        target = Database(f"sqlite:///{staging}")
        try:
            result = self._copy(actor, target, shown_as, progress)
            target.dispose()  # the last connection writes the WAL into the file
            _publish(staging, path, shown_as)
            return result
        finally:
            target.dispose()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{staging}{suffix}").unlink(missing_ok=True)

    def _refuse_same_database(self, target: Database) -> None:
        here, there = self.db.sqlite_path, target.sqlite_path
        if here is not None and there is not None:
            same = here.resolve() == there.resolve()
        else:
            same = _server_database(self.db) == _server_database(target)
        if same:
            raise Conflict(_("{where} is the database you are working in; choose another one.").format(
                where=where(target)))

    def _copy(self, actor: Actor, target: Database, shown_as: str, progress: Progress) -> TransferResult:
        tables = table_copy.model_tables()
        seeded = [table for table in tables if table.name in seeded_tables()]
        with self.db.reader(actor) as source:
            reading = source.session.connection()
            if not self.db.is_sqlite:
                reading.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            expected = table_copy.count_rows(reading, tables)
            try:
                with target.unit_of_work() as uow:
                    writing = uow.session.connection()
                    self._prepare(writing, target, seeded)
                    copier = _Copier(progress, sum(expected.values()))
                    for table in tables:
                        table_copy.copy_table(reading, writing, table, copier.copied)
                    copier.finish()
                    written = table_copy.count_rows(writing, tables)
                    _check_counts(expected, written)
                    table_copy.advance_sequences(writing, tables)
                    audit.record(
                        uow.session, actor, "transfer", "database", None,
                        detail=_("copied from {source}: {rows} rows in {tables} tables").format(
                            source=self.db.describe(), rows=formatting.number(sum(written.values())),
                            tables=len(tables)),
                    )
                    uow.commit()
            except DBAPIError as error:
                raise _translated(target, error) from error
        return TransferResult(self.db.describe(), shown_as, written)

    @staticmethod
    def _prepare(connection: Connection, target: Database, seeded: list) -> None:
        """Inside the target's transaction: refuse a filled database, create the tables (also
        in the transaction, so a failure leaves none behind), drop the migrations' own rows."""
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # checked at commit
        else:  # two transfers into one server database: the second waits, then finds it filled
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TRANSFER_LOCK})
        refuse_unless_empty(connection, target)
        from alembic import command

        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
        table_copy.delete_rows(connection, seeded)


class _Copier:
    """Turns "rows copied" into progress for the bar or the terminal, and honours Cancel."""

    def __init__(self, progress: Progress, total: int):
        self.progress, self.total, self.done = progress, total, 0
        progress.report(0, total, _("Copying…"))

    def copied(self, table: str, rows: int) -> None:
        check_cancelled(self.progress)
        self.done += rows
        self.progress.report(self.done, self.total, _("Copying {table}: {done} of {total} rows").format(
            table=table, done=formatting.number(self.done), total=formatting.number(self.total)))

    def finish(self) -> None:
        check_cancelled(self.progress)
        self.progress.report(self.total, self.total, _("Checking the row counts…"))


def _publish(staging: Path, path: Path, shown_as: str) -> None:
    taken = Conflict(_("{where} was made by someone else during the transfer; it was left as it is.").format(
        where=shown_as))
    try:
        os.link(staging, path)  # refuses to replace a file that appeared meanwhile
    except FileExistsError:
        raise taken from None
    except OSError:  # a file system without hard links (a FAT USB stick)
        if path.exists():
            raise taken from None
        os.replace(staging, path)


def _server_database(database: Database) -> tuple:
    url = database.url
    return url.get_backend_name(), url.host or "localhost", url.port or 5432, url.database

def _check_counts(expected: dict[str, int], written: dict[str, int]) -> None:
    differ = [
        _("{table}: {expected} read, {written} written").format(table=name, expected=count, written=written[name])
        for name, count in expected.items() if written[name] != count
    ]
    if differ:
        raise WijkhuisError(_("The copy is incomplete, so nothing was kept: {tables}").format(tables="; ".join(differ)))


def _translated(target: Database, error: DBAPIError) -> Exception:
    from sqlalchemy.exc import OperationalError

    if isinstance(error, OperationalError) and "connection" in str(error.orig).lower():
        return connect_error(target, error)
    if isinstance(error, OperationalError):
        return DatabaseUnavailable(_("Writing to {where} failed, nothing was kept: {reason}").format(
            where=where(target), reason=str(error.orig).strip().splitlines()[0]))
    return error
