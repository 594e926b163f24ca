"""Readable names for what the audit trail stores as codes (actions, record types): the same
words as the exported workbook, from app.domain.audit_labels. A code that is not listed is
shown as it is, so a new area never hides an entry."""

from __future__ import annotations

from app.domain import audit_labels


def action_label(code: str | None) -> str:
    return audit_labels.action_label(code)


def record_label(code: str | None) -> str:
    return audit_labels.record_label(code)
