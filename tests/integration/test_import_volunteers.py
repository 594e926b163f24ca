"""Importing the messy lists coordinators keep, on SQLite and PostgreSQL: all or nothing by
default, --skip-invalid, twice adds nobody, duplicates, unknown groups, bad files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.db.models import AuditEntry, Volunteer, WorkingGroup, WorkingGroupMember
from app.domain.errors import PermissionDenied
from app.importers.spreadsheet import ImportFileError

HEADINGS = ["Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "E-mailadres", "Mobiel",
            "Straat en huisnummer", "Postcode", "Woonplaats", "IBAN", "Werkgroep(en)", "VOG afgegeven",
            "Lid sinds", "Opmerkingen", "Schoenmaat"]

GOOD_ROWS = [
    ["Anna", "de", "Vries", dt.datetime(1980, 3, 14), "anna@example.nl", "06 12345678", "Klarendalseweg 12",
     "6828ab", "Arnhem", "nl91 abna 0417 1643 00", "Tuinploeg; Koffie, Bar", dt.datetime(2025, 1, 10),
     "01-02-2020", "-- allergisch voor noten", "39"],
    ["Mohamed", "", "El Amrani", "14-07-1975", "MOHAMED@EXAMPLE.NL", 612345679, "Steenstraat 3", "6828 AB",
     "Arnhem", "", "Jeugdwerk", "", "2021-09-01", "", ""],
    ["Piet", "van der", "Berg", "1990-05-02", "", "026-3512240", "", "", "Arnhem", "", "", "", "", "", ""],
]
BAD_ROWS = [
    ["Karin", "", "Jansen", "31-02-2026", "karin@example.nl", "", "", "", "", "", "", "", "", "", ""],
    ["Bert", "", "Smit", "1970-01-01", "", "", "", "", "", "NL00ABNA0417164300", "", "", "", "", ""],
    ["", "", "Zonder Voornaam", "1960-01-01", "", "", "", "", "", "", "", "", "", "", ""],
]


def messy_workbook(path: Path, rows: list[list], *, footer: bool = True) -> Path:
    """Title, 'bijgewerkt op' line, blank line, header on row 4, a blank row, a footer."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Vrijwilligers 2026"
    sheet.append(["Vrijwilligerslijst Buurthuis De Klinker"])
    sheet.append(["bijgewerkt op 3-11-2026 door Joost"])
    sheet.append([])
    sheet.append(HEADINGS)
    for index, values in enumerate(rows):
        sheet.append(values)
        if index == 1:
            sheet.append([])  # a blank row in the middle
    if footer:
        sheet.append([])
        sheet.append([f"Totaal: {len(rows)} vrijwilligers"])
    for cell in sheet["D"]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "DD-MM-YYYY"
    workbook.save(path)
    return path


def count(services, model) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_messy_excel_list_imports_its_people_normalised_with_groups_created(services, admin, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS)
    report = services.volunteer_imports.import_file(admin, path)
    assert report.header_row == 4
    assert report.unknown_columns == ["Schoenmaat"]
    assert [r for r, _n in report.imported] == [5, 6, 8]  # row 7 is the blank row, as Excel numbers it
    assert report.exit_code == 0 and report.committed
    assert sorted(report.groups_created) == ["Bar", "Jeugdwerk", "Koffie", "Tuinploeg"]
    with services.db.reader() as uow:
        anna = uow.session.scalar(select(Volunteer).where(Volunteer.last_name == "Vries"))
        assert (anna.infix, anna.date_of_birth, anna.postcode, anna.iban) == (
            "de", dt.date(1980, 3, 14), "6828 AB", "NL91ABNA0417164300")
        assert anna.vog_issued_on == dt.date(2025, 1, 10) and anna.start_date == dt.date(2020, 2, 1)
        assert anna.notes == "-- allergisch voor noten"
        mohamed = uow.session.scalar(select(Volunteer).where(Volunteer.last_name == "El Amrani"))
        assert mohamed.email == "mohamed@example.nl"
        assert mohamed.phone == "0612345679"  # Excel had dropped the leading zero
        assert mohamed.date_of_birth == dt.date(1975, 7, 14) and mohamed.start_date == dt.date(2021, 9, 1)
        groups = uow.session.scalars(
            select(WorkingGroup.name).join(WorkingGroupMember).where(WorkingGroupMember.volunteer_id == anna.id)
        ).all()
        assert sorted(groups) == ["Bar", "Koffie", "Tuinploeg"]


