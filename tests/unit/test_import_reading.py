"""Reading spreadsheet files before any database is involved: CSV dialects and encodings,
the header under a title, the row numbers a spreadsheet shows, footers and blank rows."""

from __future__ import annotations

import datetime as dt

import pytest

from app.importers.spreadsheet import ImportFileError, read_sheet
from app.importers.volunteers import analyse

TODAY = dt.date(2026, 11, 22)


def test_a_utf8_csv_with_commas_quotes_and_a_title_keeps_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text(
        "\ufeffLijst vrijwilligers,,\n"
        "bijgewerkt op 01-11-2026,,\n"
        "Voornaam,Achternaam,Opmerkingen,Werkgroepen\n"
        'Zoë,Çelik,"houdt van ""koken"", bakken",Bar\n'
        "\n"
        "Jan,Jansen,,\"Tuin, Bar\"\n"
        "Totaal: 2 vrijwilligers,,,\n",
        encoding="utf-8")
    plan = analyse(read_sheet(path), today=TODAY)
    assert plan.header_row == 3
    assert [r.row for r in plan.rows] == [4, 6]
    assert plan.blank_rows == 1 and plan.footer_rows == [7]
    first, second = plan.rows
    assert (first.values.first_name, first.values.last_name) == ("Zoë", "Çelik")
    assert first.values.notes == 'houdt van "koken", bakken'
    assert second.groups == ("Tuin", "Bar")


def test_a_windows_csv_with_semicolons_is_read_in_its_own_encoding(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("Voornaam;Achternaam;Woonplaats\r\nRené;Müller;Den Haag\r\n".encode("cp1252"))
    plan = analyse(read_sheet(path), today=TODAY)
    assert plan.rows[0].values.first_name == "René" and plan.rows[0].values.town == "Den Haag"


def test_a_text_file_without_headings_is_refused_with_one_clear_line(tmp_path):
    path = tmp_path / "boodschappen.csv"
    path.write_text("melk\nbrood\nkaas\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        analyse(read_sheet(path), today=TODAY)
    assert "Geen kopregel" in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_of_only_blank_cells_is_empty(tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text(";;\n;;\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_sheet(path)
    assert "is leeg" in str(caught.value)
