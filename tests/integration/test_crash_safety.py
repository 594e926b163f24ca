"""Crash safety: the program is killed (SIGKILL, no clean-up at all) in the middle of a long
series of writes through the services, many times over. Afterwards `wijkhuis check` passes and
every change the program reported as committed is there, with its audit entry."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select

from app.db.models import AuditEntry
from app.services import maintenance

ROOT = Path(__file__).resolve().parents[2]

# Writes without end: a setting, and every third round the centre's details (a versioned
# record). After each commit it prints what it committed.
WRITER = textwrap.dedent(
    """
    import dataclasses, sys
    from app.db.database import Database
    from app.services import Services

    url, start = sys.argv[1], int(sys.argv[2])
    services = Services.for_database(Database(url))
    actor = services.users.authenticate("beheerder", "geheim123")
    print("ready", flush=True)
    n = start
    while True:
        services.settings.set(actor, f"crash.{n}", {"n": n, "text": "x" * 500})
        print(f"setting {n}", flush=True)
        if n % 3 == 0:
            details = services.settings.centre()
            services.settings.update_centre(actor, dataclasses.replace(details, contact_phone=f"06{n:08d}"))
            print(f"centre {n}", flush=True)
        n += 1
    """
)


def _run_and_kill(url: str, start: int, rng: random.Random) -> list[str]:
    """Start a writer, let it commit a random number of changes, kill it mid-write."""
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(start)], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    wanted = rng.randint(3, 40)
    buffer = b""
    deadline = time.monotonic() + 30
    try:
        while buffer.count(b"\n") < wanted + 1 and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 0.5)
            if ready:
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
        time.sleep(rng.random() * 0.01)  # somewhere inside the next write
    finally:
        process.send_signal(signal.SIGKILL)
        rest, err = process.communicate(timeout=10)
    buffer += rest
    assert process.returncode == -signal.SIGKILL, err.decode(errors="replace")
    lines = buffer.decode().split("\n")[:-1]  # a half-printed last line does not count
    assert lines and lines[0] == "ready", err.decode(errors="replace")
    return lines[1:]


@pytest.mark.parametrize("rounds", [20])
def test_killing_the_program_mid_write_loses_no_committed_change_and_leaves_a_sound_database(
    db, services, admin, rounds
):
    rounds = rounds if db.is_sqlite else rounds // 2
    url = db.url.render_as_string(hide_password=False)
    rng = random.Random(7)
    committed_settings: set[int] = set()
    last_centre = -1
    started = time.monotonic()
    for round_number in range(rounds):
        for line in _run_and_kill(url, round_number * 100_000, rng):
            kind, number = line.split()
            if kind == "setting":
                committed_settings.add(int(number))
            else:
                last_centre = max(last_centre, int(number))
    assert time.monotonic() - started < 120
    assert len(committed_settings) >= rounds * 3

    assert maintenance.check(db).ok, maintenance.check(db).problems
    values = services.settings.all_values()
    missing = [n for n in committed_settings if values.get(f"crash.{n}", {}).get("n") != n]
    assert not missing, f"committed but lost: {missing[:10]}"
    phone = services.settings.centre().contact_phone
    assert last_centre >= 0 and int(phone[2:]) >= last_centre
    with db.reader() as uow:
        audited = set(uow.session.scalars(
            sql_select(AuditEntry.entity_id).where(AuditEntry.entity == "setting")
        ))
    assert {f"crash.{n}" for n in committed_settings} <= audited


def test_wijkhuis_check_passes_on_a_file_after_a_kill(sqlite_db, tmp_path):
    from app.services import Services

    services = Services.for_database(sqlite_db)
    services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    url = sqlite_db.url.render_as_string(hide_password=False)
    lines = _run_and_kill(url, 0, random.Random(3))
    assert lines
    result = subprocess.run(
        [sys.executable, "-m", "app", "--database-url", url, "check"], cwd=ROOT,
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stdout or "sound" in result.stdout
