"""`wijkhuis import volunteers`, `wijkhuis export volunteers|phone-list|person-data`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.i18n import translator

_ = translator("volunteers")


def register(registry: CommandRegistry) -> None:
    importing = registry.subcommand("import", "volunteers", _("import volunteers from an Excel or CSV list"), _import)
    importing.add_argument("file", type=Path, metavar=_("FILE"))
    importing.add_argument("--skip-invalid", action="store_true",
                           help=_("import the valid rows and report the others (default: all or nothing)"))
    importing.add_argument("--dry-run", action="store_true", help=_("check the file and report, save nothing"))

    export = registry.subcommand("export", "volunteers", _("every volunteer with every field, as Excel"), _export)
    export.add_argument("--out", required=True, type=Path, metavar=_("FILE.xlsx"))

    phones = registry.subcommand("export", "phone-list", _("phone list of active volunteers per working group (PDF)"),
                                 _phone_list)
    phones.add_argument("--out", required=True, type=Path, metavar=_("FILE.pdf"))

    person = registry.subcommand("export", "person-data",
                                 _("everything held on one volunteer, for an access request (JSON and PDF)"), _person)
    person.add_argument("--volunteer", required=True, type=int, metavar=_("NUMBER"))
    person.add_argument("--out", required=True, type=Path, metavar=_("FOLDER"))


def _import(ctx: CommandContext) -> int:
    actor = ctx.actor()
    report = ctx.services().volunteer_imports.import_file(
        actor, ctx.args.file, skip_invalid=ctx.args.skip_invalid, dry_run=ctx.args.dry_run)
    for line in report.lines():
        ctx.say(line)
    return report.exit_code


def _export(ctx: CommandContext) -> int:
    actor = ctx.actor()
    count = ctx.services().volunteer_exports.excel(actor, ctx.args.out)
    ctx.say(_("{n} volunteers written to {file}").format(n=count, file=ctx.args.out))
    return 0


def _phone_list(ctx: CommandContext) -> int:
    actor = ctx.actor()
    count = ctx.services().volunteer_exports.phone_list(actor, ctx.args.out)
    ctx.say(_("Phone list of {n} volunteers written to {file}").format(n=count, file=ctx.args.out))
    return 0


def _person(ctx: CommandContext) -> int:
    actor = ctx.actor()
    json_path, pdf_path = ctx.services().volunteer_exports.person_data_files(actor, ctx.args.volunteer, ctx.args.out)
    ctx.say(_("Written: {json} and {pdf}").format(json=json_path, pdf=pdf_path))
    print(_("These files hold personal data: hand them over safely and delete your copies."), file=sys.stderr)
    return 0
