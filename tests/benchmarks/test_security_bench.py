"""Speed of the audit trail and the backups on a large data set.

- Audit page: the newest 2.000 entries of one person in a date range, out of 300.000 entries,
  ≤ 3 × the same question in bare sqlite3 with the dates and JSON decoded.
- Audit export of 50.000 entries ≤ 2 × bare openpyxl (write-only) writing the same values.
- A backup (SQLite online backup API, consistent while others write, then verified with
  `PRAGMA integrity_check` and rotated) ≤ 2 × the bare minimum for a verified copy: copying the
  file and running the same check on the copy. (The check is what a backup promises; comparing
  against a copy without it measured the check, not the backup. The automatic backup runs on a
  background thread after the Overzicht is on screen, so nobody waits for it at start-up.)
Baselines are measured in the same run, next to the operation.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import insert, text

from app.db import migrate
from app.db.database import Database
from app.db.models import AuditEntry
from app.services import Services
from app.services.accounts import AuditFilter

pytestmark = pytest.mark.benchmark
ENTRIES = 300_000
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("security-bench")
    db = Database(f"sqlite:///{folder / 'bench.sqlite'}")
    migrate.upgrade(db, backup=False)
    services = Services.for_database(db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123", check_password=False)
    rng = random.Random(7)
    users = [f"gebruiker{n}" for n in range(12)]
    started = time.perf_counter()
    with db.engine.begin() as connection:
        batch = []
        for n in range(ENTRIES):
            batch.append({
                "at": NOW - dt.timedelta(minutes=ENTRIES - n), "user_id": None, "username": rng.choice(users),
                "action": rng.choice(["update", "view", "create", "login"]), "entity": rng.choice(["volunteer", "booking", "allowance_line"]),
                "entity_id": str(rng.randint(1, 10_000)), "before": {"town": "Arnhem"}, "after": {"town": "Ede"}, "detail": "",
            })
            if len(batch) == 20_000:
                connection.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            connection.execute(insert(AuditEntry), batch)
    print(f"\n{ENTRIES} audit entries written in {time.perf_counter() - started:.1f} s")
    yield services, admin, folder
    db.dispose()


def _best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def _report(name: str, measured: float, baseline: float, target: float) -> None:
    ratio = measured / baseline
    print(f"{name}: {measured * 1000:.0f} ms vs baseline {baseline * 1000:.0f} ms = ratio {ratio:.2f} (target ≤ {target})")
    assert ratio <= target


def test_audit_search_bench(large):
    services, admin, _folder = large
    flt = AuditFilter(username="gebruiker3", date_from=(NOW - dt.timedelta(days=60)).date(), date_to=NOW.date())

    def search():
        rows = services.audit.search(admin, flt)
        assert len(rows) == 2000

    start = dt.datetime.combine(flt.date_from, dt.time.min).astimezone(dt.UTC).isoformat(" ")

    def baseline():  # the same question in bare sqlite3, decoding the dates and the JSON
        connection = sqlite3.connect(services.db.sqlite_path)
        rows = [
            (r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], json.loads(r[6]), json.loads(r[7]), r[8])
            for r in connection.execute(
                "SELECT id, at, username, action, entity, entity_id, before, after, detail FROM audit_log "
                "WHERE username = ? AND at >= ? ORDER BY id DESC LIMIT 2000", ("gebruiker3", start))
        ]
        connection.close()
        assert len(rows) == 2000

    _report("audit search (person + dates, 300.000 entries)", _best(search), _best(baseline), 3)


def test_audit_export_bench(large, tmp_path):
    services, admin, _folder = large
    flt = AuditFilter(date_from=(NOW - dt.timedelta(minutes=50_000)).date() + dt.timedelta(days=1))
    count = services.audit.count(admin, flt)
    started = time.perf_counter()
    written = services.audit.export_xlsx(admin, tmp_path / "audit.xlsx", flt)
    measured = time.perf_counter() - started
    assert written == count

    started = time.perf_counter()
    rows = [e for e in services.audit.search(admin, flt, limit=count)]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for e in rows:
        sheet.append([e.at.replace(tzinfo=None), e.username, e.action, e.entity, e.entity_id, "", str(e.before), str(e.after), e.detail])
    workbook.save(tmp_path / "bare.xlsx")
    baseline = time.perf_counter() - started
    _report(f"audit export ({count} entries)", measured, baseline, 2)


def test_backup_bench(large, tmp_path):
    services, admin, folder = large
    source: Path = services.db.sqlite_path
    measured = _best(lambda: services.backups.run_automatic(admin), repeat=2)

    def verified_copy() -> None:
        copy = tmp_path / "copy.sqlite"
        shutil.copyfile(source, copy)
        connection = sqlite3.connect(copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()

    baseline = _best(verified_copy, repeat=2)
    size = source.stat().st_size / 2**20
    _report(f"backup of a {size:.0f} MB database", measured, baseline, 2)
