"""`wijkhuis transfer --to URL`: copy all data into an empty database (SQLite ↔ PostgreSQL)."""

from __future__ import annotations

import sys

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.i18n import translator

_ = translator("transfer")


def register(registry: CommandRegistry) -> None:
    transfer = registry.command(
        "transfer", _("copy all data into an empty database, for example a PostgreSQL server"), _transfer,
        user="required",
    )
    transfer.add_argument(
        "--to", required=True, metavar="URL",
        help=_("the empty target: postgresql://user:password@server/database or an SQLite file"),
    )


class TerminalProgress:
    """A line per tenth of the work on stderr, only when someone watches the terminal."""

    cancelled = False

    def __init__(self, stream=None) -> None:
        self._stream = stream or sys.stderr
        self._shown = -1

    def report(self, done: int, total: int, message: str = "") -> None:
        if not self._stream.isatty() or total <= 0:
            return
        tenth = done * 10 // total
        if tenth != self._shown:
            self._shown = tenth
            print(f"  {tenth * 10:3d} %  {message}", file=self._stream)


def _transfer(ctx: CommandContext) -> int:
    actor = ctx.actor()
    services = ctx.services()
    result = services.transfer.transfer(actor, ctx.args.to, progress=TerminalProgress())
    ctx.say(_("{rows} rows in {tables} tables copied from {source} to {target}; the row counts match.").format(
        rows=formatting.number(result.total), tables=len(result.rows), source=result.source, target=result.target))
    ctx.say(_("Start Wijkhuis with --database-url (or WIJKHUIS_DATABASE_URL) to work in the new database."))
    return 0
