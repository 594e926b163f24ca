"""Two centres, one volunteer: the treasurers of Het Anker and De Brug each add an allowance for
the same person in the same month at the same moment (two processes released by a barrier,
many rounds, SQLite and PostgreSQL). Each amount fits the month's limit on its own, the two
together do not: exactly one is accepted, the other is refused with the limit, whatever the
centre. And both centres finalise an invoice at once: each centre's numbers stay gapless."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from app.db.models import AllowanceLine
from app.domain.permissions import Role
from app.services.allowances import ArrangementRow, LineInput
from app.services.common.actor import Actor
from app.services.settings import CentreDetails
from tests.integration.race import exactly_one_ok, racing, rounds, url_of
from tests.integration.test_allowance_support import make_volunteer

ROUNDS = rounds(6)
YEAR = 2026
PASSWORD = "geheim123"


def _treasurer(index: int) -> Actor:
    """Worker 0 is Het Anker's treasurer (account 2, centre 1), worker 1 De Brug's (3, centre 2)."""
    return Actor(2 + index, f"penningmeester{index}", f"Penningmeester {index}", Role.TREASURER,
                 centre_id=1 + index, working_centre_id=1 + index)


def add_gift(db, round_no: int, index: int) -> str:
    from app.services import Services

    volunteer_id = round_no + 1
    line = Services.for_database(db).allowances.add_line(_treasurer(index), LineInput(
        volunteer_id, "gift", dt.date(YEAR, 3, 10), amount=Decimal("150.00"), description=f"bedankje {index}"))
    return f"line {line.id} in centre {1 + index}"


def test_the_month_limit_holds_when_two_centres_pay_one_person_at_once(services, db, admin):
    brug = services.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug"))
    for index, centre_id in enumerate((1, brug.id)):
        services.users.create_user(admin, f"penningmeester{index}", "", Role.TREASURER, PASSWORD, centre_id=centre_id)
    with racing(url_of(db), f"{__name__}:add_gift", ROUNDS) as race:
        for round_no in range(ROUNDS):
            person = make_volunteer(db, "Zoë", f"Özdemir {round_no}")
            assert person == round_no + 1
            services.volunteers.set_centres(admin, person, (1, brug.id))
            services.allowances.set_arrangement(admin, ArrangementRow(person, YEAR, "geen"))
            outcomes = race.go()
            exactly_one_ok(outcomes, lambda message: "€ 220,00" in message and "€ 70,00" in message)
            with db.reader() as uow:
                amounts = uow.session.scalars(select(AllowanceLine.amount).where(
                    AllowanceLine.volunteer_id == person)).all()
            assert amounts == [Decimal("150.00")]
    with db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AllowanceLine)) == ROUNDS


def _centre_admin(index: int) -> Actor:
    """Worker 0: Het Anker's administrator (account 2, centre 1); worker 1: De Brug's (3, centre 2)."""
    return Actor(2 + index, f"beheer{index}", f"Beheer {index}", Role.ADMIN, centre_id=1 + index,
                 working_centre_id=1 + index)


def run_invoices(db, round_no: int, index: int) -> str:
    from app.services import Services

    first = dt.date(2027, round_no + 1, 1)
    made = Services.for_database(db).invoices.run(_centre_admin(index), first, first + dt.timedelta(days=27),
                                                 first + dt.timedelta(days=28))
    return ",".join(i.number for i in made)


def test_two_centres_finalising_at_once_each_number_without_gaps(services, db, admin):
    from app.db.models import Invoice
    from app.services.rooms import RenterRow, RoomRow
    from tests.integration.rooms_helpers import Centre as Rooms
    from tests.integration.rooms_helpers import draft

    brug = services.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug"))
    admins = []
    for index, centre_id in enumerate((1, brug.id)):
        services.users.create_user(admin, f"beheer{index}", "", Role.ADMIN, PASSWORD, centre_id=centre_id)
        admins.append(services.users.authenticate(f"beheer{index}", PASSWORD))
    places = []
    for who in admins:
        hall = services.rooms.save_room(who, RoomRow(name="Zaal", capacity=20))
        services.rooms.set_tariff(who, hall.id, "commercieel", Decimal("40.00"), Decimal("120.00"))
        renters = [services.rooms.save_renter(who, RenterRow(
            name=f"Huurder {n}", category="commercieel", invoice_street="Klarendalseweg 1",
            invoice_postcode="6822 GK", invoice_town="Arnhem")) for n in range(2)]
        places.append((who, hall, renters))
    rounds_ = min(ROUNDS, 6)
    with racing(url_of(db), f"{__name__}:run_invoices", rounds_) as race:
        for round_no in range(rounds_):
            for who, hall, renters in places:
                for n, renter in enumerate(renters):
                    rooms = Rooms(hall, hall, renter, renter, renter)
                    day = dt.date(2027, round_no + 1, 11 + n)
                    while day.weekday() >= 5:  # the room is closed at the weekend
                        day += dt.timedelta(days=2)
                    services.bookings.create(who, draft(rooms, day, "19:00", "21:00", renter_id=renter.id))
            outcomes = race.go()
            assert all(o.startswith("ok") for o in outcomes), outcomes  # two centres: nobody waits for a number
    with db.reader() as uow:
        for centre_id in (1, brug.id):
            numbers = sorted(uow.session.scalars(select(Invoice.sequence).where(
                Invoice.centre_id == centre_id, Invoice.year == 2027)))
            assert numbers == list(range(1, 2 * rounds_ + 1)), (centre_id, numbers)
