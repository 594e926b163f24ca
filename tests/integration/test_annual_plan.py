"""The annual plan service: who may write it, the trail it leaves, stale saves, bad input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AnnualPlan, AuditEntry
from app.domain.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from app.services.subsidies import ActionData, GoalData

D = Decimal
GOALS = [GoalData("Ontmoeting", "Meer bewoners ontmoeten elkaar.", actions=(
    ActionData("Taalcafé", "Joost van der Berg", "hele jaar", D("1250.00")),))]


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


@pytest.mark.parametrize("role", ["coordinator", "beheerder"])
def test_coordinators_and_administrators_write_the_plan_and_the_trail_names_them(services, actors, role):
    plan = services.annual_plan.save(actors[role], 2027, title="Jaarplan 2027", introduction="", goals=GOALS,
                                     expected_version=None)
    assert plan.total == D("1250.00") and services.annual_plan.years(actors["alleen_lezen"]) == [2027]
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "annual_plan")).one()
    assert entry.username == role and entry.action == "create"
    assert entry.after["goals"][0]["actions"] == ["Taalcafé | Joost van der Berg | 1250.00 | None"]


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_treasurer_and_read_only_cannot_write_the_plan(services, actors, role):
    with pytest.raises(PermissionDenied) as error:
        services.annual_plan.save(actors[role], 2027, title="x", introduction="", goals=GOALS, expected_version=None)
    assert "jaarplan" in str(error.value)
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AnnualPlan)) == 0
    assert services.annual_plan.get(actors[role], 2027).id is None


def test_a_second_editor_with_an_old_version_is_refused(services, admin):
    first = services.annual_plan.save(admin, 2027, title="A", introduction="", goals=GOALS, expected_version=None)
    services.annual_plan.save(admin, 2027, title="B", introduction="", goals=GOALS, expected_version=first.version)
    with pytest.raises(StaleRecord):
        services.annual_plan.save(admin, 2027, title="C", introduction="", goals=[], expected_version=first.version)
    assert services.annual_plan.get(admin, 2027).title == "B"


def test_bad_input_is_refused_in_dutch_with_the_goal_number(services, admin):
    goals = [GoalData("", "", actions=(ActionData(" ", budget=D("-1")),))]
    with pytest.raises(ValidationError) as error:
        services.annual_plan.save(admin, 1999, title="", introduction="", goals=goals, expected_version=None)
    text = str(error.value)
    assert "1999 is geen jaar" in text and "noem het thema of de werkgroep" in text and "rij 1" in text
    with pytest.raises(NotFound):
        services.annual_plan.save(admin, 2027, title="", introduction="", expected_version=None, goals=[
            GoalData("Groen", actions=(ActionData("Bankjes", application_id=4242),))])
    assert services.annual_plan.years(admin) == []


def test_a_goal_named_after_a_working_group_or_theme_is_linked_to_it(services, admin):
    from app.db.models import Theme, WorkingGroup

    with services.db.unit_of_work() as uow:
        uow.session.add_all([Theme(name="Ontmoeting"), WorkingGroup(name="Tuingroep")])
        uow.commit()
    plan = services.annual_plan.save(admin, 2027, title="", introduction="", expected_version=None, goals=[
        GoalData("ontmoeting", "Elkaar zien."), GoalData("Tuingroep", "Een groene buurt."), GoalData("Overig", "")])
    assert [(g.theme_name, g.working_group_name) for g in plan.goals] == [
        ("Ontmoeting", ""), ("", "Tuingroep"), ("", "")]
