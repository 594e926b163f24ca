"""Themes and working groups with goals, members (volunteers and residents) and VOG needs."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.volunteers import VolunteerInput
from app.services.volunteers import GroupInput

TODAY = dt.date.today()


def test_a_group_per_theme_with_goals_dates_and_a_vog_requirement(services, actors):
    coordinator = actors["coordinator"]
    theme = services.working_groups.save_theme(coordinator, "Jeugd en kansrijk opgroeien")
    group = services.working_groups.save_group(coordinator, GroupInput(
        "Huiswerkbegeleiding", theme.id, "Elke schooldag hulp bij huiswerk", "Ouders betrekken",
        TODAY.replace(year=TODAY.year - 1), TODAY + dt.timedelta(days=30), requires_vog=True))
    assert (group.theme, group.requires_vog, group.goal_state) == ("Jeugd en kansrijk opgroeien", True, "near")
    past = services.working_groups.save_group(coordinator, GroupInput("Opschoonploeg", end_date=TODAY - dt.timedelta(days=1)))
    later = services.working_groups.save_group(coordinator, GroupInput("Wijkkrant", end_date=TODAY + dt.timedelta(days=300)))
    due = {g.name: g.goal_state for g in services.working_groups.goals_due(coordinator)}
    assert due == {"Huiswerkbegeleiding": "near", "Opschoonploeg": "past"}
    assert later.goal_state == "" and past.goal_state == "past"


def test_names_are_unique_and_dates_in_order_with_dutch_messages(services, admin):
    services.working_groups.save_group(admin, GroupInput("Bar"))
    with pytest.raises(ValidationError) as caught:
        services.working_groups.save_group(admin, GroupInput("bar"))
    assert caught.value.for_field("name") == ["er bestaat al een werkgroep met de naam bar"]
    with pytest.raises(ValidationError) as caught:
        services.working_groups.save_group(admin, GroupInput("Tuin", start_date=TODAY, end_date=TODAY - dt.timedelta(days=1)))
    assert caught.value.for_field("end_date") == ["ligt vóór de startdatum"]


def test_members_are_volunteers_and_residents_and_groups_per_person_show_in_the_list(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Kinderclub", requires_vog=True))
    other = services.working_groups.save_group(admin, GroupInput("Bar"))
    anna = services.volunteers.create(admin, VolunteerInput(first_name="Anna", last_name="Vries", phone="0612345678"))
    services.working_groups.add_volunteer(admin, group.id, anna.id)
    services.working_groups.add_volunteer(admin, other.id, anna.id)
    services.working_groups.add_resident(admin, group.id, "Mevrouw Bakker", "026 123 4567", "ouder")
    members = services.working_groups.members(admin, group.id)
    assert [(m.name, m.is_resident) for m in members] == [("Anna Vries", False), ("Mevrouw Bakker", True)]
    assert members[0].vog_flag == "geen VOG, nodig voor Kinderclub"
    assert services.volunteers.search(admin).rows[0].groups == "Bar, Kinderclub"
    services.working_groups.remove_member(admin, members[1].id)
    assert len(services.working_groups.members(admin, group.id)) == 1


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_only_roles_that_edit_volunteers_change_groups(services, actors, role):
    group = services.working_groups.save_group(actors["beheerder"], GroupInput("Bar"))
    with pytest.raises(PermissionDenied):
        services.working_groups.save_group(actors[role], GroupInput("Tuin"))
    with pytest.raises(PermissionDenied):
        services.working_groups.save_theme(actors[role], "Veilig en schoon")
    with pytest.raises(PermissionDenied):
        services.working_groups.add_resident(actors[role], group.id, "X")
    assert [g.name for g in services.working_groups.groups(actors[role])] == ["Bar"]
