"""Exactly-once invoicing in the database: two processes, released together by a barrier,
run the final invoice run of the same month (several rounds), then credit the same invoice.
Every booking ends on one final invoice, an invoice is credited once, the numbers stay
gapless, and the loser gets a Dutch message and leaves nothing behind. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import func, select

from app.db.models import Invoice, InvoiceBooking, InvoiceCounter, InvoiceLine
from app.domain.errors import Conflict
from app.services import Services
from tests.integration.rooms_helpers import draft, make_centre

ROUNDS = 4
MONTHS = [(dt.date(2027, m, 1), dt.date(2027, m, 28)) for m in range(1, ROUNDS + 1)]


def _worker(url: str, actor, barrier, results, invoice_ids_queue) -> None:
    from app.db.database import Database
    from app.domain.errors import WijkhuisError
    from app.i18n import set_language

    set_language("nl")
    db = Database(url)
    services = Services.for_database(db)
    for first, last in MONTHS:
        barrier.wait(60)
        try:
            made = services.invoices.run(actor, first, last, last + dt.timedelta(days=1))
            results.put(("run", "ok" if made else "nothing", len(made)))
        except WijkhuisError as error:
            results.put(("run", "refused", str(error)))
    for _round in range(ROUNDS):
        invoice_id = invoice_ids_queue.get(timeout=60)
        barrier.wait(60)
        try:
            services.invoices.credit(actor, invoice_id, "Dubbel verstuurd", dt.date(2027, 6, 1))
            results.put(("credit", "ok", invoice_id))
        except WijkhuisError as error:
            results.put(("credit", "refused", str(error)))
    db.dispose()


def _scenario(db) -> None:
    services = Services.for_database(db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    bookings = 0
    for first, _last in MONTHS:
        for offset, renter, room in ((0, centre.yoga.id, centre.hall.id), (7, centre.yoga.id, centre.hall.id),
                                     (0, centre.shop.id, centre.kitchen.id), (7, centre.shop.id, centre.kitchen.id)):
            day = first + dt.timedelta(days=offset + 4)
            while day.weekday() >= 5:  # the hall is closed on Sundays
                day += dt.timedelta(days=1)
            services.bookings.create(admin, draft(centre, day, "19:00", "21:00", renter_id=renter, room_id=room))
            bookings += 1
    url = db.url.render_as_string(hide_password=False)
    db.dispose()
    context = multiprocessing.get_context("spawn")
    barrier, results, ids = context.Barrier(2), context.Queue(), context.Queue()
    processes = [context.Process(target=_worker, args=(url, admin, barrier, results, ids)) for _ in range(2)]
    for process in processes:
        process.start()

    runs = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for outcome in runs:
        assert outcome[1] != "refused" or "gefactureerd" in outcome[2], outcome
    assert sum(n for kind, status, n in runs if status == "ok") == 2 * ROUNDS  # two renters a month, once
    finals = services.invoices.list(admin)
    to_credit = [i.id for i in sorted(finals, key=lambda i: i.number)][:ROUNDS]
    for invoice_id in to_credit:
        ids.put(invoice_id)
        ids.put(invoice_id)
    credits = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for process in processes:
        process.join(timeout=120)
        assert process.exitcode == 0

    assert sorted(c[2] for c in credits if c[1] == "ok") == sorted(to_credit)  # each credited once
    assert all("al gecrediteerd" in c[2] for c in credits if c[1] == "refused")
    with services.db.reader() as uow:
        session = uow.session
        numbers = sorted(session.scalars(select(Invoice.sequence).where(Invoice.year == 2027)))
        assert numbers == list(range(1, 3 * ROUNDS + 1))  # gapless: 8 invoices and 4 credits
        assert session.get(InvoiceCounter, (1, 2027)).last_number == 3 * ROUNDS  # (centre, year)
        assert session.scalar(select(func.count()).select_from(Invoice).where(Invoice.status == "concept")) == 0
        billed = list(session.scalars(select(InvoiceLine.booking_id).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                                      .where(Invoice.kind == "factuur")))
        assert len(billed) == len(set(billed)) == bookings  # no booking on two invoices
        assert session.scalar(select(func.count()).select_from(InvoiceBooking)) == bookings - 2 * ROUNDS  # the credited invoices released theirs


def test_two_processes_running_and_crediting_invoices_at_once_on_sqlite(sqlite_db):
    _scenario(sqlite_db)


def test_two_processes_running_and_crediting_invoices_at_once_on_postgresql(postgres_db):
    _scenario(postgres_db)


@pytest.mark.parametrize("rounds", [3])
def test_a_credit_after_a_refused_credit_still_numbers_gaplessly(services, admin, rounds):
    centre = make_centre(services, admin)
    for day in range(rounds):
        services.bookings.create(admin, draft(centre, dt.date(2027, 3, 2 + day), "10:00", "11:00"))  # Tue–Thu
    invoices = services.invoices.run(admin, dt.date(2027, 3, 1), dt.date(2027, 3, 31), dt.date(2027, 4, 1))
    services.invoices.credit(admin, invoices[0].id, "fout", dt.date(2027, 4, 1))
    with pytest.raises(Conflict, match="al gecrediteerd"):
        services.invoices.credit(admin, invoices[0].id, "nog eens")
    again = services.invoices.run(admin, dt.date(2027, 3, 1), dt.date(2027, 3, 31), dt.date(2027, 4, 2))
    assert [i.number for i in again] == ["2027-0003"]
