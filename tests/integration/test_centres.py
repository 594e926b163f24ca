"""Several centres in one organisation, on SQLite and PostgreSQL: each centre's records kept
apart for its coordinator (reads, writes, direct ids), together for the organisation's
administrator; the Dutch allowance limits counted per person across all centres; invoices
numbered without gaps per centre; accounts per centre."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Room, Volunteer
from app.db.scoping import OtherCentre
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Role
from app.domain.volunteers import VolunteerInput
from app.services.allowances import ArrangementRow, LimitRefused, LineInput
from app.services.rooms import RenterRow, RoomRow
from app.services.settings import CentreDetails
from tests.integration.rooms_helpers import Centre as RoomsCentre
from tests.integration.rooms_helpers import draft

PASSWORD = "geheim123"


@dataclass
class Organisation:
    anker: CentreDetails  # the first centre, made at set-up
    brug: CentreDetails
    admin: object  # the whole organisation
    coordinator_anker: object
    coordinator_brug: object


def _login(services, username, role, centre_id):
    services.users.create_user(ORG.admin, username, username.title(), role, PASSWORD, centre_id=centre_id)
    return services.users.authenticate(username, PASSWORD)


ORG: Organisation  # set by the fixture, for _login


@pytest.fixture
def org(services, admin) -> Organisation:
    global ORG
    anker = services.settings.update_centre(admin, CentreDetails(name="Wijkcentrum Het Anker", town="Arnhem",
                                                                 version=services.settings.centre().version))
    brug = services.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug", town="Arnhem"))
    ORG = Organisation(anker, brug, admin, None, None)
    ORG.coordinator_anker = _login(services, "joost", Role.COORDINATOR, anker.id)
    ORG.coordinator_brug = _login(services, "meryem", Role.COORDINATOR, brug.id)
    return ORG


def test_the_first_centre_stays_and_a_second_is_added_with_its_own_details(services, org):
    names = [c.name for c in services.settings.centres(org.admin)]
    assert names == ["Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug"]
    assert services.settings.centre(org.coordinator_brug).name == "Ontmoetingscentrum De Brug"
    assert services.settings.centre(org.coordinator_anker).name == "Wijkcentrum Het Anker"
    with pytest.raises(ValidationError) as taken:
        services.settings.add_centre(org.admin, CentreDetails(name="ontmoetingscentrum de brug"))
    assert "De Brug" in str(taken.value) or "de brug" in str(taken.value)
    with pytest.raises(PermissionDenied):
        services.settings.add_centre(org.coordinator_brug, CentreDetails(name="Nog een"))


def test_a_coordinator_sees_and_changes_only_the_rooms_of_their_own_centre(services, org):
    hall_anker = services.rooms.save_room(org.coordinator_anker, RoomRow(name="Grote zaal", capacity=80))
    hall_brug = services.rooms.save_room(org.coordinator_brug, RoomRow(name="Grote zaal", capacity=40))  # same name
    assert [r.id for r in services.rooms.rooms(org.coordinator_anker)] == [hall_anker.id]
    assert [r.id for r in services.rooms.rooms(org.coordinator_brug)] == [hall_brug.id]
    assert {r.id for r in services.rooms.rooms(org.admin)} == {hall_anker.id, hall_brug.id}
    assert [r.id for r in services.rooms.rooms(org.admin.in_centre(org.brug.id))] == [hall_brug.id]
    # Another centre's room by its id: not there for this coordinator, and nothing changes.
    with pytest.raises(NotFound):
        services.rooms.save_room(org.coordinator_brug, RoomRow(id=hall_anker.id, name="Overgenomen", capacity=1,
                                                               version=hall_anker.version))
    with services.db.reader() as uow:
        assert uow.session.get(Room, hall_anker.id).name == "Grote zaal"
    # The database refuses a duplicate name within one centre.
    with pytest.raises(ValidationError):
        services.rooms.save_room(org.coordinator_brug, RoomRow(name="Grote zaal", capacity=10))


def test_a_coordinator_cannot_book_a_room_of_another_centre(services, org):
    hall_anker = services.rooms.save_room(org.coordinator_anker, RoomRow(name="Grote zaal", capacity=80))
    renter = services.rooms.save_renter(org.coordinator_brug, RenterRow(name="Bewonersgroep", category="buurtgroep"))
    rooms = RoomsCentre(hall_anker, hall_anker, renter, renter, renter)
    with pytest.raises((NotFound, ValidationError, PermissionDenied)):
        services.bookings.create(org.coordinator_brug, draft(rooms, dt.date(2026, 12, 9), "19:00", "21:00"))
    assert services.bookings.between(org.admin, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == []


def test_a_save_into_another_centre_is_refused_by_the_unit_of_work_itself(services, org):
    with services.db.unit_of_work(org.coordinator_brug) as uow:
        uow.session.add(Room(name="Sluiproute", centre_id=org.anker.id, capacity=1, facilities="", colour="#000000",
                             opening_hours={}, day_parts={}, setup_minutes=0, cleanup_minutes=0, active=True,
                             sort_order=0, notes=""))
        with pytest.raises(OtherCentre) as refused:
            uow.session.flush()
    assert "ander centrum" in str(refused.value) or "another centre" in str(refused.value)
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Room)) == 0


def test_volunteers_belong_to_one_or_more_centres(services, org):
    anna = services.volunteers.create(org.coordinator_anker, VolunteerInput(first_name="Anna", last_name="de Vries"))
    assert services.volunteers.centres_of(org.admin, anna.id) == (org.anker.id,)
    assert services.volunteers.search(org.coordinator_brug).total == 0
    with pytest.raises(PermissionDenied):
        services.volunteers.set_centres(org.coordinator_anker, anna.id, (org.anker.id, org.brug.id))
    services.volunteers.set_centres(org.admin, anna.id, (org.anker.id, org.brug.id))
    assert [r.id for r in services.volunteers.search(org.coordinator_brug).rows] == [anna.id]
    with pytest.raises(ValidationError):
        services.volunteers.set_centres(org.admin, anna.id, ())
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "volunteer")
                                    .order_by(AuditEntry.id.desc())).first()
        assert entry.after == {"centre_ids": [org.anker.id, org.brug.id]}


def test_the_allowance_limits_count_every_centre_of_the_organisation(services, org):
    anna = services.volunteers.create(org.coordinator_anker, VolunteerInput(first_name="Anna", last_name="de Vries",
                                                                           date_of_birth=dt.date(1970, 5, 5)))
    services.volunteers.set_centres(org.admin, anna.id, (org.anker.id, org.brug.id))
    treasurer_anker = _login(services, "ingrid", Role.TREASURER, org.anker.id)
    treasurer_brug = _login(services, "piet", Role.TREASURER, org.brug.id)
    services.allowances.set_arrangement(org.admin, ArrangementRow(anna.id, 2026, "vast", monthly_amount=Decimal("200.00")))
    services.allowances.add_line(treasurer_anker, LineInput(anna.id, "vast", dt.date(2026, 4, 1)))
    # De Brug sees none of Het Anker's lines, yet its treasurer cannot go over the month's limit.
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(treasurer_brug, LineInput(anna.id, "gift", dt.date(2026, 4, 20),
                                                               amount=Decimal("20.01"), description="bloemen"))
    assert "€ 20,00" in str(refused.value)
    line = services.allowances.add_line(treasurer_brug, LineInput(anna.id, "gift", dt.date(2026, 4, 20),
                                                                  amount=Decimal("20.00"), description="bloemen"))
    assert line.amount == Decimal("20.00")
    # De Brug's overview shows the room left for the person, across both centres.
    row = next(r for r in services.allowances.year_overview(treasurer_brug, 2026, dt.date(2026, 4, 30)) if r.volunteer_id == anna.id)
    assert row.months[3] == Decimal("220.00")
    from app.services.allowances import limits_for
    from app.services.allowances.overview import near_limit_volunteers
    from app.db.models import AllowanceLimit

    for treasurer in (treasurer_anker, treasurer_brug):  # at the month's limit, in both centres' Overzicht
        with services.db.reader(treasurer) as uow:
            count, names = near_limit_volunteers(uow.session, uow.session.get(AllowanceLimit, 2026), 4)
        assert (count, names) == (1, ["Anna de Vries"])


def test_each_centre_numbers_its_invoices_without_gaps(services, org):
    numbers = {}
    admins = (_login(services, "beheer-anker", Role.ADMIN, org.anker.id),
              _login(services, "beheer-brug", Role.ADMIN, org.brug.id))
    for coordinator in admins:
        hall = services.rooms.save_room(coordinator, RoomRow(name="Zaal", capacity=20))
        services.rooms.set_tariff(coordinator, hall.id, "commercieel", Decimal("40.00"), Decimal("120.00"))
        shop = services.rooms.save_renter(coordinator, RenterRow(
            name="Bakkerij Jansen B.V.", category="commercieel", invoice_street="Klarendalseweg 1",
            invoice_postcode="6822 GK", invoice_town="Arnhem"))
        rooms = RoomsCentre(hall, hall, shop, shop, shop)
        for day in (3, 10):
            services.bookings.create(coordinator, draft(rooms, dt.date(2026, 11, day), "19:00", "21:00",
                                                        renter_id=shop.id))
        made = services.invoices.run(coordinator, dt.date(2026, 11, 1), dt.date(2026, 11, 30), dt.date(2026, 12, 1))
        numbers[coordinator.username] = [i.number for i in made]
    assert numbers == {"beheer-anker": ["2026-0001"], "beheer-brug": ["2026-0001"]}
    assert len(services.invoices.list(org.admin)) == 2
    assert len(services.invoices.list(admins[1])) == 1


def test_accounts_belong_to_a_centre_or_to_the_whole_organisation(services, org):
    admin_brug = _login(services, "beheer-brug", Role.ADMIN, org.brug.id)
    assert {u.username for u in services.users.list_users(admin_brug)} == {"meryem", "beheer-brug"}
    assert len(services.users.list_users(org.admin)) == 4
    with pytest.raises(OtherCentre):
        services.users.create_user(admin_brug, "indringer", "", Role.COORDINATOR, PASSWORD, centre_id=org.anker.id)
    with pytest.raises(OtherCentre):
        services.users.create_user(admin_brug, "overal", "", Role.COORDINATOR, PASSWORD, centre_id=None)
    with pytest.raises(OtherCentre):
        admin_brug.in_centre(org.anker.id)
    # An administrator moves an account; the open window follows at the next action.
    joost = next(u for u in services.users.list_users(org.admin) if u.username == "joost")
    services.users.update_user(org.admin, joost.id, display_name=joost.display_name, role=joost.role, active=True,
                               expected_version=joost.version, centre_id=org.brug.id)
    assert services.settings.centre(org.coordinator_anker).name == "Ontmoetingscentrum De Brug"


def test_a_volunteer_of_the_other_centre_is_not_found_by_id(services, org):
    anna = services.volunteers.create(org.coordinator_anker, VolunteerInput(first_name="Anna", last_name="de Vries"))
    with pytest.raises(NotFound):
        services.volunteers.get(org.coordinator_brug, anna.id)
    with services.db.reader(org.coordinator_brug) as uow:
        assert uow.session.get(Volunteer, anna.id) is None
    with services.db.reader(org.coordinator_anker) as uow:
        assert uow.session.get(Volunteer, anna.id) is not None


@pytest.fixture
def other_kind(db, request, tmp_path):
    from tests.integration.transfer_helpers import blank_postgres_database

    if db.is_sqlite:
        with blank_postgres_database(request.getfixturevalue("postgres_template")) as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'overgezet.sqlite'}"


def test_an_organisation_with_two_centres_moves_to_the_other_database_and_stays_apart(services, org, other_kind):
    from app.db.database import Database
    from app.services import Services
    from app.services.common import audit_chain
    from tests.integration.transfer_helpers import all_rows

    services.rooms.save_room(org.coordinator_anker, RoomRow(name="Grote zaal", capacity=80))
    hall_brug = services.rooms.save_room(org.coordinator_brug, RoomRow(name="Grote zaal", capacity=40))
    anna = services.volunteers.create(org.coordinator_brug, VolunteerInput(first_name="Anna", last_name="de Vries"))
    before = all_rows(services.db)
    services.transfer.transfer(org.admin, other_kind)
    target = Database(other_kind)
    try:
        after = all_rows(target)
        assert {t: len(r) for t, r in after.items() if t != "audit_log"} == {
            t: len(r) for t, r in before.items() if t != "audit_log"}
        there = Services.for_database(target)
        meryem = there.users.authenticate("meryem", PASSWORD)
        assert [r.id for r in there.rooms.rooms(meryem)] == [hall_brug.id]
        assert [r.id for r in there.volunteers.search(meryem).rows] == [anna.id]
        joost = there.users.authenticate("joost", PASSWORD)
        assert there.volunteers.search(joost).total == 0
        third = there.settings.add_centre(there.users.authenticate("beheerder", "geheim123"),
                                          CentreDetails(name="Buurthuis De Linde"))
        assert third.id == org.brug.id + 1  # the numbering went past the copied centres
        with target.reader() as uow:
            assert audit_chain.verify(uow.session) is None
    finally:
        target.dispose()


def test_settings_for_the_whole_organisation_are_not_changed_by_an_account_of_one_centre(services, org):
    from app.services.common.actor import OrganisationOnly

    admin_brug = _login(services, "beheer-brug", Role.ADMIN, org.brug.id)
    with pytest.raises(OrganisationOnly) as refused:
        services.settings.set(admin_brug, "payment_term_days", 30)
    assert "hele organisatie" in str(refused.value)
    services.settings.set(org.admin, "payment_term_days", 30)
    # Its own centre's details it does change.
    details = services.settings.centre(admin_brug)
    saved = services.settings.update_centre(admin_brug, CentreDetails(**{**details.__dict__, "street": "Brugstraat 1"}))
    assert saved.street == "Brugstraat 1" and saved.id == org.brug.id
    with pytest.raises(OtherCentre):
        services.settings.update_centre(admin_brug, CentreDetails(**{**org.anker.__dict__, "street": "Overgenomen 1"}))


# -- importing a volunteer list in an organisation with several centres -------------------------
def _anna_in_het_anker(services, org):
    """Anna volunteers in Het Anker; the list De Brug imports names her (same name and birth
    date, another e-mail address) and a new person, Bert, for the Koffie group."""
    import datetime as _dt

    anna = services.volunteers.create(org.coordinator_anker, VolunteerInput(
        first_name="Anna", infix="de", last_name="Vries", date_of_birth=_dt.date(1980, 3, 14),
        email="anna@anker.nl", phone="06 11111111", notes="Alleen op dinsdag (Het Anker)"))
    return anna


def _brug_list(tmp_path):
    from tests.integration.test_import_volunteers import messy_workbook

    return messy_workbook(tmp_path / "brug.xlsx", [
        ["Anna", "de", "Vries", "14-03-1980", "anna.devries@example.nl", "", "", "", "Arnhem", "", "Koffie",
         "", "", "", ""],
        ["Bert", "", "Smit", "1970-01-01", "", "", "", "", "Arnhem", "", "Koffie", "", "", "", ""],
    ])


def _volunteers_named(services, first_name) -> list[Volunteer]:
    with services.db.reader() as uow:
        return list(uow.session.scalars(select(Volunteer).where(Volunteer.first_name == first_name)))


def test_an_organisation_administrator_importing_for_a_centre_adds_a_person_of_another_centre_once(
        services, org, tmp_path):
    anna = _anna_in_het_anker(services, org)
    admin_in_brug = org.admin.in_centre(org.brug.id)
    trial = services.volunteer_imports.import_file(admin_in_brug, _brug_list(tmp_path), dry_run=True)
    assert trial.joined == [(5, "Anna de Vries")] and [name for _row, name in trial.imported] == ["Bert Smit"]
    assert "Zou worden toegevoegd aan dit centrum, al vrijwilliger in een ander centrum: 1 (rij 5)" in trial.lines()
    assert services.volunteers.centres_of(org.admin, anna.id) == (org.anker.id,)  # a trial run changes nothing

    report = services.volunteer_imports.import_file(admin_in_brug, _brug_list(tmp_path))
    assert report.committed
    assert "Toegevoegd aan dit centrum, al vrijwilliger in een ander centrum: 1 (rij 5)" in report.lines()
    assert [v.id for v in _volunteers_named(services, "Anna")] == [anna.id]  # one Anna, not two
    assert services.volunteers.centres_of(org.admin, anna.id) == (org.anker.id, org.brug.id)
    kept = services.volunteers.get(org.coordinator_anker, anna.id)
    assert (kept.email, kept.notes) == ("anna@anker.nl", "Alleen op dinsdag (Het Anker)")  # her record is not overwritten
    in_brug = {row.id for row in services.volunteers.search(org.coordinator_brug).rows}
    bert = _volunteers_named(services, "Bert")[0]
    assert in_brug == {anna.id, bert.id}
    koffie = [g for g in services.working_groups.groups(org.coordinator_brug) if g.name == "Koffie"][0]
    assert {m.volunteer_id for m in services.working_groups.members(org.coordinator_brug, koffie.id)} == {
        anna.id, bert.id}
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "volunteer", AuditEntry.entity_id == str(anna.id), AuditEntry.action == "update")
            .order_by(AuditEntry.id.desc())).first()
    assert (entry.before, entry.after) == ({"centre_ids": [org.anker.id]}, {"centre_ids": [org.anker.id, org.brug.id]})
    assert entry.detail == "import van brug.xlsx, rij 5"

    again = services.volunteer_imports.import_file(admin_in_brug, _brug_list(tmp_path))
    assert again.imported == [] and again.joined == [] and len(again.already_present) == 2
