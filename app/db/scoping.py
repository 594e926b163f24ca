"""Which centres a unit of work may see and change.

An organisation runs one or more centres. A coordinator of one centre sees and changes only
that centre's records; an organisation-wide administrator works in the centre chosen in the
window, or across all of them. This is enforced here, once, for every service:

- every ORM query (SELECT, and ORM UPDATE/DELETE) on a centre's own records gets the condition
  "centre_id in the visible centres" added (SQLAlchemy's `with_loader_criteria`), so a list, a
  count, a `session.get` of another centre's id, a conditional update: none of them reach
  another centre's rows;
- a flush refuses to add, change or remove a record of a centre outside the scope
  (`OtherCentre`), and gives a new record without a centre the working centre;
- a flush also refuses a record that points at another centre's record: a booking of this
  centre in a room of another, a member added to (or removed from) another centre's working
  group, an application for another centre's group, a line for a volunteer who is not a
  member here. Records without a centre of their own (an invoice's lines, a group's members)
  belong to the centre of the record they point at.

A query that must look across centres says so with `.execution_options(all_centres=True)`:
the Dutch allowance limits are per person across the whole organisation, and the district
calendar warns about public evenings of the other centres.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from app.db.base import Base, CentreOwned
from app.domain.errors import PermissionDenied
from app.i18n import translator

_ = translator("core")

SCOPE_KEY = "wijkhuis_centre_scope"
ALL_CENTRES = "all_centres"  # execution option: this query looks across all centres


@dataclass(frozen=True)
class CentreScope:
    # The centres whose records can be seen and changed; None: every centre.
    visible: frozenset[int] | None = None
    # Where a new record goes; None: the organisation's first centre.
    working: int | None = None

    @classmethod
    def only(cls, centre_id: int) -> CentreScope:
        return cls(frozenset({centre_id}), centre_id)

    def allows(self, centre_id: int | None) -> bool:
        return self.visible is None or centre_id in self.visible


EVERYTHING = CentreScope()


class Scoped(Protocol):
    """Who a unit of work acts for (app.services.common.actor.Actor)."""

    @property
    def centre_scope(self) -> CentreScope: ...


class OtherCentre(PermissionDenied):
    """A save that would reach into a centre outside the account's scope."""

    def __init__(self) -> None:
        Exception.__init__(self, _("This belongs to another centre; you can only change the records of your own centre."))


def first_centre_id(session: Session) -> int | None:
    from app.db.models import Centre

    with session.no_autoflush:
        return session.execute(select(Centre.id).order_by(Centre.id).limit(1)).scalar()


def scope_of(session: Session) -> CentreScope:
    """The centres a session sees (everything for the program itself)."""
    return session.info.get(SCOPE_KEY) or EVERYTHING


def working_centre_id(session: Session) -> int | None:
    """The centre a session works in: the actor's working centre, else the first centre."""
    return scope_of(session).working or first_centre_id(session)


def _criteria(visible: frozenset[int]) -> tuple[Any, ...]:
    from app.db.models import Volunteer, VolunteerCentre

    ids = sorted(visible)
    members = select(VolunteerCentre.volunteer_id).where(VolunteerCentre.centre_id.in_(ids))
    return (
        with_loader_criteria(CentreOwned, lambda cls: cls.centre_id.in_(ids), include_aliases=True),
        with_loader_criteria(Volunteer, Volunteer.id.in_(members), include_aliases=True),
    )


@event.listens_for(Session, "do_orm_execute")
def _limit_to_scope(state: ORMExecuteState) -> None:
    scope: CentreScope | None = state.session.info.get(SCOPE_KEY)
    if scope is None or scope.visible is None or state.execution_options.get(ALL_CENTRES):
        return
    if state.is_select and (state.is_column_load or state.is_relationship_load):
        return  # the criteria travel with the query that loaded the object
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(*_criteria(scope.visible))


@event.listens_for(Session, "before_flush")
def _stay_in_scope(session: Session, _context: Any, _instances: Any) -> None:
    from app.db.models import Volunteer, VolunteerCentre

    scope: CentreScope = session.info.get(SCOPE_KEY) or EVERYTHING
    working = scope.working
    for obj in list(session.new):
        if isinstance(obj, CentreOwned) and obj.centre_id is None:
            working = working or first_centre_id(session)
            obj.centre_id = working
        elif isinstance(obj, Volunteer) and not obj.centres:
            working = working or first_centre_id(session)
            if working is not None:
                obj.centres.append(VolunteerCentre(centre_id=working))
    if scope.visible is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, CentreOwned | VolunteerCentre) and obj.centre_id not in scope.visible:
            raise OtherCentre()
    _refuse_references_outside(session, scope.visible)


def _refuse_references_outside(session: Session, visible: frozenset[int]) -> None:
    """Every reference a saved record makes to a centre's record (or to a volunteer) must point
    inside the scope: checked for new records, for changed references and for removed records."""
    from app.db.models import Volunteer, VolunteerCentre

    checked: dict[tuple[str, int], bool] = {}

    def inside(table: Table, record_id: int) -> bool:
        key = (table.name, record_id)
        if key not in checked:
            if table is Volunteer.__table__:
                query = select(VolunteerCentre.volunteer_id).where(
                    VolunteerCentre.volunteer_id == record_id, VolunteerCentre.centre_id.in_(sorted(visible)))
                found = session.execute(query.execution_options(all_centres=True)).first() is not None
            else:
                centre = session.execute(select(table.c.centre_id).where(table.c.id == record_id)
                                         .execution_options(all_centres=True)).scalar()
                found = centre is None or centre in visible
            checked[key] = found
        return checked[key]

    with session.no_autoflush:
        for obj, state in [(o, "new") for o in session.new] + [(o, "dirty") for o in session.dirty] + [
                (o, "deleted") for o in session.deleted]:
            mapper = inspect(obj).mapper
            for fk in mapper.local_table.foreign_keys:
                target = fk.column.table
                if target not in _scoped_tables() or fk.column.name != "id":
                    continue
                attribute = mapper.get_property_by_column(fk.parent).key
                if state == "dirty" and not inspect(obj).attrs[attribute].history.has_changes():
                    continue
                value = getattr(obj, attribute)
                if value is not None and not inside(target, value):
                    raise OtherCentre()


@cache
def _scoped_tables() -> frozenset[Table]:
    from app.db.models import Volunteer

    tables = {m.local_table for m in Base.registry.mappers if issubclass(m.class_, CentreOwned)}
    return frozenset(tables | {Volunteer.__table__})
