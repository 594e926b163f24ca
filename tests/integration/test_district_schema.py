"""Migration 0020 (public series, the index of the district calendar) and the models agree:
alembic finds nothing to change on a database migrated to the head, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.db.base import Base


def test_migrated_database_matches_the_models(db):
    import app.db.models  # noqa: F401 (every table on the metadata)

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_series_public_defaults_to_false_and_the_index_exists(db):
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        inspector = inspect(connection)
        columns = {c["name"]: c for c in inspector.get_columns("booking_series")}
        indexes = {i["name"]: i["column_names"] for i in inspector.get_indexes("booking")}
    assert not columns["public"]["nullable"]
    assert "false" in str(columns["public"]["default"]).lower() or str(columns["public"]["default"]) == "0"
    assert indexes["ix_booking_public_start"] == ["public", "start_at"]
