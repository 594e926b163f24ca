"""Funders and applications on SQLite and PostgreSQL: the checks before submitting, the state
allow-list, who may change what, the audit trail, and the deadlines on Overzicht."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, SubsidyApplication
from app.domain.errors import Conflict, PermissionDenied, StaleRecord, ValidationError
from app.services.subsidies import BudgetLineData
from tests.integration.subsidy_helpers import balanced_application, fonds_1818, gemeente

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


@pytest.fixture
def fund(services, admin):
    return services.subsidies.save_funder(admin, fonds_1818())


def _count(services, model) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_balanced_application_is_submitted_granted_accounted_and_settled(services, actors, fund):
    coordinator = actors["coordinator"]
    concept = services.subsidies.create_application(coordinator, balanced_application(fund.id))
    assert concept.state == "concept" and concept.difference == D("0.00") and concept.checks == ()
    submitted = services.subsidies.submit(coordinator, concept.id, expected_version=concept.version,
                                          on=dt.date(2027, 1, 20))
    assert submitted.state == "ingediend" and submitted.submitted_on == dt.date(2027, 1, 20)
    granted = services.subsidies.grant(
        coordinator, concept.id, expected_version=submitted.version, amount=D("1250.00"),
        decided_on=dt.date(2027, 2, 20), conditions="Logo van het fonds op de flyer",
        final_report_due=dt.date(2027, 12, 31),
    )
    assert granted.state == "toegekend" and granted.granted_amount == D("1250.00")
    for line in granted.budget:
        services.accountability.add_cost(coordinator, concept.id, budget_line_id=line.id, spent_on=dt.date(2027, 6, 1),
                                         description=line.description, amount=line.amount)
    granted = services.subsidies.get_application(coordinator, concept.id)
    accounted = services.subsidies.mark_accounted(coordinator, concept.id, expected_version=granted.version,
                                                  on=dt.date(2027, 11, 15))
    settled = services.subsidies.settle(coordinator, concept.id, expected_version=accounted.version,
                                        amount=D("1250.00"), on=dt.date(2028, 1, 10))
    assert settled.state == "vastgesteld" and settled.settled_amount == D("1250.00")
    with services.db.reader() as uow:
        actions = list(uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "subsidy_application").order_by(AuditEntry.id)))
    assert actions == ["create", "ingediend", "toegekend", "verantwoord", "vastgesteld"]


def test_submitting_an_unbalanced_budget_is_refused_with_the_difference_in_euros(services, admin, fund):
    data = balanced_application(fund.id, budget=(
        BudgetLineData("materialen", "Zaden, planten en gereedschap", D("1200.00")),
        BudgetLineData("activiteiten", "Oogstfeest", D("1034.56")),
    ))
    concept = services.subsidies.create_application(admin, data)
    assert concept.difference == D("234.56")
    with pytest.raises(ValidationError) as error:
        services.subsidies.submit(admin, concept.id, expected_version=concept.version)
    messages = error.value.for_field("coverage")
    assert messages and "€ 234,56" in messages[0] and "niet gedekt" in messages[0]
    assert services.subsidies.get_application(admin, concept.id).state == "concept"


def test_more_coverage_than_costs_is_also_refused(services, admin, fund):
    data = balanced_application(fund.id, requested_amount=D("1500.00"), budget=(
        BudgetLineData("materialen", "Zaden", D("1000.00")),
    ))
    concept = services.subsidies.create_application(admin, data)
    with pytest.raises(ValidationError) as error:
        services.subsidies.submit(admin, concept.id, expected_version=concept.version)
    assert "€ 1.000,00" in error.value.for_field("coverage")[0]


def test_the_fund_maximum_and_steps_are_checked_before_submitting(services, admin, fund):
    over = services.subsidies.create_application(admin, balanced_application(
        fund.id, requested_amount=D("1750.00"),
        coverage=(dataclasses.replace(balanced_application(fund.id).coverage[0], amount=D("50.00")),),
    ))
    with pytest.raises(ValidationError) as error:
        services.subsidies.submit(admin, over.id, expected_version=over.version)
    text = " ".join(error.value.for_field("requested_amount"))
    assert "hoogstens € 1.500,00" in text
    odd = services.subsidies.create_application(admin, balanced_application(
        fund.id, requested_amount=D("1400.00"),
        coverage=(dataclasses.replace(balanced_application(fund.id).coverage[0], amount=D("400.00")),
                  balanced_application(fund.id).coverage[1]),
    ))
    with pytest.raises(ValidationError) as error:
        services.subsidies.submit(admin, odd.id, expected_version=odd.version)
    text = " ".join(error.value.for_field("requested_amount"))
    assert "stappen van € 250,00" in text and "€ 1.250,00" in text and "€ 1.500,00" in text


def test_documents_not_ready_stop_a_submission(services, admin, fund):
    data = balanced_application(fund.id)
    docs = (dataclasses.replace(data.documents[0], ready=False), data.documents[1])
    concept = services.subsidies.create_application(admin, dataclasses.replace(data, documents=docs))
    with pytest.raises(ValidationError) as error:
        services.subsidies.submit(admin, concept.id, expected_version=concept.version)
    assert "KvK-uittreksel" in error.value.for_field("documents")[0]


def test_a_new_application_starts_with_the_funders_document_checklist(services, admin, fund):
    data = dataclasses.replace(balanced_application(fund.id), documents=())
    concept = services.subsidies.create_application(admin, data)
    assert [d.name for d in concept.documents] == ["KvK-uittreksel", "Bankafschrift"]
    assert not any(d.ready for d in concept.documents)


def test_only_a_concept_is_freely_editable(services, admin, fund):
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    edited = services.subsidies.update_application(
        admin, concept.id, dataclasses.replace(balanced_application(fund.id), title="Moestuin 2027"),
        expected_version=concept.version)
    assert edited.title == "Moestuin 2027" and edited.version > concept.version
    submitted = services.subsidies.submit(admin, concept.id, expected_version=edited.version)
    with pytest.raises(Conflict) as error:
        services.subsidies.update_application(admin, concept.id, balanced_application(fund.id, title="Anders"),
                                              expected_version=submitted.version)
    assert "Alleen een concept" in str(error.value)
    assert services.subsidies.get_application(admin, concept.id).title == "Moestuin 2027"
    back = services.subsidies.withdraw(admin, concept.id, expected_version=submitted.version)
    assert back.state == "concept" and back.submitted_on is None


def test_an_edit_of_only_the_budget_still_refuses_a_stale_second_editor(services, admin, fund):
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    data = balanced_application(fund.id, budget=(BudgetLineData("materialen", "Alles", D("2000.00")),))
    services.subsidies.update_application(admin, concept.id, data, expected_version=concept.version)
    with pytest.raises(StaleRecord):
        services.subsidies.update_application(admin, concept.id, data, expected_version=concept.version)


@pytest.mark.parametrize("step", ["grant_concept", "settle_rejected", "submit_twice"])
def test_transitions_outside_the_allow_list_are_refused(services, admin, fund, step):
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    if step == "grant_concept":
        with pytest.raises(Conflict) as error:
            services.subsidies.grant(admin, concept.id, expected_version=None, amount=D("1000"),
                                     decided_on=dt.date(2027, 2, 1), final_report_due=dt.date(2027, 12, 1))
        assert "concept" in str(error.value) and "toegekend" in str(error.value)
    elif step == "settle_rejected":
        services.subsidies.submit(admin, concept.id, expected_version=None)
        services.subsidies.reject(admin, concept.id, expected_version=None, decided_on=dt.date(2027, 3, 1),
                                  reason="Te veel aanvragen")
        with pytest.raises(Conflict):
            services.subsidies.settle(admin, concept.id, expected_version=None, amount=D("0"), on=dt.date(2027, 4, 1))
        assert services.subsidies.get_application(admin, concept.id).state == "afgewezen"
    else:
        services.subsidies.submit(admin, concept.id, expected_version=None)
        with pytest.raises(Conflict):
            services.subsidies.submit(admin, concept.id, expected_version=None)


def test_a_grant_that_needs_a_report_needs_its_due_date_and_cannot_skip_accountability(services, admin, fund):
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    services.subsidies.submit(admin, concept.id, expected_version=None, on=dt.date(2027, 1, 10))
    with pytest.raises(ValidationError) as error:
        services.subsidies.grant(admin, concept.id, expected_version=None, amount=D("1500"),
                                 decided_on=dt.date(2027, 2, 1))
    assert error.value.for_field("final_report_due")
    with pytest.raises(ValidationError) as error:
        services.subsidies.grant(admin, concept.id, expected_version=None, amount=D("2000"),
                                 decided_on=dt.date(2027, 2, 1), final_report_due=dt.date(2027, 12, 1))
    assert "€ 1.500,00" in error.value.for_field("granted_amount")[0]
    services.subsidies.grant(admin, concept.id, expected_version=None, amount=D("1500"),
                             decided_on=dt.date(2027, 2, 1), final_report_due=dt.date(2027, 12, 1))
    with pytest.raises(Conflict) as error:
        services.subsidies.settle(admin, concept.id, expected_version=None, amount=D("1500"), on=dt.date(2027, 3, 1))
    assert "verslag" in str(error.value)


def test_a_small_grant_below_the_threshold_is_settled_without_a_report(services, admin, fund):
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    services.subsidies.submit(admin, concept.id, expected_version=None)
    services.subsidies.grant(admin, concept.id, expected_version=None, amount=D("750"), decided_on=dt.date.today())
    settled = services.subsidies.settle(admin, concept.id, expected_version=None, amount=D("750"), on=dt.date.today())
    assert settled.state == "vastgesteld"


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_treasurer_and_read_only_cannot_change_anything_and_nothing_is_saved(services, actors, fund, role):
    actor = actors[role]
    admin = actors["beheerder"]
    concept = services.subsidies.create_application(admin, balanced_application(fund.id))
    attempts = [
        lambda: services.subsidies.save_funder(actor, gemeente()),
        lambda: services.subsidies.save_funder(actor, fonds_1818(name="Fonds 1819"), funder_id=fund.id,
                                               expected_version=fund.version),
        lambda: services.subsidies.create_application(actor, balanced_application(fund.id)),
        lambda: services.subsidies.update_application(actor, concept.id, balanced_application(fund.id, title="x"),
                                                      expected_version=None),
        lambda: services.subsidies.submit(actor, concept.id, expected_version=None),
        lambda: services.subsidies.withdraw(actor, concept.id, expected_version=None),
        lambda: services.subsidies.grant(actor, concept.id, expected_version=None, amount=D("1"),
                                         decided_on=dt.date.today()),
        lambda: services.subsidies.reject(actor, concept.id, expected_version=None, decided_on=dt.date.today()),
        lambda: services.subsidies.mark_accounted(actor, concept.id, expected_version=None),
        lambda: services.subsidies.settle(actor, concept.id, expected_version=None, amount=D("1"), on=dt.date.today()),
        lambda: services.subsidies.delete_application(actor, concept.id, expected_version=None),
    ]
    audit_before = _count(services, AuditEntry)
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as error:
            attempt()
        assert "niet toegestaan" in str(error.value) or "mag" in str(error.value)
    assert _count(services, AuditEntry) == audit_before
    assert _count(services, SubsidyApplication) == 1
    assert services.subsidies.get_application(actor, concept.id).title == "Buurtmoestuin Klarendal"
    assert [f.name for f in services.subsidies.list_funders(actor)] == ["Fonds 1818"]


def test_coordinator_edits_funders_and_the_change_is_audited(services, actors, fund):
    coordinator = actors["coordinator"]
    changed = services.subsidies.save_funder(coordinator, fonds_1818(maximum_amount=D("2000.00")),
                                             funder_id=fund.id, expected_version=fund.version)
    assert changed.maximum_amount == D("2000.00")
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "funder")
                                    .order_by(AuditEntry.id.desc())).first()
    assert entry.username == "coordinator" and entry.after == {"maximum_amount": "2000.00"}


def test_bad_funder_input_names_every_field_in_dutch_and_saves_nothing(services, admin, fund):
    with pytest.raises(ValidationError) as error:
        services.subsidies.save_funder(admin, fonds_1818(name="", rounds=("31-2",), amount_step=D("0")))
    fields = {p.field for p in error.value.problems}
    assert fields == {"name", "rounds", "amount_step"}
    assert "31-2 is geen dag en maand" in error.value.for_field("rounds")[0]
    with pytest.raises(ValidationError) as error:
        services.subsidies.save_funder(admin, fonds_1818(name="fonds 1818"))
    assert "bestaat al" in error.value.for_field("name")[0]
    assert len(services.subsidies.list_funders(admin)) == 1


def test_bad_application_input_is_refused_with_the_row(services, admin, fund):
    data = balanced_application(fund.id, period_end=dt.date(2027, 1, 1), budget=(
        BudgetLineData("materialen", "", D("-5")),))
    with pytest.raises(ValidationError) as error:
        services.subsidies.create_application(admin, data)
    problems = {(p.field, p.row) for p in error.value.problems}
    assert ("period_end", None) in problems and ("budget", 1) in problems
    assert "rij 1" in str(error.value)
    assert _count(services, SubsidyApplication) == 0


def test_deadlines_within_six_weeks_reach_the_overview(services, admin, fund):
    town = services.subsidies.save_funder(admin, gemeente())
    today = dt.date(2027, 1, 5)
    concept = services.subsidies.create_application(
        admin, balanced_application(town.id, requested_amount=D("1500"), period_start=dt.date(2027, 3, 1)))
    granted = services.subsidies.create_application(admin, balanced_application(fund.id, title="Oogstfeest"))
    services.subsidies.submit(admin, granted.id, expected_version=None, on=dt.date(2026, 10, 1))
    services.subsidies.grant(admin, granted.id, expected_version=None, amount=D("1500"),
                             decided_on=dt.date(2026, 11, 1), interim_report_due=dt.date(2027, 2, 1),
                             final_report_due=dt.date(2027, 9, 1))
    waiting = services.subsidies.create_application(admin, balanced_application(fund.id, title="Repair café"))
    services.subsidies.submit(admin, waiting.id, expected_version=None, on=dt.date(2026, 12, 20))
    deadlines = services.subsidies.deadlines(admin, today=today)
    described = [(d.day, d.what, d.application_id) for d in deadlines]
    assert (dt.date(2027, 1, 4), "aanvragen vóór", concept.id) in described  # 8 weeks before 1 March: overdue
    assert (dt.date(2027, 2, 1), "aanvraagronde", None) in described
    assert (dt.date(2027, 2, 1), "tussentijds verslag", granted.id) in described
    assert all(d.day <= today + dt.timedelta(weeks=6) for d in deadlines)
    assert not any(d.what == "eindverslag" for d in deadlines)  # September is beyond six weeks
    items = {i.title: i for i in services.overview.items(admin, today=today) if i.area == "subsidies"}
    deadline_card = items["Subsidiedeadlines in de komende 6 weken"]
    assert deadline_card.value == str(len(deadlines)) and deadline_card.warning
    assert "01-02-2027 Fonds 1818: aanvraagronde" in deadline_card.detail
    assert items["Aanvragen die wachten op een besluit"].value == "1"
    assert "Repair café" in items["Aanvragen die wachten op een besluit"].detail
