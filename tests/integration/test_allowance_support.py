"""Helpers for the allowance tests (no tests here): volunteers written straight into the table,
as the volunteers area would, and small receipts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from app.db.models import Volunteer, VolunteerCentre
from app.db.scoping import first_centre_id

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%receipt\n"


def make_volunteer(db, first: str = "Anna", last: str = "de Vries", *, birth: dt.date | None = dt.date(1970, 5, 5),
                   iban: str = "NL44RABO0123456789", infix: str = "") -> int:
    with db.unit_of_work() as uow:
        result = uow.session.execute(insert(Volunteer).values(
            first_name=first, infix=infix, last_name=last, date_of_birth=birth, iban=iban, availability=[],
            version=1,
        ))
        volunteer_id = result.inserted_primary_key[0]
        centre_id = first_centre_id(uow.session)
        if centre_id is not None:  # working for the first centre, as the volunteers area would
            uow.session.execute(insert(VolunteerCentre).values(volunteer_id=volunteer_id, centre_id=centre_id))
        uow.commit()
    return volunteer_id
