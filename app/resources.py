"""One place that knows where bundled files live: the package `wijkhuis_resources` (the
top-level resources/ folder, installed under that name by setup.py), found through
importlib.resources in a checkout with an editable install, in an installed wheel and in the
PyInstaller app alike. The compiled translations in it are made by the build itself."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

RESOURCES_PACKAGE = "wijkhuis_resources"


@cache
def resources_dir() -> Path:
    """The installed folder itself: gettext, QTranslator and reportlab want file names, and
    every way Wijkhuis is installed (wheel, editable, PyInstaller one-folder) unpacks to disk."""
    return Path(str(files(RESOURCES_PACKAGE)))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_path() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
