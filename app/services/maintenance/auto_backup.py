"""Automatic copies of the SQLite file, so that nothing is ever lost.

- At the first start of a day (window or command) a daily copy is made; before every schema
  update a copy is made too. Both go to the folder the administrator chose (a USB stick, a
  network folder); when that folder cannot be reached the copy goes to the data folder's
  `backups` and the reason is kept for the Backups tab.
- Every copy is named after its database (`NAAM-xxxxxx-JJJJMMDD-UUMMSS-soort.sqlite`, the six
  characters tell two files of the same name apart), so several databases can share one folder:
  each gets its own daily copy and its own rotation.
- Rotation, per database, keeps the daily copies of the last 7 days that have one, plus the
  newest copy of each of the last 4 weeks; copies made by hand are never removed, copies made
  before an update or before a restore (`voor-terugzetten`) are kept 4 deep. Each copy is
  verified after writing (opened, `integrity_check`).
- A backup can be previewed (centre, date, records per table) before it is restored; the
  restore itself (maintenance.restore) keeps a copy of the current file first.

A PostgreSQL server is backed up on the server (pg_dump); these functions do nothing there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.config import backups_dir
from app.db import migrate
from app.db.backup import backup_sqlite_file
from app.db.database import Database
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.domain.permissions import Permission
from app.i18n import translator
from app.importers.guard import FileRefused, check_input_file, os_message, user_path
from app.services.common import audit
from app.services.maintenance import _check_restore as maintenance
from app.services.common.actor import Actor

_ = translator("security")

FOLDER_SETTING = "backup.folder"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BEFORE_UPDATE = 4
KEEP_BEFORE_RESTORE = 4
DAILY, BEFORE_UPDATE, MANUAL = "dagelijks", "voor-update", "handmatig"
BEFORE_RESTORE = "voor-terugzetten"
ROTATED = (DAILY, BEFORE_UPDATE, BEFORE_RESTORE)
PREFIX = "wijkhuis"
_NAME = re.compile(
    rf"^(?P<database>.+?)-(\d{{8}})-(\d{{6}})-({DAILY}|{BEFORE_UPDATE}|{MANUAL}|{BEFORE_RESTORE})\.sqlite$")

MAIN_TABLES = (
    "volunteer", "working_group", "volunteer_hours", "allowance_line", "payment_batch", "room",
    "renter", "booking", "booking_series", "invoice", "funder", "subsidy_application",
    "attachment", "user_account", "audit_log",
)


def _table_labels() -> dict[str, str]:
    """Friendly names for the preview (called each time: the language may change)."""
    return {
        "volunteer": _("Volunteers"),
        "working_group": _("Working groups"),
        "volunteer_hours": _("Hours worked"),
        "allowance_line": _("Allowance lines"),
        "payment_batch": _("Payment runs"),
        "room": _("Rooms"),
        "renter": _("Renters"),
        "booking": _("Bookings"),
        "booking_series": _("Booking series"),
        "invoice": _("Invoices"),
        "funder": _("Funders"),
        "subsidy_application": _("Subsidy applications"),
        "attachment": _("Attachments"),
        "user_account": _("Accounts"),
        "audit_log": _("Audit trail entries"),
    }


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # dagelijks, voor-update, voor-terugzetten, handmatig, or "" for a file named otherwise
    made_at: dt.datetime  # local time, naive
    size: int
    database: str = ""  # the name part before the date: which database it is a copy of


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    made_at: dt.datetime
    size: int
    centre_name: str
    counts: dict[str, int]
    revisions: frozenset[str]
    problem: str = ""  # why it cannot be restored; empty when it can

    @property
    def restorable(self) -> bool:
        return not self.problem


@dataclass
class AutoBackupResult:
    made: Path | None = None
    folder: Path | None = None
    problem: str = ""  # why the chosen folder was not used, or why no copy was made
    removed: list[Path] = field(default_factory=list)


last_result = AutoBackupResult()  # what the last automatic backup did, for the Backups tab


def table_label(table: str) -> str:
    return _table_labels().get(table, table)


def main_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """The counts people recognise, in a fixed order, then all other records together."""
    labels = _table_labels()
    rows = [(labels[t], counts[t]) for t in MAIN_TABLES if t in counts]
    other = sum(n for t, n in counts.items() if t not in MAIN_TABLES)
    rows.append((_("Other records"), other))
    return rows


# -- files -------------------------------------------------------------------------------------
def database_label(path: Path | None) -> str:
    """The name part of every copy of the database at `path`: its file name and six characters
    of its full path, so two `wijkhuis.sqlite` files in different folders differ."""
    if path is None:
        return PREFIX
    try:
        full = str(path.resolve())
    except OSError:
        full = str(path.absolute())
    stem = re.sub(r"[^0-9A-Za-z_.]+", "_", path.stem).strip("_.") or PREFIX
    return f"{stem}-{hashlib.sha256(full.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"


def backup_name(kind: str, when: dt.datetime, database: str = PREFIX) -> str:
    return f"{database}-{when:%Y%m%d-%H%M%S}-{kind}.sqlite"


def _parse(path: Path) -> BackupFile | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    match = _NAME.match(path.name)
    if match:
        try:
            made_at = dt.datetime.strptime(match.group(2) + match.group(3), "%Y%m%d%H%M%S")
        except ValueError:
            made_at = None
        if made_at is not None:
            return BackupFile(path, match.group(4), made_at, stat.st_size, match.group("database"))
    return BackupFile(path, "", dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size)


def list_backups(folder: Path) -> list[BackupFile]:
    """Every `.sqlite` file in the folder, newest first (also copies named by hand)."""
    if not folder.is_dir():
        return []
    found = [_parse(p) for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at, reverse=True)


def to_keep(backups: list[BackupFile]) -> set[Path]:
    """The rotation rule (pure, so it can be tested on names alone), per database."""
    keep = {b.path for b in backups if b.kind not in ROTATED}
    for database in {b.database for b in backups if b.kind in ROTATED}:
        keep |= _to_keep_one([b for b in backups if b.database == database])
    return keep


def _to_keep_one(backups: list[BackupFile]) -> set[Path]:
    keep: set[Path] = set()
    for kind, depth in ((BEFORE_UPDATE, KEEP_BEFORE_UPDATE), (BEFORE_RESTORE, KEEP_BEFORE_RESTORE)):
        copies = sorted((b for b in backups if b.kind == kind), key=lambda b: b.made_at, reverse=True)
        keep.update(b.path for b in copies[:depth])
    daily = sorted((b for b in backups if b.kind == DAILY), key=lambda b: b.made_at, reverse=True)
    days: dict[dt.date, BackupFile] = {}
    weeks: dict[tuple[int, int], BackupFile] = {}
    for backup in daily:  # newest first: the first seen per day/week is the newest
        days.setdefault(backup.made_at.date(), backup)
        weeks.setdefault(backup.made_at.isocalendar()[:2], backup)
    keep.update(b.path for b in list(days.values())[:KEEP_DAILY])
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKLY])
    return keep


def rotate(folder: Path) -> list[Path]:
    """Remove the automatic copies the rule does not keep, and half-written ones."""
    removed = []
    backups = list_backups(folder)
    keep = to_keep(backups)
    for backup in backups:
        if backup.kind in ROTATED and backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    for partial in folder.glob("*-*.sqlite.part"):
        partial.unlink(missing_ok=True)
        removed.append(partial)
    return removed


# -- the chosen folder ---------------------------------------------------------------------------
def _folder_from_file(path: Path) -> str | None:
    """Read the setting straight from the file (also before an update, read-only)."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = connection.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_SETTING,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if not row:
        return None
    try:
        value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    except ValueError:
        return None
    return value.get("value") if isinstance(value, dict) else None


