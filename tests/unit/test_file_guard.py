"""The guarded way in for files (app/importers/guard.py): every library exception in the table
becomes a Dutch message naming the file (and row/column when known); paths as users type them;
the size is checked before reading, so a 1 GB file is refused at once with little memory."""

from __future__ import annotations

import csv
import os
import tracemalloc
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

import pytest
from defusedxml import DefusedXmlException, EntitiesForbidden

from app.importers import guard
from app.importers.guard import FileRefused, check_input_file, check_output_path, explain, user_path
from app.importers.spreadsheet import ImportFileError, read_sheet
from tests.integration.fuzz_support import english_words

# One real instance per row of the table, as the libraries raise them.
SAMPLES: dict[type[BaseException], tuple[BaseException, str]] = {
    DefusedXmlException: (EntitiesForbidden("lol", None, None, None, None, None), "veiligheid"),
    ParseError: (ParseError("no element found: line 1, column 40"), "geen geldige XML"),
    zlib.error: (zlib.error("Error -3 while decompressing data: invalid block type"), "kan niet worden uitgepakt"),
    zipfile.BadZipFile: (zipfile.BadZipFile("File is not a zip file"), "zip-archief is kapot"),
    zipfile.LargeZipFile: (zipfile.LargeZipFile("zip64"), "te groot"),
    EOFError: (EOFError(), "zip-archief is kapot"),
    NotImplementedError: (NotImplementedError("That compression method is not supported"), "ingepakt op een manier"),
    UnicodeError: (UnicodeDecodeError("utf-8", b"\xc3", 0, 1, "unexpected end of data"), "codering"),
    csv.Error: (csv.Error("field larger than field limit (131072)"), "aanhalingstekens"),
    MemoryError: (MemoryError(), "te groot"),
    RecursionError: (RecursionError("maximum recursion depth exceeded"), "te diep genest"),
    OverflowError: (OverflowError("date value out of range"), "past"),
    ValueError: (ValueError("Invalid column index 475254"), "past"),
    IndexError: (IndexError("list index out of range"), "ontbreekt"),
    KeyError: (KeyError("There is no item named 'xl/worksheets/sheet1.xml' in the archive"), "ontbreekt"),
    OSError: (PermissionError(13, "Permission denied"), "geen toestemming"),
    RuntimeError: (RuntimeError("File 'xl/workbook.xml' is encrypted, password required for extraction"), "wachtwoord"),
    Exception: (AttributeError("'Chartsheet' object has no attribute 'iter_rows'"), "beschadigd"),
}


def test_every_row_of_the_table_has_a_sample_and_gives_a_dutch_message_naming_the_file():
    assert set(SAMPLES) == {kind for kind, _describe in guard.LIBRARY_ERRORS}
    for kind, (error, expected) in SAMPLES.items():
        message = str(explain(error, "lijst.xlsx"))
        assert "lijst.xlsx" in message and expected in message, (kind, message)
        assert message.endswith("Er is niets veranderd.") and not english_words(message), (kind, message)


def test_row_and_column_are_named_when_known():
    message = str(explain(ValueError("could not convert string to float: 'abc'"), "lijst.xlsx", row=7, column="C"))
    assert "(bij rij 7, kolom C)" in message
    assert "(bij rij 12)" in str(explain(csv.Error("x"), "lijst.csv", row=12))


def test_the_real_cause_inside_openpyxls_wrapper_decides_the_message():
    try:
        try:
            raise EntitiesForbidden("lol", None, None, None, None, None)
        except EntitiesForbidden as inner:
            raise ValueError("Unable to read workbook: could not read worksheets") from inner
    except ValueError as outer:
        assert "veiligheid" in str(explain(outer, "bom.xlsx"))


def test_another_runtime_error_is_not_called_a_password():
    assert "wachtwoord" not in str(explain(RuntimeError("generator raised StopIteration"), "x.xlsx"))


def test_relative_paths_and_the_home_folder_are_taken_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "lijst.csv").write_text("Voornaam;Achternaam\nPiet;Jansen\n", encoding="utf-8")
    assert user_path("lijst.csv") == tmp_path / "lijst.csv"
    assert user_path("~/lijst.csv") == tmp_path / "lijst.csv"
    assert check_input_file("./lijst.csv") == tmp_path / "lijst.csv"
    assert read_sheet(Path("~/lijst.csv")).rows[1][1] == ["Piet", "Jansen"]


