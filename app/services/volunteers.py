"""The volunteer register: list, open (audited), create and edit with a duplicate warning,
the VOG register, stop, delete only without history, anonymise, and the VOG lists.

Read-only users see names, groups, status and VOG state, never contact details, birth date
or IBAN: the service leaves those out, the window only follows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.base import Base, utcnow
from app.db.database import Database
from app.db.models import Volunteer, VolunteerHours, WorkingGroup, WorkingGroupMember
from app.domain import formatting, validation
from app.domain import volunteers as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.domain.volunteers import Status, VogState, VolunteerInput
from app.i18n import translator
from app.services import audit
from app.services.actor import Actor
from app.services.records import get_or_raise, load_for_update
from app.services.volunteer_queries import (
    VolunteerFilter,
    VolunteerPage,
    anonymise_months,
    groups_of,
    list_page,
    renewal_years,
    vog_flags,
)

_ = translator("volunteers")

__all__ = ["VolunteerService", "VolunteerFilter", "VolunteerPage", "vog_flags", "DuplicateFound", "what"]



def what() -> str:
    """How messages name a volunteer record ("De vrijwilliger … bestaat niet")."""
    return _("The volunteer")


# Never written into the append-only audit trail as values: anonymising must be able to erase a
# person, and the trail cannot be rewritten. The trail says which field changed; the id says who.
AUDIT_MASKED = frozenset(rules.PERSONAL_FIELDS + (
    "first_name", "infix", "last_name", "notes", "skills", "availability", "vog_seen_by"))
# Tables that hold a reference to a volunteer without being history of their work.
NOT_HISTORY = frozenset({"working_group_member"})


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


_DETAIL_COLUMNS = [f.name for f in fields(VolunteerDetail) if f.name not in (
    "groups", "vog_due", "vog_state", "vog_flag", "personal_hidden", "availability")]


def detail_of(
    session: Session, volunteer: Volunteer, today: dt.date, *, personal: bool,
    groups: list[tuple[int, str, bool]] | None = None, years: int | None = None,
) -> VolunteerDetail:
    """`groups` and `years` may be given when many people are read at once (exports)."""
    years = renewal_years(session) if years is None else years
    values = {name: getattr(volunteer, name) for name in _DETAIL_COLUMNS}
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


def audit_snapshot(volunteer: Volunteer) -> dict:
    return audit.snapshot(volunteer)


def masked(changes: dict) -> dict:
    return {k: ("•••" if k in AUDIT_MASKED and v not in (None, "", []) else v) for k, v in changes.items()}


def history_counts(session: Session, volunteer_id: int) -> dict[str, int]:
    """Rows in any table that refer to this volunteer and are history (hours, allowance lines,
    whatever other areas add later): found through the foreign keys, not a fixed list."""
    volunteer_table = Volunteer.__table__
    present = set(inspect(session.connection()).get_table_names())
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_HISTORY or table.name not in present or table is volunteer_table:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is volunteer_table:
                count = session.scalar(select(func.count()).select_from(table).where(fk.parent == volunteer_id))
                if count:
                    counts[table.name] = counts.get(table.name, 0) + count
    return counts


class VolunteerService:
    def __init__(self, db: Database):
        self.db = db

    # -- reading ----------------------------------------------------------------------------
    def search(
        self, actor: Actor, flt: VolunteerFilter | None = None, *, sort: str = "name", descending: bool = False,
        offset: int = 0, limit: int | None = 200, today: dt.date | None = None, with_total: bool = True,
    ) -> VolunteerPage:
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader() as uow:
            return list_page(
                uow.session, flt or VolunteerFilter(), today or dt.date.today(),
                personal=actor.can(Permission.VIEW_PERSONAL_DETAILS), sort=sort, descending=descending,
                offset=offset, limit=limit, with_total=with_total,
            )

    def get(self, actor: Actor, volunteer_id: int, *, today: dt.date | None = None) -> VolunteerDetail:
        """Opening someone's details is recorded in the audit trail (who looked, when)."""
        actor.require(Permission.VIEW, _("see the volunteers"))
        personal = actor.can(Permission.VIEW_PERSONAL_DETAILS)
        with self.db.unit_of_work(write=personal) as uow:
            volunteer = get_or_raise(uow.session, Volunteer, volunteer_id, what())
            detail = detail_of(uow.session, volunteer, today or dt.date.today(), personal=personal)
            if personal:
                audit.record(uow.session, actor, "view", "volunteer", volunteer_id)
                uow.commit()
            return detail

    def vog_flags(self, actor: Actor, volunteer_ids: list[int], on_date: dt.date | None = None) -> dict[int, str]:
        actor.require(Permission.VIEW, _("see the volunteers"))
        return vog_flags(self.db, volunteer_ids, on_date or dt.date.today())

    def find_duplicates(self, actor: Actor, data: VolunteerInput, *, exclude_id: int | None = None) -> list[Duplicate]:
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader() as uow:
            return self._duplicates(uow.session, data, exclude_id)

    def _duplicates(self, session: Session, data: VolunteerInput, exclude_id: int | None) -> list[Duplicate]:
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

    def vog_register(self, actor: Actor, today: dt.date | None = None) -> list[VogListRow]:
        """Active and paused volunteers whose VOG is missing, expired or expiring, needed first."""
        actor.require(Permission.VIEW, _("see the volunteers"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            years = renewal_years(uow.session)
            bounds = rules.vog_bounds(today, years)
            people = uow.session.execute(
                select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
                       Volunteer.vog_requested_on, Volunteer.vog_issued_on)
                .where(Volunteer.status.in_((Status.ACTIVE.value, Status.PAUSED.value)),
                       Volunteer.anonymised_at.is_(None),
                       (Volunteer.vog_issued_on.is_(None)) | (Volunteer.vog_issued_on <= bounds.expiring_until))
            ).all()
            groups = groups_of(uow.session, [p.id for p in people])
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

    def anonymisation_due(self, actor: Actor, today: dt.date | None = None) -> list[AnonymisationCandidate]:
        actor.require(Permission.VIEW, _("see the volunteers"))
        today = today or dt.date.today()
        with self.db.reader() as uow:
            months = anonymise_months(uow.session)
            cutoff = today - rules.relativedelta(months=months)
            rows = uow.session.execute(
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

    # -- changing ---------------------------------------------------------------------------
    def create(
        self, actor: Actor, data: VolunteerInput, *, confirm_duplicate: bool = False, today: dt.date | None = None,
    ) -> VolunteerDetail:
        actor.require(Permission.EDIT_VOLUNTEERS, _("add volunteers"))
        today = today or dt.date.today()
        clean = rules.validate_volunteer(data, today)
        with self.db.unit_of_work() as uow:
            duplicates = self._duplicates(uow.session, data, None)
            if duplicates and not confirm_duplicate:
                raise DuplicateFound(duplicates)
            group_ids = clean.pop("working_group_ids")
            volunteer = Volunteer(**clean)
            uow.session.add(volunteer)
            uow.session.flush()
            self._set_groups(uow.session, volunteer.id, group_ids)
            audit.record(uow.session, actor, "create", "volunteer", volunteer.id,
                         after=masked(audit_snapshot(volunteer)) | {"working_group_ids": list(group_ids)})
            uow.commit()
            return detail_of(uow.session, volunteer, today, personal=True)

    def update(
        self, actor: Actor, volunteer_id: int, data: VolunteerInput, *, expected_version: int | None,
        confirm_duplicate: bool = False, today: dt.date | None = None,
    ) -> VolunteerDetail:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change volunteers"))
        today = today or dt.date.today()
        clean = rules.validate_volunteer(data, today)
        with self.db.unit_of_work() as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            if volunteer.anonymised_at is not None:
                raise Conflict(_("This volunteer has been anonymised and cannot be changed."))
            duplicates = self._duplicates(uow.session, data, volunteer_id)
            if duplicates and not confirm_duplicate:
                raise DuplicateFound(duplicates)
            before = audit_snapshot(volunteer)
            old_groups = sorted(g for g, _n, _r in groups_of(uow.session, [volunteer_id]).get(volunteer_id, []))
            group_ids = clean.pop("working_group_ids")
            for name, value in clean.items():
                setattr(volunteer, name, value)
            self._set_groups(uow.session, volunteer_id, group_ids)
            uow.session.flush()
            old, new = audit.changed_fields(before, audit_snapshot(volunteer))
            if sorted(group_ids) != old_groups:
                old["working_group_ids"], new["working_group_ids"] = old_groups, sorted(group_ids)
            audit.record(uow.session, actor, "update", "volunteer", volunteer_id, before=masked(old), after=masked(new))
            uow.commit()
            return detail_of(uow.session, volunteer, today, personal=True)

    def _set_groups(self, session: Session, volunteer_id: int, group_ids: tuple[int, ...]) -> None:
        existing = set(session.scalars(
            select(WorkingGroupMember.working_group_id).where(WorkingGroupMember.volunteer_id == volunteer_id)
        ))
        wanted = set(group_ids)
        for group_id in wanted - existing:
            if session.get(WorkingGroup, group_id) is None:
                raise ValidationError(FieldProblem("working_group_ids", _("working group {id} does not exist").format(id=group_id)))
            session.add(WorkingGroupMember(working_group_id=group_id, volunteer_id=volunteer_id))
        if existing - wanted:
            session.execute(delete(WorkingGroupMember).where(
                WorkingGroupMember.volunteer_id == volunteer_id,
                WorkingGroupMember.working_group_id.in_(existing - wanted)))

    def register_vog(
        self, actor: Actor, volunteer_id: int, *, requested_on: dt.date | None, issued_on: dt.date | None,
        seen_by: str, seen_on: dt.date | None, expected_version: int | None, today: dt.date | None = None,
    ) -> VolunteerDetail:
        """The VOG register: dates and who saw the original — never a copy of the certificate."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("change the VOG register"))
        today = today or dt.date.today()
        with self.db.unit_of_work() as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            current = detail_of(uow.session, volunteer, today, personal=True)
        data = _input_from(current)
        data = rules.VolunteerInput(**{**data.__dict__, "vog_requested_on": requested_on, "vog_issued_on": issued_on,
                                       "vog_seen_by": seen_by, "vog_seen_on": seen_on})
        return self.update(actor, volunteer_id, data, expected_version=expected_version, confirm_duplicate=True,
                           today=today)

    def stop(self, actor: Actor, volunteer_id: int, end_date: dt.date, *, expected_version: int | None) -> VolunteerDetail:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change volunteers"))
        with self.db.unit_of_work() as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            if volunteer.start_date and end_date < volunteer.start_date:
                raise ValidationError(FieldProblem("end_date", _("lies before the start date")))
            before = audit_snapshot(volunteer)
            volunteer.status = Status.STOPPED.value
            volunteer.end_date = end_date
            uow.session.flush()
            old, new = audit.changed_fields(before, audit_snapshot(volunteer))
            audit.record(uow.session, actor, "update", "volunteer", volunteer_id, before=old, after=new, detail="gestopt")
            uow.commit()
            return detail_of(uow.session, volunteer, dt.date.today(), personal=True)

    def delete(self, actor: Actor, volunteer_id: int, *, expected_version: int | None) -> None:
        """Only for a record without history (typed in by mistake); else stop or anonymise."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("remove volunteers"))
        with self.db.unit_of_work() as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            history = history_counts(uow.session, volunteer_id)
            if history:
                raise Conflict(_(
                    "{name} has history ({what}) and cannot be removed. Stop or anonymise this volunteer instead."
                ).format(name=rules.full_name(volunteer.first_name, volunteer.infix, volunteer.last_name),
                         what=", ".join(f"{table}: {count}" for table, count in history.items())))
            before = masked(audit_snapshot(volunteer))
            name = rules.full_name(volunteer.first_name, volunteer.infix, volunteer.last_name)
            uow.session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.volunteer_id == volunteer_id))
            uow.session.delete(volunteer)
            try:
                uow.session.flush()
            except IntegrityError:  # a reference the check above could not see: keep the person
                raise Conflict(_("{name} is still referred to elsewhere and cannot be removed. Stop or anonymise "
                                 "this volunteer instead.").format(name=name)) from None
            audit.record(uow.session, actor, "delete", "volunteer", volunteer_id, before=before)
            uow.commit()

    def anonymise(self, actor: Actor, volunteer_id: int, *, expected_version: int | None,
                  today: dt.date | None = None) -> VolunteerDetail:
        """Clears every personal field and keeps the row (and so the hours and allowance lines
        that refer to it) under a pseudonym such as "Vrijwilliger #123"."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("anonymise volunteers"))
        today = today or dt.date.today()
        with self.db.unit_of_work() as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            if volunteer.anonymised_at is not None:
                raise Conflict(_("This volunteer has been anonymised already."))
            if volunteer.status != Status.STOPPED.value:
                raise Conflict(_("Only a volunteer who has stopped can be anonymised; stop them first."))
            volunteer.first_name = rules.pseudonym(volunteer.id)
            volunteer.infix = volunteer.last_name = ""
            volunteer.date_of_birth = None
            for name in ("email", "phone", "street", "postcode", "town", "iban", "skills",
                         "emergency_contact", "notes", "vog_seen_by"):
                setattr(volunteer, name, "")
            volunteer.availability = []
            volunteer.photo_consent = volunteer.newsletter_consent = False
            for name in ("photo_consent_date", "newsletter_consent_date", "vog_requested_on", "vog_issued_on", "vog_seen_on"):
                setattr(volunteer, name, None)
            volunteer.anonymised_at = utcnow()
            uow.session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.volunteer_id == volunteer_id))
            uow.session.flush()
            audit.record(uow.session, actor, "anonymise", "volunteer", volunteer_id,
                         detail=_("personal details cleared; history kept as {name}").format(name=volunteer.first_name))
            uow.commit()
            return detail_of(uow.session, volunteer, today, personal=True)

    @property
    def imports(self):
        from app.services.volunteer_import import VolunteerImportService

        return VolunteerImportService(self.db)

    @property
    def exports(self):
        from app.services.volunteer_exports import VolunteerExportService

        return VolunteerExportService(self.db)

    def hours_total(self, actor: Actor, volunteer_id: int) -> str:
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader() as uow:
            total = uow.session.scalar(
                select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(VolunteerHours.volunteer_id == volunteer_id))
            return formatting.number(total, 2)


def _input_from(detail: VolunteerDetail) -> VolunteerInput:
    values = {f.name: getattr(detail, f.name) for f in fields(VolunteerInput) if f.name != "working_group_ids"}
    values["availability"] = tuple(detail.availability)
    values["iban"] = validation.format_iban(detail.iban) if detail.iban else ""
    return VolunteerInput(**values, working_group_ids=detail.working_group_ids)


input_from_detail = _input_from