def _usable_folder(chosen: str | None) -> tuple[Path, str]:
    """The chosen folder if it can be written to, else the data folder with the reason."""
    if not chosen:
        return backups_dir(), ""
    folder = Path(chosen)
    if not folder.is_dir():
        return backups_dir(), _("The backup folder {folder} cannot be reached (USB stick or network folder not connected?); the copy went to {fallback}.").format(
            folder=folder, fallback=backups_dir()
        )
    probe = folder / ".wijkhuis-schrijftest"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        return backups_dir(), _("Cannot write to the backup folder {folder} ({reason}); the copy went to {fallback}.").format(
            folder=folder, reason=error.strerror or error, fallback=backups_dir()
        )
    return folder, ""


def _make(source: Path, kind: str, *, now: dt.datetime | None = None) -> AutoBackupResult:
    folder, problem = _usable_folder(_folder_from_file(source))
    when = now or dt.datetime.now()
    result = AutoBackupResult(folder=folder, problem=problem)
    try:
        result.made = backup_sqlite_file(source, folder / backup_name(kind, when, database_label(source)))
        result.removed = rotate(folder)
        if backups_dir() != folder:  # copies made before an update or a restore land there too
            result.removed += rotate(backups_dir())
    except (OSError, sqlite3.Error, WijkhuisError) as error:
        result.problem = _("The automatic backup failed: {reason}").format(reason=error)
    return result


