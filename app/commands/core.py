"""Commands of the foundation: init, demo, check, backup, restore, smoke."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from app.commands import PASSWORD_ENV, CommandContext, CommandRegistry
from app.domain.errors import (
    AuthenticationFailed,
    DatabaseUnavailable,
    FieldProblem,
    ValidationError,
    WijkhuisError,
)
from app.i18n import translator
from app.importers.guard import check_input_file
from app.services import maintenance
from app.services.maintenance import auto_backup

_ = translator("core")


def register(registry: CommandRegistry) -> None:
    init = registry.command("init", _("create a new database with its first administrator"), _init, user="none")
    init.add_argument("--centre", required=True, metavar=_("NAME"), help=_("the centre's name"))
    init.add_argument("--admin", required=True, metavar=_("USER"), help=_("user name of the administrator"))
    init.add_argument("--name", default="", help=_("the administrator's full name"))

    demo = registry.command("demo", _("create a new database full of demo data"), _demo, user="none")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--replace", action="store_true", help=_("replace an existing SQLite database"))

    registry.command("check", _("check the database's integrity"), _check, user="optional")
    backup = registry.command("backup", _("copy the database to a file"), _backup, user="required")
    backup.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    restore = registry.command("restore", _("replace the data with a backup"), _restore, user="required")
    restore.add_argument("file", type=Path, metavar=_("FILE"))
    restore.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    registry.command("smoke", _("open the window without a screen, visit every page, close"), _smoke, user="none")


def _new_password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise AuthenticationFailed(
            _("No password: set {env} or run the command in a terminal.").format(env=PASSWORD_ENV)
        )
    first = getpass.getpass(_("New password: "))
    if first != getpass.getpass(_("Repeat the password: ")):
        raise WijkhuisError(_("The two passwords differ."))
    return first


def _init(ctx: CommandContext) -> int:
    password = _new_password()
    services = ctx.services()
    try:
        actor = services.users.initialise(ctx.args.centre, ctx.args.admin, ctx.args.name, password)
    except ValidationError as error:
        labels = {"centre": "--centre", "username": "--admin", "password": _("password")}
        raise ValidationError(
            [FieldProblem(labels.get(p.field, p.field), p.message, p.row) for p in error.problems]
        ) from None
    ctx.say(_("Database ready at {where}; log in as {user}.").format(where=services.db.describe(), user=actor.username))
    return 0


def _demo(ctx: CommandContext) -> int:
    from app import demo
    from app.bootstrap import open_database
    from app.config import resolve_database_url

    url = resolve_database_url(ctx.database_url)
    if ctx.args.replace:
        demo.remove_sqlite_database(url)
    db = open_database(url)
    try:
        started = time.perf_counter()
        summary = demo.build(db, size=ctx.args.size, seed=ctx.args.seed, progress=_TerminalProgress())
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    ctx.say(_("Demo data written to {where} in {seconds:.1f} s:").format(where=db.describe(), seconds=elapsed))
    for label, count in summary.items():
        ctx.say(f"  {label}: {count}")
    ctx.say(_("Log in as beheerder, coordinator or penningmeester with password demo."))
    return 0


class _TerminalProgress:
    cancelled = False

    def __init__(self) -> None:
        self._last = ""

    def report(self, done: int, total: int, message: str = "") -> None:
        if message and message != self._last and sys.stderr.isatty():
            print(f"  … {message}", file=sys.stderr)
        self._last = message


def _check(ctx: CommandContext) -> int:
    """Read-only: the database is not upgraded first, so an old schema is reported."""
    from app.bootstrap import open_database
    from app.config import resolve_database_url
    from app.db.database import Database

    url = resolve_database_url(ctx.database_url)
    probe = Database(url)
    path = probe.sqlite_path
    probe.dispose()
    if path is not None and not path.exists():
        raise DatabaseUnavailable(_("There is no database at {path}").format(path=path))
    db = open_database(url, upgrade=False)
    try:
        report = maintenance.check(db)
        if report.ok:
            ctx.say(_("The database is sound: {where}").format(where=db.describe()))
            return 0
        for problem in report.problems:
            print(f"wijkhuis: {problem}", file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _backup(ctx: CommandContext) -> int:
    actor = ctx.actor()
    written = maintenance.backup(ctx.services().db, actor, ctx.args.out)
    ctx.say(_("Backup written to {path}").format(path=written))
    return 0


def _restore(ctx: CommandContext) -> int:
    actor = ctx.actor()
    db = ctx.services().db
    source: Path = check_input_file(ctx.args.file, what=_("The backup"))
    checked = auto_backup.preview(source)  # a damaged file (a zeroed page, …) is refused in Dutch
    if checked.problem:
        raise WijkhuisError(checked.problem)
    maintenance.inspect_backup(source)
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise WijkhuisError(_("Restoring replaces all data: confirm with --yes."))
        answer = input(_("Replace all data in {where} with {file}? [j/N] ").format(where=db.describe(), file=source))
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            ctx.say(_("Nothing was changed."))
            return 1
    kept = maintenance.restore(db, actor, source)
    auto_backup.rotate_after_restore()  # the copies restore keeps are rotated like the rest
    ctx.say(_("Restored from {file}. The previous data was kept in {kept}").format(file=source, kept=kept))
    return 0


def _smoke(ctx: CommandContext) -> int:
    from app.cli import launch_window

    return launch_window(ctx.database_url, smoke=True)
