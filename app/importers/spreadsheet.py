"""Reading the sheets people already keep: .xlsx (openpyxl) or .csv (any common delimiter and
encoding). Rows keep the number Excel shows. A file that cannot be read says why in one line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import WijkhuisError
from app.importers.safety import check_archive, limit_rows
from app.i18n import translator

_ = translator("volunteers")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARKER = "EncryptedPackage".encode("utf-16-le")
MAX_BYTES = 50 * 1024 * 1024


class ImportFileError(WijkhuisError):
    """The file as a whole cannot be imported; nothing was changed."""

    exit_code = 2


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[tuple[int, list[Any]]]  # (row number as Excel shows it, cell values)


def read_sheet(path: Path) -> Sheet:
    if not path.is_file():
        raise ImportFileError(_("{file} does not exist.").format(file=path))
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError(_("{file} is empty.").format(file=path.name))
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("{file} is larger than 50 MB; that is not a list of volunteers.").format(file=path.name))
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
    from openpyxl import load_workbook

    check_archive(data, path.name)  # a zip bomb is refused before it is unpacked
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise ImportFileError(_(
            "{file} is not an Excel workbook (.xlsx) or CSV file that Wijkhuis can read."
        ).format(file=path.name)) from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        rows = []
        for number, values in enumerate(limit_rows(sheet.iter_rows(values_only=True), path.name), start=1):
            rows.append((number, [_cell(v) for v in values]))
        return Sheet(sheet.title, rows)
    finally:
        workbook.close()


def _cell(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    return value


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
    sample = "\n".join(text.splitlines()[:30])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(";,\t", key=sample.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for values in limit_rows(reader, path.name):
            rows.append((reader.line_num, list(values)))
    except csv.Error as error:
        raise ImportFileError(_("{file} cannot be read as CSV: {reason}").format(file=path.name, reason=error)) from None
    # csv.reader's line_num is the line the row ended on; a row without line breaks in a cell
    # starts there too, which is what a spreadsheet shows.
    return Sheet(path.stem, rows)