def test_importing_the_same_file_twice_adds_nobody_the_second_time(services, admin, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS)
    services.volunteer_imports.import_file(admin, path)
    second = services.volunteer_imports.import_file(admin, path)
    assert second.imported == [] and [r for r, _n in second.already_present] == [5, 6, 8]
    assert second.exit_code == 0
    assert count(services, Volunteer) == 3
    assert count(services, WorkingGroup) == 4


def test_one_bad_row_imports_nothing_and_the_report_names_row_column_and_reason_in_dutch(services, admin, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS + BAD_ROWS)
    report = services.volunteer_imports.import_file(admin, path)
    assert report.exit_code == 2 and not report.committed
    assert report.invalid_rows == [9, 10, 11]
    text = "\n".join(report.lines())
    assert "rij 9, kolom D (Geboortedatum): 31-02-2026 is geen bestaande datum" in text
    assert "rij 10, kolom J (IBAN): IBAN NL00ABNA0417164300" in text and "controlegetal" in text
    assert "rij 11, kolom A (Voornaam): de voornaam ontbreekt" in text
    assert "Er is niets geïmporteerd" in text
    assert count(services, Volunteer) == 0 and count(services, WorkingGroup) == 0


def test_skip_invalid_imports_the_valid_rows_and_reports_the_rest(services, admin, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS + BAD_ROWS)
    report = services.volunteer_imports.import_file(admin, path, skip_invalid=True)
    assert report.committed and report.exit_code == 2
    assert len(report.imported) == 3 and report.invalid_rows == [9, 10, 11]
    assert count(services, Volunteer) == 3


def test_a_dry_run_reports_what_would_happen_and_saves_nothing(services, admin, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS)
    report = services.volunteer_imports.import_file(admin, path, dry_run=True)
    assert len(report.imported) == 3 and not report.committed
    assert "Proefdraai: er is niets opgeslagen." in report.lines()
    assert count(services, Volunteer) == 0 and count(services, WorkingGroup) == 0


def test_duplicates_in_the_file_are_imported_once_and_reported(services, admin, tmp_path):
    twin = list(GOOD_ROWS[0])
    twin[5] = "06 99999999"
    by_mail = ["Ann", "", "Vries-Jansen", "", "anna@example.nl", "", "", "", "", "", "", "", "", "", ""]
    path = messy_workbook(tmp_path / "lijst.xlsx", [GOOD_ROWS[0], twin, by_mail], footer=False)
    report = services.volunteer_imports.import_file(admin, path)
    assert len(report.imported) == 1
    assert report.duplicates_in_file == [(6, 5), (8, 5)]
    assert any("Rij 6 is dezelfde persoon als rij 5" in line for line in report.lines())
    assert count(services, Volunteer) == 1


def test_a_person_already_in_the_database_by_email_is_not_doubled(services, admin, tmp_path):
    from app.domain.volunteers import VolunteerInput

    services.volunteers.create(admin, VolunteerInput(first_name="A.", last_name="de Vries", email="Anna@Example.nl"))
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS[:1])
    report = services.volunteer_imports.import_file(admin, path)
    assert report.imported == [] and [r for r, _n in report.already_present] == [5]


