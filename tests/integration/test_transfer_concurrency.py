"""Two or three administrators transfer into the same empty database at the same moment (real
processes released by a barrier, several rounds, a server database and a new SQLite file):
exactly one copy lands, the others are refused, and nothing is mixed."""

from __future__ import annotations

import multiprocessing
from contextlib import ExitStack

import pytest

from app.db import migrate
from app.db.database import Database
from app.services import Services
from tests.integration.transfer_helpers import all_rows, blank_postgres_database, transfer_rounds

INSTANCES = 3
ROUNDS = 4


def _sources(tmp_path) -> list[tuple[str, object]]:
    sources = []
    for index in range(INSTANCES):
        db = Database(f"sqlite:///{tmp_path / f'centrum{index}.sqlite'}")
        migrate.upgrade(db, backup=False)
        actor = Services.for_database(db).users.initialise(f"Centrum {index}", "beheerder", "", "geheim123")
        db.dispose()
        sources.append((db.url.render_as_string(hide_password=False), actor))
    return sources


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_only_one_of_several_simultaneous_transfers_lands(kind, tmp_path, request):
    sources = _sources(tmp_path)
    with ExitStack() as stack:
        if kind == "postgresql":
            server = request.getfixturevalue("postgres_template")
            targets = [stack.enter_context(blank_postgres_database(server)) for _ in range(ROUNDS)]
        else:
            (tmp_path / "doel").mkdir()
            targets = [f"sqlite:///{tmp_path / 'doel' / f'ronde{n}.sqlite'}" for n in range(ROUNDS)]
        context = multiprocessing.get_context("spawn")
        barrier, results = context.Barrier(INSTANCES), context.Queue()
        processes = [
            context.Process(target=transfer_rounds, args=(url, actor, targets, barrier, results))
            for url, actor in sources
        ]
        for process in processes:
            process.start()
        outcomes = [results.get(timeout=180) for _ in range(INSTANCES * ROUNDS)]
        for process in processes:
            process.join(60)
            assert process.exitcode == 0
        for index, target_url in enumerate(targets):
            this_round = sorted(outcome for n, _source, outcome in outcomes if n == index)
            assert this_round == ["ok"] + ["refused"] * (INSTANCES - 1), this_round
            winner = next(source for n, source, outcome in outcomes if n == index and outcome == "ok")
            source, target = Database(winner), Database(target_url)
            try:
                copied, original = all_rows(target), all_rows(source)
                assert copied["centre"] == original["centre"] and copied["user_account"] == original["user_account"]
                assert copied["audit_log"][:-1] == original["audit_log"]
            finally:
                source.dispose()
                target.dispose()
    if kind == "sqlite":
        assert sorted(path.name for path in (tmp_path / "doel").iterdir() if not path.name.endswith(("-wal", "-shm"))) == [
            f"ronde{n}.sqlite" for n in range(ROUNDS)
        ]  # no half-written .part files left behind
