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

from app import __version__
from app.commands import CommandContext, CommandRegistry, register_all
from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("core")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkhuis",
        description=_("Volunteers, allowances, rooms and subsidies for a neighbourhood centre."),
    )
    parser.add_argument("--version", action="version", version=f"Wijkhuis {__version__}")
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return launch_window(args.database_url)
    context = CommandContext(args)
    try:
        return handler(context) or 0
    except WijkhuisError as error:
        print(f"wijkhuis: {error}", file=sys.stderr)
        return error.exit_code
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
