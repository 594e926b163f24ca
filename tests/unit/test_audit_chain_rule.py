"""The hash chain's rule: stable, sensitive to every field, and the same as the frozen copy in
migration 0011_audit_chain (which linked the entries that were there before)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest

from app.domain.audit.chain import GENESIS, HASHED_FIELDS, canonical, entry_hash
from app.resources import migrations_path

ENTRY = {
    "at": dt.datetime(2026, 12, 6, 1, 2, 3, 456789, tzinfo=dt.UTC), "user_id": 1, "username": "beheerder",
    "action": "update", "entity": "centre", "entity_id": "1", "before": {"town": "Ede", "n": (1, 2)},
    "after": {"town": "Zwolle", "n": [1, 2]}, "detail": "",
}


def _migration_hash():
    path = next((migrations_path() / "versions").glob("0011_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0011", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._entry_hash


def test_the_content_is_sorted_compact_json_with_the_time_in_utc():
    text = canonical({**ENTRY, "at": ENTRY["at"].astimezone(dt.timezone(dt.timedelta(hours=1)))})
    assert json.loads(text)["at"] == "2026-12-06T01:02:03.456789+00:00"
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_what_the_database_gives_back_hashes_the_same_as_what_was_written():
    read_back = {**ENTRY, "at": ENTRY["at"].replace(tzinfo=None), "before": {"n": [1, 2], "town": "Ede"}}
    assert entry_hash(GENESIS, read_back) == entry_hash(GENESIS, ENTRY)


@pytest.mark.parametrize("field", HASHED_FIELDS)
def test_every_field_changes_the_hash(field):
    changed = {**ENTRY, field: dt.datetime(2020, 1, 1, tzinfo=dt.UTC) if field == "at" else "anders"}
    assert entry_hash(GENESIS, changed) != entry_hash(GENESIS, ENTRY)
    assert entry_hash("1" * 64, ENTRY) != entry_hash(GENESIS, ENTRY)


def test_the_migration_links_old_entries_with_the_same_rule():
    migration_hash = _migration_hash()
    for entry in (ENTRY, {**ENTRY, "at": "2026-12-06 01:02:03.456789", "before": None, "detail": None}):
        expected = entry_hash(GENESIS, {**entry, "at": dt.datetime.fromisoformat(entry["at"])}
                              if isinstance(entry["at"], str) else entry)
        assert migration_hash(GENESIS, entry) == expected
