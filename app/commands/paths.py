"""Paths on the command line, taken as the user typed them: `~` and relative paths work for
every command, and an output path whose folder is missing or not writable (or a folder where
a file is meant) is refused in Dutch before anything is computed or recorded. Input files are
checked by the reader that opens them (app/importers/guard.py), which knows the size limit
and the kind of file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import translator
from app.importers.guard import check_output_path, user_path

OUTPUT_ARGUMENT = "out"
FOLDER_DOMAINS = ("core", "volunteers", "rooms", "allowances", "subsidies", "security")
COMMANDS_WRITING_INTO_A_FOLDER = ("backup",)  # `backup --out FOLDER` names the copy itself


def prepare_paths(args: argparse.Namespace, parser: argparse.ArgumentParser | None = None) -> None:
    for name, value in list(vars(args).items()):
        if isinstance(value, Path):
            setattr(args, name, user_path(value))
    value = getattr(args, OUTPUT_ARGUMENT, None)
    if isinstance(value, Path):
        check_output_path(value, folder=value.is_dir() and _takes_a_folder(args, parser))


def _takes_a_folder(args: argparse.Namespace, parser: argparse.ArgumentParser | None) -> bool:
    if getattr(args, "command", None) in COMMANDS_WRITING_INTO_A_FOLDER:
        return True
    action = _output_action(args, parser) if parser is not None else None
    if action is None:
        return True  # unknown: let the writer decide
    folder_words = {"FOLDER"} | {translator(domain)("FOLDER") for domain in FOLDER_DOMAINS}
    return action.metavar in folder_words


def _output_action(args: argparse.Namespace, parser: argparse.ArgumentParser) -> argparse.Action | None:
    """The `--out` option of the (sub)command that was chosen."""
    current: argparse.ArgumentParser | None = parser
    names = [getattr(args, "command", None)]
    names.append(getattr(args, f"{names[0]}_what", None))
    for name in names:
        if current is None or name is None:
            break
        chooser = next((a for a in current._actions if isinstance(a, argparse._SubParsersAction)), None)  # noqa: SLF001
        if chooser is None or name not in chooser.choices:
            break
        current = chooser.choices[name]
    if current is None:
        return None
    return next((a for a in current._actions if a.dest == OUTPUT_ARGUMENT), None)  # noqa: SLF001


def register(_registry: object) -> None:
    """This module adds no commands (the command line calls `register` on every module here)."""