def before_migration(db: Database) -> AutoBackupResult | None:
    """Called before the schema is updated: a copy in the chosen folder. None when there is
    nothing to update (or no SQLite file)."""
    global last_result
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    current = migrate.check_compatible(db)
    if not current or migrate.is_at_head(db):
        return None
    last_result = _make(path, BEFORE_UPDATE)
    return last_result


def daily(db: Database, *, now: dt.datetime | None = None) -> AutoBackupResult | None:
    """At the first start of a day: a daily copy, unless one was made today already."""
    global last_result
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    now = now or dt.datetime.now()
    folder, _problem = _usable_folder(_folder_from_file(path))
    mine = database_label(path)
    if any(b.kind == DAILY and b.database == mine and b.made_at.date() == now.date() for b in list_backups(folder)):
        return None
    last_result = _make(path, DAILY, now=now)
    if last_result.made is not None:
        try:
            with db.unit_of_work() as uow:
                audit.record(uow.session, Actor.system(), "backup", "database", None,
                             detail=f"{DAILY}: {last_result.made}")
                uow.commit()
        except WijkhuisError:
            pass  # the copy exists; a busy database only costs the audit line
    return last_result


# -- preview --------------------------------------------------------------------------------------
def preview(path: Path) -> BackupPreview:
    """What a backup holds, read without changing it. Never raises for a bad file: the
    reason is in `problem`."""
    path = user_path(path)
    try:
        check_input_file(path, what=_("The backup"))
        info = _parse(path)
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileRefused as refused:
        return BackupPreview(path, dt.datetime.now(), 0, "", {}, frozenset(), str(refused))
    except OSError as error:
        return BackupPreview(path, dt.datetime.now(), 0, "", {}, frozenset(), os_message(error, path))
    made_at = info.made_at if info else dt.datetime.now()
    size = info.size if info else 0

    def bad(problem: str) -> BackupPreview:
        return BackupPreview(path, made_at, size, "", {}, frozenset(), problem)

    if header != b"SQLite format 3\x00":
        return bad(_("{name} is not a Wijkhuis backup").format(name=path.name))
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":  # a zeroed page, …
                return bad(_("{name} is damaged").format(name=path.name))
            tables = [r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )]
            if "alembic_version" not in tables:
                return bad(_("{name} is not a Wijkhuis backup").format(name=path.name))
            revisions = frozenset(r[0] for r in connection.execute("SELECT version_num FROM alembic_version"))
            counts = {
                t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables if t != "alembic_version"
            }
            centre = connection.execute("SELECT name FROM centre WHERE id = 1").fetchone() if "centre" in tables else None
        finally:
            connection.close()
    except (sqlite3.Error, MemoryError, OverflowError, ValueError):
        return bad(_("{name} is not a Wijkhuis backup (or it is damaged)").format(name=path.name))
    problem = ""
    if not revisions:
        problem = _("{name} is not a Wijkhuis backup").format(name=path.name)
    elif revisions - migrate.known_revisions():
        problem = _("{name} was made by a newer version of Wijkhuis").format(name=path.name)
    return BackupPreview(path, made_at, size, centre[0] if centre else "", counts, revisions, problem)


