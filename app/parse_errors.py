"""argparse's own complaints (a missing argument, an unknown choice, a word where a number is
meant) come from Python in English; the command line says them in the user's language."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.i18n import translator

_ = translator("core")


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (re.compile(r"the following arguments are required: (?P<names>.+)"),
         lambda m: _("missing: {names}").format(names=m["names"])),
        (re.compile(r"argument (?P<arg>[^:]+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
         lambda m: _("{arg}: {value} is not one of {choices}").format(**m.groupdict())),
        (re.compile(r"argument (?P<arg>[^:]+): invalid (?P<kind>int|float|Path|\w+) value: (?P<value>.+)"),
         lambda m: _("{arg}: {value} is not a number").format(**m.groupdict())
         if m["kind"] in ("int", "float") else _("{arg}: {value} cannot be used").format(**m.groupdict())),
        (re.compile(r"argument (?P<arg>[^:]+): expected one argument"),
         lambda m: _("{arg}: a value is missing").format(arg=m["arg"])),
        (re.compile(r"argument (?P<arg>[^:]+): not allowed with argument (?P<other>.+)"),
         lambda m: _("{arg} cannot be combined with {other}").format(**m.groupdict())),
        (re.compile(r"unrecognized arguments: (?P<args>.+)"),
         lambda m: _("unknown arguments: {args}").format(args=m["args"])),
        (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<options>.+)"),
         lambda m: _("{option} is ambiguous: {options}").format(**m.groupdict())),
    ]


def dutch(message: str) -> str:
    """The message in the user's language (unchanged when it is not one argparse writes)."""
    for pattern, say in _patterns():
        match = pattern.fullmatch(message.strip())
        if match:
            return say(match)
    return message
