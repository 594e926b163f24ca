"""Invoice runs that lose no money: a concept is a preview (a later final run bills its
bookings and absorbs it), a run can bill in advance or stop at the invoice date, a booking
cancelled after its final invoice is offered as a credit line, once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.domain.errors import Conflict
from app.i18n import set_language
from app.services.rooms import exports as room_exports
from tests.integration.rooms_helpers import draft, make_centre

QUARTER = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
DECEMBER_5 = dt.date(2026, 12, 5)


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


@pytest.fixture
def centre(services, admin):
    centre = make_centre(services, admin)
    centre_bookings = {}
    for day in (dt.date(2026, 10, 6), dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 12, 1),
                dt.date(2026, 12, 8), dt.date(2026, 12, 15)):
        centre_bookings[day] = services.bookings.create(admin, draft(centre, day, "19:00", "21:00"))  # € 28,00 each
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 4), "09:00", "12:30", renter_id=centre.shop.id,
                                          rate_basis="dagdeel"))
    centre.bookings = centre_bookings
    return centre


def _billed_total(services, admin) -> Decimal:
    return sum((i.total for i in services.invoices.list(admin) if i.status == "definitief"), Decimal(0))


def test_a_concept_for_one_month_holds_nothing_back_from_the_final_quarter_run(services, admin, centre):
    without_concept = sum((c.total for c in services.invoices.create_concepts(admin, *QUARTER)), Decimal(0))
    november = services.invoices.create_concepts(admin, *NOVEMBER)
    assert len(november) == 2

    final = services.invoices.run(admin, *QUARTER, dt.date(2027, 1, 4))

    yoga = next(i for i in final if i.renter_name == "Stichting Yoga Oost")
    assert len(services.invoices.get(admin, yoga.id).lines) == 6  # November's rehearsals included
    assert {i.renter_name for i in final} == {"Stichting Yoga Oost", "Bakkerij Jansen B.V."}
    assert _billed_total(services, admin) == without_concept == Decimal("288.00")
    assert [i for i in services.invoices.list(admin) if i.status == "concept" and i.period_start == NOVEMBER[0]] == []


def test_a_run_dated_5_december_bills_later_rehearsals_in_advance_and_says_so(services, admin, centre, tmp_path):
    paths = room_exports.export_invoices(services, admin, *QUARTER, tmp_path, finalise=True, issue_date=DECEMBER_5)
    texts = ["\n".join(page.extract_text() for page in PdfReader(p).pages) for p in paths]
    text = next(t for t in texts if "Stichting Yoga Oost" in t)
    assert "vooraf gefactureerd" in text
    assert "08-12-2026" in text and "15-12-2026" in text


def test_a_run_through_the_invoice_date_leaves_later_rehearsals_for_the_next_run(services, admin, centre, tmp_path):
    final = services.invoices.run(admin, *QUARTER, DECEMBER_5, through_issue_date=True)
    yoga = services.invoices.get(admin, next(i.id for i in final if i.renter_name == "Stichting Yoga Oost"))
    assert [l.service_date for l in yoga.lines][-1] == dt.date(2026, 12, 1)
    assert yoga.billed_in_advance == ()
    later = services.invoices.run(admin, *QUARTER, dt.date(2027, 1, 4))
    assert [len(services.invoices.get(admin, i.id).lines) for i in later] == [2]


def test_a_booking_cancelled_after_its_final_invoice_is_offered_as_a_credit_line_once(services, admin, centre,
                                                                                      tmp_path):
    services.invoices.run(admin, *NOVEMBER, dt.date(2026, 12, 1))
    services.bookings.cancel(admin, centre.bookings[dt.date(2026, 11, 10)].id, "Docent ziek")

    offered = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    credit = [l for l in offered.lines if l.amount < 0]
    assert len(credit) == 1 and credit[0].amount == Decimal("-28.00")
    assert "geannuleerd" in credit[0].description and "2026-0001" in credit[0].description
    assert offered.total == Decimal("56.00")  # three December rehearsals minus the cancelled one
    second_offer = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    pdf = tmp_path / "concept.pdf"
    room_exports.write_invoice_pdf(services, admin, offered.id, pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Creditering: Grote zaal — Yoga" in text and "€ -28,00" in text and "buurtgroepen" not in text

    services.invoices.finalise(admin, offered.id, dt.date(2026, 12, 20))
    assert services.invoices.list(admin, renter_id=centre.yoga.id)[0].status == "definitief"
    with pytest.raises(Exception):  # the second offer was absorbed: it is gone
        services.invoices.get(admin, second_offer.id)
    with pytest.raises(Conflict, match="niets te factureren"):  # the credit is not offered again
        services.invoices.create_concept(admin, centre.yoga.id, dt.date(2027, 1, 1), dt.date(2027, 1, 31))


def test_a_concept_whose_booking_was_billed_meanwhile_cannot_be_finalised(services, admin, centre):
    stale = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    services.invoices.run(admin, *QUARTER, dt.date(2027, 1, 4))
    with pytest.raises(Exception):
        services.invoices.finalise(admin, stale.id, dt.date(2027, 1, 5))  # absorbed by the run


def test_a_run_with_a_concept_whose_booking_was_billed_elsewhere_is_refused_whole(services, admin, centre):
    first = services.invoices.create_concept(admin, centre.yoga.id, *NOVEMBER)
    second = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 11, 10), dt.date(2026, 11, 30))
    services.invoices.finalise(admin, second.id, dt.date(2026, 12, 1))
    left = services.invoices.get(admin, first.id)
    assert [l.service_date for l in left.lines] == [dt.date(2026, 11, 3)]  # absorbed the billed line
    assert left.total == Decimal("28.00")


def test_the_command_line_runs_the_quarter_through_the_invoice_date_on_request(sqlite_db, tmp_path, monkeypatch,
                                                                                capsys):
    from app.cli import main
    from app.services import Services

    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    for day in (dt.date(2026, 12, 1), dt.date(2026, 12, 8)):
        services.bookings.create(admin, draft(centre, day, "19:00", "21:00"))
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    base = ["--database-url", sqlite_db.url.render_as_string(hide_password=False)]
    user = ["--user", "beheerder"]
    out = tmp_path / "facturen"
    assert main(base + ["export", "invoices", "--period", "2026-Q4", "--finalise", "--date", "05-12-2026",
                        "--through-date", "--out", str(out)] + user) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out / "factuur-2026-0001.pdf").pages)
    assert "01-12-2026" in text and "08-12-2026" not in text and "vooraf" not in text
    assert "pagina 1 van 1" in text and "Vrijgesteld van btw" in text
    capsys.readouterr()
    assert main(base + ["export", "invoices", "--period", "2026-Q4", "--finalise", "--date", "05-12-2026",
                        "--out", str(out)] + user) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out / "factuur-2026-0002.pdf").pages)
    assert "08-12-2026" in text and "vooraf gefactureerd" in text and "01-12-2026 19:00" not in text


def test_a_concept_whose_credit_cancels_it_out_says_why_there_is_nothing_to_pay(services, admin, tmp_path):
    centre = make_centre(services, admin)
    november = services.bookings.create(admin, draft(centre, dt.date(2026, 11, 10), "19:00", "21:00"))
    services.invoices.run(admin, *NOVEMBER, dt.date(2026, 12, 1))
    services.bookings.cancel(admin, november.id, "Docent ziek")
    services.bookings.create(admin, draft(centre, dt.date(2026, 12, 1), "19:00", "21:00"))
    concept = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert concept.total == Decimal("0.00")
    pdf = tmp_path / "nul.pdf"
    room_exports.write_invoice_pdf(services, admin, concept.id, pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "de creditering is even groot als het te betalen bedrag" in text and "buurtgroepen" not in text
