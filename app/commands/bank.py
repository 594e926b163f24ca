"""Commands of the treasurer's bank loop: `import bank-statement`, `export open-items`,
`export reminder`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.bank import write_reminder_pdf

_ = translator("allowances")


def register(registry: CommandRegistry) -> None:
    statement = registry.subcommand("import", "bank-statement",
                                    _("read the bank's statement (CAMT.053 or MT940): confirmed and returned transfers, "
                                      "invoice payments"), _import_statement)
    statement.add_argument("file", type=Path, metavar=_("FILE"))
    items = registry.subcommand("export", "open-items", _("open items: unpaid invoices and unconfirmed allowance "
                                                          "payments (Excel)"), _open_items)
    items.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    items.add_argument("--date", metavar="22-11-2026", help=_("open on this date (default: today)"))
    reminder = registry.subcommand("export", "reminder", _("a reminder letter for an overdue invoice (PDF)"), _reminder)
    reminder.add_argument("--invoice", required=True, metavar="2026-0001")
    reminder.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    reminder.add_argument("--date", metavar="22-11-2026", help=_("the date of the letter (default: today)"))


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return formatting.parse_date(text)
    except ValueError:
        raise ValidationError(FieldProblem("--date", _("{text} is not a date (22-11-2026)").format(text=text))) from None


def _import_statement(ctx: CommandContext) -> int:
    actor = ctx.actor()
    result = ctx.services().bank_statements.import_statement_file(actor, ctx.args.file)
    ctx.say(result.summary())
    return 0


def _open_items(ctx: CommandContext) -> int:
    actor = ctx.actor()
    services = ctx.services()
    items = services.open_items.export_open_items(actor, ctx.args.out, services.settings.centre(actor).name,
                                                  _date(ctx.args.date))
    ctx.say(_("Open items written to {file}: {n} invoices ({open} open), {m} allowance payments.").format(
        file=ctx.args.out, n=len(items.invoices), open=formatting.money(items.invoices_open), m=len(items.transfers)))
    return 0


def _reminder(ctx: CommandContext) -> int:
    actor = ctx.actor()
    services = ctx.services()
    number = ctx.args.invoice.strip()
    match = [i for i in services.invoices.list(actor) if i.number == number]
    if not match:
        raise ValidationError(FieldProblem("--invoice", _("there is no invoice {number}").format(number=number)))
    item = write_reminder_pdf(services, actor, match[0].id, ctx.args.out, _date(ctx.args.date))
    ctx.say(_("Reminder for invoice {number} ({open} open) written to {file}.").format(
        number=item.number, open=formatting.money(item.open), file=ctx.args.out))
    return 0
