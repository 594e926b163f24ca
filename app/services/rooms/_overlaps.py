"""Finding the booking in the way: the room lock every write takes first, the overlap query
(an OR of index range conditions, one statement per 64 times asked) and the message that names
the booking found."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from sqlalchemy import Integer, String, bindparam, column, select, text
from sqlalchemy.orm import Session

from app.db.base import UTCDateTime
from app.db.models import Room
from app.domain import bookings as rules
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator

_ = translator("rooms")


def lock_room(session: Session, room_id: int) -> Room:
    room = session.scalars(select(Room).where(Room.id == room_id).with_for_update()).first()
    if room is None:
        raise ValidationError(FieldProblem("room_id", _("choose a room")))
    return room


_CHUNK = 64


@lru_cache(maxsize=8)
def _overlap_statement(size: int):
    """An OR of `size` index range conditions on (room_id, block_start), built once per size
    as plain SQL with typed parameters: building and caching a 64-term expression on every
    check would cost more than running it."""
    terms = " OR ".join(
        f"(b.room_id = :room AND b.block_start < :end_{i} AND b.block_start >= :back_{i} AND b.block_end > :start_{i})"
        for i in range(size))
    instant = UTCDateTime()
    statement = text(
        "SELECT b.id, b.block_start, b.block_end, b.local_start, b.local_end, b.activity, b.status, "
        "b.setup_minutes, b.cleanup_minutes, r.name AS renter, w.name AS working_group "
        "FROM booking b LEFT JOIN renter r ON r.id = b.renter_id LEFT JOIN working_group w ON w.id = b.working_group_id "
        f"WHERE ({terms}) AND b.status != :cancelled ORDER BY b.block_start"
    ).bindparams(*[bindparam(f"{kind}_{i}", type_=instant) for i in range(size) for kind in ("end", "back", "start")])
    # Times come back as the driver gives them (SQLite: text) and are read by `_instant`, which
    # is many times faster than the generic SQLite date parsing for a few hundred values.
    return statement.columns(
        column("id", Integer), column("block_start"), column("block_end"),
        column("local_start"), column("local_end"), column("activity", String),
        column("status", String), column("setup_minutes", Integer), column("cleanup_minutes", Integer),
        column("renter", String), column("working_group", String))


class Overlap:
    """A booking in the way, read straight from the row; its wall-clock times are only parsed
    when a message names it."""

    __slots__ = ("_row", "block_start", "block_end")

    def __init__(self, row) -> None:
        self._row = row
        self.block_start = _instant(row.block_start, True)
        self.block_end = _instant(row.block_end, True)

    def __getattr__(self, name: str):
        value = getattr(self._row, name)
        return _instant(value, False) if name in ("local_start", "local_end") else value


def _instant(value, aware: bool) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if aware:
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value.replace(tzinfo=None)


def find_overlaps(session: Session, room_id: int, blocks: list[rules.Block],
                  exclude: set[int] | frozenset[int] = frozenset()) -> list:
    """For each block, the first live booking of the room whose buffered time overlaps it
    (half-open), or None. One statement per 64 blocks: an OR of index range conditions on
    (room_id, block_start), each bounded by the longest possible booking, so the work grows
    with the bookings near the asked times and not with all bookings stored."""
    found: list = [None] * len(blocks)
    for offset in range(0, len(blocks), _CHUNK):
        chunk = blocks[offset:offset + _CHUNK]
        size = next(n for n in (1, 8, _CHUNK) if n >= len(chunk))
        padded = chunk + [chunk[-1]] * (size - len(chunk))
        params: dict = {"room": room_id, "cancelled": rules.CANCELLED}
        for i, block in enumerate(padded):
            params[f"end_{i}"] = block.block_end
            params[f"back_{i}"] = block.block_start - rules.MAX_BLOCK
            params[f"start_{i}"] = block.block_start
        rows = [Overlap(r) for r in session.execute(_overlap_statement(size), params) if r.id not in exclude]
        for index, block in enumerate(chunk, start=offset):
            for row in rows:
                if row.block_start < block.block_end and row.block_end > block.block_start:
                    found[index] = row
                    break
    return found


def find_overlap(session: Session, room_id: int, block: rules.Block,
                 exclude: set[int] | frozenset[int] = frozenset()):
    return find_overlaps(session, room_id, [block], exclude)[0]


def clash_message(room: Room, other) -> str:
    """Names the booking in the way: who, what, when (and its buffers)."""
    text = _("{room} is already booked by {who} ({activity}, {status}) on {when}").format(
        room=room.name, who=other.renter or other.working_group or "—", activity=other.activity,
        status=rules.status_names()[other.status], when=rules.when_text(other.local_start, other.local_end))
    if other.setup_minutes or other.cleanup_minutes:
        text += " " + _("including set-up and clean-up {start}–{end}").format(
            start=rules.to_local(other.block_start).strftime("%H:%M"), end=rules.to_local(other.block_end).strftime("%H:%M"))
    return text + "."
