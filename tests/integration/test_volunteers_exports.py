"""Exports read back: the Excel list (every field, Dutch headings, real dates, no formulas),
the phone list PDF, the person's data as JSON and PDF — each audited, each refused to roles
without the right."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied
from app.domain.volunteers import VolunteerInput
from app.services.volunteers import GroupInput


@pytest.fixture
def register(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Tuinploeg"))
    anna = services.volunteers.create(admin, VolunteerInput(
        first_name="Anna", infix="de", last_name="Vries", date_of_birth="14-03-1980", email="anna@example.nl",
        phone="06 12345678", iban="NL91ABNA0417164300", notes="=HYPERLINK(\"http://x\")", skills="@koken",
        working_group_ids=(group.id,), start_date="01-02-2020", vog_issued_on="10-01-2025"))
    services.volunteers.create(admin, VolunteerInput(first_name="Piet", last_name="Berg", phone="026 351 2240"))
    services.volunteers.create(admin, VolunteerInput(first_name="Karel", last_name="Gestopt", status="gestopt",
                                                     end_date="01-01-2025", phone="0612000000"))
    return anna


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_excel_export_has_every_field_dutch_headings_real_dates_and_no_formulas(services, admin, register, tmp_path):
    path = tmp_path / "vrijwilligers.xlsx"
    assert services.volunteer_exports.excel(admin, path) == 3
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["Nr.", "Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum"]
    assert "IBAN" in headers and "VOG vernieuwen vóór" in headers and "Werkgroepen" in headers
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    rows = {r[3].value: r for r in sheet.iter_rows(min_row=2)}
    anna = rows["Vries"]
    column = {h: i for i, h in enumerate(headers)}
    assert anna[column["Geboortedatum"]].value == dt.datetime(1980, 3, 14)
    assert anna[column["Geboortedatum"]].number_format == "DD-MM-YYYY"
    assert anna[column["IBAN"]].value == "NL91 ABNA 0417 1643 00"
    assert anna[column["Opmerkingen"]].data_type == "s" and anna[column["Opmerkingen"]].value.startswith("=HYPERLINK")
    assert anna[column["Vaardigheden"]].data_type == "s"
    assert anna[column["Werkgroepen"]].value == "Tuinploeg"
    assert sheet.column_dimensions["F"].width > 10
    with services.db.reader() as uow:
        assert uow.session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is not None


def test_the_phone_list_shows_active_volunteers_per_working_group_on_a4(services, admin, register, tmp_path):
    path = tmp_path / "telefoonlijst.pdf"
    assert services.volunteer_exports.phone_list(admin, path) == 2
    reader = PdfReader(str(path))
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 portrait
    text = _pdf_text(path)
    assert "Telefoonlijst vrijwilligers" in text
    assert "Tuinploeg" in text and "Vries, Anna de" in text and "06 12345678" in text
    assert "Zonder werkgroep" in text and "Berg, Piet" in text
    assert "Gestopt" not in text


def test_an_access_request_gets_everything_as_json_and_a_readable_pdf(services, admin, register, tmp_path):
    services.volunteers.get(admin, register.id)
    json_path, pdf_path = services.volunteer_exports.person_data_files(admin, register.id, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["iban"] == "NL91ABNA0417164300" and data["person"]["date_of_birth"] == "1980-03-14"
    assert data["working_groups"] == [{"id": register.groups[0][0], "name": "Tuinploeg"}]
    assert [e["action"] for e in data["audit_trail"]][:2] == ["create", "view"]
    text = _pdf_text(pdf_path)
    assert "Persoonsgegevens van Anna de Vries" in text and "NL91 ABNA 0417 1643 00" in text and "Tuinploeg" in text
    with services.db.reader() as uow:
        exports = uow.session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")).all()
    assert exports == ["persoonsgegevens (inzageverzoek)"]


@pytest.mark.parametrize("role", ["penningmeester", "alleen_lezen"])
def test_roles_without_the_right_get_no_personal_data_files(services, actors, register, tmp_path, role):
    exports = services.volunteer_exports
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        exports.excel(actors[role], folder / "x.xlsx")
    with pytest.raises(PermissionDenied):
        exports.phone_list(actors[role], folder / "x.pdf")
    with pytest.raises(PermissionDenied):
        exports.person_data_files(actors[role], register.id, folder)
    assert list(folder.iterdir()) == []


def test_the_commands_write_the_files(services, admin, register, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    url = services.db.url.render_as_string(hide_password=False)
    out = tmp_path / "lijst.xlsx"
    assert main(["--database-url", url, "export", "volunteers", "--out", str(out), "--user", "beheerder"]) == 0
    assert load_workbook(out).active.max_row == 4
    pdf = tmp_path / "tel.pdf"
    assert main(["--database-url", url, "export", "phone-list", "--out", str(pdf), "--user", "beheerder"]) == 0
    assert "Vries, Anna de" in _pdf_text(pdf)
    assert main(["--database-url", url, "export", "person-data", "--volunteer", str(register.id), "--out", str(tmp_path),
                 "--user", "beheerder"]) == 0
    assert (tmp_path / f"persoonsgegevens-{register.id}.json").exists()
    assert "3 vrijwilligers geschreven naar" in capsys.readouterr().out
