"""One Dutch word per concept: the glossary in README.md ("Glossary") holds for every catalogue,
and an English string has one Dutch translation across the .po (app/) and .ts (ui/) files,
except the few whose meaning depends on where they stand."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]

# Same English, different meaning (README, below the glossary).
CONTEXT_DEPENDENT = {"Action", "Contact", "Credit invoice", "From", "Town", "hours", "to"}


def translations() -> dict[str, dict[str, str]]:
    """English source → {Dutch translation: where}."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for po in sorted((ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                if message.id and isinstance(message.id, str) and message.string:
                    found[message.id].setdefault(message.string, po.name)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                if message.get("numerus") != "yes" and message.findtext("translation"):
                    where = f"{ts.name}:{context.findtext('name')}"
                    found[message.findtext("source")].setdefault(message.findtext("translation"), where)
    return found


def glossary() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### Glossary", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|", section, flags=re.MULTILINE)
    return {english: dutch for english, dutch in rows if english not in ("English", "---")}


def test_the_glossary_is_in_the_readme_and_names_the_funder():
    assert glossary()["Funder"] == "Subsidiegever"
    assert len(glossary()) >= 8


def test_every_catalogue_uses_the_glossary_word():
    found = translations()
    wrong = {english: found[english] for english, dutch in glossary().items()
             if english in found and set(found[english]) != {dutch}}
    assert not wrong


def test_an_english_string_has_one_dutch_translation_in_all_catalogues():
    differing = {english: dutch for english, dutch in translations().items()
                 if len(dutch) > 1 and english not in CONTEXT_DEPENDENT}
    assert not differing
