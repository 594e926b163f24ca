"""Alembic environment. The program passes its own connection (config.attributes) so that
migrations run on exactly the database it opened; `render_as_batch` lets ALTER TABLE work on
SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import app.db.models  # noqa: F401  (registers every table on Base.metadata)
from app.config import resolve_database_url
from app.db.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    """Migrations are snapshots: render the program's own column types as plain SQLAlchemy
    types, so that a revision never imports app code that may change later."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(resolve_database_url())
    with engine.connect() as connection:
        _run(connection)


run_migrations_online()
