"""Allowance lines through the services, on SQLite and PostgreSQL: the limits, overrides,
receipts, corrections, the state allow-list, and the check and insert in one unit of work."""

from __future__ import annotations

import datetime as dt
import random
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AllowanceLine, AuditEntry
from app.domain.allowance_rules import LineState
from app.domain.errors import Conflict, PermissionDenied, ValidationError
from app.services.allowances import ArrangementRow
from app.services.allowances import LimitRefused, LineInput
from tests.integration.test_allowance_support import PDF, PNG, make_volunteer

D = Decimal


def count_lines(db) -> int:
    with db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(AllowanceLine))


@pytest.fixture
def treasurer(actors):
    return actors["penningmeester"]


def hourly(services, actor, volunteer_id, rate="3.40", year=2026):
    services.allowances.set_arrangement(actor, ArrangementRow(volunteer_id, year, "uurtarief", hourly_rate=D(rate)))


def fixed(services, actor, volunteer_id, amount="100.00", other="0", year=2026):
    return services.allowances.set_arrangement(
        actor, ArrangementRow(volunteer_id, year, "vast", monthly_amount=D(amount), other_organisations=D(other)))


def test_under_21_at_3_40_an_hour_is_accepted_and_3_41_refused_with_nothing_saved(services, db, treasurer):
    young = make_volunteer(db, birth=dt.date(2008, 3, 1))
    hourly(services, treasurer, young, "3.40")
    line = services.allowances.add_line(treasurer, LineInput(young, "uren", dt.date(2026, 3, 2), hours=D("4")))
    assert line.amount == D("13.60")
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(treasurer, LineInput(young, "uren", dt.date(2026, 3, 3), hours=D("4"),
                                                          rate=D("3.41")))
    assert "€ 3,40" in str(refused.value) and "€ 3,41" in str(refused.value)
    assert count_lines(db) == 1


def test_220_in_a_month_is_accepted_and_220_01_refused_even_with_the_year_far_below(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "200.00")
    services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 4, 1)))
    services.allowances.add_line(treasurer, LineInput(volunteer, "gift", dt.date(2026, 4, 20), amount=D("20.00"),
                                                      description="bloemen"))
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(treasurer, LineInput(volunteer, "gift", dt.date(2026, 4, 21), amount=D("0.01"),
                                                          description="kaart"))
    message = str(refused.value)
    assert "€ 220,00" in message and "€ 0,01" in message and "€ 0,00" in message
    assert count_lines(db) == 2


def test_a_volunteer_turning_21_gets_the_adult_rate_from_their_birthday(services, db, treasurer):
    volunteer = make_volunteer(db, birth=dt.date(2005, 6, 10))
    hourly(services, treasurer, volunteer, "5.75")
    with pytest.raises(LimitRefused):
        services.allowances.add_line(treasurer, LineInput(volunteer, "uren", dt.date(2026, 6, 9), hours=D("2")))
    line = services.allowances.add_line(treasurer, LineInput(volunteer, "uren", dt.date(2026, 6, 10), hours=D("2")))
    assert line.amount == D("11.50")


def test_receipts_only_has_no_cap_but_a_claim_without_receipt_is_refused(services, db, treasurer):
    volunteer = make_volunteer(db)
    services.allowances.set_arrangement(treasurer, ArrangementRow(volunteer, 2026, "declaraties"))
    big = services.allowances.add_line(treasurer, LineInput(
        volunteer, "declaratie", dt.date(2026, 2, 2), amount=D("3500.00"), description="nieuwe koelkast",
        receipt_name="bon.pdf", receipt_data=PDF))
    assert big.receipt_name == "bon.pdf"
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(treasurer, LineInput(volunteer, "declaratie", dt.date(2026, 2, 3),
                                                          amount=D("4.00"), description="koffie"))
    assert refused.value.overridable is False
    assert count_lines(db) == 1


