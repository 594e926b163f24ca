"""Every validator and parser of typed or imported text, fed random input (hypothesis): it
returns a clean value or refuses with a message (ValueError or a WijkhuisError) — never
another exception, never an empty message."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError, WijkhuisError

# (module, function): text in, clean value out or ValueError. A function an area has not
# written yet is skipped; one that disappears is reported by the last test below.
TEXT_VALIDATORS = [
    ("app.domain.validation", "iban"),
    ("app.domain.validation", "postcode"),
    ("app.domain.validation", "email"),
    ("app.domain.validation", "phone"),
    ("app.domain.validation", "kvk_number"),
    ("app.domain.validation", "required_text"),
    ("app.domain.validation", "mask_iban"),
    ("app.domain.formatting", "parse_money"),
    ("app.domain.formatting", "parse_date"),
    ("app.domain.volunteers", "parse_date_text"),
    ("app.domain.volunteers", "split_full_name"),
    ("app.domain.subsidies", "parse_round"),
    ("app.domain.bookings", "parse_hhmm"),
    ("app.services.rooms.exports", "parse_week"),
    ("app.services.rooms.exports", "parse_period"),
]

TYPED_TEXT = st.one_of(
    st.text(max_size=60),
    st.from_regex(r"\s*[A-Za-z]{2}\d{2}\s?[A-Z]{4}[\d ]{6,14}\s*", fullmatch=True),  # IBAN-like
    st.from_regex(r"\s*\d{4}\s?[A-Za-z]{2}\s*", fullmatch=True),  # postcode-like
    st.from_regex(r"[\d\-/.: ]{1,16}", fullmatch=True),  # dates, times, amounts
    st.from_regex(r"[€\s]*-?[\d.,]{1,14}", fullmatch=True),
    st.sampled_from(["", " ", "\x00", "=1+1", "NaN", "Infinity", "1e999", "31-02-2026", "24:00", "99:99", "--", "€"]),
)


def _function(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        pytest.skip(f"{module}.{name} does not exist (yet)")


@pytest.mark.parametrize(("module", "name"), TEXT_VALIDATORS)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TYPED_TEXT)
def test_a_text_validator_returns_a_value_or_refuses_with_a_message(module, name, text):
    function = _function(module, name)
    try:
        function(text)
    except (ValueError, WijkhuisError) as refusal:
        assert str(refusal).strip(), f"{name}({text!r}) refused without saying why"


def test_the_centre_form_validator_refuses_with_field_messages_or_cleans_everything():
    from app.services.settings import CentreDetails, validate_centre

    fields = [f.name for f in dataclasses.fields(CentreDetails) if f.name not in ("has_logo", "version")]

    @settings(max_examples=100, deadline=None)
    @given(values=st.fixed_dictionaries({name: TYPED_TEXT for name in fields}))
    def check(values):
        try:
            clean = validate_centre(CentreDetails(**values))
        except ValidationError as refusal:
            assert refusal.problems and all(p.field in fields and p.message for p in refusal.problems)
        else:
            assert clean.name.strip()

    check()


def test_the_volunteer_validator_refuses_with_field_messages_or_cleans_everything():
    rules = pytest.importorskip("app.domain.volunteers")
    if not hasattr(rules, "validate_volunteer") or not hasattr(rules, "VolunteerInput"):
        pytest.skip("no volunteer validator yet")
    text_fields = [
        f.name for f in dataclasses.fields(rules.VolunteerInput)
        if "str" in str(f.type) and "date" not in f.name
    ]

    @settings(max_examples=100, deadline=None)
    @given(values=st.fixed_dictionaries({name: TYPED_TEXT for name in text_fields}))
    def check(values):
        defaults = {}
        for f in dataclasses.fields(rules.VolunteerInput):
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and f.name not in values:
                defaults[f.name] = ""
        try:
            data = rules.VolunteerInput(**{**defaults, **values})
        except TypeError:
            pytest.skip("VolunteerInput needs arguments this test does not know")
        try:
            rules.validate_volunteer(data, dt.date(2026, 11, 22))
        except ValidationError as refusal:
            assert refusal.problems and all(p.message for p in refusal.problems)

    check()


def test_the_import_row_parser_never_crashes_on_odd_cells():
    importer = pytest.importorskip("app.importers.volunteers")
    from app.importers.spreadsheet import Sheet

    cells = st.one_of(
        st.none(), TYPED_TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
        st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(), st.booleans(),
    )
    header = ["Voornaam", "Achternaam", "Geboortedatum", "E-mail", "Telefoon", "IBAN", "Postcode", "Werkgroepen"]

    @settings(max_examples=100, deadline=None)
    @given(rows=st.lists(st.lists(cells, min_size=0, max_size=10), max_size=8))
    def check(rows):
        sheet = Sheet("Blad1", [(1, list(header))] + [(n + 2, row) for n, row in enumerate(rows)])
        try:
            plan = importer.analyse(sheet, today=dt.date(2026, 11, 22))
        except WijkhuisError as refusal:
            assert str(refusal).strip()
            return
        for row in plan.invalid:
            assert row.problems and all(p.message for p in row.problems)

    check()


def test_every_listed_validator_still_exists():
    missing = []
    for module, name in TEXT_VALIDATORS:
        try:
            function = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            missing.append(f"{module}.{name}")
            continue
        assert inspect.isfunction(function)
    assert len(missing) <= 2, f"validators gone (update this list): {missing}"
