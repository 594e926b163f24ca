"""One place that knows where bundled files live, in a source tree and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds `resources/` (the repository root, or PyInstaller's bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def migrations_path() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