def test_a_csv_with_english_headings_semicolons_and_a_full_name_column_imports(services, admin, tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Volunteer list"])
        writer.writerow([])
        writer.writerow(["Name", "Date of birth", "E-mail", "Phone", "City", "Groups"])
        writer.writerow(["Jan van 't Hek", "02-03-1955", "jan@example.nl", "0612345678", "Harderwijk", "Bar, Café"])
        writer.writerow(["Berg, Els van den", "1960-12-01", "", "", "Rotterdam", ""])
        writer.writerow(["", "", "", "", "", ""])
    report = services.volunteer_imports.import_file(admin, path)
    assert [name for _r, name in report.imported] == ["Jan van 't Hek", "Els van den Berg"]
    with services.db.reader() as uow:
        els = uow.session.scalar(select(Volunteer).where(Volunteer.last_name == "Berg"))
        assert (els.first_name, els.infix, els.town) == ("Els", "van den", "Rotterdam")
    assert "Café" in report.groups_created


@pytest.mark.parametrize("kind", ["not_a_spreadsheet", "empty", "encrypted", "headerless", "old_xls"])
def test_a_file_that_cannot_be_imported_gets_one_clear_line_exit_2_and_changes_nothing(
    services, admin, tmp_path, monkeypatch, capsys, kind
):
    path = tmp_path / f"{kind}.xlsx"
    if kind == "not_a_spreadsheet":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "encrypted":  # what Excel writes for a password: an OLE file with an EncryptedPackage
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le"))
    elif kind == "old_xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "Workbook".encode("utf-16-le"))
    else:
        workbook = Workbook()
        workbook.active.append(["boodschappen", "melk", "brood"])
        workbook.active.append(["12", "13", "14"])
        workbook.save(path)
    with pytest.raises(ImportFileError):
        services.volunteer_imports.import_file(admin, path)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    url = services.db.url.render_as_string(hide_password=False)
    code = main(["--database-url", url, "import", "volunteers", str(path), "--user", "beheerder"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1
    expected = {"not_a_spreadsheet": "geen Excel-werkmap", "empty": "is leeg", "encrypted": "wachtwoord",
                "headerless": "Geen kopregel", "old_xls": ".xlsx"}[kind]
    assert expected in err[0]
    assert count(services, Volunteer) == 0
    assert count(services, WorkingGroup) == 0
    with services.db.reader() as uow:
        changes = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity.in_(("volunteer", "working_group"))))
    assert changes == 0


def test_the_command_prints_a_summary_and_exits_2_when_rows_were_refused(services, admin, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    url = services.db.url.render_as_string(hide_password=False)
    good = messy_workbook(tmp_path / "goed.xlsx", GOOD_ROWS)
    assert main(["--database-url", url, "import", "volunteers", str(good), "--user", "beheerder", "--dry-run"]) == 0
    assert "Zou worden geïmporteerd: 3" in capsys.readouterr().out
    assert main(["--database-url", url, "import", "volunteers", str(good), "--user", "beheerder"]) == 0
    out = capsys.readouterr().out
    assert "Geïmporteerd: 3" in out and "Onbekende kolommen (niet geïmporteerd): Schoenmaat" in out
    bad = messy_workbook(tmp_path / "fout.xlsx", GOOD_ROWS + BAD_ROWS)
    assert main(["--database-url", url, "import", "volunteers", str(bad), "--user", "beheerder"]) == 2
    out = capsys.readouterr().out
    assert "Al aanwezig (niet dubbel): 3 (rijen 5, 6, 8)" in out
    assert "Afgekeurd: 3 rijen (9, 10, 11)" in out
    assert count(services, Volunteer) == 3


def test_only_roles_that_may_import_can_import(services, actors, tmp_path):
    path = messy_workbook(tmp_path / "lijst.xlsx", GOOD_ROWS)
    for role in ("penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied):
            services.volunteer_imports.import_file(actors[role], path)
    assert count(services, Volunteer) == 0
    report = services.volunteer_imports.import_file(actors["coordinator"], path)
    assert len(report.imported) == 3
