"""Steps shared by the changing volunteer use cases: what the audit trail may hold about a
person, which history keeps a record from being removed, setting someone's working groups and
clearing a person's details when anonymising. Run inside the caller's unit of work; the
caller has checked the permission."""

from __future__ import annotations

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.orm import Session

from app.db.base import Base, utcnow
from app.db.models import Volunteer, WorkingGroup, WorkingGroupMember
from app.domain import volunteers as rules
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.common import audit

_ = translator("volunteers")

# Never written into the append-only audit trail as values: anonymising must be able to erase a
# person, and the trail cannot be rewritten. The trail says which field changed; the id says who.
AUDIT_MASKED = frozenset(rules.PERSONAL_FIELDS + (
    "first_name", "infix", "last_name", "notes", "skills", "availability", "vog_seen_by"))
# Tables that hold a reference to a volunteer without being history of their work.
NOT_HISTORY = frozenset({"working_group_member", "volunteer_centre"})  # memberships, removed along


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


def set_groups(session: Session, volunteer_id: int, group_ids: tuple[int, ...]) -> None:
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


def clear_personal_details(session: Session, volunteer: Volunteer) -> None:
    """Every personal field emptied, the working groups left, the row kept under a pseudonym
    such as "Vrijwilliger #123"."""
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
    session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.volunteer_id == volunteer.id))
