"""The rules of the volunteer register, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import volunteers as rules
from app.domain.errors import ValidationError
from app.domain.volunteers import VogState, VolunteerInput
from app.importers.volunteers import match_heading, split_groups

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(("issued", "state"), [
    (None, VogState.MISSING),
    (dt.date(2023, 11, 22), VogState.EXPIRED),  # exactly three years: renew today
    (dt.date(2023, 11, 23), VogState.EXPIRING),
    (dt.date(2024, 1, 21), VogState.EXPIRING),  # due 21-01-2027, within 60 days
    (dt.date(2024, 1, 22), VogState.VALID),
])
def test_a_vog_is_valid_for_the_renewal_years_and_expiring_in_the_last_60_days(issued, state):
    assert rules.vog_state(issued, TODAY, 3) == state


def test_the_database_bounds_agree_with_the_vog_state_rule():
    bounds = rules.vog_bounds(TODAY, 3)
    for offset in range(-800, 10):
        issued = TODAY - dt.timedelta(days=800) + dt.timedelta(days=offset + 800)
        state = rules.vog_state(issued, TODAY, 3)
        if issued <= bounds.expired_until:
            assert state == VogState.EXPIRED
        elif issued <= bounds.expiring_until:
            assert state == VogState.EXPIRING
        else:
            assert state == VogState.VALID


def test_age_on_a_date_counts_whole_years_and_birthdays():
    assert rules.age_on(dt.date(2005, 11, 23), TODAY) == 20
    assert rules.age_on(dt.date(2005, 11, 22), TODAY) == 21
    assert rules.age_on(None, TODAY) is None


def test_anonymisation_is_proposed_the_set_months_after_the_end_date_of_someone_who_stopped():
    assert rules.is_anonymisation_due("gestopt", dt.date(2024, 11, 22), False, TODAY, 24)
    assert not rules.is_anonymisation_due("gestopt", dt.date(2024, 11, 23), False, TODAY, 24)
    assert not rules.is_anonymisation_due("actief", dt.date(2020, 1, 1), False, TODAY, 24)
    assert not rules.is_anonymisation_due("gestopt", dt.date(2020, 1, 1), True, TODAY, 24)


@pytest.mark.parametrize(("text", "parts"), [
    ("Piet van der Berg", ("Piet", "van der", "Berg")),
    ("Berg, Piet van der", ("Piet", "van der", "Berg")),
    ("Jan van 't Hek", ("Jan", "van 't", "Hek")),
    ("Anna Maria de Vries", ("Anna Maria", "de", "Vries")),
    ("Mohamed Bouzid", ("Mohamed", "", "Bouzid")),
])
def test_a_full_name_is_split_into_first_name_tussenvoegsel_and_last_name(text, parts):
    assert rules.split_full_name(text) == parts


def test_validation_normalises_and_names_every_problem_in_dutch():
    clean = rules.validate_volunteer(VolunteerInput(
        first_name=" Anna ", last_name="de  Vries", iban="nl91 abna 0417 1643 00", postcode="6828ab",
        email="Anna@Example.NL", date_of_birth="14-03-1980", start_date="2020-02-01"), TODAY)
    assert (clean["first_name"], clean["last_name"], clean["iban"], clean["postcode"], clean["email"]) == (
        "Anna", "de Vries", "NL91ABNA0417164300", "6828 AB", "anna@example.nl")
    assert clean["date_of_birth"] == dt.date(1980, 3, 14) and clean["start_date"] == dt.date(2020, 2, 1)
    with pytest.raises(ValidationError) as caught:
        rules.validate_volunteer(VolunteerInput(
            first_name="", last_name="X", date_of_birth="31-02-2026", iban="NL00ABNA0417164300",
            start_date="01-01-2026", end_date="01-01-2025", vog_seen_on="01-01-2026", status="gestopt"), TODAY)
    problems = {p.field: p.message for p in caught.value.problems}
    assert problems["first_name"] == "is verplicht"
    assert problems["date_of_birth"] == "31-02-2026 is geen bestaande datum"
    assert "controlegetal" in problems["iban"]
    assert problems["end_date"] == "ligt vóór de startdatum"
    assert problems["vog_seen_by"] == "vul in wie het origineel heeft gezien"


@pytest.mark.parametrize(("heading", "field"), [
    ("Voornaam", "first_name"), ("First name", "first_name"), ("Tussenvoegsel", "infix"), ("Achternaam", "last_name"),
    ("Geboortedatum", "date_of_birth"), ("E-mailadres", "email"), ("Telefoonnummer", "phone"), ("Mobiel", "phone"),
    ("Straat en huisnummer", "street"), ("Adres", "street"), ("Postcode", "postcode"), ("Woonplaats", "town"),
    ("Plaats", "town"), ("IBAN", "iban"), ("Werkgroep(en)", "working_groups"), ("VOG afgegeven", "vog_issued_on"),
    ("VOG datum", "vog_issued_on"), ("Lid sinds", "start_date"), ("Startdatum", "start_date"),
    ("Opmerkingen", "notes"), ("Telefoonnummer (mobiel)", "phone"), ("Date of birth", "date_of_birth"),
    ("Schoenmaat", None),
])
def test_headings_in_peoples_own_words_map_to_fields(heading, field):
    assert match_heading(heading) == field


def test_several_groups_in_one_cell_are_split_on_semicolons_and_commas_once_each():
    assert split_groups("Tuinploeg; Koffie, Bar ; tuinploeg") == ("Tuinploeg", "Koffie", "Bar")
