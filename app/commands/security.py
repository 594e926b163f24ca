"""Commands for accounts, the audit trail and automatic backups:

    wijkhuis users list|add|disable|enable|role|move|reset-password --user ADMIN [--centre NAME] …
    wijkhuis audit --user ADMIN [--person P] [--record TYPE[:ID]] [--from D] [--to D]
    wijkhuis export audit --out FILE.xlsx --user ADMIN [same filters]
    wijkhuis backups list|preview FILE|auto|folder [PATH] --user ADMIN
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.domain.audit import labels
from app.domain.errors import FieldProblem, NotFound, ValidationError, WijkhuisError
from app.domain.permissions import Role
from app.i18n import translator
from app.services.accounts import AuditFilter
from app.services.maintenance.auto_backup import main_counts

_ = translator("security")

NEW_PASSWORD_ENV = "WIJKHUIS_NEW_PASSWORD"


def register(registry: CommandRegistry) -> None:
    users = registry.command("users", _("list, add, disable or change accounts"), _users, user="required")
    users.add_argument("action", choices=("list", "add", "disable", "enable", "role", "move", "reset-password"))
    users.add_argument("--username", metavar=_("NAME"), help=_("the account to add or change"))
    users.add_argument("--name", default="", help=_("full name (with add)"))
    users.add_argument("--role", choices=[r.value for r in Role], help=_("role (with add and role)"))

    audit = registry.command("audit", _("show the audit trail (administrator)"), _audit, user="required")
    _add_filters(audit)
    audit.add_argument("--limit", type=int, default=50, help=_("show at most this many entries (newest first)"))
    export = registry.subcommand("export", "audit", _("the audit trail as an Excel file (administrator)"), _export_audit)
    export.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    _add_filters(export)

    backups = registry.command("backups", _("automatic backups: list, preview, make one now, choose the folder"),
                               _backups, user="required")
    backups.add_argument("action", choices=("list", "preview", "auto", "folder"), nargs="?", default="list")
    backups.add_argument("path", nargs="?", type=Path, metavar=_("FILE_OR_FOLDER"))


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", metavar=_("USER"), help=_("only what this user did"))
    parser.add_argument("--record", metavar=_("TYPE[:ID]"), help=_("only this kind of record, e.g. centre:1 or volunteer:12"))
    parser.add_argument("--action", dest="audit_action", metavar=_("ACTION"), help=_("e.g. update, login, export"))
    parser.add_argument("--from", dest="date_from", metavar=_("DATE"), help=_("from this day (22-11-2026)"))
    parser.add_argument("--to", dest="date_to", metavar=_("DATE"), help=_("until and including this day"))


def _date(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return formatting.parse_date(text)
    except ValueError:
        raise ValidationError(FieldProblem(option, _("{value} is not a date (22-11-2026)").format(value=text))) from None


def _filter(args: argparse.Namespace) -> AuditFilter:
    entity, entity_id = None, None
    if args.record:
        entity, _sep, rest = args.record.partition(":")
        entity_id = rest or None
    return AuditFilter(
        username=args.person, entity=entity, entity_id=entity_id, action=args.audit_action,
        date_from=_date(args.date_from, "--from"), date_to=_date(args.date_to, "--to"),
    )


# -- users ----------------------------------------------------------------------------------------
def _new_password(username: str) -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise WijkhuisError(_("No new password: set {env} or run the command in a terminal.").format(env=NEW_PASSWORD_ENV))
    first = getpass.getpass(_("New password for {user}: ").format(user=username))
    if first != getpass.getpass(_("Repeat the password: ")):
        raise WijkhuisError(_("The two passwords differ."))
    return first


def _users(ctx: CommandContext) -> int:
    """With --centre NAME an account is added to (or moved to) that centre; without it, to the
    whole organisation (an administrator of one centre: to that centre)."""
    actor = ctx.actor()
    services = ctx.services()
    users = services.users
    args = ctx.args
    centre = ctx.centre(actor)
    centre_id = centre.id if centre is not None else actor.centre_id
    if args.action == "list":
        names = {c.id: c.name for c in services.settings.centres(actor)}
        for row in users.list_users(actor):
            state = _("active") if row.active else _("disabled")
            last = formatting.datetime(row.last_login_at.astimezone()) if row.last_login_at else "-"
            where = names.get(row.centre_id, "-") if row.centre_id is not None else _("whole organisation")
            ctx.say(f"{row.username:<20} {row.display_name:<30} {row.role.value:<15} {where:<25} {state:<15} {last}")
        return 0
    if not args.username:
        raise ValidationError(FieldProblem("--username", _("name the account with --username")))
    if args.action == "add":
        if not args.role:
            raise ValidationError(FieldProblem("--role", _("choose a role with --role")))
        row = users.create_user(actor, args.username, args.name, Role(args.role), _new_password(args.username),
                                centre_id=centre_id)
        ctx.say(_("Account {user} created ({role}).").format(user=row.username, role=row.role.value))
        return 0
    row = next((u for u in users.list_users(actor) if u.username == args.username.strip().lower()), None)
    if row is None:
        raise NotFound(_("There is no account {user}.").format(user=args.username))
    if args.action == "reset-password":
        users.reset_password(actor, row.id, _new_password(row.username))
        ctx.say(_("New password set for {user}.").format(user=row.username))
        return 0
    if args.action == "move":
        moved = users.update_user(actor, row.id, display_name=row.display_name, role=row.role, active=row.active,
                                  expected_version=row.version, centre_id=centre_id)
        where = centre.name if centre is not None else _("the whole organisation")
        ctx.say(_("Account {user} now works for {where}.").format(user=moved.username, where=where))
        return 0
    role = Role(args.role) if args.action == "role" and args.role else row.role
    if args.action == "role" and not args.role:
        raise ValidationError(FieldProblem("--role", _("choose a role with --role")))
    active = {"disable": False, "enable": True}.get(args.action, row.active)
    updated = users.update_user(
        actor, row.id, display_name=row.display_name, role=role, active=active, expected_version=row.version,
    )
    state = _("active") if updated.active else _("disabled")
    ctx.say(_("Account {user}: {role}, {state}.").format(user=updated.username, role=updated.role.value, state=state))
    return 0


# -- audit ----------------------------------------------------------------------------------------
def _audit(ctx: CommandContext) -> int:
    actor = ctx.actor()
    rows = ctx.services().audit.search(actor, _filter(ctx.args), limit=max(1, ctx.args.limit))
    for row in rows:
        # In words, as on the screen; the codes for --record and --action in brackets.
        record = labels.record_label(row.entity) + (f" {row.entity_id}" if row.entity_id else "")
        action = f"{labels.action_label(row.action)} ({row.action})"
        text = row.changes_text() or row.detail
        ctx.say(f"{formatting.datetime(row.at.astimezone())}  {row.username:<15} {action:<28} "
                f"{record:<25} ({row.entity}) {text}")
    if not rows:
        ctx.say(_("No entries match."))
    return 0


def _export_audit(ctx: CommandContext) -> int:
    actor = ctx.actor()
    count = ctx.services().audit.export_xlsx(actor, ctx.args.out, _filter(ctx.args))
    ctx.say(_("{count} entries written to {path}").format(count=count, path=ctx.args.out))
    return 0


# -- backups --------------------------------------------------------------------------------------
def _backups(ctx: CommandContext) -> int:
    actor = ctx.actor()
    backups = ctx.services().backups
    action, path = ctx.args.action, ctx.args.path
    if action == "folder":
        if path is not None:
            backups.set_folder(actor, str(path))
        ctx.say(_("Backups go to {folder}").format(folder=backups.folder(actor)))
        return 0
    if action == "auto":
        result = backups.run_automatic(actor)
        if result.problem:
            print(f"wijkhuis: {result.problem}", file=sys.stderr)
        if result.made is None:
            return 1
        ctx.say(_("Backup written to {path}").format(path=result.made))
        for removed in result.removed:
            ctx.say(_("  removed (rotation): {name}").format(name=removed.name))
        return 0
    if action == "preview":
        if path is None:
            raise ValidationError(FieldProblem("FILE", _("name the backup file to preview")))
        preview = backups.preview(actor, path)
        if preview.problem:
            raise WijkhuisError(preview.problem)
        ctx.say(_("Backup {name} of {when}").format(name=preview.path.name, when=formatting.datetime(preview.made_at)))
        ctx.say(_("Centre: {name}").format(name=preview.centre_name or "-"))
        for label, count in main_counts(preview.counts):
            ctx.say(f"  {label:<35} {count:>8}")
        return 0
    folder = backups.folder(actor)
    ctx.say(_("Backups in {folder}:").format(folder=folder))
    for item in backups.backups(actor):
        ctx.say(f"  {formatting.datetime(item.made_at)}  {item.kind or '-':<12} {item.size / 1_048_576:8.1f} MB  {item.path.name}")
    return 0
