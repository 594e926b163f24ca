"""What a volunteer receives, read as they read it: a year statement that does not promise
tax-free limits the program itself marks as unconfirmed, carries no page number of the batch,
and has its address in the window of a Dutch window envelope."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import update

from app.db.models import AllowanceLimit, Volunteer
from tests.integration.test_allowance_exports import fill_year


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


@pytest.fixture
def statements(services, db, admin, tmp_path):
    ids = fill_year(services, db, admin)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Volunteer).where(Volunteer.id == ids["anna"]).values(
            street="Zeebuitenweg 146", postcode="3842 XD", town="Harderwijk"))
        uow.commit()

    def write(name: str):
        target = tmp_path / name
        services.allowance_exports.statements(admin, 2026, target, issued=dt.date(2027, 1, 15))
        return PdfReader(str(target))
    return db, write


def test_statements_for_a_year_whose_limits_are_unconfirmed_say_so(statements):
    db, write = statements
    texts = [page.extract_text() for page in write("voorlopig.pdf").pages]
    assert all("nog niet definitief bevestigd" in " ".join(t.split()) for t in texts)
    with db.unit_of_work() as uow:
        uow.session.execute(update(AllowanceLimit).where(AllowanceLimit.year == 2026).values(to_confirm=False))
        uow.commit()
    texts = [page.extract_text() for page in write("bevestigd.pdf").pages]
    assert not any("bevestigd" in t for t in texts) and "onbelast tot € 220,00" in " ".join(texts[0].split())


def test_each_one_page_statement_carries_no_batch_page_number(statements):
    _db, write = statements
    reader = write("jaaroverzichten.pdf")
    assert len(reader.pages) == 3
    assert not any("pagina" in page.extract_text() for page in reader.pages)


def test_the_address_sits_in_the_window_of_a_window_envelope_without_blank_lines(statements):
    _db, write = statements
    page = write("venster.pdf").pages[0]
    height = float(page.mediabox.height)
    placed: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # the text's origin on the page: text matrix, then the current matrix
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            placed.setdefault(text.strip(), (x, height - y))

    page.extract_text(visitor_text=visit)
    name_x, name_top = placed["Anna Bakker"]
    street_x, street_top = placed["Zeebuitenweg 146"]
    town_x, town_top = next(v for k, v in placed.items() if k.startswith("3842 XD"))
    assert 18 * mm <= name_x <= 26 * mm  # NEN 1026 window: 20 mm from the left edge
    assert 50 * mm <= name_top and town_top <= 85 * mm  # inside the window, 50–85 mm from the top
    assert street_top - name_top == pytest.approx(town_top - street_top, abs=0.5)  # evenly spaced: no blank line
    assert street_top - name_top < 6 * mm
    sender = next(t for t in placed if t.startswith("Buurthuis De Klinker,"))
    assert placed[sender][1] < name_top  # the return address above it, in small print
