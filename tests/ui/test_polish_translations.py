"""No English left in the Dutch interface."""

from __future__ import annotations

import datetime as dt


def test_the_demo_summary_names_the_allowance_counts_in_dutch(sqlite_db):
    from app import demo

    counts = demo.build(sqlite_db, today=dt.date(2026, 11, 22))
    assert counts["Vergoedingsregelingen"] > 0 and counts["Vergoedingsregels"] > 0
    assert not [name for name in counts if name.startswith("Allowance")]
