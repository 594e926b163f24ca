"""The volunteer register: list, open (audited), create and edit with a duplicate warning,
the VOG register, stop, delete only without history, anonymise, and the VOG lists.

Read-only users see names, groups, status and VOG state, never contact details, birth date
or IBAN: the service leaves those out, the window only follows.

The service checks permissions and writes the audit trail; the read side (details, duplicates,
VOG lists) lives in volunteer_details, the list queries in volunteer_queries and the steps the
changes share in volunteer_changes. Their public names stay importable from here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Centre, Volunteer, VolunteerCentre, VolunteerHours, WorkingGroupMember
from app.domain import formatting
from app.domain import volunteers as rules
from app.domain.errors import Conflict, FieldProblem, PermissionDenied, ValidationError
from app.domain.permissions import Permission
from app.domain.volunteers import Status, VolunteerInput
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.volunteers._changes import (
    audit_snapshot,
    clear_personal_details,
    history_counts,
    masked,
    set_groups,
)
from app.services.volunteers._details import (
    AnonymisationCandidate,
    Duplicate,
    DuplicateFound,
    VogListRow,
    VolunteerDetail,
    anonymisation_candidates,
    detail_of,
    find_duplicates,
    input_from_detail,
    vog_register_rows,
    what,
)
from app.services.volunteers._queries import (
    VolunteerFilter,
    VolunteerPage,
    groups_of,
    list_page,
    vog_flags,
)

_ = translator("volunteers")

__all__ = ["VolunteerService", "VolunteerFilter", "VolunteerPage", "vog_flags", "DuplicateFound", "what"]

_input_from = input_from_detail


class VolunteerService:
    def __init__(self, db: Database):
        self.db = db

    # -- reading ----------------------------------------------------------------------------
    def search(
        self, actor: Actor, flt: VolunteerFilter | None = None, *, sort: str = "name", descending: bool = False,
        offset: int = 0, limit: int | None = 200, today: dt.date | None = None, with_total: bool = True,
    ) -> VolunteerPage:
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader(actor) as uow:
            return list_page(
                uow.session, flt or VolunteerFilter(), today or dt.date.today(),
                personal=actor.can(Permission.VIEW_PERSONAL_DETAILS), sort=sort, descending=descending,
                offset=offset, limit=limit, with_total=with_total,
            )

    def get(self, actor: Actor, volunteer_id: int, *, today: dt.date | None = None) -> VolunteerDetail:
        """Opening someone's details is recorded in the audit trail (who looked, when)."""
        actor.require(Permission.VIEW, _("see the volunteers"))
        personal = actor.can(Permission.VIEW_PERSONAL_DETAILS)
        with self.db.unit_of_work(actor, write=personal) as uow:
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
        with self.db.reader(actor) as uow:
            return self._duplicates(uow.session, data, exclude_id)

    def _duplicates(self, session: Session, data: VolunteerInput, exclude_id: int | None) -> list[Duplicate]:
        return find_duplicates(session, data, exclude_id)

    def vog_register(self, actor: Actor, today: dt.date | None = None) -> list[VogListRow]:
        """Active and paused volunteers whose VOG is missing, expired or expiring, needed first."""
        actor.require(Permission.VIEW, _("see the volunteers"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            return vog_register_rows(uow.session, today)

    def anonymisation_due(self, actor: Actor, today: dt.date | None = None) -> list[AnonymisationCandidate]:
        actor.require(Permission.VIEW, _("see the volunteers"))
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            return anonymisation_candidates(uow.session, today)

    # -- changing ---------------------------------------------------------------------------
    def create(
        self, actor: Actor, data: VolunteerInput, *, confirm_duplicate: bool = False, today: dt.date | None = None,
    ) -> VolunteerDetail:
        actor.require(Permission.EDIT_VOLUNTEERS, _("add volunteers"))
        today = today or dt.date.today()
        clean = rules.validate_volunteer(data, today)
        with self.db.unit_of_work(actor) as uow:
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
        with self.db.unit_of_work(actor) as uow:
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
        set_groups(session, volunteer_id, group_ids)

    def register_vog(
        self, actor: Actor, volunteer_id: int, *, requested_on: dt.date | None, issued_on: dt.date | None,
        seen_by: str, seen_on: dt.date | None, expected_version: int | None, today: dt.date | None = None,
    ) -> VolunteerDetail:
        """The VOG register: dates and who saw the original — never a copy of the certificate."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("change the VOG register"))
        today = today or dt.date.today()
        with self.db.unit_of_work(actor) as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            current = detail_of(uow.session, volunteer, today, personal=True)
        data = _input_from(current)
        data = rules.VolunteerInput(**{**data.__dict__, "vog_requested_on": requested_on, "vog_issued_on": issued_on,
                                       "vog_seen_by": seen_by, "vog_seen_on": seen_on})
        return self.update(actor, volunteer_id, data, expected_version=expected_version, confirm_duplicate=True,
                           today=today)

    def stop(self, actor: Actor, volunteer_id: int, end_date: dt.date, *, expected_version: int | None) -> VolunteerDetail:
        actor.require(Permission.EDIT_VOLUNTEERS, _("change volunteers"))
        with self.db.unit_of_work(actor) as uow:
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

    def centres_of(self, actor: Actor, volunteer_id: int) -> tuple[int, ...]:
        """The centres this volunteer works for."""
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader(actor) as uow:
            volunteer = get_or_raise(uow.session, Volunteer, volunteer_id, what())
            return tuple(sorted(c.centre_id for c in volunteer.centres))

    def set_centres(self, actor: Actor, volunteer_id: int, centre_ids: tuple[int, ...]) -> tuple[int, ...]:
        """The centres a volunteer works for (at least one). Only an account of the whole
        organisation sees every centre, so only such an account can change this."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("change the centres a volunteer works for"))
        if not actor.whole_organisation:
            raise PermissionDenied(_("change the centres a volunteer works for (that is for an account of the "
                                     "whole organisation)"))
        wanted = sorted(set(centre_ids))
        if not wanted:
            raise ValidationError(FieldProblem("centres", _("choose at least one centre")))
        with self.db.unit_of_work(actor.in_centre(None)) as uow:
            volunteer = get_or_raise(uow.session, Volunteer, volunteer_id, what())
            known = set(uow.session.scalars(select(Centre.id)))
            unknown = [c for c in wanted if c not in known]
            if unknown:
                raise ValidationError(FieldProblem("centres", _("centre {id} does not exist").format(id=unknown[0])))
            before = sorted(c.centre_id for c in volunteer.centres)
            kept = {c.centre_id: c for c in volunteer.centres}
            volunteer.centres[:] = [kept.get(c) or VolunteerCentre(centre_id=c) for c in wanted]
            audit.record(uow.session, actor, "update", "volunteer", volunteer.id,
                         before={"centre_ids": before}, after={"centre_ids": wanted})
            uow.commit()
            return tuple(wanted)

    def delete(self, actor: Actor, volunteer_id: int, *, expected_version: int | None) -> None:
        """Only for a record without history (typed in by mistake); else stop or anonymise."""
        actor.require(Permission.EDIT_VOLUNTEERS, _("remove volunteers"))
        with self.db.unit_of_work(actor) as uow:
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
        with self.db.unit_of_work(actor) as uow:
            volunteer = load_for_update(uow.session, Volunteer, volunteer_id, expected_version, what())
            if volunteer.anonymised_at is not None:
                raise Conflict(_("This volunteer has been anonymised already."))
            if volunteer.status != Status.STOPPED.value:
                raise Conflict(_("Only a volunteer who has stopped can be anonymised; stop them first."))
            clear_personal_details(uow.session, volunteer)
            uow.session.flush()
            audit.record(uow.session, actor, "anonymise", "volunteer", volunteer_id,
                         detail=_("personal details cleared; history kept as {name}").format(name=volunteer.first_name))
            uow.commit()
            return detail_of(uow.session, volunteer, today, personal=True)

    def hours_total(self, actor: Actor, volunteer_id: int) -> str:
        actor.require(Permission.VIEW, _("see the volunteers"))
        with self.db.reader(actor) as uow:
            total = uow.session.scalar(
                select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(VolunteerHours.volunteer_id == volunteer_id))
            return formatting.number(total, 2)