@pytest.mark.parametrize("case, expected", [
    ("missing", "bestaat niet"),
    ("folder", "is een map, geen bestand"),
    ("device", "geen gewoon bestand"),
    ("empty", "is leeg"),
    ("unreadable", "geen toestemming"),
])
def test_each_unusable_input_gets_its_own_dutch_sentence(tmp_path, monkeypatch, case, expected):
    path = {"missing": tmp_path / "weg.xlsx", "folder": tmp_path, "device": Path(os.devnull),
            "empty": tmp_path / "leeg.xlsx", "unreadable": tmp_path / "geheim.xlsx"}[case]
    if case == "empty":
        path.write_bytes(b"")
    if case == "unreadable":
        path.write_bytes(b"PK")
        real_access = os.access
        monkeypatch.setattr(guard.os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(FileRefused) as refused:
        check_input_file(path)
    assert expected in str(refused.value) and not english_words(str(refused.value))
    with pytest.raises(ImportFileError) as refused_import:
        read_sheet(path)
    assert expected in str(refused_import.value)


def test_output_paths_are_checked_before_anything_is_written(tmp_path):
    assert check_output_path(tmp_path / "uit.xlsx") == tmp_path / "uit.xlsx"
    assert check_output_path(tmp_path, folder=True) == tmp_path
    for path, folder, expected in [
        (tmp_path / "nergens" / "uit.xlsx", False, "bestaat niet"),
        (tmp_path, False, "is een map"),
    ]:
        with pytest.raises(FileRefused, match=expected):
            check_output_path(path, folder=folder)
    (tmp_path / "bestand").write_text("x")
    with pytest.raises(FileRefused, match="geen map"):
        check_output_path(tmp_path / "bestand", folder=True)


def test_a_1_gb_file_is_refused_at_once_with_little_memory(tmp_path):
    huge = tmp_path / "enorm.xlsx"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.write(b"PK\x03\x04")
        handle.truncate(2**30)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as refused:
            read_sheet(huge)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20
    assert "enorm.xlsx" in str(refused.value) and "1024 MB" in str(refused.value)


def test_a_file_that_grows_past_the_limit_while_read_is_still_refused(tmp_path):
    path = tmp_path / "groeit.csv"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(FileRefused, match="groeit.csv"):
        guard.read_limited(path, 1000)


def test_a_declared_dimension_of_the_whole_sheet_takes_no_time(tmp_path):
    import time

    from tests.fixtures import broken_files

    path = tmp_path / "dimensie.xlsx"
    path.write_bytes(broken_files.XLSX_KINDS["dimensie-xfd.xlsx"]())
    started = time.process_time()
    sheet = read_sheet(path)
    assert time.process_time() - started < 1.0
    assert sheet.rows[0][1] == ["Voornaam", "Achternaam"] and sheet.rows[1][1] == ["Piet"]


def test_openpyxls_warnings_about_a_file_do_not_reach_stderr(tmp_path, capfd):
    import warnings

    from tests.fixtures import broken_files

    path = tmp_path / "datum.xlsx"
    path.write_bytes(broken_files.date_out_of_range())  # openpyxl: "Cell C2 is marked as a date but …"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from openpyxl import load_workbook

        list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert caught and "marked as a date" in str(caught[0].message)  # the file does make openpyxl warn
    capfd.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_sheet(path)
    assert not caught
    assert capfd.readouterr().err == ""


def test_an_attachment_is_read_through_the_same_guard(tmp_path):
    from app.services.common import attachments

    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4 bon")
    assert attachments.read_file(receipt) == b"%PDF-1.4 bon"
    huge = tmp_path / "film.pdf"
    with huge.open("wb") as handle:
        handle.truncate(2**30)
    for path, expected in ((huge, "1024 MB"), (tmp_path, "is een map"), (tmp_path / "weg.pdf", "bestaat niet")):
        with pytest.raises(FileRefused, match=expected):
            attachments.read_file(path)
