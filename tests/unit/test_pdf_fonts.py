"""PDFs print every letter of a name: the bundled DejaVu Sans is embedded, not Helvetica
(which only knows Western European letters and turned "Ayşe" into "Ayse")."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain import allowance_rules as rules
from app.reports.pdf import document
from app.reports.pdf.allowance_statement import Statement, write_statements
from app.reports.pdf.document import Letterhead
from app.reports.pdf.person_data import write_person_data
from app.reports.pdf.phone_list import write_phone_list
from app.resources import resource_path
from app.services.settings import CentreDetails

NAMES = ("Ayşe Yılmaz-Çelik", "Zoë", "Łukasz")
LETTERHEAD = Letterhead(CentreDetails(name="Buurthuis Şişli-Noord", street="Dorpsstraat 1", postcode="1234 AB",
                                      town="Ĳsselmonde"))


def _text(source) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(source).pages)


def _fonts(source) -> set[str]:
    names = set()
    for page in PdfReader(source).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _check(source) -> None:
    text = _text(source)
    for name in NAMES:
        assert name in text
    fonts = _fonts(source)
    assert fonts and all("DejaVu" in font for font in fonts), fonts
    assert not any("Helvetica" in font for font in fonts)


def test_the_bundled_font_files_and_their_licence_are_there():
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert resource_path("fonts", f"{name}.ttf").stat().st_size > 100_000
    assert "Bitstream" in resource_path("fonts", "LICENSE").read_text(encoding="utf-8")


def test_the_phone_list_prints_names_with_every_letter(tmp_path: Path):
    path = tmp_path / "telefoonlijst.pdf"
    write_phone_list(path, [("Koken bij Łukasz", [(name, "06-12345678", "x@example.nl") for name in NAMES])],
                     dt.date(2026, 11, 22), LETTERHEAD)
    _check(path)
    assert "Koken bij Łukasz" in _text(path)
    assert "Buurthuis Şişli-Noord" in _text(path)  # the letterhead too


def test_person_data_prints_the_name_with_every_letter(tmp_path: Path):
    path = tmp_path / "persoonsgegevens.pdf"
    data = {"person": {"first_name": "Ayşe", "infix": "", "last_name": "Yılmaz-Çelik", "notes": "Zoë, Łukasz"},
            "working_groups": [{"name": "Zoë"}], "hours": [], "exported_at": "22-11-2026", "exported_by": "Łukasz"}
    write_person_data(path, data, None)
    _check(path)
    assert "Personal data held on Ayşe Yılmaz-Çelik" in _text(path) or "Ayşe Yılmaz-Çelik" in _text(path)


def test_allowance_statements_print_the_name_and_bold_text_in_dejavu():
    limits = rules.Limits(2026, Decimal("5.75"), Decimal("3.40"), Decimal("220.00"), Decimal("2200.00"), Decimal("0.23"))
    statement = Statement(1, "Ayşe Yılmaz-Çelik", ("Zoë, Łukasz",), None, rules.ArrangementKind.FIXED,
                          tuple(Decimal("10") for _ in range(12)), tuple(Decimal(0) for _ in range(12)), Decimal(0))
    target = io.BytesIO()
    write_statements(target, [statement], limits, LETTERHEAD, issued=dt.date(2026, 12, 31))
    target.seek(0)
    _check(target)
    fonts = _fonts(target)
    assert any("DejaVuSans-Bold" in font for font in fonts)  # the table's header and total row


@pytest.mark.parametrize("constant", ["FONT", "FONT_BOLD", "FONT_ITALIC", "FONT_BOLD_ITALIC"])
def test_the_shared_font_names_are_registered(constant: str):
    from reportlab.pdfbase import pdfmetrics

    document.register_fonts()
    assert pdfmetrics.getFont(getattr(document, constant)).fontName.startswith("DejaVuSans")


def test_kvk_and_iban_move_up_when_the_contact_line_would_run_into_them():
    centre = CentreDetails(name="Buurthuis De Klinker", street="Klarendalseweg 120", postcode="6822 GK", town="Arnhem",
                           contact_phone="026 351 22 40", contact_email="info@buurthuisdeklinker.nl",
                           website="www.buurthuisdeklinker.nl", kvk_number="40123456", iban="NL91ABNA0417164300")
    target = io.BytesIO()
    document.build_document(target, [document.Paragraph("x", document.styles()["body"])], title="t",
                            letterhead=Letterhead(centre))
    target.seek(0)
    lines: dict[str, float] = {}

    def visit(text, cm, tm, font_dict, font_size):
        for key in ("www.buurthuisdeklinker.nl", "KvK 40123456"):
            if key in text:
                lines[key] = tm[5]

    PdfReader(target).pages[0].extract_text(visitor_text=visit)
    assert set(lines) == {"www.buurthuisdeklinker.nl", "KvK 40123456"}
    assert lines["KvK 40123456"] > lines["www.buurthuisdeklinker.nl"]  # not on the contact line, above it
