"""Clean text at the edge (app/domain/clean_text.py): control characters and unpaired
surrogates go, everything a person types stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text.clean import clean, clean_cell, has_unwanted


def test_control_characters_and_lone_surrogates_are_removed():
    assert clean("Pi\x07et\x00 Jan\x1bsen\x7f") == "Piet Jansen"
    assert clean("a\ud800b\udfffc") == "abc"


def test_tabs_line_breaks_accents_and_emoji_stay():
    text = "Zoë Çelik\tOpmerking:\r\nregel 2 – 😀 ĳ"
    assert clean(text) == text and not has_unwanted(text)


def test_cells_other_than_text_are_left_alone():
    assert clean_cell(12) == 12 and clean_cell(None) is None and clean_cell("a\x01") == "a"


@given(st.text())
def test_cleaned_text_never_holds_anything_unwanted_and_cleaning_twice_changes_nothing(text):
    once = clean(text)
    assert not has_unwanted(once) and clean(once) == once
    assert all(ch in text for ch in once)
