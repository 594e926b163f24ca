"""Copy every table of one Wijkhuis database into another, generically.

The tables and their columns come from `Base.metadata`, never from a hand-made list: a column
added by a later revision is copied without anyone touching this module. Tables go in
dependency order (parents first) and rows in primary-key order, so that foreign keys and an
audit trail whose entries build on the previous one arrive as they left.

Every value is passed through the column's own type, so a timestamp stays the same instant, an
amount the same Decimal and a file the same bytes on SQLite and PostgreSQL. JSON columns keep
SQL NULL and a JSON `null` apart (plain SQLAlchemy would turn the first into the second).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import JSON, LargeBinary, MetaData, Table, func, insert, select, text
from sqlalchemy.engine import Connection

import app.db.models  # noqa: F401  (registers every table on Base.metadata)
from app.db.base import Base

BATCH_ROWS = 500
FILE_BATCH_ROWS = 10  # rows that carry files (receipts, logos): a few megabytes each at most

RowsCopied = Callable[[str, int], None]
"""Called after each batch with the table's name and the rows of that batch."""


def model_tables() -> list[Table]:
    """Every table of the program, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def count_rows(connection: Connection, tables: list[Table]) -> dict[str, int]:
    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one() for table in tables
    }


@dataclass(frozen=True)
class _TableCopy:
    """A stand-in for one model table whose JSON columns write None as SQL NULL, so that the
    copier decides per value whether a NULL or a JSON null is written."""

    table: Table
    keys: list[str]
    json_keys: list[str]

    @classmethod
    def of(cls, table: Table) -> _TableCopy:
        stand_in = table.to_metadata(MetaData())
        json_keys = []
        for column in stand_in.columns:
            if isinstance(column.type, JSON):
                column.type = JSON(none_as_null=True)
                json_keys.append(column.key)
        return cls(stand_in, [column.key for column in stand_in.columns], json_keys)

    def query(self):
        columns = list(self.table.columns)
        null_flags = [self.table.columns[key].is_(None).label(f"null_{index}") for index, key in enumerate(self.json_keys)]
        return select(*columns, *null_flags).order_by(*self.table.primary_key.columns)

    def values(self, row) -> dict:
        width = len(self.keys)
        values = dict(zip(self.keys, row[:width], strict=True))
        for key, is_sql_null in zip(self.json_keys, row[width:], strict=True):
            if values[key] is None and not is_sql_null:
                values[key] = JSON.NULL
        return values


def _batches(connection: Connection, copy: _TableCopy) -> Iterator[list]:
    size = FILE_BATCH_ROWS if any(isinstance(c.type, LargeBinary) for c in copy.table.columns) else BATCH_ROWS
    result = connection.execution_options(stream_results=True, yield_per=size).execute(copy.query())
    try:
        yield from result.partitions(size)
    finally:
        result.close()


def copy_table(source: Connection, target: Connection, table: Table, rows_copied: RowsCopied) -> int:
    """Copy all rows of `table`; returns how many were written."""
    copy = _TableCopy.of(table)
    written = 0
    for batch in _batches(source, copy):
        target.execute(insert(copy.table), [copy.values(row) for row in batch])
        written += len(batch)
        rows_copied(table.name, len(batch))
    return written


def delete_rows(connection: Connection, tables: list[Table]) -> None:
    """Children first. Only for tables the caller has established hold no one's data."""
    for table in reversed(tables):
        connection.execute(table.delete())


def advance_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL: after rows were inserted with their own ids, set each id sequence past the
    highest id, so that the next new row does not collide. SQLite needs nothing (max + 1)."""
    if connection.dialect.name != "postgresql":
        return
    preparer = connection.dialect.identifier_preparer
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": preparer.format_table(table), "column": column.name},
        ).scalar()
        if sequence is None:
            continue
        highest = connection.execute(select(func.max(column))).scalar()
        if highest is None:
            connection.execute(text("SELECT setval(:sequence, 1, false)"), {"sequence": sequence})
        else:
            connection.execute(text("SELECT setval(:sequence, :value)"), {"sequence": sequence, "value": highest})
