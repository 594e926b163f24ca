"""The read side of the volunteer register: the detail of one person (personal fields left out
for whoever may not see them), possible duplicates, the VOG register and who is due for
anonymising. Used by the volunteer services inside their own unit of work; no permission
checks here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Volunteer
from app.domain import validation
from app.domain import volunteers as rules
from app.domain.errors import Conflict
from app.domain.volunteers import Status, VogState, VolunteerInput
from app.i18n import translator
from app.services.volunteers._queries import anonymise_months, groups_of, renewal_years

_ = translator("volunteers")


def what() -> str:
    """How messages name a volunteer record ("De vrijwilliger … bestaat niet")."""
    return _("The volunteer")


@dataclass(frozen=True)
class Duplicate:
    id: int
    name: str
    reason: str


class DuplicateFound(Conflict):
    def __init__(self, duplicates: list[Duplicate]):
        self.duplicates = duplicates
        names = "; ".join(f"{d.name} ({d.reason})" for d in duplicates)
        super().__init__(_("This person may already be registered: {names}.").format(names=names))


@dataclass(frozen=True)
class VolunteerDetail:
    id: int
    version: int
    first_name: str
    infix: str
    last_name: str
    date_of_birth: dt.date | None
    email: str
    phone: str
    street: str
    postcode: str
    town: str
    iban: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    skills: str
    availability: tuple[str, ...]
    emergency_contact: str
    notes: str
    photo_consent: bool
    photo_consent_date: dt.date | None
    newsletter_consent: bool
    newsletter_consent_date: dt.date | None
    vog_requested_on: dt.date | None
    vog_issued_on: dt.date | None
    vog_seen_by: str
    vog_seen_on: dt.date | None
    anonymised_at: dt.datetime | None
    groups: tuple[tuple[int, str], ...]
    vog_due: dt.date | None
    vog_state: VogState
    vog_flag: str  # why a VOG is needed and missing, or ""
    personal_hidden: bool

    @property
    def name(self) -> str:
        return rules.full_name(self.first_name, self.infix, self.last_name)

    @property
    def working_group_ids(self) -> tuple[int, ...]:
        return tuple(g for g, _n in self.groups)


@dataclass(frozen=True)
class VogListRow:
    id: int
    name: str
    groups: str
    vog_requested_on: dt.date | None
    vog_issued_on: dt.date | None
    vog_due: dt.date | None
    state: VogState
    needed: bool


@dataclass(frozen=True)
class AnonymisationCandidate:
    id: int
    name: str
    end_date: dt.date
    due_on: dt.date


DETAIL_COLUMNS = [f.name for f in fields(VolunteerDetail) if f.name not in (
    "groups", "vog_due", "vog_state", "vog_flag", "personal_hidden", "availability")]


def detail_of(
    session: Session, volunteer: Volunteer, today: dt.date, *, personal: bool,
    groups: list[tuple[int, str, bool]] | None = None, years: int | None = None,
) -> VolunteerDetail:
    """`groups` and `years` may be given when many people are read at once (exports)."""
    years = renewal_years(session) if years is None else years
    values = {name: getattr(volunteer, name) for name in DETAIL_COLUMNS}
    if not personal:
        for name in rules.PERSONAL_FIELDS:
            values[name] = None if name == "date_of_birth" else ""
        values["notes"] = ""
    if groups is None:
        groups = groups_of(session, [volunteer.id]).get(volunteer.id, [])
    state = rules.vog_state(volunteer.vog_issued_on, today, years)
    needing = ", ".join(n for _g, n, requires in groups if requires)
    flag = ""
    if needing and state == VogState.MISSING:
        flag = _("no VOG, needed for {groups}").format(groups=needing)
    elif needing and state == VogState.EXPIRED:
        flag = _("VOG expired, needed for {groups}").format(groups=needing)
    return VolunteerDetail(
        **values,
        availability=tuple(volunteer.availability or ()),
        groups=tuple((g, n) for g, n, _r in groups),
        vog_due=rules.vog_due(volunteer.vog_issued_on, years),
        vog_state=state,
        vog_flag=flag,
        personal_hidden=not personal,
    )


def input_from_detail(detail: VolunteerDetail) -> VolunteerInput:
    values = {f.name: getattr(detail, f.name) for f in fields(VolunteerInput) if f.name != "working_group_ids"}
    values["availability"] = tuple(detail.availability)
    values["iban"] = validation.format_iban(detail.iban) if detail.iban else ""
    return VolunteerInput(**values, working_group_ids=detail.working_group_ids)


def find_duplicates(session: Session, data: VolunteerInput, exclude_id: int | None) -> list[Duplicate]:
    """People already registered under the same name and birth date, or the same e-mail."""
    found: dict[int, Duplicate] = {}
    birth = data.date_of_birth
    if isinstance(birth, str):
        try:
            birth = rules.parse_date_text(birth) if birth.strip() else None
        except ValueError:
            birth = None
    query = select(Volunteer).where(Volunteer.anonymised_at.is_(None))
    if exclude_id is not None:
        query = query.where(Volunteer.id != exclude_id)
    if birth and data.first_name.strip() and data.last_name.strip():
        for v in session.scalars(query.where(
            func.lower(Volunteer.first_name) == data.first_name.strip().lower(),
            func.lower(Volunteer.infix) == data.infix.strip().lower(),
            func.lower(Volunteer.last_name) == data.last_name.strip().lower(),
            Volunteer.date_of_birth == birth,
        )):
            found[v.id] = Duplicate(v.id, rules.full_name(v.first_name, v.infix, v.last_name),
                                    _("same name and date of birth"))
    email = data.email.strip().lower()
    if email:
        for v in session.scalars(query.where(func.lower(Volunteer.email) == email)):
            found.setdefault(v.id, Duplicate(v.id, rules.full_name(v.first_name, v.infix, v.last_name),
                                             _("same e-mail address")))
    return list(found.values())


def vog_register_rows(session: Session, today: dt.date) -> list[VogListRow]:
    """Active and paused volunteers whose VOG is missing, expired or expiring, needed first."""
    years = renewal_years(session)
    bounds = rules.vog_bounds(today, years)
    people = session.execute(
        select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
               Volunteer.vog_requested_on, Volunteer.vog_issued_on)
        .where(Volunteer.status.in_((Status.ACTIVE.value, Status.PAUSED.value)),
               Volunteer.anonymised_at.is_(None),
               (Volunteer.vog_issued_on.is_(None)) | (Volunteer.vog_issued_on <= bounds.expiring_until))
    ).all()
    groups = groups_of(session, [p.id for p in people])
    rows = []
    for p in people:
        state = rules.vog_state(p.vog_issued_on, today, years)
        needed = any(r for _g, _n, r in groups.get(p.id, []))
        if state == VogState.MISSING and not needed and p.vog_requested_on is None:
            continue  # no VOG and none needed: nothing to do
        rows.append(VogListRow(
            p.id, rules.full_name(p.first_name, p.infix, p.last_name),
            ", ".join(n for _g, n, _r in groups.get(p.id, [])), p.vog_requested_on, p.vog_issued_on,
            rules.vog_due(p.vog_issued_on, years), state, needed,
        ))
    order = {VogState.EXPIRED: 0, VogState.MISSING: 1, VogState.EXPIRING: 2, VogState.VALID: 3}
    rows.sort(key=lambda r: (not r.needed, order[r.state], r.vog_due or dt.date.min, r.name))
    return rows


def anonymisation_candidates(session: Session, today: dt.date) -> list[AnonymisationCandidate]:
    """Stopped volunteers whose end date lies longer ago than the anonymising period."""
    months = anonymise_months(session)
    cutoff = today - rules.relativedelta(months=months)
    rows = session.execute(
        select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name, Volunteer.end_date)
        .where(Volunteer.status == Status.STOPPED.value, Volunteer.anonymised_at.is_(None),
               Volunteer.end_date.is_not(None), Volunteer.end_date <= cutoff)
        .order_by(Volunteer.end_date)
    ).all()
    return [
        AnonymisationCandidate(r.id, rules.full_name(r.first_name, r.infix, r.last_name), r.end_date,
                               rules.anonymisation_due_on(r.end_date, months))
        for r in rows
    ]
