"""One declarative base for every model, with names for constraints so that Alembic's batch
mode on SQLite can find them again, and a version column for optimistic locking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, DateTime, ForeignKey, MetaData, Numeric, types
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(12, 2)


class UTCDateTime(types.TypeDecorator[dt.datetime]):
    """Timestamps are stored in UTC and always come back timezone-aware, on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: Money,
        dt.datetime: UTCDateTime(),
        dict: JSON,
        list: JSON,
    }


class Versioned:
    """An editable record: `version` goes up on every update, and SQLAlchemy refuses an
    UPDATE whose version does not match (no silent overwrite between two users)."""

    version: Mapped[int] = mapped_column(nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CentreOwned:
    """A record that belongs to one centre of the organisation (its rooms, bookings, renters,
    working groups, applications, invoices, …). A coordinator of one centre sees and changes
    only the records of that centre: app/db/scoping.py adds the condition to every query and
    refuses a save into another centre. A new record without a centre gets the actor's
    working centre there."""

    @declared_attr
    def centre_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("centre.id"), index=True)
