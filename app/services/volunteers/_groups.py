"""Themes and working groups (werkgroepen): goals with start and end dates, members who are
volunteers or residents, whether the work needs a VOG, and goals whose end date is near."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Theme, Volunteer, WorkingGroup, WorkingGroupMember
from app.domain import validation
from app.domain import volunteers as rules
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.volunteers._queries import vog_flags

_ = translator("volunteers")


@dataclass(frozen=True)
class ThemeRow:
    id: int
    name: str
    description: str
    version: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    theme_id: int | None
    theme: str
    goal_1: str
    goal_2: str
    start_date: dt.date | None
    end_date: dt.date | None
    requires_vog: bool
    active: bool
    members: int
    goal_state: str  # "", "near", "past"
    version: int


@dataclass(frozen=True)
class GroupInput:
    name: str
    theme_id: int | None = None
    goal_1: str = ""
    goal_2: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    requires_vog: bool = False
    active: bool = True


@dataclass(frozen=True)
class MemberRow:
    id: int
    volunteer_id: int | None
    name: str
    contact: str
    role: str
    is_resident: bool
    vog_flag: str


class WorkingGroupService:
    def __init__(self, db: Database):
        self.db = db

    # -- themes -----------------------------------------------------------------------------
    def themes(self, actor: Actor) -> list[ThemeRow]:
        actor.require(Permission.VIEW, _("see the working groups"))
        with self.db.reader(actor) as uow:
            return [ThemeRow(t.id, t.name, t.description, t.version)
                    for t in uow.session.scalars(select(Theme).order_by(Theme.name))]

    def save_theme(self, actor: Actor, name: str, description: str = "", *, theme_id: int | None = None,
                   expected_version: int | None = None) -> ThemeRow:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change themes"))
        try:
            clean = validation.required_text(name, 120)
        except ValueError as error:
            raise ValidationError(FieldProblem("name", str(error))) from None
        with self.db.unit_of_work(actor) as uow:
            clash = uow.session.scalar(select(Theme).where(func.lower(Theme.name) == clean.lower()))
            if clash is not None and clash.id != theme_id:
                raise ValidationError(FieldProblem("name", _("a theme called {name} exists already").format(name=clean)))
            if theme_id is None:
                theme = Theme(name=clean, description=description.strip())
                uow.session.add(theme)
                uow.session.flush()
                audit.record(uow.session, actor, "create", "theme", theme.id, after=audit.snapshot(theme))
            else:
                theme = load_for_update(uow.session, Theme, theme_id, expected_version, _("The theme"))
                before = audit.snapshot(theme)
                theme.name, theme.description = clean, description.strip()
                uow.session.flush()
                old, new = audit.changed_fields(before, audit.snapshot(theme))
                audit.record(uow.session, actor, "update", "theme", theme.id, before=old, after=new)
            uow.commit()
            return ThemeRow(theme.id, theme.name, theme.description, theme.version)

    # -- groups -----------------------------------------------------------------------------
    def groups(self, actor: Actor, today: dt.date | None = None, *, only_active: bool = False) -> list[GroupRow]:
        actor.require(Permission.VIEW, _("see the working groups"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            return _group_rows(uow.session, today, only_active=only_active)

    def choices(self, actor: Actor) -> list[GroupRow]:
        """Groups for pick lists and filters: without counting members (fast at any size)."""
        actor.require(Permission.VIEW, _("see the working groups"))
        with self.db.reader(actor) as uow:
            rows = uow.session.execute(
                select(WorkingGroup, Theme.name).outerjoin(Theme, Theme.id == WorkingGroup.theme_id)
                .order_by(WorkingGroup.name)).all()
            return [GroupRow(g.id, g.name, g.theme_id, theme or "", g.goal_1, g.goal_2, g.start_date, g.end_date,
                             g.requires_vog, g.active, -1, "", g.version) for g, theme in rows]

    def goals_due(self, actor: Actor, today: dt.date | None = None) -> list[GroupRow]:
        """Active groups whose goals end within 60 days or have ended."""
        return [g for g in self.groups(actor, today, only_active=True) if g.goal_state]

    def save_group(self, actor: Actor, data: GroupInput, *, group_id: int | None = None,
                   expected_version: int | None = None) -> GroupRow:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change working groups"))
        problems = []
        try:
            name = validation.required_text(data.name, 120)
        except ValueError as error:
            problems.append(FieldProblem("name", str(error)))
            name = ""
        if data.start_date and data.end_date and data.end_date < data.start_date:
            problems.append(FieldProblem("end_date", _("lies before the start date")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            clash = uow.session.scalar(select(WorkingGroup).where(func.lower(WorkingGroup.name) == name.lower()))
            if clash is not None and clash.id != group_id:
                raise ValidationError(FieldProblem("name", _("a working group called {name} exists already").format(name=name)))
            if data.theme_id is not None:
                get_or_raise(uow.session, Theme, data.theme_id, _("The theme"))
            values = dict(name=name, theme_id=data.theme_id, goal_1=data.goal_1.strip(), goal_2=data.goal_2.strip(),
                          start_date=data.start_date, end_date=data.end_date, requires_vog=data.requires_vog,
                          active=data.active)
            if group_id is None:
                group = WorkingGroup(**values)
                uow.session.add(group)
                uow.session.flush()
                audit.record(uow.session, actor, "create", "working_group", group.id, after=audit.snapshot(group))
            else:
                group = load_for_update(uow.session, WorkingGroup, group_id, expected_version, _("The working group"))
                before = audit.snapshot(group)
                for key, value in values.items():
                    setattr(group, key, value)
                uow.session.flush()
                old, new = audit.changed_fields(before, audit.snapshot(group))
                audit.record(uow.session, actor, "update", "working_group", group.id, before=old, after=new)
            uow.commit()
            group_id = group.id
        return next(g for g in self.groups(actor) if g.id == group_id)

    def ensure_groups(self, session: Session, actor: Actor, names: list[str]) -> tuple[dict[str, int], list[str]]:
        """For the importer: name (any case) → id, creating the unknown ones in this session."""
        existing = {n.lower(): i for i, n in session.execute(select(WorkingGroup.id, WorkingGroup.name))}
        created = []
        for name in names:
            key = name.lower()
            if key in existing:
                continue
            group = WorkingGroup(name=name[:120])
            session.add(group)
            session.flush()
            audit.record(session, actor, "create", "working_group", group.id, after=audit.snapshot(group),
                         detail=_("created by the import"))
            existing[key] = group.id
            created.append(name)
        return existing, created

    # -- members ----------------------------------------------------------------------------
    def members(self, actor: Actor, group_id: int, today: dt.date | None = None) -> list[MemberRow]:
        actor.require(Permission.VIEW, _("see the working groups"))
        personal = actor.can(Permission.VIEW_PERSONAL_DETAILS)
        with self.db.reader(actor) as uow:
            get_or_raise(uow.session, WorkingGroup, group_id, _("The working group"))
            rows = uow.session.execute(
                select(WorkingGroupMember, Volunteer)
                .outerjoin(Volunteer, Volunteer.id == WorkingGroupMember.volunteer_id)
                .where(WorkingGroupMember.working_group_id == group_id)
            ).all()
            flags = vog_flags(uow.session, [m.volunteer_id for m, _v in rows if m.volunteer_id], today or dt.date.today())
            result = []
            for member, volunteer in rows:
                if volunteer is not None:
                    name = rules.full_name(volunteer.first_name, volunteer.infix, volunteer.last_name)
                    contact = " · ".join(x for x in (volunteer.phone, volunteer.email) if x) if personal else ""
                else:
                    name = member.resident_name
                    contact = member.resident_contact if personal else ""
                result.append(MemberRow(member.id, member.volunteer_id, name, contact, member.role,
                                        volunteer is None, flags.get(member.volunteer_id or 0, "")))
            return sorted(result, key=lambda r: (r.is_resident, r.name.lower()))

    def add_volunteer(self, actor: Actor, group_id: int, volunteer_id: int, role: str = "") -> None:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change working groups"))
        with self.db.unit_of_work(actor) as uow:
            get_or_raise(uow.session, WorkingGroup, group_id, _("The working group"))
            get_or_raise(uow.session, Volunteer, volunteer_id, _("The volunteer"))
            if uow.session.scalar(select(WorkingGroupMember.id).where(
                    WorkingGroupMember.working_group_id == group_id, WorkingGroupMember.volunteer_id == volunteer_id)):
                raise Conflict(_("This volunteer is a member of the group already."))
            member = WorkingGroupMember(working_group_id=group_id, volunteer_id=volunteer_id, role=role.strip())
            uow.session.add(member)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "working_group_member", member.id,
                         after={"working_group_id": group_id, "volunteer_id": volunteer_id})
            uow.commit()

    def add_resident(self, actor: Actor, group_id: int, name: str, contact: str = "", role: str = "") -> None:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change working groups"))
        try:
            clean = validation.required_text(name, 200)
        except ValueError as error:
            raise ValidationError(FieldProblem("resident_name", str(error))) from None
        with self.db.unit_of_work(actor) as uow:
            get_or_raise(uow.session, WorkingGroup, group_id, _("The working group"))
            member = WorkingGroupMember(working_group_id=group_id, resident_name=clean,
                                        resident_contact=contact.strip()[:200], role=role.strip()[:60])
            uow.session.add(member)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "working_group_member", member.id,
                         after={"working_group_id": group_id, "resident_name": clean})
            uow.commit()

    def remove_member(self, actor: Actor, member_id: int) -> None:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change working groups"))
        with self.db.unit_of_work(actor) as uow:
            member = get_or_raise(uow.session, WorkingGroupMember, member_id, _("The member"))
            # A member has no centre of its own: it is there only if its group is (of this centre).
            get_or_raise(uow.session, WorkingGroup, member.working_group_id, _("The member"))
            before = {"working_group_id": member.working_group_id, "volunteer_id": member.volunteer_id,
                      "resident_name": member.resident_name}
            uow.session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.id == member_id))
            audit.record(uow.session, actor, "delete", "working_group_member", member_id, before=before)
            uow.commit()


def _group_rows(session: Session, today: dt.date, *, only_active: bool) -> list[GroupRow]:
    counts = dict(session.execute(
        select(WorkingGroupMember.working_group_id, func.count()).group_by(WorkingGroupMember.working_group_id)).all())
    query = select(WorkingGroup, Theme.name).outerjoin(Theme, Theme.id == WorkingGroup.theme_id)
    if only_active:
        query = query.where(WorkingGroup.active.is_(True))
    result = []
    for group, theme in session.execute(query.order_by(Theme.name, WorkingGroup.name)):
        result.append(GroupRow(
            group.id, group.name, group.theme_id, theme or "", group.goal_1, group.goal_2, group.start_date,
            group.end_date, group.requires_vog, group.active, counts.get(group.id, 0),
            rules.goal_state(group.end_date, today) if group.active else "", group.version,
        ))
    return result