def test_other_organisations_count_towards_the_year_limit(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "150.00", other="2100.00")
    with pytest.raises(LimitRefused) as refused:
        services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 1, 1)))
    assert "€ 2.200,00" in str(refused.value) and "€ 100,00" in str(refused.value)


def test_raising_other_organisations_over_the_year_limit_is_refused(services, db, treasurer):
    volunteer = make_volunteer(db)
    arrangement = fixed(services, treasurer, volunteer, "200.00")
    for month in (1, 2, 3):
        services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, month, 1)))
    with pytest.raises(LimitRefused):
        services.allowances.set_arrangement(treasurer, ArrangementRow(
            volunteer, 2026, "vast", monthly_amount=D("200.00"), other_organisations=D("1601.00"),
            version=arrangement.version))
    assert services.allowances.arrangement(volunteer, 2026).other_organisations == D("0.00")


def test_a_treasurer_overrides_with_a_reason_which_is_audited_and_shown(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "200.00")
    services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 12, 1)))
    line = services.allowances.add_line(
        treasurer, LineInput(volunteer, "gift", dt.date(2026, 12, 20), amount=D("40.00"), description="kerstpakket"),
        override_reason="Bestuursbesluit 12-12: kerstpakket voor iedereen")
    assert line.overridden and line.override_by == "penningmeester"
    row = next(r for r in services.allowances.year_overview(treasurer, 2026) if r.volunteer_id == volunteer)
    assert row.overridden and row.over_limit
    with db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "override")).one()
    assert "kerstpakket voor iedereen" in entry.detail and entry.username == "penningmeester"


def test_a_coordinator_cannot_override_and_an_empty_reason_is_not_enough(services, db, actors, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "220.00")
    services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 5, 1)))
    extra = LineInput(volunteer, "gift", dt.date(2026, 5, 2), amount=D("5.00"), description="taart")
    with pytest.raises(PermissionDenied):
        services.allowances.add_line(actors["coordinator"], extra, override_reason="omdat het moet")
    with pytest.raises(ValidationError) as invalid:
        services.allowances.add_line(treasurer, extra, override_reason="  ")
    assert invalid.value.for_field("override_reason")
    assert count_lines(db) == 1


def test_hours_for_an_hourly_volunteer_make_a_line_in_the_same_unit_of_work(services, db, treasurer):
    volunteer = make_volunteer(db)
    hourly(services, treasurer, volunteer, "5.00")
    hours_id, line = services.allowances.add_hours(treasurer, volunteer, dt.date(2026, 9, 1), "3,5".replace(",", "."),
                                                   activity="Bardienst")
    assert line is not None and line.amount == D("17.50") and line.hours == D("3.50")
    services.allowances.add_hours(treasurer, volunteer, dt.date(2026, 9, 2), D("24"), activity="Marathon")
    with pytest.raises(LimitRefused):  # 137,50 + 120,00 > 220,00: hours and line refused together
        services.allowances.add_hours(treasurer, volunteer, dt.date(2026, 9, 3), D("24"), activity="Marathon")
    from app.db.models import VolunteerHours
    with db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(VolunteerHours)) == 2


def test_an_expense_claim_gets_its_receipt_later_and_then_can_be_submitted(services, db, treasurer):
    volunteer = make_volunteer(db)
    services.allowances.set_arrangement(treasurer, ArrangementRow(volunteer, 2026, "declaraties"))
    draft = services.allowances.add_line(treasurer, LineInput(volunteer, "declaratie", dt.date(2026, 3, 3),
                                                              amount=D("8.50"), description="thee", submit=False))
    with pytest.raises(LimitRefused):
        services.allowances.submit(treasurer, draft.id, draft.version)
    with pytest.raises(ValidationError) as wrong:
        services.allowances.attach_receipt(treasurer, draft.id, "bon.txt", b"just text")
    assert wrong.value.for_field("receipt")
    with_receipt = services.allowances.attach_receipt(treasurer, draft.id, "bon.png", PNG)
    submitted = services.allowances.submit(treasurer, draft.id, with_receipt.version)
    assert submitted.state == LineState.SUBMITTED
    name, content_type, data = services.allowances.receipt(treasurer, draft.id)
    assert (name, content_type, data) == ("bon.png", "image/png", PNG)


