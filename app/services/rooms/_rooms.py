"""Rooms, their tariffs, renters and closing days: the things a booking refers to."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import ClosingDay, Renter, Room, RoomTariff, Setting, WorkingGroup
from app.domain import bookings as rules
from app.domain import validation
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.rooms.rows import RoomRow, TariffRow, RenterRow, ClosingRow  # noqa: F401 (re-exported)
from app.services.rooms.rows import DEFAULT_DAY_PARTS, DEFAULT_OPENING  # noqa: F401 (re-exported)
from app.services.rooms._closure_hits import live_bookings_between

_ = translator("rooms")

PERCENTAGES_KEY = "rooms.category_percentages"
LIBERATION_KEY = "rooms.liberation_day_every_year"
PAYMENT_TERM_KEY = "rooms.payment_term_days"


_ROOM_FIELDS = [f for f in RoomRow.__dataclass_fields__ if f not in ("id", "version")]
_RENTER_FIELDS = [f for f in RenterRow.__dataclass_fields__ if f not in ("id", "version")]


def room_row(room: Room) -> RoomRow:
    return RoomRow(id=room.id, version=room.version, **{f: getattr(room, f) for f in _ROOM_FIELDS})


def renter_row(renter: Renter, *, personal: bool = True) -> RenterRow:
    row = RenterRow(id=renter.id, version=renter.version, **{f: getattr(renter, f) for f in _RENTER_FIELDS})
    if personal:
        return row
    return replace(row, phone="", email="", invoice_street="", invoice_email="",
                   invoice_postcode=row.invoice_postcode[:4])


def setting_value(session: Session, key: str, default: Any) -> Any:
    setting = session.get(Setting, key)
    return default if setting is None else setting.value.get("value", default)


def percentages(session: Session) -> dict[str, int]:
    return {**rules.DEFAULT_PERCENTAGES, **setting_value(session, PERCENTAGES_KEY, {})}


def liberation_every_year(session: Session) -> bool:
    return bool(setting_value(session, LIBERATION_KEY, True))


def closed_dates(session: Session, start: dt.date, end: dt.date, room_id: int | None = None) -> dict[dt.date, str]:
    """Every date from `start` to `end` (inclusive) the centre is closed, with the reason;
    with `room_id`, also the dates only that room is closed."""
    return closed_dates_by_room(session, start, end, [room_id] if room_id is not None else [])[room_id]


def closed_dates_by_room(session: Session, start: dt.date, end: dt.date,
                         room_ids: list[int]) -> dict[int | None, dict[dt.date, str]]:
    """The closed dates of the whole centre (key None) and of each of `room_ids` (the centre's
    closures and public holidays included), from `start` to `end` inclusive."""
    centre = dict(rules.public_holidays(start, end, liberation_every_year=liberation_every_year(session)))
    own: dict[int, dict[dt.date, str]] = {}
    for closing in session.scalars(
        select(ClosingDay).where(ClosingDay.start_date <= end, ClosingDay.end_date >= start).order_by(ClosingDay.id)
    ):
        target = centre if closing.room_id is None else own.setdefault(closing.room_id, {})
        day = max(closing.start_date, start)
        while day <= min(closing.end_date, end):
            target.setdefault(day, closing.reason or _("closed"))
            day += dt.timedelta(days=1)
    result: dict[int | None, dict[dt.date, str]] = {None: centre}
    for room_id in room_ids:
        result[room_id] = {**own.get(room_id, {}), **centre}
    return result


def closing_problems(start: dt.date, end: dt.date, reason: str) -> list[FieldProblem]:
    problems = []
    if end < start:
        problems.append(FieldProblem("end_date", _("the last day is before the first")))
    if not reason.strip():
        problems.append(FieldProblem("reason", _("say why the centre is closed")))
    return problems


def closing_row(closing: ClosingDay, room_names: dict[int, str]) -> ClosingRow:
    return ClosingRow(closing.id, closing.start_date, closing.end_date, closing.reason, version=closing.version,
                      room_id=closing.room_id, room_name=room_names.get(closing.room_id, "") if closing.room_id else "",
                      kept_booking_ids=tuple(closing.kept_booking_ids or ()))


def _validate_room(row: RoomRow) -> None:
    problems = []
    if not row.name.strip():
        problems.append(FieldProblem("name", _("is required")))
    if row.capacity < 0:
        problems.append(FieldProblem("capacity", _("cannot be negative")))
    if not (len(row.colour) == 7 and row.colour.startswith("#")):
        problems.append(FieldProblem("colour", _("use a colour like #4E79A7")))
    for minutes, name in ((row.setup_minutes, "setup_minutes"), (row.cleanup_minutes, "cleanup_minutes")):
        if not 0 <= minutes <= rules.MAX_BUFFER_MINUTES:
            problems.append(FieldProblem(name, _("between 0 and {n} minutes").format(n=rules.MAX_BUFFER_MINUTES)))
    try:
        for day, hours in row.opening_hours.items():
            if hours and rules.parse_hhmm(hours[0]) >= rules.parse_hhmm(hours[1]):
                problems.append(FieldProblem("opening_hours", _("{day}: closing time before opening time").format(
                    day=rules.weekday_label(int(day)))))
        for part in row.day_parts:
            if not part.get("name") or rules.parse_hhmm(part["start"]) >= rules.parse_hhmm(part["end"]):
                problems.append(FieldProblem("day_parts", _("{name}: the end must be after the start").format(
                    name=part.get("name") or "?")))
    except (ValueError, IndexError, KeyError):
        problems.append(FieldProblem("opening_hours", _("write times as 09:00")))
    if problems:
        raise ValidationError(problems)


def _validate_renter(row: RenterRow) -> RenterRow:
    problems = []
    clean: dict[str, Any] = {}
    if not row.name.strip():
        problems.append(FieldProblem("name", _("is required")))
    if row.category not in rules.CATEGORIES:
        problems.append(FieldProblem("category", _("choose a category")))
    for name, check in (("email", validation.email), ("invoice_email", validation.email), ("phone", validation.phone),
                        ("invoice_postcode", validation.postcode)):
        value = getattr(row, name).strip()
        if not value:
            clean[name] = ""
            continue
        try:
            clean[name] = check(value)
        except ValueError as error:
            problems.append(FieldProblem(name, str(error)))
    if problems:
        raise ValidationError(problems)
    return replace(row, name=row.name.strip(), **clean)


class RoomService:
    def __init__(self, db: Database):
        self.db = db

    # ---- rooms ----
    def rooms(self, actor: Actor, *, include_inactive: bool = False) -> list[RoomRow]:
        actor.require(Permission.VIEW, _("see the rooms"))
        with self.db.reader(actor) as uow:
            query = select(Room).order_by(Room.sort_order, Room.name)
            if not include_inactive:
                query = query.where(Room.active.is_(True))
            return [room_row(r) for r in uow.session.scalars(query)]

    def room_by_name(self, actor: Actor, name: str) -> RoomRow:
        for room in self.rooms(actor, include_inactive=True):
            if room.name.lower() == name.strip().lower():
                return room
        raise ValidationError(FieldProblem("room", _("there is no room called {name}").format(name=name)))

    def save_room(self, actor: Actor, row: RoomRow) -> RoomRow:
        actor.require(Permission.MANAGE_ROOMS, _("manage rooms"))
        _validate_room(row)
        with self.db.unit_of_work(actor) as uow:
            duplicate = uow.session.scalar(select(Room).where(Room.name == row.name.strip(), Room.id != (row.id or 0)))
            if duplicate:
                raise ValidationError(FieldProblem("name", _("there is already a room called {name}").format(name=row.name)))
            if row.id is None:
                room = Room(name=row.name.strip())
                uow.session.add(room)
                before: dict = {}
            else:
                room = load_for_update(uow.session, Room, row.id, row.version, _("The room"))
                before = audit.snapshot(room)
            for name in _ROOM_FIELDS:
                setattr(room, name, getattr(row, name))
            room.name = row.name.strip()
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(room))
            audit.record(uow.session, actor, "create" if not before else "update", "room", room.id, before=old, after=new)
            uow.commit()
            return room_row(room)

    # ---- tariffs ----
    def tariffs(self, actor: Actor, room_id: int | None = None) -> list[TariffRow]:
        actor.require(Permission.VIEW, _("see the tariffs"))
        with self.db.reader(actor) as uow:
            query = select(RoomTariff).order_by(RoomTariff.room_id, RoomTariff.category)
            if room_id is not None:
                query = query.where(RoomTariff.room_id == room_id)
            return [TariffRow(t.room_id, t.category, t.hourly_rate, t.day_part_rate) for t in uow.session.scalars(query)]

    def set_tariff(self, actor: Actor, room_id: int, category: str, hourly_rate: Decimal, day_part_rate: Decimal) -> TariffRow:
        actor.require(Permission.MANAGE_ROOMS, _("change tariffs"))
        problems = []
        if category not in rules.CATEGORIES:
            problems.append(FieldProblem("category", _("choose a category")))
        if hourly_rate < 0:
            problems.append(FieldProblem("hourly_rate", _("cannot be negative")))
        if day_part_rate < 0:
            problems.append(FieldProblem("day_part_rate", _("cannot be negative")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            get_or_raise(uow.session, Room, room_id, _("Room"))
            tariff = uow.session.scalar(select(RoomTariff).where(RoomTariff.room_id == room_id, RoomTariff.category == category))
            before = audit.snapshot(tariff) if tariff else {}
            if tariff is None:
                tariff = RoomTariff(room_id=room_id, category=category)
                uow.session.add(tariff)
            tariff.hourly_rate, tariff.day_part_rate = hourly_rate, day_part_rate
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(tariff))
            audit.record(uow.session, actor, "update" if before else "create", "room_tariff", tariff.id, before=old, after=new)
            uow.commit()
            return TariffRow(room_id, category, hourly_rate, day_part_rate)

    def remove_tariff(self, actor: Actor, room_id: int, category: str) -> None:
        actor.require(Permission.MANAGE_ROOMS, _("change tariffs"))
        with self.db.unit_of_work(actor) as uow:
            tariff = uow.session.scalar(select(RoomTariff).where(RoomTariff.room_id == room_id, RoomTariff.category == category))
            if tariff is None:
                return
            audit.record(uow.session, actor, "delete", "room_tariff", tariff.id, before=audit.snapshot(tariff))
            uow.session.delete(tariff)
            uow.commit()

    # ---- renters ----
    def renters(self, actor: Actor, *, include_inactive: bool = False) -> list[RenterRow]:
        actor.require(Permission.VIEW, _("see the renters"))
        personal = actor.can(Permission.VIEW_PERSONAL_DETAILS)
        with self.db.reader(actor) as uow:
            query = select(Renter).order_by(Renter.name)
            if not include_inactive:
                query = query.where(Renter.active.is_(True))
            return [renter_row(r, personal=personal) for r in uow.session.scalars(query)]

    def renter(self, actor: Actor, renter_id: int) -> RenterRow:
        actor.require(Permission.VIEW, _("see the renters"))
        with self.db.reader(actor) as uow:
            return renter_row(get_or_raise(uow.session, Renter, renter_id, _("Renter")),
                              personal=actor.can(Permission.VIEW_PERSONAL_DETAILS))

    def save_renter(self, actor: Actor, row: RenterRow) -> RenterRow:
        actor.require(Permission.MANAGE_ROOMS, _("manage renters"))
        clean = _validate_renter(row)
        with self.db.unit_of_work(actor) as uow:
            if clean.working_group_id is not None:
                get_or_raise(uow.session, WorkingGroup, clean.working_group_id, _("Working group"))
            if clean.id is None:
                renter = Renter(name=clean.name)
                uow.session.add(renter)
                before: dict = {}
            else:
                renter = load_for_update(uow.session, Renter, clean.id, clean.version, _("The renter"))
                before = audit.snapshot(renter)
            for name in _RENTER_FIELDS:
                setattr(renter, name, getattr(clean, name))
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(renter))
            audit.record(uow.session, actor, "create" if not before else "update", "renter", renter.id, before=old, after=new)
            uow.commit()
            return renter_row(renter)

    def working_groups(self, actor: Actor) -> list[tuple[int, str]]:
        """The centre's active working groups (id, name): they book rooms too."""
        actor.require(Permission.VIEW, _("see the renters"))
        with self.db.reader(actor) as uow:
            return [(g.id, g.name) for g in uow.session.scalars(
                select(WorkingGroup).where(WorkingGroup.active.is_(True)).order_by(WorkingGroup.name))]

    def price_preview(self, actor: Actor, room_id: int, renter_id: int | None, basis: str,
                      local_start: dt.datetime, local_end: dt.datetime) -> rules.Price | None:
        """What a booking would cost this renter (None without a renter)."""
        actor.require(Permission.VIEW, _("see the tariffs"))
        if renter_id is None:
            return None
        with self.db.reader(actor) as uow:
            room = uow.session.get(Room, room_id)
            renter = uow.session.get(Renter, renter_id)
            if room is None or renter is None or local_end <= local_start:
                return None
            tariffs = {t.category: rules.Tariff(t.hourly_rate, t.day_part_rate)
                       for t in uow.session.scalars(select(RoomTariff).where(RoomTariff.room_id == room_id))}
            tariff = rules.tariff_for(renter.category, tariffs, percentages(uow.session))
            return rules.price(tariff, basis, local_start, local_end, room.day_parts)

    # ---- closing days ----
    def closing_days(self, actor: Actor, start: dt.date, end: dt.date) -> list[ClosingRow]:
        """The centre's and the rooms' own closures and the public holidays in a period, by date."""
        actor.require(Permission.VIEW, _("see the closing days"))
        with self.db.reader(actor) as uow:
            names = {k: v for k, v in uow.session.execute(select(Room.id, Room.name))}
            own = [
                closing_row(c, names)
                for c in uow.session.scalars(
                    select(ClosingDay).where(ClosingDay.start_date <= end, ClosingDay.end_date >= start)
                    .order_by(ClosingDay.start_date))
            ]
            holidays = rules.public_holidays(start, end, liberation_every_year=liberation_every_year(uow.session))
        rows = own + [ClosingRow(None, day, day, name, public_holiday=True) for day, name in holidays.items()]
        return sorted(rows, key=lambda r: (r.start_date, r.public_holiday))

    def closed_dates(self, actor: Actor, start: dt.date, end: dt.date, room_id: int | None = None) -> dict[dt.date, str]:
        actor.require(Permission.VIEW, _("see the closing days"))
        with self.db.reader(actor) as uow:
            return closed_dates(uow.session, start, end, room_id)

    def closed_dates_by_room(self, actor: Actor, start: dt.date, end: dt.date,
                             room_ids: list[int]) -> dict[int | None, dict[dt.date, str]]:
        actor.require(Permission.VIEW, _("see the closing days"))
        with self.db.reader(actor) as uow:
            return closed_dates_by_room(uow.session, start, end, room_ids)

    def add_closing(self, actor: Actor, start: dt.date, end: dt.date, reason: str, *, room_id: int | None = None) -> ClosingRow:
        """A closure over days without live bookings; over booked days the coordinator decides
        per booking first (ClosureService.close in room_closures.py)."""
        actor.require(Permission.MANAGE_ROOMS, _("manage closing days"))
        problems = closing_problems(start, end, reason)
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            hits = live_bookings_between(uow.session, [(start, end)], room_id)
            if hits:
                raise Conflict(_("{n} bookings fall on these days; cancel them or keep them explicitly first.").format(
                    n=len(hits)))
            closing = ClosingDay(start_date=start, end_date=end, reason=reason.strip(), room_id=room_id,
                                 kept_booking_ids=[])
            uow.session.add(closing)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "closing_day", closing.id, after=audit.snapshot(closing))
            uow.commit()
            return closing_row(closing, {k: v for k, v in uow.session.execute(select(Room.id, Room.name))})

    def remove_closing(self, actor: Actor, closing_id: int) -> None:
        actor.require(Permission.MANAGE_ROOMS, _("manage closing days"))
        with self.db.unit_of_work(actor) as uow:
            closing = get_or_raise(uow.session, ClosingDay, closing_id, _("Closing day"))
            audit.record(uow.session, actor, "delete", "closing_day", closing.id, before=audit.snapshot(closing))
            uow.session.delete(closing)
            uow.commit()

    # ---- settings ----
    def category_percentages(self) -> dict[str, int]:
        with self.db.reader() as uow:
            return percentages(uow.session)

    def liberation_day_every_year(self) -> bool:
        with self.db.reader() as uow:
            return liberation_every_year(uow.session)

    def payment_term_days(self) -> int:
        with self.db.reader() as uow:
            return int(setting_value(uow.session, PAYMENT_TERM_KEY, 14))

    def check_percentages(self, values: dict[str, int]) -> dict[str, int]:
        problems = [FieldProblem(k, _("a percentage between 0 and 100")) for k, v in values.items()
                    if k not in rules.CATEGORIES or not 0 <= int(v) <= 100]
        if problems:
            raise ValidationError(problems)
        if not values:
            raise Conflict(_("no percentages given"))
        return {k: int(v) for k, v in values.items()}
