"""`wijkhuis export application|accountability|annual-plan`."""

from __future__ import annotations

from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("subsidies")


def register(registry: CommandRegistry) -> None:
    application = registry.subcommand("export", "application", _("a subsidy application as PDF, ready to send"),
                                      _application)
    application.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the application's number"))
    application.add_argument("--out", required=True, type=Path, metavar=_("FILE.pdf"))

    report = registry.subcommand("export", "accountability",
                                 _("the accountability report of an application (PDF, or Excel with the figures)"),
                                 _accountability)
    report.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the application's number"))
    report.add_argument("--out", required=True, type=Path, metavar=_("FILE.pdf|FILE.xlsx"))
    report.add_argument("--anyway", action="store_true",
                        help=_("print the PDF even when its figures contradict its text"))

    plan = registry.subcommand("export", "annual-plan", _("the annual plan of a year as PDF"), _annual_plan)
    plan.add_argument("--year", required=True, type=int, metavar=_("YEAR"))
    plan.add_argument("--out", required=True, type=Path, metavar=_("FILE.pdf"))


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise WijkhuisError(_("{file}: the file name must end in {allowed}").format(
            file=path, allowed=_(" or ").join(allowed)))
    if not path.parent.exists():
        raise WijkhuisError(_("The folder {folder} does not exist").format(folder=path.parent))
    return suffix


def _application(ctx: CommandContext) -> int:
    _suffix(ctx.args.out, (".pdf",))
    actor = ctx.actor()
    ctx.services().subsidies.write_pdf(actor, ctx.args.id, ctx.args.out)
    ctx.say(_("Application {id} written to {file}").format(id=ctx.args.id, file=ctx.args.out))
    return 0


def _accountability(ctx: CommandContext) -> int:
    suffix = _suffix(ctx.args.out, (".pdf", ".xlsx"))
    actor = ctx.actor()
    service = ctx.services().accountability
    if suffix == ".pdf":
        report = service.report(actor, ctx.args.id)
        for item in report.left_out:
            ctx.say(_("Not counted: {description} ({amount}): {reason}").format(
                description=item.description, amount=formatting.money(item.amount), reason=item.reason))
        if report.warnings and not ctx.args.anyway:
            for warning in report.warnings:
                ctx.say(warning)
            ctx.say(_("Nothing printed: adjust the text or the figures, or add --anyway."))
            return 2
        service.write_pdf(actor, ctx.args.id, ctx.args.out)
    else:
        service.write_excel(actor, ctx.args.id, ctx.args.out)
    ctx.say(_("Accountability report of application {id} written to {file}").format(id=ctx.args.id, file=ctx.args.out))
    return 0


def _annual_plan(ctx: CommandContext) -> int:
    _suffix(ctx.args.out, (".pdf",))
    actor = ctx.actor()
    ctx.services().annual_plan.write_pdf(actor, ctx.args.year, ctx.args.out)
    ctx.say(_("Annual plan {year} written to {file}").format(year=ctx.args.year, file=ctx.args.out))
    return 0
