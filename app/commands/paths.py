"""Paths on the command line, taken as the user typed them: `~` and relative paths work for
every command, and an output path whose folder is missing or not writable is refused in Dutch
before anything is computed. Input files are checked by the reader that opens them
(app/importers/guard.py), which knows the size limit and the kind of file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.importers.guard import check_output_path, user_path

OUTPUT_ARGUMENTS = ("out",)


def prepare_paths(args: argparse.Namespace) -> None:
    for name, value in list(vars(args).items()):
        if isinstance(value, Path):
            setattr(args, name, user_path(value))
    for name in OUTPUT_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, Path):
            check_output_path(value, folder=value.is_dir())


def register(_registry: object) -> None:
    """This module adds no commands (the command line calls `register` on every module here)."""
