"""Commands of the allowances area: `rules`, `pay`, `export allowances`, `export statements`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.domain.errors import ValidationError, FieldProblem
from app.i18n import translator
from app.reports import sepa

_ = translator("allowances")


def _date(text: str) -> dt.date:
    try:
        return formatting.parse_date(text)
    except ValueError:
        raise ValidationError(FieldProblem("--through", _("{text} is not a date (22-11-2026)").format(text=text))) from None


def register(registry: CommandRegistry) -> None:
    rules = registry.command("rules", _("print the tax-free volunteer allowance limits of a year"), _rules,
                             user="optional")
    rules.add_argument("--year", type=int, default=None, help=_("the year (default: this year)"))

    pay = registry.command("pay", _("make a payment run: a SEPA file for the approved, unpaid allowances"), _pay,
                           user="required")
    pay.add_argument("--year", type=int, required=True)
    pay.add_argument("--through", default=None, metavar=_("DATE"), help=_("only lines worked up to this date"))
    pay.add_argument("--format", default=sepa.DEFAULT_FORMAT, choices=sepa.FORMATS)
    pay.add_argument("--execution-date", default=None, metavar=_("DATE"), help=_("the date the bank pays (default: today)"))
    pay.add_argument("--out", required=True, type=Path, metavar=_("FILE"))

    allowances = registry.subcommand("export", "allowances", _("the treasurer's year overview of allowances (Excel)"),
                                     _export_allowances)
    allowances.add_argument("--year", type=int, required=True)
    allowances.add_argument("--out", required=True, type=Path, metavar=_("FILE"))

    statements = registry.subcommand("export", "statements",
                                     _("year statements of the volunteer allowance, one page per volunteer (PDF)"),
                                     _export_statements)
    statements.add_argument("--year", type=int, required=True)
    statements.add_argument("--out", required=True, type=Path, metavar=_("FILE"))


def _rules(ctx: CommandContext) -> int:
    year = ctx.args.year or dt.date.today().year
    row = ctx.services().allowance_limits.for_year(year)
    ctx.say(_("Tax-free volunteer allowance {year}").format(year=year))
    for label, amount, source in row.lines():
        ctx.say(f"  {label}: {amount}")
    sources = sorted({source for _label, _amount, source in row.lines() if source})
    for source in sources:
        ctx.say(_("  source: {source}").format(source=source))
    if row.to_confirm:
        ctx.say(_("  (figures still to be confirmed)"))
    return 0


def _pay(ctx: CommandContext) -> int:
    actor = ctx.actor()
    args = ctx.args
    through = _date(args.through) if args.through else None
    execution = _date(args.execution_date) if args.execution_date else None
    out: Path = args.out
    batch, preview = ctx.services().payments.write_batch(
        actor, args.year, out, through=through, file_format=args.format, execution_date=execution)
    ctx.say(_("Payment batch {id}: {n} transfers, {total}, written to {path} ({format}).").format(
        id=batch.id, n=batch.transactions, total=formatting.money(batch.total), path=out, format=batch.file_format))
    for payee in preview.left_out:
        print(_("Left out: {name} ({amount}): {reason}").format(
            name=payee.name, amount=formatting.money(payee.amount), reason=payee.problem), file=sys.stderr)
    ctx.say(_("Upload the file to the bank; confirm the batch in Wijkhuis when the bank accepted it."))
    return 0


def _export_allowances(ctx: CommandContext) -> int:
    actor = ctx.actor()
    count = ctx.services().allowance_exports.excel(actor, ctx.args.year, ctx.args.out)
    ctx.say(_("Allowance overview {year} with {n} lines written to {path}").format(
        year=ctx.args.year, n=count, path=ctx.args.out))
    return 0


def _export_statements(ctx: CommandContext) -> int:
    actor = ctx.actor()
    count = ctx.services().allowance_exports.statements(actor, ctx.args.year, ctx.args.out)
    ctx.say(_("{n} year statements for {year} written to {path}").format(n=count, year=ctx.args.year, path=ctx.args.out))
    return 0
