"""The `wijkhuis` command. Without a subcommand it opens the window.

This module is the composition root of the program: it is the one place in `app/` that may
start the user interface, and it does so by loading `ui.launcher` by name only when a window
is asked for, so that nothing else in `app/` can come to depend on Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

import app
from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("core")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001 (argparse's signature)
        super().add_usage(usage, actions, groups, prefix if prefix is not None else _("usage: "))


class WijkhuisArgumentParser(argparse.ArgumentParser):
    """argparse with its own headings and help option in the user's language; subcommands
    inherit it (add_subparsers uses the parent's class)."""

    def __init__(self, *args, **kwargs):
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("commands and arguments")
        self._optionals.title = _("options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=_("show this help and stop"))

    def error(self, message: str):  # noqa: ANN201 (argparse's signature; never returns)
        from app.parse_errors import dutch

        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: error: {message}").format(prog=self.prog, message=dutch(message)) + "\n")


def build_parser() -> argparse.ArgumentParser:
    from app.commands import CommandRegistry, register_all

    parser = WijkhuisArgumentParser(
        prog="wijkhuis",
        description=_("Volunteers, allowances, rooms and subsidies for a neighbourhood centre."),
    )
    parser.add_argument(
        "--version", action="version", version=f"Wijkhuis {app.__version__}", help=_("print the version and stop")
    )
    parser.add_argument(
        "--database-url", metavar="URL",
        help=_("the database to open (else WIJKHUIS_DATABASE_URL, else the file in your data folder)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    register_all(CommandRegistry(subparsers))
    return parser


def launch_window(database_url: str | None, *, smoke: bool = False) -> int:
    launcher = importlib.import_module("ui.launcher")
    return launcher.run(database_url, smoke=smoke)


def window_only(argv: list[str]) -> tuple[bool, str | None]:
    """`wijkhuis` alone, or with only `--database-url`: open the window straight away. Building
    every command's parser imports the database layer, which the window opens behind itself."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--database-url" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--database-url=") and len(argv[0]) > len("--database-url="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    only_window, database_url = window_only(arguments)
    if only_window:
        return launch_window(database_url)
    from app.commands import CommandContext

    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        return launch_window(args.database_url)
    context = CommandContext(args)
    try:
        from app.commands.paths import prepare_paths

        prepare_paths(args, parser)
        return handler(context) or 0
    except WijkhuisError as error:
        print(f"wijkhuis: {error}", file=sys.stderr)
        return error.exit_code
    except OSError as error:  # a file or folder the system refused: say which, in Dutch
        from app.importers.guard import os_message

        print(f"wijkhuis: {os_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("wijkhuis: cancelled"), file=sys.stderr)
        return 130
    except Exception:  # a bug, not a user mistake: keep the details for the report
        traceback.print_exc()
        print(_("wijkhuis: an unexpected error occurred (see above)"), file=sys.stderr)
        return 70
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
