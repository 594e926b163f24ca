"""Pages that gather pieces from every area (Rapporten, Instellingen) find them here: an
area adds `ui/pages/<area>/reports.py` with `actions(context)` or
`ui/pages/<area>/settings_tab.py` with `create_tab(context)`, and nothing else changes."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from ui.pages import PAGES


def area_modules(name: str) -> list[ModuleType]:
    found = []
    for spec in PAGES:
        module_name = f"ui.pages.{spec.key}.{name}"
        try:
            present = importlib.util.find_spec(module_name) is not None
        except ModuleNotFoundError:
            present = False
        if present:
            found.append(importlib.import_module(module_name))
    return found
