"""The centres of the organisation:

    wijkhuis centres list [--user USER]
    wijkhuis centres add --name NAME [--town TOWN] --user ADMIN
"""

from __future__ import annotations

from app.commands import CommandContext, CommandRegistry
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.settings import CentreDetails

_ = translator("core")


def register(registry: CommandRegistry) -> None:
    centres = registry.command("centres", _("list the centres of the organisation, or add one"), _centres,
                               user="required")
    centres.add_argument("action", choices=("list", "add"))
    centres.add_argument("--name", default="", help=_("the new centre's name (with add)"))
    centres.add_argument("--town", default="", help=_("the new centre's town (with add)"))


def _centres(ctx: CommandContext) -> int:
    actor: Actor = ctx.actor()
    settings = ctx.services().settings
    if ctx.args.action == "add":
        if not ctx.args.name.strip():
            raise ValidationError(FieldProblem("--name", _("name the new centre with --name")))
        added = settings.add_centre(actor, CentreDetails(name=ctx.args.name, town=ctx.args.town))
        ctx.say(_("Centre {name} added. Fill in its details under Settings → Centre.").format(name=added.name))
        return 0
    for centre in settings.centres(actor):
        ctx.say(f"{centre.name:<40} {centre.town}")
    return 0
