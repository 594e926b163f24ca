"""Moving the whole data set to another database (a PC's SQLite file to a PostgreSQL server, and
back): the connection test, the emptiness check and the copy.

This file is the area's public API: code outside the package imports from here; the modules with a
leading underscore are private to the package."""

from app.services.transfer._service import TransferResult, TransferService
from app.services.transfer._target import (
    TargetStatus,
    open_target,
    seeded_tables,
    server_url,
)

__all__ = [
    "TargetStatus",
    "TransferResult",
    "TransferService",
    "open_target",
    "seeded_tables",
    "server_url",
]
