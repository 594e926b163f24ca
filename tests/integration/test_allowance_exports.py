"""The treasurer's exports read back: the Excel overview (formulas, totals, formats, frozen
header, filter, every line) and the year statements PDF (one volunteer per page, totals)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from app.reports.excel import EURO_FORMAT
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import PNG, make_volunteer

D = Decimal


@pytest.fixture
def year_of_allowances(services, db, admin):
    return fill_year(services, db, admin)


def fill_year(services, db, admin) -> dict[str, int]:
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300",
                                                         street="Klarendalseweg 120", postcode="6822 GK",
                                                         town="Arnhem"))
    anna = make_volunteer(db, "Anna", "Bakker")
    bram = make_volunteer(db, "Bram", "Claassen", birth=dt.date(2007, 8, 8))
    cor = make_volunteer(db, "Cor", "Dekker")
    services.allowances.set_arrangement(admin, ArrangementRow(anna, 2026, "vast", monthly_amount=D("100.00"),
                                                              other_organisations=D("250.00")))
    services.allowances.set_arrangement(admin, ArrangementRow(bram, 2026, "uurtarief", hourly_rate=D("3.40")))
    services.allowances.set_arrangement(admin, ArrangementRow(cor, 2026, "declaraties"))
    ids = []
    for month in range(1, 4):
        ids.append(services.allowances.add_line(admin, LineInput(anna, "vast", dt.date(2026, month, 1))).id)
    ids.append(services.allowances.add_line(admin, LineInput(bram, "uren", dt.date(2026, 2, 3), hours=D("5"))).id)
    ids.append(services.allowances.add_line(admin, LineInput(
        cor, "declaratie", dt.date(2026, 3, 3), amount=D("=1+1".replace("=1+1", "45.95")), description="=HYPERLINK(\"x\")",
        receipt_name="bon.png", receipt_data=PNG)).id)
    ids.append(services.allowances.add_line(admin, LineInput(anna, "gift", dt.date(2026, 3, 20), amount=D("150.00"),
                                                             description="jubileum"),
                                            override_reason="Bestuursbesluit jubileum 25 jaar").id)
    services.allowances.approve(admin, ids)
    return {"anna": anna, "bram": bram, "cor": cor}


def _value(sheet, ref: str) -> Decimal:
    """A tiny evaluator for the formulas the export writes: SUM over a range and A-B-C."""
    value = sheet[ref].value
    if isinstance(value, int | float):
        return Decimal(str(value))
    if not value:
        return Decimal(0)
    assert isinstance(value, str) and value.startswith("="), value
    match = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", value)
    if match:
        first, top, last, bottom = match.groups()
        columns = range(sheet[f"{first}1"].column, sheet[f"{last}1"].column + 1)
        return sum((_value(sheet, f"{get_column_letter(c)}{r}") for c in columns
                    for r in range(int(top), int(bottom) + 1)), Decimal(0))
    head, *rest = value[1:].split("-")
    return _value(sheet, head) - sum((_value(sheet, ref) for ref in rest), Decimal(0))


def _sum_formula(sheet, formula: str) -> Decimal:
    assert formula.startswith("=SUM("), formula
    sheet["ZZ1000"].value = formula
    return _value(sheet, "ZZ1000")


def test_the_excel_overview_has_real_formulas_right_totals_and_every_line(services, admin, year_of_allowances, tmp_path):
    target = tmp_path / "vergoedingen-2026.xlsx"
    written = services.allowance_exports.excel(admin, 2026, target, today=dt.date(2026, 11, 22))
    assert written == 6
    workbook = load_workbook(target)
    summary, lines = workbook.worksheets
    header = [c.value for c in summary[1]]
    assert header[:4] == ["Naam", "Leeftijdsgroep", "Regeling", "Januari"]
    assert "Ruimte over" in header and "Andere organisaties" in header and "Jaargrens" in header
    assert summary.freeze_panes == "B2" and summary.auto_filter.ref.startswith("A1:")
    rows = {summary.cell(r, 1).value: r for r in range(2, summary.max_row + 1) if summary.cell(r, 1).value}
    anna = rows["Anna Bakker"]
    total_col = header.index("Jaartotaal (goedgekeurd en betaald)") + 1
    room_col = header.index("Ruimte over") + 1
    assert summary.cell(anna, total_col).value == f"=SUM(D{anna}:O{anna})"
    assert _sum_formula(summary, summary.cell(anna, total_col).value) == D("450.00")
    assert summary.cell(anna, room_col).value.startswith("=")
    assert _value(summary, f"{get_column_letter(room_col)}{anna}") == D("2200.00") - D("450.00") - D("250.00")
    assert summary.cell(anna, 4).number_format == EURO_FORMAT
    assert "overschreden" in (summary.cell(anna, header.index("Signaal") + 1).value or "")
    assert "jubileum" in summary.cell(anna, header.index("Reden overschrijding") + 1).value
    cor = rows["Cor Dekker"]
    assert summary.cell(cor, header.index("Kosten buiten de grenzen") + 1).value == 45.95
    total_row = rows["Totaal"]
    march = summary.cell(total_row, 6).value
    assert march.startswith("=SUM(F2:F") and _sum_formula(summary, march) == D("250.00")
    assert _sum_formula(summary, summary.cell(total_row, total_col).value) == D("467.00")
    assert lines.max_row == 7 and lines.freeze_panes == "A2"
    assert lines["D2"].number_format == "DD-MM-YYYY" and lines["F2"].number_format == EURO_FORMAT
    assert lines["A2"].number_format == "General" and lines["B2"].number_format == "General"
    descriptions = [c.value for c in lines["J"]]
    formula_cell = next(c for c in lines["J"] if c.value and "HYPERLINK" in str(c.value))
    assert formula_cell.data_type == "s"  # shown as text, never run
    assert "=HYPERLINK(\"x\")" in descriptions


def test_the_year_statements_have_one_volunteer_per_page_with_totals(services, admin, year_of_allowances, tmp_path):
    target = tmp_path / "jaaroverzichten-2026.pdf"
    count = services.allowance_exports.statements(admin, 2026, target, issued=dt.date(2027, 1, 15))
    assert count == 3
    reader = PdfReader(str(target))
    assert len(reader.pages) == 3
    texts = [page.extract_text() for page in reader.pages]
    for text, name in zip(texts, ["Anna Bakker", "Bram Claassen", "Cor Dekker"], strict=True):
        assert name in text and "Buurthuis De Klinker" in text
        assert "Jaaroverzicht vrijwilligersvergoeding 2026" in text
        assert sum(other in text for other in ("Anna Bakker", "Bram Claassen", "Cor Dekker")) == 1
    assert "€ 450,00" in texts[0] and "€ 250,00" in texts[0] and "Bestuursbesluit jubileum" in texts[0]
    assert "€ 17,00" in texts[1] and "€ 3,40" in texts[1]
    assert "€ 45,95" in texts[2] and "geen maximum" in texts[2]


def test_the_excel_overview_opens_cleanly_in_libreoffice_and_its_formulas_add_up(sqlite_db, tmp_path):
    """LibreOffice recalculates every formula on opening; the CSV it writes holds the results."""
    from app.services import Services

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc)")
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    fill_year(services, sqlite_db, admin)
    target = tmp_path / "overzicht.xlsx"
    services.allowance_exports.excel(admin, 2026, target, today=dt.date(2026, 11, 22))
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", str(target),
         "--outdir", str(tmp_path)],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    summary_csv = next(tmp_path.glob("overzicht-Overzicht*.csv"))
    with summary_csv.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    by_name = {row[0]: row for row in rows[1:] if row and row[0]}
    anna = by_name["Anna Bakker"]
    assert D(anna[header.index("Jaartotaal (goedgekeurd en betaald)")]) == D("450")
    assert D(anna[header.index("Ruimte over")]) == D("1500")
    total = by_name["Totaal"]
    assert D(total[header.index("Jaartotaal (goedgekeurd en betaald)")]) == D("467")
    assert D(total[header.index("Maart")]) == D("250")
    assert not any("Err:" in cell or "#NAME" in cell for row in rows for cell in row)
    lines_csv = next(tmp_path.glob("overzicht-Regels.csv"))
    assert len(lines_csv.read_text(encoding="utf-8").strip().splitlines()) == 7
