"""An organisation with two centres in one district (Het Anker, the first, and De Brug), each
with its rooms and renters and a coordinator, for the district tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.permissions import Role
from app.services.settings import CentreDetails
from tests.integration.rooms_helpers import Centre as RoomsCentre
from tests.integration.rooms_helpers import draft, make_centre

PASSWORD = "geheim123"
WEDNESDAY = dt.date(2026, 12, 9)


@dataclass
class District:
    admin: object  # an account of the whole organisation
    anker: CentreDetails
    brug: CentreDetails
    coordinator_anker: object
    coordinator_brug: object
    rooms_anker: RoomsCentre
    rooms_brug: RoomsCentre


def make_district(services, admin) -> District:
    anker = services.settings.update_centre(admin, CentreDetails(name="Wijkcentrum Het Anker", town="Arnhem",
                                                                 iban="NL91ABNA0417164300", bic="ABNANL2A",
                                                                 version=services.settings.centre().version))
    brug = services.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug", town="Arnhem",
                                                              iban="NL02ABNA0123456789", bic="ABNANL2A"))
    accounts = []
    for username, centre in (("joost", anker), ("meryem", brug)):
        services.users.create_user(admin, username, username.title(), Role.COORDINATOR, PASSWORD, centre_id=centre.id)
        accounts.append(services.users.authenticate(username, PASSWORD))
    return District(admin, anker, brug, accounts[0], accounts[1],
                    make_centre(services, accounts[0]), make_centre(services, accounts[1]))


def public_evening(centre: RoomsCentre, activity: str, day: dt.date = WEDNESDAY, start: str = "19:30",
                   end: str = "21:30", **changes):
    return draft(centre, day, start, end, activity=activity, public=True, renter_id=centre.buurt.id, **changes)
