"""The accountability report fills itself from what the centre recorded: activities and
participants from linked bookings and series, volunteer hours from the linked working groups,
actual costs from entered costs plus linked allowances — on SQLite and PostgreSQL, with the
PDF and the workbook read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.base import utcnow
from app.db.models import (
    AllowanceLine, AuditEntry, Booking, BookingSeries, Room, Volunteer, VolunteerHours, WorkingGroup,
)
from app.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal
TODAY = dt.date(2027, 11, 20)


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


def _booking(room_id: int, day: dt.date, activity: str, participants: int | None, *, series_id=None,
             status="bevestigd", group_id=None) -> Booking:
    start = dt.datetime.combine(day, dt.time(10, 0))
    end = dt.datetime.combine(day, dt.time(12, 0))
    utc_start, utc_end = start.replace(tzinfo=dt.UTC), end.replace(tzinfo=dt.UTC)
    return Booking(room_id=room_id, activity=activity, start_at=utc_start, end_at=utc_end, block_start=utc_start,
                   block_end=utc_end, local_start=start, local_end=end, status=status, series_id=series_id,
                   actual_participants=participants, working_group_id=group_id)


@pytest.fixture
def recorded(services, admin):
    """A granted application and what the centre recorded around it."""
    fund = services.subsidies.save_funder(admin, fonds_1818(no_report_below=D("1000.00")))
    application = services.subsidies.create_application(admin, balanced_application(fund.id))
    services.subsidies.submit(admin, application.id, expected_version=None, on=dt.date(2027, 1, 15))
    granted = services.subsidies.grant(admin, application.id, expected_version=None, amount=D("1500"),
                                       decided_on=dt.date(2027, 2, 10), final_report_due=dt.date(2027, 12, 31))
    with services.db.unit_of_work() as uow:
        s = uow.session
        room = Room(name="Grote zaal", capacity=60)
        garden = WorkingGroup(name="Tuingroep")
        other = WorkingGroup(name="Koffieochtend")
        anna = Volunteer(first_name="Anna", last_name="de Vries")
        kees = Volunteer(first_name="Kees", infix="van", last_name="Dam")
        s.add_all([room, garden, other, anna, kees])
        s.flush()
        series = BookingSeries(room_id=room.id, activity="Tuinochtend", start_time=dt.time(10), end_time=dt.time(12),
                               first_date=dt.date(2027, 4, 3), rule={"freq": "weekly"})
        s.add(series)
        s.flush()
        s.add_all([
            _booking(room.id, dt.date(2027, 4, 3), "Tuinochtend", 12, series_id=series.id),
            _booking(room.id, dt.date(2027, 4, 10), "Tuinochtend", 9, series_id=series.id),
            _booking(room.id, dt.date(2027, 4, 17), "Tuinochtend", None, series_id=series.id),
            _booking(room.id, dt.date(2027, 4, 24), "Tuinochtend", 30, series_id=series.id, status="geannuleerd"),
            _booking(room.id, dt.date(2028, 1, 8), "Tuinochtend", 11, series_id=series.id),  # after the period
            _booking(room.id, dt.date(2027, 10, 2), "Oogstfeest", 85),
            _booking(room.id, dt.date(2027, 10, 9), "Bingo", 40),  # not linked
        ])
        s.add_all([
            VolunteerHours(volunteer_id=anna.id, worked_on=dt.date(2027, 4, 3), hours=D("3.5"), working_group_id=garden.id),
            VolunteerHours(volunteer_id=kees.id, worked_on=dt.date(2027, 5, 1), hours=D("4.25"), working_group_id=garden.id),
            VolunteerHours(volunteer_id=kees.id, worked_on=dt.date(2026, 5, 1), hours=D("9"), working_group_id=garden.id),
            VolunteerHours(volunteer_id=anna.id, worked_on=dt.date(2027, 6, 1), hours=D("2"), working_group_id=other.id),
        ])
        lines = [
            AllowanceLine(volunteer_id=anna.id, kind="declaratie", worked_on=dt.date(2027, 4, 3), year=2027, month=4,
                          amount=D("64.30"), description="Zaden en potgrond", state="betaald"),
            AllowanceLine(volunteer_id=kees.id, kind="declaratie", worked_on=dt.date(2027, 5, 1), year=2027, month=5,
                          amount=D("20.00"), description="Handschoenen", state="ingediend"),
        ]
        s.add_all(lines)
        s.flush()
        ids = dict(room=room.id, garden=garden.id, other=other.id, series=series.id, paid=lines[0].id,
                   pending=lines[1].id, feast=s.scalar(select(Booking.id).where(Booking.activity == "Oogstfeest")))
        uow.commit()
    return granted, ids


def test_the_report_counts_activities_participants_hours_and_costs_from_the_records(services, admin, recorded):
    granted, ids = recorded
    accountability = services.accountability
    accountability.set_series_links(admin, granted.id, [ids["series"]])
    accountability.set_booking_links(admin, granted.id, [ids["feast"]])
    accountability.set_working_group_links(admin, granted.id, [ids["garden"]])
    materials, feast = granted.budget
    accountability.link_allowance_line(admin, granted.id, ids["paid"], materials.id)
    accountability.link_allowance_line(admin, granted.id, ids["pending"], materials.id)  # not approved: not counted
    accountability.add_cost(admin, granted.id, budget_line_id=materials.id, spent_on=dt.date(2027, 3, 20),
                            description="Gereedschap tuincentrum", amount=D("1100.00"))
    accountability.add_cost(admin, granted.id, budget_line_id=feast.id, spent_on=dt.date(2027, 10, 2),
                            description="Springkussen en muziek", amount=D("612.45"))
    report = accountability.report(admin, granted.id, today=TODAY)
    assert report.activities_held == 4  # three series dates held + the harvest feast; not cancelled, not later
    assert report.participants == 12 + 9 + 85 and report.activities_without_count == 1
    assert report.volunteer_hours == D("7.75") and report.volunteers == 2  # the garden group inside the period
    assert report.working_groups == ("Tuingroep",)
    lines = {l.description: l for l in report.lines}
    assert lines["Zaden, planten en gereedschap"].entered == D("1100.00")
    assert lines["Zaden, planten en gereedschap"].allowances == D("64.30")
    assert lines["Zaden, planten en gereedschap"].difference == D("-35.70")
    assert lines["Oogstfeest"].difference == D("-187.55") and lines["Oogstfeest"].needs_explanation
    assert report.actual_total == D("1776.75") and report.difference_total == D("-223.25")
    assert report.report_level == "verslag" and "€ 1.000,00" in report.report_requirement
    with pytest.raises(ValidationError) as error:
        services.subsidies.mark_accounted(admin, granted.id, expected_version=None)
    assert "Oogstfeest" in str(error.value)
    accountability.set_explanation(admin, granted.id, feast.id, "Het springkussen was goedkoper dan begroot.")
    assert services.subsidies.mark_accounted(admin, granted.id, expected_version=None).state == "verantwoord"


def test_the_report_pdf_and_workbook_carry_the_recorded_figures(services, admin, recorded, tmp_path):
    granted, ids = recorded
    accountability = services.accountability
    accountability.set_series_links(admin, granted.id, [ids["series"]])
    accountability.set_working_group_links(admin, granted.id, [ids["garden"]])
    materials = granted.budget[0]
    accountability.add_cost(admin, granted.id, budget_line_id=materials.id, spent_on=dt.date(2027, 3, 20),
                            description="Gereedschap tuincentrum", amount=D("1234.56"))
    accountability.set_report_text(admin, granted.id, "De tuin bloeide; twaalf nieuwe vrijwilligers.")
    pdf = accountability.write_pdf(admin, granted.id, tmp_path / "verantwoording.pdf", today=TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Verantwoording", "Buurtmoestuin Klarendal", "€ 1.234,56", "€ 2.000,00", "€ -765,44",
                     "Tuinochtend", "7,75", "twaalf nieuwe vrijwilligers", "activiteitenverslag en een financieel"):
        assert expected in text, expected
    workbook = load_workbook(accountability.write_excel(admin, granted.id, tmp_path / "cijfers.xlsx", today=TODAY))
    budget = workbook["Begroting en realisatie"]
    rows = [[c.value for c in row] for row in budget.iter_rows(min_row=4)]
    assert rows[0][:7] == ["Materialen", "Zaden, planten en gereedschap", 1200.0, 1234.56, 0.0, 1234.56, 34.56]
    assert rows[-1][0] == "Totaal" and [rows[-1][c] for c in (2, 5)] == ["=SUM(C4:C5)", "=SUM(F4:F5)"]
    assert budget["C4"].number_format.startswith('"€"')
    reach = {r[0].value: r[2].value for r in workbook["Bereik"].iter_rows(min_row=2)}
    assert reach["Gehouden activiteiten"] == 3 and reach["Vrijwilligersuren"] == 7.75
    activities = [[c.value for c in r] for r in workbook["Activiteiten"].iter_rows(min_row=2)]
    assert [a[3] for a in activities] == [12, 9, None]


def test_links_and_costs_are_refused_in_closed_states_and_for_foreign_budget_lines(services, admin, recorded):
    granted, ids = recorded
    other = services.subsidies.create_application(admin, balanced_application(granted.funder_id, title="Ander project"))
    with pytest.raises(Conflict):
        services.accountability.add_cost(admin, other.id, budget_line_id=other.budget[0].id,
                                         spent_on=dt.date(2027, 3, 1), description="x", amount=D("10"))
    with pytest.raises(NotFound):
        services.accountability.add_cost(admin, granted.id, budget_line_id=other.budget[0].id,
                                         spent_on=dt.date(2027, 3, 1), description="x", amount=D("10"))
    with pytest.raises(ValidationError) as error:
        services.accountability.add_cost(admin, granted.id, budget_line_id=granted.budget[0].id, spent_on=None,
                                         description=" ", amount=D("0"))
    assert {p.field for p in error.value.problems} == {"spent_on", "description", "amount"}
    with pytest.raises(NotFound):
        services.accountability.set_booking_links(admin, granted.id, [999999])
    assert services.accountability.report(admin, granted.id, today=TODAY).costs == ()


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_only_coordinators_and_administrators_change_the_accountability(services, actors, recorded, role):
    granted, ids = recorded
    actor = actors[role]
    line = granted.budget[0].id
    attempts = [
        lambda: services.accountability.set_series_links(actor, granted.id, [ids["series"]]),
        lambda: services.accountability.set_booking_links(actor, granted.id, [ids["feast"]]),
        lambda: services.accountability.set_working_group_links(actor, granted.id, [ids["garden"]]),
        lambda: services.accountability.link_allowance_line(actor, granted.id, ids["paid"], line),
        lambda: services.accountability.add_cost(actor, granted.id, budget_line_id=line, spent_on=TODAY,
                                                 description="x", amount=D("1")),
        lambda: services.accountability.set_explanation(actor, granted.id, line, "x"),
        lambda: services.accountability.set_report_text(actor, granted.id, "x"),
    ]
    with services.db.reader() as uow:
        before = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == before
    report = services.accountability.report(actor, granted.id, today=TODAY)  # reading is allowed
    assert report.activities_held == 0 and report.costs == ()


def test_the_coordinator_links_and_the_trail_records_who_did_it(services, actors, recorded):
    granted, ids = recorded
    coordinator = actors["coordinator"]
    services.accountability.set_series_links(coordinator, granted.id, [ids["series"]])
    services.accountability.add_cost(coordinator, granted.id, budget_line_id=granted.budget[0].id, spent_on=TODAY,
                                     description="Schoffels", amount=D("45.00"))
    with services.db.reader() as uow:
        entries = list(uow.session.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.entity)
                                           .where(AuditEntry.username == "coordinator",
                                                  AuditEntry.action != "login")))
    assert ("coordinator", "link", "subsidy_application") in entries
    assert ("coordinator", "create", "subsidy_actual_cost") in entries
    candidates = services.accountability.series_candidates(coordinator, granted.id)
    assert [c.label for c in candidates if c.linked] == ["Tuinochtend"]
    allowances = services.accountability.allowance_candidates(coordinator, granted.id)
    assert [c.label for c in allowances] == ["Anna de Vries"]  # only approved or paid lines in the period
