"""Shared by every area: the acting user (`Actor`), loading records with a lock, the audit
recorder (`audit`) and attachments stored in the database (`attachments`).

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update

__all__ = [
    "Actor",
    "get_or_raise",
    "load_for_update",
]
