"""Every importer, fed random and malformed files: random bytes, a renamed .xls, an empty file,
a sheet over 50 MB, a zip bomb-like workbook, a workbook cut in half. Each gives a clear
message — never a crash — and the database is left exactly as it was.

Importers are found from the services: every reachable service with an `import_file(actor,
path, …)` method (today: volunteer_imports). A new importer with that method is fuzzed too.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.base import Base
from app.domain.errors import WijkhuisError
from app.services import Services
from tests.integration.test_security_permissions import _resolve, _service_objects


def importer_paths() -> list[str]:
    from app.db.database import Database

    database = Database("sqlite://")
    try:
        objects = _service_objects(Services.for_database(database))
    finally:
        database.dispose()
    return sorted(path for path, obj in objects.items() if callable(getattr(obj, "import_file", None)))


def test_the_volunteer_importer_is_found():
    assert "volunteer_imports" in importer_paths()


def _fingerprint(db) -> dict[str, int]:
    """Rows per table: an import that refused must not have changed any."""
    import app.db.models  # noqa: F401 (registers every table)

    with db.reader() as uow:
        return {
            name: uow.session.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
        }


def _import(services, actor, path_name: str, file: Path):
    return _resolve(services, path_name).import_file(actor, file)


def _zip_bomb(path: Path, megabytes: int) -> Path:
    row = b'<row><c t="inlineStr"><is><t>Jansen</t></is></c><c t="inlineStr"><is><t>Piet</t></is></c></row>'
    chunk = row * (1_048_576 // len(row))
    good = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["Voornaam", "Achternaam"])
    workbook.save(good)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(info, source.read(info))
        with bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData>')
            for _ in range(megabytes):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path


def _workbook_bytes(rows: list[list]) -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(buffer)
    return buffer.getvalue()


MALFORMED = {
    "leeg.xlsx": lambda tmp: b"",
    "spaties.csv": lambda tmp: b"   \n\n  \r\n",
    "oud-excel.xlsx": lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,
    "beveiligd.xlsx": lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600,
    "foto.xlsx": lambda tmp: b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20,
    "document.csv": lambda tmp: b"%PDF-1.7\n" + bytes(range(256)) * 10,
    "kapot.xlsx": lambda tmp: _workbook_bytes([["Voornaam", "Achternaam"], ["Piet", "Jansen"]])[:700],
    "geen-zip.xlsx": lambda tmp: b"PK\x03\x04" + b"\x00" * 100,
    "binair.csv": lambda tmp: bytes(range(256)) * 40,
    "alleen-kop.xlsx": lambda tmp: _workbook_bytes([["Voornaam", "Achternaam", "E-mail"]]),
    "onzin-kolommen.xlsx": lambda tmp: _workbook_bytes([["a", "b"], [1, 2], ["=1+1", "@SUM(A1)"]]),
}


@pytest.mark.parametrize("importer", importer_paths())
@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_gives_a_clear_message_and_changes_nothing(db, services, actors, tmp_path, importer, name):
    file = tmp_path / name
    file.write_bytes(MALFORMED[name](tmp_path))
    before = _fingerprint(db)
    try:
        report = _import(services, actors["coordinator"], importer, file)
    except WijkhuisError as refusal:
        message = str(refusal).strip()
        assert message and len(message) < 600 and "Traceback" not in message
        assert _fingerprint(db) == before
    else:  # read, but nothing in it to import: at most the audit line that says so
        assert getattr(report, "refused", False) or not getattr(report, "imported", [1]), report
        after = _fingerprint(db)
        assert {k: v for k, v in after.items() if k != "audit_log"} == {k: v for k, v in before.items() if k != "audit_log"}


@pytest.mark.parametrize("importer", importer_paths())
def test_a_zip_bomb_is_refused_quickly_before_it_is_unpacked(db, services, actors, tmp_path, importer):
    bomb = _zip_bomb(tmp_path / "vrijwilligers.xlsx", 400)
    assert bomb.stat().st_size < 5 * 2**20
    before = _fingerprint(db)
    started = time.monotonic()
    with pytest.raises(WijkhuisError) as refused:
        _import(services, actors["coordinator"], importer, bomb)
    assert time.monotonic() - started < 5
    assert "vrijwilligers.xlsx" in str(refused.value) and "MB" in str(refused.value)
    assert _fingerprint(db) == before


@pytest.mark.parametrize("importer", importer_paths())
def test_a_file_over_50_mb_is_refused_with_a_message(sqlite_db, tmp_path, importer):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    big = tmp_path / "groot.csv"
    with big.open("wb") as handle:
        handle.write(b"Voornaam;Achternaam\n")
        line = b"Piet;Jansen\n" * 10_000
        while handle.tell() <= 50 * 2**20:
            handle.write(line)
    before = _fingerprint(sqlite_db)
    started = time.monotonic()
    with pytest.raises(WijkhuisError, match="groot.csv"):
        _import(services, admin, importer, big)
    assert time.monotonic() - started < 10
    assert _fingerprint(sqlite_db) == before


@pytest.mark.parametrize("importer", importer_paths())
def test_a_sheet_with_too_many_rows_is_refused_with_a_message(sqlite_db, tmp_path, importer, monkeypatch):
    from app.importers import safety

    monkeypatch.setattr(safety, "MAX_ROWS", 500)
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    many = tmp_path / "lang.xlsx"
    many.write_bytes(_workbook_bytes([["Voornaam", "Achternaam"]] + [["Piet", f"Jansen{n}"] for n in range(600)]))
    before = _fingerprint(sqlite_db)
    with pytest.raises(WijkhuisError, match="lang.xlsx.*500"):
        _import(services, admin, importer, many)
    assert _fingerprint(sqlite_db) == before


@pytest.mark.parametrize("importer", importer_paths())
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".xls", ""])
def test_random_bytes_never_crash_an_importer_nor_change_the_database(sqlite_db, tmp_path, importer, suffix):
    services = Services.for_database(sqlite_db)
    admin = services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    file = tmp_path / f"willekeurig{suffix}"

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.one_of(
        st.binary(max_size=4000),
        st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
        st.text(max_size=400).map(lambda t: t.encode("utf-8")),
        st.text(alphabet=";,\t\n\"=+-@abc123", max_size=300).map(lambda t: ("Voornaam;Achternaam\n" + t).encode()),
    ))
    def check(data):
        before = _fingerprint(sqlite_db)
        file.write_bytes(data)
        try:
            report = _import(services, admin, importer, file)
        except WijkhuisError as refusal:
            assert str(refusal).strip()
            assert _fingerprint(sqlite_db) == before
            return
        if getattr(report, "refused", False) or not getattr(report, "imported", []):
            after = _fingerprint(sqlite_db)
            assert {k: v for k, v in after.items() if k != "audit_log"} == {k: v for k, v in before.items() if k != "audit_log"}

    check()
