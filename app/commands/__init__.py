"""The subcommands of `wijkhuis`. Each module in this package defines `register(registry)`;
the command line finds them all, so an area adds its commands without touching cli.py."""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.errors import AuthenticationFailed
from app.i18n import translator
from app.services import Services
from app.services.common.actor import Actor
from app.services.settings import CentreDetails

_ = translator("core")

PASSWORD_ENV = "WIJKHUIS_PASSWORD"

Handler = Callable[["CommandContext"], int | None]


@dataclass
class CommandContext:
    args: argparse.Namespace
    _services: Services | None = field(default=None, repr=False)

    @property
    def database_url(self) -> str | None:
        return getattr(self.args, "database_url", None)

    def services(self) -> Services:
        if self._services is None:
            from app.bootstrap import open_services

            self._services = open_services(self.database_url)
        return self._services

    def actor(self) -> Actor:
        """The user named by --user, authenticated with WIJKHUIS_PASSWORD or a prompt."""
        username = getattr(self.args, "user", None)
        if not username:
            raise AuthenticationFailed(_("This command needs --user USER (and the password)."))
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise AuthenticationFailed(
                    _("No password: set {env} or run the command in a terminal.").format(env=PASSWORD_ENV)
                )
            password = getpass.getpass(_("Password for {user}: ").format(user=username))
        actor = self.services().users.authenticate(username, password)
        centre = self.centre(actor)
        return actor.in_centre(centre.id) if centre is not None else actor

    def centre(self, actor: Actor) -> CentreDetails | None:
        """The centre named by --centre, if any."""
        name = getattr(self.args, "centre", None)
        if not name:
            return None
        return self.services().settings.centre_by_name(actor, name)

    def close(self) -> None:
        if self._services is not None:
            self._services.db.dispose()

    @staticmethod
    def say(text: str = "") -> None:
        print(text)


class CommandRegistry:
    def __init__(self, subparsers: argparse._SubParsersAction):
        self._subparsers = subparsers
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(self, name: str, help: str, handler: Handler, *, user: str = "optional") -> argparse.ArgumentParser:
        """`user`: "required" for commands that change or export data, "optional" for those
        that only open the database, "none" for commands that do not open one."""
        parser = self._subparsers.add_parser(name, help=help, description=help)
        _add_user_option(parser, user)
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str) -> argparse._SubParsersAction:
        """`export` and `import` hold a subcommand per area: `wijkhuis export volunteers`."""
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help, description=help)
            self._groups[name] = parser.add_subparsers(dest=f"{name}_what", metavar=_("WHAT"), required=True)
        return self._groups[name]

    def subcommand(self, group: str, name: str, help: str, handler: Handler) -> argparse.ArgumentParser:
        group_help = {"export": _("write a file (Excel, PDF, iCalendar)"), "import": _("read a spreadsheet")}
        subparsers = self.group(group, group_help.get(group, group))
        parser = subparsers.add_parser(name, help=help, description=help)
        _add_user_option(parser, "required")
        parser.set_defaults(handler=handler)
        return parser


def _add_user_option(parser: argparse.ArgumentParser, user: str) -> None:
    if user == "none":
        return
    parser.add_argument(
        "--user", metavar=_("USER"), required=user == "required",
        help=_("log in as this user; the password comes from WIJKHUIS_PASSWORD or a prompt"),
    )
    parser.add_argument(
        "--centre", metavar=_("NAME"),
        help=_("work in this centre of the organisation (an account of one centre always works in its own)"),
    )


def register_all(registry: CommandRegistry) -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: (m.name != "core", m.name)):
        importlib.import_module(f"{__name__}.{module.name}").register(registry)
