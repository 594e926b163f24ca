"""Reading the volunteer register: the filtered, sorted, paged list (filtering happens in the
database, so 10.000 people stay fast), VOG flags that other areas use, and the settings the
rules need. Shared by the volunteer services; no permission checks here."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Setting, Volunteer, WorkingGroup, WorkingGroupMember
from app.domain import validation
from app.domain import volunteers as rules
from app.domain.volunteers import Status, VogState
from app.i18n import translator

_ = translator("volunteers")


def setting(session: Session, key: str, default: int) -> int:
    row = session.get(Setting, key)
    try:
        return int(row.value.get("value", default)) if row is not None else default
    except (TypeError, ValueError):
        return default


def renewal_years(session: Session) -> int:
    return setting(session, rules.SETTING_VOG_YEARS, rules.DEFAULT_VOG_RENEWAL_YEARS)


def anonymise_months(session: Session) -> int:
    return setting(session, rules.SETTING_ANONYMISE_MONTHS, rules.DEFAULT_ANONYMISE_AFTER_MONTHS)


@dataclass(frozen=True)
class VolunteerFilter:
    text: str = ""
    working_group_id: int | None = None
    status: str | None = None  # a Status value; None = all but anonymised
    vog: str | None = None  # a VogState value, or "flagged" (needed but not valid)
    include_anonymised: bool = False


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    sort_name: str
    email: str
    phone: str
    town: str
    iban_masked: str
    status: str
    groups: str
    vog_state: VogState
    vog_due: dt.date | None
    vog_flag: bool  # in a group that requires a VOG, without a valid one
    anonymised: bool


@dataclass(frozen=True)
class VolunteerPage:
    total: int
    rows: list[VolunteerRow]


SORT_COLUMNS = {
    "name": (Volunteer.last_name, Volunteer.first_name, Volunteer.id),
    "email": (Volunteer.email, Volunteer.id),
    "phone": (Volunteer.phone, Volunteer.id),
    "town": (Volunteer.town, Volunteer.last_name, Volunteer.id),
    "status": (Volunteer.status, Volunteer.last_name, Volunteer.id),
    "vog": (Volunteer.vog_issued_on, Volunteer.last_name, Volunteer.id),
    "start_date": (Volunteer.start_date, Volunteer.id),
    "id": (Volunteer.id,),
}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def in_vog_group():
    """In an active working group that requires a VOG (the VOG filter and Overzicht)."""
    return exists().where(
        WorkingGroupMember.volunteer_id == Volunteer.id,
        WorkingGroupMember.working_group_id == WorkingGroup.id,
        WorkingGroup.requires_vog.is_(True),
        WorkingGroup.active.is_(True),
    )


def apply_filter(
    query: Select, flt: VolunteerFilter, on_date: dt.date, years: int, *, personal: bool, sqlite: bool = False
) -> Select:
    if not flt.include_anonymised:
        query = query.where(Volunteer.anonymised_at.is_(None))
    for word in flt.text.split():
        pattern = _like(word)

        def match(column):
            # SQLite's LIKE ignores case already (and can skip lower() on every row); PostgreSQL needs ILIKE
            return column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")

        options = [match(Volunteer.first_name), match(Volunteer.infix), match(Volunteer.last_name)]
        if personal:  # people without the right may not find someone by a detail they cannot see
            options += [match(Volunteer.email), match(Volunteer.town), match(Volunteer.phone)]
            digits = "".join(ch for ch in word if ch.isdigit())
            if len(digits) >= 3 and digits == word.replace("-", "").replace("+", ""):
                bare = func.replace(func.replace(Volunteer.phone, " ", ""), "-", "")
                options.append(bare.like(_like(digits), escape="\\"))
        query = query.where(or_(*options))
    if flt.working_group_id is not None:
        query = query.where(
            exists().where(
                WorkingGroupMember.volunteer_id == Volunteer.id,
                WorkingGroupMember.working_group_id == flt.working_group_id,
            )
        )
    if flt.status:
        query = query.where(Volunteer.status == flt.status)
    if flt.vog:
        bounds = rules.vog_bounds(on_date, years)
        issued = Volunteer.vog_issued_on
        condition = {
            VogState.MISSING.value: issued.is_(None),
            VogState.EXPIRED.value: issued <= bounds.expired_until,
            VogState.EXPIRING.value: and_(issued > bounds.expired_until, issued <= bounds.expiring_until),
            VogState.VALID.value: issued > bounds.expiring_until,
            "flagged": and_(or_(issued.is_(None), issued <= bounds.expired_until), in_vog_group()),
        }[flt.vog]
        query = query.where(condition)
    return query


def groups_of(session: Session, volunteer_ids: Iterable[int]) -> dict[int, list[tuple[int, str, bool]]]:
    """volunteer id → [(group id, name, requires VOG)], in name order."""
    ids = list(volunteer_ids)
    result: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        rows = session.execute(
            select(WorkingGroupMember.volunteer_id, WorkingGroup.id, WorkingGroup.name, WorkingGroup.requires_vog,
                   WorkingGroup.active)
            .join(WorkingGroup, WorkingGroup.id == WorkingGroupMember.working_group_id)
            .where(WorkingGroupMember.volunteer_id.in_(chunk))
            .order_by(WorkingGroup.name)
        )
        for volunteer_id, group_id, name, requires_vog, active in rows:
            result[volunteer_id].append((group_id, name, bool(requires_vog and active)))
    return result


_LIST_COLUMNS = (
    Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name, Volunteer.email,
    Volunteer.phone, Volunteer.town, Volunteer.iban, Volunteer.status, Volunteer.vog_issued_on,
    Volunteer.anonymised_at,
)


def list_page(
    session: Session, flt: VolunteerFilter, on_date: dt.date, *, personal: bool, sort: str = "name",
    descending: bool = False, offset: int = 0, limit: int | None = 200, with_total: bool = True,
) -> VolunteerPage:
    years = renewal_years(session)
    sqlite = session.get_bind().dialect.name == "sqlite"
    base = apply_filter(select(*_LIST_COLUMNS), flt, on_date, years, personal=personal, sqlite=sqlite)
    order = [c.desc() if descending else c.asc() for c in SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])]
    query = base.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    records = session.execute(query).all()
    total = -1
    if with_total:
        if offset == 0 and (limit is None or len(records) < limit):
            total = len(records)  # the page holds every match: no second pass over the table
        else:
            total = session.scalar(
                apply_filter(select(func.count(Volunteer.id)), flt, on_date, years, personal=personal, sqlite=sqlite)
            ) or 0
    groups = groups_of(session, [r.id for r in records])
    return VolunteerPage(total, [_row(r, groups.get(r.id, []), on_date, years, personal) for r in records])


def _row(record: Any, groups: list[tuple[int, str, bool]], on_date: dt.date, years: int, personal: bool) -> VolunteerRow:
    state = rules.vog_state(record.vog_issued_on, on_date, years)
    needs_vog = any(requires for _id, _name, requires in groups)
    return VolunteerRow(
        id=record.id,
        name=rules.full_name(record.first_name, record.infix, record.last_name),
        sort_name=rules.sort_name(record.first_name, record.infix, record.last_name),
        email=record.email if personal else "",
        phone=record.phone if personal else "",
        town=record.town if personal else "",
        iban_masked=validation.mask_iban(record.iban) if personal else "",
        status=record.status,
        groups=", ".join(name for _id, name, _r in groups),
        vog_state=state,
        vog_due=rules.vog_due(record.vog_issued_on, years),
        vog_flag=needs_vog and state in (VogState.MISSING, VogState.EXPIRED),
        anonymised=record.anonymised_at is not None,
    )


def vog_flags(source: Any, volunteer_ids: Iterable[int], on_date: dt.date) -> dict[int, str]:
    """Volunteers (of those given) who are in an active working group that requires a VOG and
    have no valid one on `on_date`: id → a Dutch reason. `source` is a Session, a Database or
    the Services container, so every area can call it where it chooses volunteers."""
    ids = list(volunteer_ids)
    if not ids:
        return {}
    if isinstance(source, Session):
        return _vog_flags(source, ids, on_date)
    db = getattr(source, "db", source)
    with db.reader() as uow:
        return _vog_flags(uow.session, ids, on_date)


def _vog_flags(session: Session, ids: list[int], on_date: dt.date) -> dict[int, str]:
    years = renewal_years(session)
    issued = {
        row.id: row.vog_issued_on
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500))
        for row in session.execute(select(Volunteer.id, Volunteer.vog_issued_on).where(Volunteer.id.in_(chunk)))
    }
    result: dict[int, str] = {}
    for volunteer_id, groups in groups_of(session, ids).items():
        needing = [name for _id, name, requires in groups if requires]
        if not needing:
            continue
        state = rules.vog_state(issued.get(volunteer_id), on_date, years)
        if state == VogState.MISSING:
            result[volunteer_id] = _("no VOG, needed for {groups}").format(groups=", ".join(needing))
        elif state == VogState.EXPIRED:
            result[volunteer_id] = _("VOG expired, needed for {groups}").format(groups=", ".join(needing))
    return result


def active_statuses() -> tuple[str, ...]:
    return (Status.ACTIVE.value, Status.PAUSED.value)
