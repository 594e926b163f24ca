"""Real races: two (or more) processes, each with its own connections, released together by a
barrier, round after round. A worker reports "ok: …", "refused: <the message>" (a WijkhuisError:
what the user sees) or "crash: <traceback>" — a test asserts exactly one "ok" and no "crash".

The workers are started once per test with the `spawn` method (no state shared with pytest's
process) and wait at the barrier for every round; the test prepares a round, then joins the
barrier itself and collects one outcome per worker.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

TIMEOUT = 90
ROUNDS_ENV = "WIJKHUIS_RACE_ROUNDS"  # more rounds for a measurement: WIJKHUIS_RACE_ROUNDS=50


def rounds(default: int) -> int:
    return int(os.environ.get(ROUNDS_ENV) or default)


def _worker(url: str, action: str, rounds: int, index: int, barrier, results) -> None:
    from app.db.database import Database
    from app.domain.errors import WijkhuisError

    module, name = action.rsplit(":", 1)
    function = getattr(importlib.import_module(module), name)
    db = Database(url)
    try:
        for round_no in range(rounds):
            payload = results_payload = None
            barrier.wait(TIMEOUT)
            try:
                payload = function(db, round_no, index)
                results_payload = f"ok: {payload}"
            except WijkhuisError as error:
                results_payload = f"refused: {error}"
            except BaseException:  # noqa: BLE001 - the test shows it
                results_payload = f"crash: {traceback.format_exc()}"
            results.put((round_no, index, results_payload))
    finally:
        db.dispose()


class Race:
    def __init__(self, barrier, results, workers: int):
        self._barrier = barrier
        self._results = results
        self.workers = workers

    def go(self) -> list[str]:
        """Release the workers for one round; their outcomes, sorted."""
        self._barrier.wait(TIMEOUT)
        return sorted(self._results.get(timeout=TIMEOUT)[2] for _ in range(self.workers))


@contextmanager
def racing(url: str, action: str, rounds: int, workers: int = 2) -> Iterator[Race]:
    """`action` is "module:function"; the function takes (Database, round number, worker index)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers + 1)
    results = context.Queue()
    processes = [context.Process(target=_worker, args=(url, action, rounds, i, barrier, results), daemon=True)
                 for i in range(workers)]
    for process in processes:
        process.start()
    try:
        yield Race(barrier, results, workers)
    finally:
        barrier.abort()
        for process in processes:
            process.join(timeout=TIMEOUT)
            if process.is_alive():
                process.kill()


def url_of(db: Any) -> str:
    return db.url.render_as_string(hide_password=False)


def exactly_one_ok(outcomes: list[str], refused_with: Callable[[str], bool] = lambda _m: True) -> None:
    crashes = [o for o in outcomes if o.startswith("crash")]
    assert not crashes, crashes[0]
    oks = [o for o in outcomes if o.startswith("ok")]
    assert len(oks) == 1, outcomes
    for refused in (o for o in outcomes if o.startswith("refused")):
        assert refused_with(refused), refused
