"""Speed of the volunteer list at 10.000 people (the large demo set), each figure beside the raw
query for the same rows, measured in the same run:

- first rows: building the Vrijwilligers page and showing its first rows, against the raw SQL
  that counts the register and reads the first page;
- filter keystroke: typing one more letter in the search box until the list shows the new
  rows, against the raw SQL count + first page for the same text.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time

import pytest
from PySide6.QtCore import QEvent, QObject

from app import demo
from app.db import migrate
from app.db.database import Database
from app.services import Services

pytestmark = pytest.mark.benchmark

FIRST_ROWS_TARGET_MS = 150
KEYSTROKE_TARGET_MS = 30
# The raw queries on an idle 2-core machine (median, 10.000 people). When the same run's raw query
# is slower — a loaded or slower machine — the target grows by the same factor: the ratio to the
# raw query is what is held, the millisecond target is what it means on an ordinary machine.
IDLE_FIRST_ROWS_BASELINE_MS = 3.1
IDLE_KEYSTROKE_BASELINE_MS = 5.7
LIKE = ("first_name LIKE ? OR infix LIKE ? OR last_name LIKE ? OR email LIKE ? OR town LIKE ? OR phone LIKE ?")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "groot.sqlite"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    areas = demo.AREAS
    demo.AREAS = ["app.demo.core", "app.demo.volunteers"]  # only what this benchmark reads
    try:
        started = time.perf_counter()
        counts = demo.build(db, size="large", today=dt.date.today())
        print(f"\nlarge volunteer set built in {time.perf_counter() - started:.1f} s: {counts}")
    finally:
        demo.AREAS = areas
    yield db, path
    db.dispose()


def _raw(path, text: str | None, limit: int = 40) -> float:  # the rows the page shows first
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        where, args = "anonymised_at IS NULL", []
        if text:
            where += f" AND ({LIKE})"
            args = [f"%{text}%"] * 6
        connection.execute(f"SELECT count(id) FROM volunteer WHERE {where}", args).fetchone()
        connection.execute(
            "SELECT id, first_name, infix, last_name, email, phone, town, iban, status, vog_issued_on, anonymised_at "
            f"FROM volunteer WHERE {where} ORDER BY last_name, first_name, id LIMIT {limit}", args).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _report(name: str, ms: float, baseline: float, target: float, idle_baseline: float) -> float:
    allowed = target * max(1.0, baseline / idle_baseline)
    print(f"{name}: {ms:.1f} ms vs baseline {baseline:.1f} ms = ratio {ms / baseline:.1f} "
          f"(target ≤ {target} ms, ratio ≤ {target / idle_baseline:.0f}; allowed in this run {allowed:.0f} ms)")
    return allowed


class FirstPaint(QObject):
    """Notes when the list's viewport is first painted with rows in it: the moment a user
    sees the first volunteers."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.at: float | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None and self.page.model.rowCount():
            self.at = time.perf_counter()
        return False


def test_the_volunteer_list_shows_its_first_rows_within_150_ms(qapp, qsettings, large):
    from ui import style
    from ui.context import DataBus, PageContext
    from ui.pages.volunteers.page import create_page

    style.apply(qapp)  # the real window's style sheet: polishing widgets is part of the cost
    db, path = large
    services = Services.for_database(db)
    actor = services.users.authenticate("coordinator", "demo")
    create_page(PageContext(services, actor, DataBus())).refresh()  # warm-up: imports and statement cache
    timings, baselines = [], []
    for _ in range(5):
        started = time.perf_counter()
        page = create_page(PageContext(services, actor, DataBus()))
        painted = FirstPaint(page)
        page.table.viewport().installEventFilter(painted)
        page.resize(1366, 768)
        page.show()
        page.refresh()
        while painted.at is None and time.perf_counter() - started < 5:
            qapp.processEvents()
        assert page.model.rowCount() > 0 and page.model.total == 10_000 and painted.at is not None
        timings.append((painted.at - started) * 1000)
        qapp.processEvents()  # the detail form follows; not part of "first rows"
        page.deleteLater()
        baselines.append(_raw(path, None))
    # best of five: what the work costs, without the moments the scheduler gave the CPU to others
    ms, baseline = min(timings), min(baselines)
    allowed = _report("volunteer list first rows (10.000 people), best of 5", ms, baseline, FIRST_ROWS_TARGET_MS,
                      IDLE_FIRST_ROWS_BASELINE_MS)
    assert ms <= allowed


def test_a_filter_keystroke_updates_the_list_within_30_ms(qapp, qsettings, large):
    from ui import style
    from ui.context import DataBus, PageContext
    from ui.pages.volunteers.page import create_page

    db, path = large
    services = Services.for_database(db)
    actor = services.users.authenticate("coordinator", "demo")
    style.apply(qapp)
    page = create_page(PageContext(services, actor, DataBus()))
    page.resize(1366, 768)
    page.show()
    page.refresh()
    qapp.processEvents()
    words = ["anna", "bakker", "arnhem", "vries", "jan", "rotterdam", "fleur", "smit", "hek", "meer"]
    random.Random(1).shuffle(words)
    timings, baselines = [], []
    for word in words:
        for end in range(1, len(word) + 1):
            tries = []
            for _ in range(3):  # best of three per keystroke, as for the raw query
                page.search.setText(word[: end - 1])
                qapp.processEvents()
                started = time.perf_counter()
                page.search.setText(word[:end])  # what one keystroke does: filter in the database, show rows
                qapp.processEvents()
                tries.append((time.perf_counter() - started) * 1000)
            timings.append(min(tries))
            baselines.append(min(_raw(path, word[:end]) for _ in range(3)))
    ms, baseline = statistics.median(timings), statistics.median(baselines)
    worst = max(timings)
    p90 = statistics.quantiles(timings, n=10)[-1]
    allowed = _report(f"volunteer filter keystroke, median of {len(timings)} (10.000 people)", ms, baseline,
                      KEYSTROKE_TARGET_MS, IDLE_KEYSTROKE_BASELINE_MS)
    print(f"  90th percentile {p90:.1f} ms, slowest {worst:.1f} ms")
    assert ms <= allowed
