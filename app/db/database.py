"""The engine and the unit of work.

SQLite: WAL, foreign keys and a busy timeout on every connection; a unit of work that writes
starts with `BEGIN IMMEDIATE`, so writers from two processes are serialised by SQLite itself
and a check-then-insert (a booking, a limit) cannot interleave with another writer's.
PostgreSQL: the same code; constraints and row locks do the same job there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.db import text_guard  # noqa: F401 - registers the clean-text rule on every Session
from app.db import scoping
from app.domain.errors import DatabaseLocked, DatabaseUnavailable
from app.db import locks, restore_marker
from app.db.lengths import check_lengths
from app.domain.errors import (
    BookingOverlapRefused,
    DatabaseBeingRestored,
)
from app.i18n import translator

_ = translator("core")

SQLITE_BUSY_TIMEOUT_MS = 5000
POSTGRES_LOCK_TIMEOUT_MS = 5000
# A server that does not answer (switched off, or out of reach from this network) is reported
# after this many seconds instead of leaving the program waiting for minutes.
POSTGRES_CONNECT_TIMEOUT_SECONDS = 10
_WRITE_FLAG = "wijkhuis_write"


class Database:
    def __init__(self, url: str, *, echo: bool = False):
        try:
            self.url: URL = make_url(url)
            self.engine: Engine = self._create_engine(echo)
        except (ArgumentError, ImportError, ValueError):
            raise DatabaseUnavailable(
                _("{url} is not a database address Wijkhuis can use (sqlite:///FILE or postgresql://…)").format(
                    url=_without_password(url)
                )
            ) from None
        if self.url.get_backend_name() not in ("sqlite", "postgresql"):
            self.engine.dispose()
            raise DatabaseUnavailable(
                _("{url} is not a database address Wijkhuis can use (sqlite:///FILE or postgresql://…)").format(
                    url=_without_password(url)
                )
            )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """Where the data is, for messages and the title bar (no password)."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    def unit_of_work(self, actor: scoping.Scoped | None = None, *, write: bool = True) -> UnitOfWork:
        """A transaction for `actor`: it sees and changes only the actor's centres
        (app/db/scoping.py). Without an actor: the program itself, across every centre."""
        return UnitOfWork(self, write=write, scope=actor.centre_scope if actor is not None else None)

    def reader(self, actor: scoping.Scoped | None = None) -> UnitOfWork:
        return self.unit_of_work(actor, write=False)

    def dispose(self) -> None:
        self.engine.dispose()

    def _create_engine(self, echo: bool) -> Engine:
        if self.is_sqlite:
            path = self.sqlite_path
            if path is not None and not path.parent.exists():
                raise DatabaseUnavailable(
                    _("The folder {folder} does not exist").format(folder=path.parent)
                )
            engine = create_engine(
                self.url,
                echo=echo,
                connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            )
            _configure_sqlite(engine)
            return engine
        # A row or table lock held by another user gives up after a while (DatabaseLocked)
        # instead of freezing the window.
        options: dict[str, object] = {"options": f"-c lock_timeout={POSTGRES_LOCK_TIMEOUT_MS}"}
        if "connect_timeout" not in self.url.query:  # an address may set its own
            options["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_SECONDS
        return create_engine(self.url, echo=echo, pool_pre_ping=True, connect_args=options)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.info.get(_WRITE_FLAG, True)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _without_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not even a URL: show it as typed
        return url


def is_lock_error(error: BaseException) -> bool:
    if isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) in ("55P03", "40P01"):
        return True  # PostgreSQL: lock_timeout passed, or chosen to give way in a deadlock
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        return "database is locked" in text or "database is busy" in text
    return False


class UnitOfWork:
    """`with db.unit_of_work() as uow:` … `uow.commit()`. Leaving without commit rolls back."""

    def __init__(self, database: Database, *, write: bool, scope: scoping.CentreScope | None = None):
        self.database = database
        self._write = write
        self._scope = scope
        self._committed = False
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        try:
            self._connection = self.database.engine.connect()
            self._connection.info[_WRITE_FLAG] = self._write
            self._transaction = self._connection.begin()
        except DBAPIError as error:
            if hasattr(self, "_connection"):
                self._connection.close()
            raise translate_error(error) from error
        self._refuse_while_restoring()
        self._serialise_writers()
        self.session = Session(bind=self._connection, expire_on_commit=False, autoflush=True)
        if self._scope is not None:
            self.session.info[scoping.SCOPE_KEY] = self._scope
        event.listen(self.session, "before_flush", check_lengths)
        return self

    def _serialise_writers(self) -> None:
        """PostgreSQL: a writing unit of work takes the audit chain's lock first, as SQLite's
        BEGIN IMMEDIATE takes the write lock first. Every entry links to the one before it, so
        writers that audit must take turns; taking that turn at the start (not at the first
        audit entry, after row locks) means two writers can never wait for each other in a
        circle (a deadlock)."""
        if not self._write or self.database.is_sqlite:
            return
        try:
            locks.hold(self._connection, locks.AUDIT_CHAIN)
        except DBAPIError as error:
            self._transaction.rollback()
            self._connection.close()
            raise translate_error(error) from error

    def _refuse_while_restoring(self) -> None:
        """Checked with SQLite's write lock held: a restore under way refuses every write."""
        path = self.database.sqlite_path
        if not self._write or path is None:
            return
        marker = restore_marker.read(path)
        if marker is None or marker.is_ours:
            return
        self._transaction.rollback()
        self._connection.close()
        raise DatabaseBeingRestored(marker.username, marker.since.astimezone().strftime("%H:%M:%S"))

    def commit(self) -> None:
        try:
            self.session.flush()
            self._transaction.commit()
        except DBAPIError as error:
            raise translate_error(error) from error
        self._committed = True

    def rollback(self) -> None:
        if self._transaction.is_active:
            self._transaction.rollback()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._committed:
                self.rollback()
        finally:
            self.session.close()
            self._connection.close()
        if exc is not None and is_lock_error(exc):
            raise DatabaseLocked() from exc
        if exc is not None and is_exclusion_error(exc):
            raise BookingOverlapRefused() from exc


def is_exclusion_error(error: BaseException) -> bool:
    """PostgreSQL's exclusion constraint on bookings (23P01): two live bookings of one room overlap."""
    return isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) == "23P01"


def translate_error(error: DBAPIError) -> Exception:
    """A database error the user can act on becomes a WijkhuisError; anything else stays."""
    if is_lock_error(error):
        return DatabaseLocked()
    if is_exclusion_error(error):
        return BookingOverlapRefused()
    if isinstance(error, OperationalError):
        lines = str(error.orig).strip().splitlines()
        return DatabaseUnavailable(
            _("Cannot reach the database: {reason}").format(reason=lines[0] if lines else type(error.orig).__name__)
        )
    return error


_translate = translate_error
