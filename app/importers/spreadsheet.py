"""Reading the sheets people already keep: .xlsx (openpyxl) or .csv (any common delimiter and
encoding). Rows keep the number Excel shows. A file that cannot be read says why in one line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import translator
from app.domain.text.clean import clean_cell
from app.importers.guard import FileRefused, check_input_file, explain, read_limited
from app.importers.safety import check_archive, limit_cells, limit_rows

_ = translator("volunteers")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARKER = "EncryptedPackage".encode("utf-16-le")
MAX_BYTES = 50 * 1024 * 1024


class ImportFileError(FileRefused):
    """The file as a whole cannot be imported; nothing was changed."""

    exit_code = 2


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[tuple[int, list[Any]]]  # (row number as Excel shows it, cell values)


def read_sheet(path: Path) -> Sheet:
    """The first worksheet of an .xlsx file or a CSV file. Size and type are checked before
    anything is read; whatever goes wrong while reading becomes one ImportFileError."""
    try:
        path = check_input_file(path, max_bytes=MAX_BYTES)
        data = read_limited(path, MAX_BYTES)
    except FileRefused as refused:
        raise ImportFileError(str(refused)) from None
    if not data.strip():
        raise ImportFileError(_("{file} is empty.").format(file=path.name))
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_MARKER in data:
            raise ImportFileError(_(
                "{file} is protected with a password. Open it in Excel, remove the password "
                "(File > Info > Protect workbook) and save it again."
            ).format(file=path.name))
        raise ImportFileError(_(
            "{file} is an old Excel file (.xls). Open it in Excel and save it as .xlsx."
        ).format(file=path.name))
    if data.startswith(b"PK"):
        sheet = _read_xlsx(path, data)
    else:
        sheet = _read_csv(path, data)
    if not any(any(_filled(v) for v in cells) for _n, cells in sheet.rows):
        raise ImportFileError(_("{file} is empty.").format(file=path.name))
    return sheet


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    check_archive(data, path.name)  # a zip bomb, encryption, odd packing: refused before unpacking
    number = None
    try:
        with warnings.catch_warnings():  # openpyxl's warnings are about the file: not for stderr
            warnings.simplefilter("ignore")
            from openpyxl import load_workbook
            from openpyxl.worksheet._read_only import ReadOnlyWorksheet

            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = [s for s in workbook.worksheets if isinstance(s, ReadOnlyWorksheet)]
                active = workbook.active
                sheet = active if isinstance(active, ReadOnlyWorksheet) else (sheets[0] if sheets else None)
                if sheet is None:
                    raise ImportFileError(_(
                        "{file} has no worksheet with a list (the workbook is damaged or holds only charts)."
                    ).format(file=path.name))
                # The declared dimension (A1:XFD1048576) is not trusted: rows are read as they are.
                sheet.reset_dimensions()
                rows = []
                number = 0
                for number, values in enumerate(
                        limit_cells(limit_rows(map(_trimmed, sheet.iter_rows(values_only=True)), path.name), path.name),
                        start=1):
                    rows.append((number, [_cell(v) for v in values]))
                number = None
                return Sheet(clean_cell(sheet.title) or path.stem, rows)
            finally:
                workbook.close()
    except FileRefused:
        raise
    except Exception as error:  # noqa: BLE001 - every library error becomes one message
        refused = explain(error, path.name, row=number + 1 if number is not None else None)
        raise ImportFileError(str(refused)) from None


def _trimmed(values: Any) -> Any:
    """A row without its empty cells at the end (a stray cell far right counts, spaces do not)."""
    end = len(values)
    while end and not _filled(values[end - 1]):
        end -= 1
    return values[:end] if end < len(values) else values


def _cell(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    return clean_cell(value)


def _read_csv(path: Path, data: bytes) -> Sheet:
    binary = data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ"))
    if binary or (b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise ImportFileError(_(
            "{file} is not an Excel workbook (.xlsx) or CSV file that Wijkhuis can read."
        ).format(file=path.name))
    text = None
    encodings = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252", "latin-1")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise ImportFileError(_("{file} is not a text file.").format(file=path.name))
    sample = "\n".join(text.splitlines()[:30])[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(";,\t", key=sample.count)
    if "\x00" in text:
        raise ImportFileError(_(
            "{file} contains NUL characters: it is not a CSV file Wijkhuis can read."
        ).format(file=path.name))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for values in limit_cells(limit_rows(map(_trimmed, reader), path.name), path.name):
            rows.append((reader.line_num, [clean_cell(v) for v in values]))
    except csv.Error as error:
        refused = explain(error, path.name, row=reader.line_num + 1)
        raise ImportFileError(str(refused)) from None
    # csv.reader's line_num is the line the row ended on; a row without line breaks in a cell
    # starts there too, which is what a spreadsheet shows.
    return Sheet(path.stem, rows)