def test_nothing_submitted_is_deleted_and_a_correction_refers_to_the_old_line(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "100.00")
    line = services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 2, 1)))
    with pytest.raises(Conflict):
        services.allowances.delete_draft(treasurer, line.id)
    corrected = services.allowances.correct(
        treasurer, line.id, LineInput(volunteer, "vast", dt.date(2026, 2, 1), amount=D("80.00")), "te veel")
    assert corrected.correction_of == line.id and corrected.amount == D("80.00")
    old = services.allowances.line(treasurer, line.id)
    assert old.state == LineState.REJECTED and "te veel" in old.rejection_reason
    assert count_lines(db) == 2


def test_a_correction_of_a_paid_line_is_the_difference(services, db, treasurer, admin):
    from app.services.settings import CentreDetails
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300"))
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "100.00")
    line = services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 2, 1)))
    services.allowances.approve(treasurer, [line.id])
    batch, _data, _preview = services.payments.create_batch(treasurer, 2026)
    services.payments.confirm(treasurer, batch.id)
    correction = services.allowances.correct(
        treasurer, line.id, LineInput(volunteer, "vast", dt.date(2026, 2, 1), amount=D("120.00")), "verhoging")
    assert correction.amount == D("20.00") and correction.correction_of == line.id
    assert services.allowances.line(treasurer, line.id).state == LineState.PAID


def test_only_a_draft_that_was_never_submitted_can_be_deleted(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer)
    draft = services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 2, 1), submit=False))
    services.allowances.delete_draft(treasurer, draft.id, draft.version)
    assert count_lines(db) == 0


@pytest.mark.parametrize("path, allowed", [
    (("submit",), False),  # already submitted
    (("approve",), True),
    (("approve", "approve"), False),
    (("reject",), True),
    (("reject", "approve"), False),
    (("approve", "reject"), True),
])
def test_state_changes_follow_the_allow_list(services, db, treasurer, path, allowed):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer)
    line = services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 2, 1)))
    steps = {
        "submit": lambda: services.allowances.submit(treasurer, line.id),
        "approve": lambda: services.allowances.approve(treasurer, [line.id]),
        "reject": lambda: services.allowances.reject(treasurer, line.id, "dubbel ingevoerd"),
    }
    for step in path[:-1]:
        steps[step]()
    if allowed:
        steps[path[-1]]()
    else:
        with pytest.raises(Conflict):
            steps[path[-1]]()


def test_a_rejection_needs_a_reason(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer)
    line = services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 2, 1)))
    with pytest.raises(ValidationError):
        services.allowances.reject(treasurer, line.id, " ")
    assert services.allowances.line(treasurer, line.id).state == LineState.SUBMITTED


def test_the_preview_shows_the_room_left_this_month_and_this_year(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "150.00", other="300.00")
    services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 3, 1)))
    preview = services.allowances.preview(treasurer, LineInput(volunteer, "gift", dt.date(2026, 3, 9),
                                                               amount=D("80.00"), description="x"))
    # 300 a year from elsewhere is 25 a month: 220 - 150 - 25 left in March
    assert preview.month_room == D("45.00") and preview.year_room == D("1750.00")
    assert preview.refusals and preview.overridable and "€ 45,00" in preview.message


