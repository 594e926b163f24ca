"""Workbooks ready to print, read back with openpyxl (page setup, header rows, footer) and
printed by LibreOffice (to PDF, read with pypdf): landscape where wide, one page wide, the
header repeated, a footer with centre, title and page. The treasurer's overview counts what
the year statement counts, and says so; what waits for approval has a column of its own."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services.rooms import exports as room_exports
from app.services.allowances import LineInput
from tests.integration.test_allowance_exports import fill_year
from tests.office import recalculated, soffice

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


def _check_print_setup(path, centre: str = "Buurthuis De Klinker") -> None:
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert setup.orientation in ("portrait", "landscape"), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight, sheet.sheet_properties.pageSetUpPr.fitToPage) == (1, 0, True)
        assert setup.paperSize == 9  # A4
        assert sheet.print_title_rows and sheet.print_title_rows.startswith("$"), sheet.title
        assert sheet.oddFooter.right.text == "pagina &P van &N" and sheet.oddFooter.left.text == centre
        assert sheet.oddFooter.center.text
    return workbook


def _as_pdf(path, work):
    out = work / "pdf"
    out.mkdir(exist_ok=True)
    result = subprocess.run([soffice(), "--headless", f"-env:UserInstallation=file://{work / 'lo-profile'}",
                             "--convert-to", "pdf", str(path), "--outdir", str(out)],
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    return PdfReader(str(out / (path.stem + ".pdf")))


@pytest.fixture
def year(services, db, admin):
    ids = fill_year(services, db, admin)
    services.allowances.add_line(admin, LineInput(ids["anna"], "vast", dt.date(2026, 4, 1)))  # a concept line
    return ids


def test_the_treasurers_overview_counts_what_the_statement_counts_and_shows_what_waits(services, admin, year,
                                                                                          tmp_path):
    path = tmp_path / "vergoedingen.xlsx"
    services.allowance_exports.excel(admin, 2026, path, today=dt.date(2026, 11, 22))
    summary = recalculated(path, tmp_path).worksheets[0]
    header = [c.value for c in summary[1]]
    rows = {r[0].value: r for r in summary.iter_rows(min_row=2) if r[0].value}
    anna = rows["Anna Bakker"]
    assert anna[header.index("Jaartotaal (goedgekeurd en betaald)")].value == 450  # as on the year statement
    assert anna[header.index("Nog niet goedgekeurd (concept, ingediend)")].value == 100
    assert rows["Totaal"][header.index("Nog niet goedgekeurd (concept, ingediend)")].value == 100
    statement = tmp_path / "jaaropgave.pdf"
    services.allowance_exports.statements(admin, 2026, statement, volunteer_ids=[year["anna"]])
    assert "€ 450,00" in PdfReader(str(statement)).pages[0].extract_text()


def test_the_allowances_workbook_prints_a_few_landscape_pages_with_names_and_months_together(
        services, admin, year, tmp_path):
    path = tmp_path / "vergoedingen.xlsx"
    services.allowance_exports.excel(admin, 2026, path, today=dt.date(2026, 11, 22))
    workbook = _check_print_setup(path)
    assert [s.page_setup.orientation for s in workbook.worksheets] == ["landscape", "landscape"]
    assert workbook.worksheets[0].print_title_rows == "$1:$1"
    for sheet in workbook.worksheets:  # no header word cut: each column fits its longest word
        for cell in sheet[1]:
            longest = max(len(w) for w in str(cell.value).split())
            assert sheet.column_dimensions[cell.column_letter].width >= longest + 1, cell.value
    pdf = _as_pdf(path, tmp_path)
    assert len(pdf.pages) <= 4
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "Anna Bakker" in first and "Januari" in first and "December" in first and "Andere organisaties" in first
    assert "pagina 1 van" in first and "Buurthuis De Klinker" in first


def test_every_other_workbook_is_ready_to_print(services, admin, year, tmp_path):
    from tests.integration.rooms_helpers import make_centre

    make_centre(services, admin)
    paths = {
        "vrijwilligers": tmp_path / "vrijwilligers.xlsx", "bezetting": tmp_path / "bezetting.xlsx",
        "huur": tmp_path / "huur.xlsx", "logboek": tmp_path / "logboek.xlsx",
    }
    services.volunteer_exports.excel(admin, paths["vrijwilligers"])
    room_exports.export_occupancy(services, admin, 2026, paths["bezetting"])
    room_exports.export_rental_income(services, admin, 2026, paths["huur"])
    services.audit.export_xlsx(admin, paths["logboek"])
    for name, path in paths.items():
        workbook = _check_print_setup(path)
        assert workbook.worksheets[0].page_setup.orientation == (
            "landscape" if name in ("vrijwilligers", "logboek") else "portrait"), name
    occupancy = load_workbook(paths["bezetting"])
    assert occupancy.worksheets[0].print_title_rows == "$3:$3"  # under the title
    assert isinstance(occupancy.worksheets[1]["A2"].value, dt.datetime)  # chart months are dates too
    printed = " ".join(_as_pdf(paths["bezetting"], tmp_path).pages[0].extract_text().split())
    assert "Grote zaal januari 2026" in printed and "Grote zaal februari 2026" in printed  # Dutch, in date order