def rotate_after_restore() -> list[Path]:
    """The copies `restore` leaves (voor-terugzetten) are rotated like the rest."""
    try:
        return rotate(backups_dir())
    except OSError:
        return []


# -- the service the window and the commands use ----------------------------------------------------
class BackupService:
    def __init__(self, db: Database):
        self.db = db

    def _path(self) -> Path:
        path = self.db.sqlite_path
        if path is None:
            raise WijkhuisError(
                _("Backups of a PostgreSQL server are made on the server (pg_dump), not by Wijkhuis.")
            )
        return path

    def folder(self, actor: Actor) -> Path:
        actor.require(Permission.BACKUP_RESTORE, _("manage backups"))
        return _usable_folder(_folder_from_file(self._path()))[0]

    def chosen_folder(self, actor: Actor) -> str:
        """The folder as the administrator set it ('' for the data folder's backups)."""
        actor.require(Permission.BACKUP_RESTORE, _("manage backups"))
        return _folder_from_file(self._path()) or ""

    def set_folder(self, actor: Actor, folder: str) -> Path:
        actor.require(Permission.BACKUP_RESTORE, _("manage backups"))
        from app.services.settings import SettingsService

        text = folder.strip()
        target = Path(text).expanduser() if text else backups_dir()
        if not target.is_dir():
            raise ValidationError(FieldProblem("folder", _("the folder {folder} does not exist").format(folder=target)))
        probe = target / ".wijkhuis-schrijftest"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise ValidationError(
                FieldProblem("folder", _("cannot write to {folder}: {reason}").format(folder=target, reason=error.strerror or error))
            ) from None
        SettingsService(self.db).set(actor, FOLDER_SETTING, str(target.resolve()) if text else "")
        return target

    def backups(self, actor: Actor) -> list[BackupFile]:
        return list_backups(self.folder(actor))

    def backup_now(self, actor: Actor) -> BackupFile:
        actor.require(Permission.BACKUP_RESTORE, _("make backups"))
        self._path()
        folder = self.folder(actor)
        written = maintenance.backup(
            self.db, actor, folder / backup_name(MANUAL, dt.datetime.now(), database_label(self._path())))
        parsed = _parse(written)
        assert parsed is not None
        return parsed

    def preview(self, actor: Actor, path: Path) -> BackupPreview:
        actor.require(Permission.BACKUP_RESTORE, _("restore backups"))
        return preview(path)

    def restore(self, actor: Actor, path: Path) -> Path:
        """Replace the data with the backup; returns where the copy of the current data went."""
        actor.require(Permission.BACKUP_RESTORE, _("restore backups"))
        self._path()
        checked = preview(path)
        if checked.problem:
            raise WijkhuisError(checked.problem)
        kept = maintenance.restore(self.db, actor, checked.path)
        rotate_after_restore()
        return kept

    def run_automatic(self, actor: Actor) -> AutoBackupResult:
        """What the daily start does, on demand (for a scheduled task): copy and rotate."""
        actor.require(Permission.BACKUP_RESTORE, _("make backups"))
        global last_result
        last_result = _make(self._path(), DAILY)
        return last_result
