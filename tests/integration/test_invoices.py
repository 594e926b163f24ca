"""Invoices: lines from the tariff and the renter's category, numbers only when final and
gapless per year (also when colleagues finalise at the same moment), a final invoice never
changes, a credit invoice corrects it, and the PDF says it all."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models import AuditEntry, Invoice
from app.domain.errors import Conflict, PermissionDenied
from app.domain.permissions import Role
from app.i18n import set_language
from app.services import Services
from app.services.rooms import exports as room_exports
from app.services.settings import CentreDetails
from tests.integration.rooms_helpers import draft, make_centre

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


@pytest.fixture
def centre(services, admin):
    centre = make_centre(services, admin)
    for day in (3, 10):
        services.bookings.create(admin, draft(centre, dt.date(2026, 11, day), "19:00", "21:00"))  # maatschappelijk
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 4), "09:00", "12:30", renter_id=centre.shop.id,
                                          rate_basis="dagdeel"))
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 5), "14:00", "16:00", renter_id=centre.buurt.id))
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 6), "14:00", "16:00", status="optie"))
    return centre


def test_a_concept_has_a_line_per_confirmed_booking_at_the_categorys_price(services, admin, centre):
    invoice = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    assert invoice.status == "concept" and invoice.number is None
    assert [(line.quantity, line.unit_price, line.amount) for line in invoice.lines] == [
        (Decimal("2.00"), Decimal("14.00"), Decimal("28.00"))] * 2  # 35 % of € 40, the option is left out
    assert invoice.total == Decimal("56.00")
    assert "Grote zaal — Yoga, di 03-11-2026 19:00–21:00" == invoice.lines[0].description
    shop = services.invoices.create_concept(admin, centre.shop.id, *NOVEMBER)
    assert (shop.lines[0].unit, shop.total) == ("dagdelen", Decimal("120.00"))


def test_concepts_for_a_period_skip_renters_who_pay_nothing(services, admin, centre):
    made = services.invoices.create_concepts(admin, *NOVEMBER)
    assert sorted(i.renter_name for i in made) == ["Bakkerij Jansen B.V.", "Stichting Yoga Oost"]
    again = services.invoices.create_concepts(admin, *NOVEMBER)  # a concept is a preview: it holds nothing back
    assert sorted(i.renter_name for i in again) == ["Bakkerij Jansen B.V.", "Stichting Yoga Oost"]
    for invoice in made:
        services.invoices.finalise(admin, invoice.id, dt.date(2026, 12, 1))
    assert services.invoices.create_concepts(admin, *NOVEMBER) == []  # billed bookings are not billed twice
    assert [i.status for i in services.invoices.list(admin)] == ["definitief", "definitief"]  # concepts absorbed


def test_numbers_are_given_when_final_gapless_per_year(services, admin, centre):
    concepts = services.invoices.create_concepts(admin, *NOVEMBER)
    first = services.invoices.finalise(admin, concepts[0].id, dt.date(2026, 12, 1))
    second = services.invoices.finalise(admin, concepts[1].id, dt.date(2027, 1, 2))
    assert (first.number, second.number) == ("2026-0001", "2027-0001")
    assert first.due_date == dt.date(2026, 12, 15)
    services.bookings.create(admin, draft(centre, dt.date(2026, 12, 1), "19:00", "21:00"))
    third = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert services.invoices.finalise(admin, third.id, dt.date(2027, 1, 3)).number == "2027-0002"


def test_a_final_invoice_never_changes_and_a_credit_invoice_corrects_it(services, admin, centre):
    concept = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    final = services.invoices.finalise(admin, concept.id, dt.date(2026, 12, 1))
    for attempt in (lambda: services.invoices.remove_line(admin, final.id, 1),
                    lambda: services.invoices.add_line(admin, final.id, "Koffie", Decimal(1), Decimal(5)),
                    lambda: services.invoices.delete_concept(admin, final.id)):
        with pytest.raises(Conflict, match="is definitief en kan niet meer worden gewijzigd"):
            attempt()
    assert services.invoices.get(admin, final.id).total == Decimal("56.00")
    credit = services.invoices.credit(admin, final.id, "Verkeerde tarief", dt.date(2026, 12, 2))
    assert (credit.kind, credit.number, credit.total, credit.credit_for_number) == (
        "creditfactuur", "2026-0002", Decimal("-56.00"), "2026-0001")
    with pytest.raises(Conflict, match="al gecrediteerd"):
        services.invoices.credit(admin, final.id, "nog eens")
    again = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)  # the bookings can be invoiced again
    assert again.total == Decimal("56.00")


def test_a_concept_can_be_edited_and_deleted(services, admin, centre):
    concept = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    edited = services.invoices.add_line(admin, concept.id, "Koffie en thee", Decimal(10), Decimal("1.50"), unit="kopjes")
    assert edited.total == Decimal("71.00")
    assert services.invoices.remove_line(admin, concept.id, 1).total == Decimal("43.00")
    services.invoices.delete_concept(admin, concept.id)
    assert services.invoices.list(admin) == []


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.READ_ONLY])
def test_only_the_treasurer_and_administrator_invoice(services, actors, centre, role):
    with services.db.reader() as uow:
        before = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(PermissionDenied, match="U mag niet facturen maken"):
        services.invoices.create_concept(actors[role.value], centre.yoga.id, *NOVEMBER)
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert uow.session.scalar(select(func.count()).select_from(Invoice)) == 0


def test_the_treasurer_finalises_and_the_trail_records_it(services, actors, centre):
    treasurer = actors[Role.TREASURER.value]
    concept = services.invoices.create_concept(treasurer, centre.yoga.id, *NOVEMBER)
    services.invoices.finalise(treasurer, concept.id, dt.date(2026, 12, 1))
    services.invoices.mark_paid(treasurer, concept.id, dt.date(2026, 12, 10))
    with services.db.reader() as uow:
        actions = list(uow.session.execute(select(AuditEntry.action, AuditEntry.username).where(
            AuditEntry.entity == "invoice").order_by(AuditEntry.id)))
    assert actions == [("create", "penningmeester"), ("finalise", "penningmeester"), ("paid", "penningmeester")]


def test_concurrent_finalising_gives_gapless_numbers(db, services, admin):
    centre = make_centre(services, admin)
    renters = [centre.yoga.id, centre.shop.id]
    for index in range(6):
        services.bookings.create(admin, draft(centre, dt.date(2026, 11, 2 + index), "10:00", "11:00",
                                              renter_id=renters[index % 2], room_id=centre.kitchen.id))
    ids = []
    for index in range(6):
        ids.append(services.invoices.create_concept(admin, renters[index % 2], dt.date(2026, 11, 2 + index),
                                                    dt.date(2026, 11, 2 + index)).id)
    barrier = threading.Barrier(len(ids))
    errors: list[BaseException] = []

    def worker(invoice_id: int) -> None:
        own = Services.for_database(db)
        barrier.wait()
        for _attempt in range(20):
            try:
                own.invoices.finalise(admin, invoice_id, dt.date(2026, 12, 1))
                return
            except Exception as error:  # SQLite: "database is busy" — try again, as a user would
                if "bezig" not in str(error) and "busy" not in str(error):
                    errors.append(error)
                    return

    threads = [threading.Thread(target=worker, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    numbers = sorted(services.invoices.get(admin, i).number for i in ids)
    assert numbers == [f"2026-{n:04d}" for n in range(1, 7)]


def test_the_pdf_shows_lines_total_payment_terms_and_iban(services, admin, centre, tmp_path):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", street="Klarendalseweg 120",
                                                         postcode="6822 GK", town="Arnhem", iban="NL91ABNA0417164300",
                                                         version=1))
    concept = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    final = services.invoices.finalise(admin, concept.id, dt.date(2026, 12, 1))
    target = tmp_path / "factuur.pdf"
    room_exports.write_invoice_pdf(services, admin, final.id, target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for expected in ("Factuur 2026-0001", "Stichting Yoga Oost", "Klarendalseweg 1", "€ 56,00", "€ 28,00",
                     "binnen 14 dagen", "NL91 ABNA 0417 1643 00", "Vervaldatum", "15-12-2026", "di 03-11-2026 19:00–21:00"):
        assert expected in text, expected
