"""Frozen rows of this area: what services return and what reports and the window show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OverviewItem:
    area: str  # the navigation key of the page it belongs to: "volunteers", "settings", …
    title: str
    value: str
    detail: str = ""
    warning: bool = False
