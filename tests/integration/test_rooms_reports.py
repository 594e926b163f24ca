"""The printed week schedule, poster and door sign (read back with pypdf), the occupancy and
rental income workbooks (read back with openpyxl), and the export commands."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from app.cli import main
from app.domain import recurrence
from app.i18n import set_language
from app.services.rooms import exports as room_exports
from tests.integration.rooms_helpers import draft, make_centre

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


@pytest.fixture
def week(services, admin):
    centre = make_centre(services, admin)
    services.bookings.create(admin, draft(centre, MONDAY + dt.timedelta(days=1), "19:00", "21:00", public=True))
    services.bookings.create(admin, draft(centre, MONDAY + dt.timedelta(days=2), "10:00", "12:00", activity="Besloten vergadering",
                                          renter_id=centre.shop.id, status="optie"))
    cancelled = services.bookings.create(admin, draft(centre, MONDAY + dt.timedelta(days=3), "10:00", "12:00",
                                                      activity="Afgelast feest", public=True))
    services.bookings.cancel(admin, cancelled.id, "Ziek")
    services.rooms.add_closing(admin, MONDAY + dt.timedelta(days=4), MONDAY + dt.timedelta(days=4), "Studiedag team")
    return centre


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_week_schedule_shows_every_room_and_booking_and_the_closing_day(services, admin, week, tmp_path):
    path = tmp_path / "week.pdf"
    room_exports.export_schedule(services, admin, MONDAY, path)
    reader = PdfReader(path)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = _text(path)
    for expected in ("Zaalrooster", "week 48 van 2026", "Grote zaal", "Keuken", "19:00–21:00", "Yoga",
                     "Besloten", "(optie)", "Gesloten: Studiedag team"):
        assert expected in text, expected
    assert "Afgelast feest" not in text


def test_the_poster_shows_only_public_activities(services, admin, week, tmp_path):
    path = tmp_path / "poster.pdf"
    assert room_exports.export_poster(services, admin, MONDAY, path) == 1
    text = _text(path)
    assert "Deze week in het buurthuis" in text and "Yoga" in text and "Dinsdag 24 november" in text
    assert "Besloten vergadering" not in text and "Afgelast feest" not in text
    assert "Gesloten: Studiedag team" in text


def test_the_door_sign_lists_the_rooms_bookings_of_the_day(services, admin, week, tmp_path):
    path = tmp_path / "deur.pdf"
    room_exports.export_door_sign(services, admin, "grote zaal", MONDAY + dt.timedelta(days=1), path)
    text = _text(path)
    assert "Grote zaal" in text and "Dinsdag 24 november 2026" in text and "Stichting Yoga Oost" in text


def test_occupancy_per_room_per_month_with_a_chart(services, admin, tmp_path):
    centre = make_centre(services, admin)
    services.bookings.create_series(admin, draft(centre, dt.date(2026, 11, 2), "10:00", "12:00"),
                                    recurrence.weekly((0,), count=4))
    path = tmp_path / "bezetting.xlsx"
    room_exports.export_occupancy(services, admin, 2026, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Bezetting"]
    rows = {(r[0], r[1]): r for r in sheet.iter_rows(min_row=4, values_only=True)}
    november = dt.datetime(2026, 11, 1)  # a real date shown as "november 2026": sorts as a date
    hall_november = rows[("Grote zaal", november)]
    assert sheet["B4"].number_format == "[$-413]MMMM YYYY"  # Dutch month names
    # November 2026: 21 weekdays (14 h) and 4 Saturdays (14 h) open = 350 h; 4 × 2 h booked
    assert hall_november[2:] == (8, 350, pytest.approx(8 / 350, abs=1e-4))
    assert sheet["E4"].number_format == "0.0%"
    assert rows[("Keuken", november)][2] == 0
    assert len(sheet._charts) == 1
    assert book["Grafiekgegevens"].max_row == 13


def test_rental_income_per_renter_and_room(services, admin, tmp_path):
    centre = make_centre(services, admin)
    services.bookings.create(admin, draft(centre, dt.date(2026, 11, 3), "19:00", "21:00"))
    concept = services.invoices.create_concept(admin, centre.yoga.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    services.invoices.finalise(admin, concept.id, dt.date(2026, 12, 1))
    path = tmp_path / "huur.xlsx"
    room_exports.export_rental_income(services, admin, 2026, path)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(min_row=4, values_only=True))
    assert rows[0] == ("Stichting Yoga Oost", "maatschappelijk", "Grote zaal", 1, 2, 28)
    assert rows[-1][0] == "Totaal" and Decimal(str(rows[-1][5])) == Decimal("28")


def test_the_export_commands_write_their_files(sqlite_db, tmp_path, monkeypatch, capsys):
    from app.services import Services

    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    centre = make_centre(services, admin)
    services.bookings.create_series(admin, draft(centre, MONDAY, "19:00", "21:00", public=True),
                                    recurrence.weekly((0,), count=3))
    url = sqlite_db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    base = ["--database-url", url]
    commands = [
        ["export", "schedule", "--week", "2026-W48", "--out", str(tmp_path / "week.pdf")],
        ["export", "poster", "--week", "2026-W48", "--out", str(tmp_path / "poster.pdf")],
        ["export", "doorsign", "--room", "Grote zaal", "--date", "23-11-2026", "--out", str(tmp_path / "deur.pdf")],
        ["export", "ics", "--out", str(tmp_path / "alles.ics"), "--room", "Grote zaal"],
        ["export", "occupancy", "--year", "2026", "--out", str(tmp_path / "bezetting.xlsx")],
        ["export", "invoices", "--period", "2026-11", "--finalise", "--date", "01-12-2026", "--out", str(tmp_path / "facturen")],
        ["export", "rental-income", "--year", "2026", "--out", str(tmp_path / "huur.xlsx")],
    ]
    for command in commands:
        assert main(base + command + ["--user", "beheerder"]) == 0, command
    output = capsys.readouterr().out
    assert "Weekrooster opgeslagen" in output and "1 facturen opgeslagen" in output
    assert (tmp_path / "facturen" / "factuur-2026-0001.pdf").exists()
    assert "€ 56,00" in _text(tmp_path / "facturen" / "factuur-2026-0001.pdf")
    assert main(base + ["export", "schedule", "--week", "week 48", "--out", str(tmp_path / "x.pdf"), "--user", "beheerder"]) == 2
    assert "schrijf een week als 2026-W48" in capsys.readouterr().err
