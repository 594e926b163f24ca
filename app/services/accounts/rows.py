"""Frozen rows of this area: what services return and what reports and the window show."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.domain.audit import labels


def shorten(value: Any, limit: int = 60) -> str:
    """A before/after value as one short line of JSON."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class AuditFilter:
    """Every field is optional; dates are local calendar days, both ends included."""

    username: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    before: dict | None
    after: dict | None
    detail: str
    # The hash chain (app/domain/audit_chain.py), for the export: anyone can recompute it.
    user_id: int | None = None
    prev_hash: str | None = None
    hash: str | None = None

    @property
    def fields(self) -> list[str]:
        keys = list((self.before or {}).keys())
        keys += [k for k in (self.after or {}) if k not in keys]
        return keys

    def changes_text(self) -> str:
        """`IBAN: NL44 •••• → NL91 ••••; Woonplaats: — → Arnhem` — one line per entry for lists,
        in the same words as the exported workbook."""
        return "; ".join(labels.changes_text(self.before, self.after).splitlines())