def test_two_treasurers_cannot_both_squeeze_a_line_under_the_same_limit(services, db, treasurer):
    volunteer = make_volunteer(db)
    fixed(services, treasurer, volunteer, "150.00")
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def claim() -> None:
        barrier.wait()
        try:
            services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 7, 1)))
            outcomes.append("ok")
        except LimitRefused:
            outcomes.append("refused")
        except Exception as error:  # a busy database is also a refusal of the second writer
            outcomes.append(type(error).__name__)

    threads = [threading.Thread(target=claim) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("ok") == 1, outcomes
    row = next(r for r in services.allowances.year_overview(treasurer, 2026) if r.volunteer_id == volunteer)
    assert row.months[6] == D("150.00")


def test_a_random_sequence_through_the_services_never_ends_over_a_limit_without_override(services, db, treasurer):
    rng = random.Random(4)
    volunteers = [make_volunteer(db, f"V{i}", "Test", birth=dt.date(2006 + i, 7, 1)) for i in range(3)]
    hourly(services, treasurer, volunteers[0], "3.40")
    fixed(services, treasurer, volunteers[1], "150.00", other="1000.00")
    services.allowances.set_arrangement(treasurer, ArrangementRow(volunteers[2], 2026, "declaraties"))
    for _ in range(60):
        volunteer = rng.choice(volunteers)
        day = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
        kind = rng.choice(["uren", "vast", "declaratie", "gift", "kilometers"])
        entry = LineInput(volunteer, kind, day, amount=D(rng.randint(1, 9000)) / 100, hours=D(rng.randint(1, 8)),
                          kilometres=D(rng.randint(1, 90)), description="test", receipt_name="b.png",
                          receipt_data=PNG)
        try:
            services.allowances.add_line(treasurer, entry)
        except (LimitRefused, ValidationError):
            pass
    for row in services.allowances.year_overview(treasurer, 2026):
        assert not row.over_limit and not row.overridden
        assert all(month <= D("220.00") for month in row.months)


def test_overzicht_shows_waiting_claims_volunteers_near_a_limit_and_overrides(services, db, treasurer):
    near = make_volunteer(db, "Nina", "Dichtbij")
    fixed(services, treasurer, near, "70.00", other="1800.00")  # 150 a month from elsewhere
    services.allowances.add_line(treasurer, LineInput(near, "vast", dt.date(2026, 11, 1)))
    far = make_volunteer(db, "Frank", "Ver")
    fixed(services, treasurer, far, "50.00")
    services.allowances.add_line(treasurer, LineInput(far, "vast", dt.date(2026, 10, 1)))
    services.allowances.add_line(treasurer, LineInput(far, "gift", dt.date(2026, 10, 5), amount=D("171.00"),
                                                      description="fiets"), override_reason="Bestuursbesluit fiets")
    items = {item.title: item for item in services.overview.items(treasurer, dt.date(2026, 11, 22))
             if item.area == "allowances"}
    assert items["Declaraties die wachten op goedkeuring"].value == "3"
    near_item = items["Vrijwilligers dicht bij een vergoedingsgrens"]
    assert near_item.value == "2" and "Nina Dichtbij" in near_item.detail and near_item.warning
    assert items["Grenzen overschreden dit jaar"].value == "1"


def test_an_arrangement_over_the_year_limit_needs_a_treasurers_reason(services, db, treasurer, actors):
    volunteer = make_volunteer(db)
    arrangement = fixed(services, treasurer, volunteer, "200.00")
    services.allowances.add_line(treasurer, LineInput(volunteer, "vast", dt.date(2026, 1, 1)))
    over = ArrangementRow(volunteer, 2026, "vast", monthly_amount=D("200.00"), other_organisations=D("2100.00"),
                          version=arrangement.version)
    with pytest.raises(PermissionDenied):
        services.allowances.set_arrangement(actors["coordinator"], over, override_reason="andere club betaalt veel")
    saved = services.allowances.set_arrangement(treasurer, over, override_reason="Opgave vrijwilliger, besproken")
    assert saved.other_organisations == D("2100.00") and saved.override_by == "penningmeester"
    row = next(r for r in services.allowances.year_overview(treasurer, 2026) if r.volunteer_id == volunteer)
    assert row.overridden and row.over_limit and row.room_left == D("-100.00")
