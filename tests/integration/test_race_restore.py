"""A restore while another program keeps saving (two processes on one SQLite file, released by a
barrier, several rounds): every change the other program was told was saved is either in the
restored database (saved after the restore) or in the copy of the old data the restore kept
(saved before it); changes during the restore are refused with a Dutch message. Never lost
silently, never a traceback."""

from __future__ import annotations

import json
import sqlite3
import time

from sqlalchemy import insert, select

from app.db.models import Volunteer
from app.services import Services, maintenance
from tests.integration.race import racing, rounds, url_of

ROUNDS = rounds(4)
WRITING_SECONDS = 2.5


def restore_or_write(db, round_no: int, index: int) -> str:
    from app.domain.errors import WijkhuisError
    from app.domain.permissions import Role
    from app.services.common.actor import Actor

    if index == 0:
        time.sleep(0.3)  # the writer is busy by then
        kept = maintenance.restore(db, Actor(1, "beheerder", "Fatima el Amrani", Role.ADMIN),
                                   db.sqlite_path.with_name("maandag.sqlite"))
        return json.dumps({"kept": str(kept)})
    outcomes = []
    deadline = time.monotonic() + WRITING_SECONDS
    n = 0
    while time.monotonic() < deadline:
        name = f"R{round_no}-{n}"
        n += 1
        try:
            with db.unit_of_work() as uow:
                uow.session.execute(insert(Volunteer).values(first_name=name, last_name="Schrijver",
                                                             availability=[], version=1))
                uow.commit()
            outcomes.append([name, "ok"])
        except WijkhuisError as error:
            outcomes.append([name, str(error)])
        time.sleep(0.005)
    return json.dumps({"writes": outcomes})


def _names(path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT first_name FROM volunteer")}
    finally:
        connection.close()


def test_a_restore_while_another_program_saves_loses_no_saved_change(sqlite_db):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    maintenance.backup(sqlite_db, admin, sqlite_db.sqlite_path.with_name("maandag.sqlite"))
    refusals = []
    with racing(url_of(sqlite_db), f"{__name__}:restore_or_write", ROUNDS) as race:
        for _round in range(ROUNDS):
            outcomes = race.go()
            assert not [o for o in outcomes if not o.startswith("ok")], outcomes
            results = [json.loads(o[len("ok: "):]) for o in outcomes]
            kept = next(r["kept"] for r in results if "kept" in r)
            writes = next(r["writes"] for r in results if "writes" in r)
            saved = {name for name, outcome in writes if outcome == "ok"}
            refusals += [outcome for _name, outcome in writes if outcome != "ok"]
            with sqlite_db.reader() as uow:
                now = set(uow.session.scalars(select(Volunteer.first_name)))
            lost = saved - now - _names(kept)
            assert not lost, f"saved but lost: {sorted(lost)}"
            assert maintenance.check(sqlite_db).ok
    assert refusals, "the writer never met the restore: the test proves nothing"
    assert all("zet een reservekopie van deze database terug" in r or "bezig" in r for r in refusals), refusals[:3]
