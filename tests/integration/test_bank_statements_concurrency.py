"""Two treasurers importing the same statement at the same moment: it is imported exactly once.
Real processes, released together by a barrier, many rounds, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal

from sqlalchemy import func, select

from app.db.models import BankStatement, InvoicePayment, PaymentTransfer
from tests.integration.bank_helpers import BOOKED, CENTRE_IBAN, make_world, statement
from tests.integration.camt_helpers import Tx, camt053

ROUNDS = 6


def _importer(url: str, actor, files: list[bytes], barrier, results) -> None:
    from app.db.database import Database
    from app.services import Services

    db = Database(url)
    services = Services.for_database(db)
    for number, data in enumerate(files):
        barrier.wait(60)
        result = services.bank_statements.import_statement(actor, data, f"ronde-{number}.xml")
        results.put((number, "again" if result.already_imported else "new"))
    db.dispose()


def _race(db, importer, actor, files_per_process: list[list[bytes]]) -> list[tuple[int, str]]:
    """Two processes, each importing its files round by round, released together by a barrier
    at every round; their (round, outcome) pairs."""
    url = db.url.render_as_string(hide_password=False)
    db.dispose()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(files_per_process))
    results = context.Queue()
    processes = [context.Process(target=importer, args=(url, actor, files, barrier, results))
                 for files in files_per_process]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for files in files_per_process for _file in files]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return outcomes


def test_the_same_statement_imported_at_once_by_two_processes_counts_once(db, services, admin):
    world = make_world(services, db, admin)
    files = [statement(world)] + [
        camt053(CENTRE_IBAN, f"R{n}", [Tx(Decimal("1.00"), True, BOOKED + dt.timedelta(days=n), "",
                                          "Factuur 2026-0002 termijn", ref=f"R{n}-1")])
        for n in range(1, ROUNDS)]
    outcomes = _race(db, _importer, admin, [files, files])
    for number in range(ROUNDS):
        assert sorted(o for n, o in outcomes if n == number) == ["again", "new"], number
    with db.reader() as uow:
        session = uow.session
        assert session.scalar(select(func.count()).select_from(BankStatement)) == ROUNDS
        assert session.scalar(select(func.count()).select_from(InvoicePayment)) == 2 + ROUNDS - 1
        assert session.scalar(select(func.sum(InvoicePayment.amount))) == Decimal("56.00") + Decimal("50.00") + ROUNDS - 1
        assert sorted(session.scalars(select(PaymentTransfer.state))) == ["bevestigd", "teruggeboekt", "verstuurd"]


def _overlapping_importer(url: str, actor, files: list[bytes], barrier, results) -> None:
    from app.db.database import Database
    from app.domain.errors import Conflict
    from app.services import Services

    db = Database(url)
    services = Services.for_database(db)
    for number, data in enumerate(files):
        barrier.wait(60)
        try:
            result = services.bank_statements.import_statement(actor, data, f"ronde-{number}.sta")
            results.put((number, f"paid {result.invoice_payments}, known {result.known}"))
        except Conflict as refused:
            results.put((number, f"refused: {refused}"))
    db.dispose()


def test_two_overlapping_mt940_downloads_imported_at_once_book_a_payment_once(db, services, admin):
    """Two treasurers, each with their own download of overlapping days (the statements named
    differently, the lines without bank references): the payment both files hold is booked once;
    whoever comes second either sees it as known or is asked to import again."""
    from tests.integration.mt940_helpers import mt940

    make_world(services, db, admin)
    rounds = []
    for n in range(1, ROUNDS + 1):
        day = BOOKED + dt.timedelta(days=n)
        payment = Tx(Decimal("1.00"), True, day, "", f"Factuur 2026-0002 termijn {n}", "Bakkerij Jansen B.V.",
                     "NL13TEST0123456789")
        own = [Tx(Decimal(f"0.0{k}"), True, day, "", f"fooi {n}-{k}", "A. de Wit", "NL81TRIO0212471066") for k in (1, 2)]
        rounds.append([mt940(CENTRE_IBAN, f"P{n}A", [payment, own[0]], day=day, bank_references=False),
                       mt940(CENTRE_IBAN, f"P{n}B", [payment, own[1]], day=day, bank_references=False)])
    outcomes = _race(db, _overlapping_importer, admin, [[r[0] for r in rounds], [r[1] for r in rounds]])
    for number in range(ROUNDS):
        mine = [o for n, o in outcomes if n == number]
        assert mine.count("paid 1, known 0") == 1, mine
        other = next(o for o in mine if o != "paid 1, known 0")
        assert other == "paid 0, known 1" or other.startswith("refused: Een collega"), mine
    with db.reader() as uow:
        payments = uow.session.scalars(select(InvoicePayment.amount)).all()
    assert sorted(payments) == [Decimal("1.00")] * ROUNDS
