"""The first steps after setting up Wijkhuis, shown on Overzicht until they are done: the
centre's details (they go on every letter and invoice), the rooms, the first volunteers. Each
step names the page where it is done; the checklist disappears once every step is."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.db.models import Centre, Room, Volunteer
from app.i18n import translator
from app.db.scoping import working_centre_id

_ = translator("core")


@dataclass(frozen=True)
class SetupStep:
    key: str  # "centre", "rooms", "volunteers"
    area: str  # the navigation key of the page where the step is done
    title: str
    hint: str
    done: bool


def setup_steps(session: Session) -> list[SetupStep]:
    which = working_centre_id(session)
    centre = session.get(Centre, which) if which is not None else None
    centre_done = bool(centre and centre.street and centre.town and centre.iban and centre.contact_name)
    return [
        SetupStep("centre", "settings", _("Fill in the centre's details"),
                  _("address, IBAN and contact person: they go on every letter and invoice"), centre_done),
        SetupStep("rooms", "rooms", _("Add the rooms"),
                  _("with their opening hours and rates, so that they can be booked"),
                  bool(session.scalar(select(exists().where(Room.id.is_not(None)))))),
        SetupStep("volunteers", "volunteers", _("Add the first volunteers"),
                  _("one by one, or Import from Excel… on the Volunteers page"),
                  bool(session.scalar(select(exists().where(Volunteer.id.is_not(None)))))),
    ]


def open_steps(session: Session) -> list[SetupStep]:
    """The whole checklist while any step is open (done ones ticked off), else nothing."""
    steps = setup_steps(session)
    return steps if not all(step.done for step in steps) else []
