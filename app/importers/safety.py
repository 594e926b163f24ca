"""Guards every importer runs before it trusts a file: a workbook is a zip archive, and a small
one can unpack to gigabytes (a "zip bomb") or hold millions of rows. Those are refused with a
clear message before anything is parsed, instead of freezing or exhausting the computer."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import TypeVar

from app.i18n import translator
from app.importers.guard import FileRefused

_ = translator("security")

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts of a workbook together, unpacked
MAX_RATIO = 200  # unpacked / packed for one part; real sheets stay far below
MAX_ROWS = 100_000
MAX_CELLS = 3_000_000  # rows × columns actually read; a sheet claiming XFD1048576 stops here
MAX_COLUMNS = 1_000  # filled width of one row; a volunteer list has a few dozen
MAX_ENTRIES = 2_000  # parts in one workbook; Excel writes a few dozen

T = TypeVar("T")


class UnsafeFile(FileRefused):
    """The file is refused as a whole; nothing was read into the database."""

    exit_code = 2


def check_archive(data: bytes, file_name: str) -> None:
    """Refuse a zip-based file (xlsx) that would unpack to too much. Reads only the directory."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any broken directory: the reader explains it
        return  # not a zip at all: the reader says what it is
    with archive:
        total = 0
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise UnsafeFile(_(
                "{file} holds {n} parts; a workbook has far fewer: it is damaged or made to crash programs; it was not read."
            ).format(file=file_name, n=len(entries)))
        for info in entries:
            if info.flag_bits & 0x1:
                raise UnsafeFile(_(
                    "{file} is protected with a password. Remove the password in Excel and save it again."
                ).format(file=file_name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeFile(_(
                    "{file} uses a way of packing Wijkhuis cannot read; save it again as an ordinary .xlsx."
                ).format(file=file_name))
            total += info.file_size
            packed = max(info.compress_size, 1)
            if info.file_size > 10 * 1024 * 1024 and info.file_size / packed > MAX_RATIO:
                raise UnsafeFile(_(
                    "{file} would unpack to far more than it holds ({size} MB from {packed} KB): "
                    "it is damaged or made to crash programs; it was not read."
                ).format(file=file_name, size=info.file_size // 2**20, packed=max(packed // 1024, 1)))
        if total > MAX_UNPACKED_BYTES:
            raise UnsafeFile(_(
                "{file} unpacks to {size} MB; that is more than a list Wijkhuis imports (at most {limit} MB)."
            ).format(file=file_name, size=total // 2**20, limit=MAX_UNPACKED_BYTES // 2**20))


def limit_cells(rows: Iterable[T], file_name: str, limit: int | None = None) -> Iterator[T]:
    """Pass rows (sequences) through, refusing a sheet whose cells together exceed `limit`."""
    limit = MAX_CELLS if limit is None else limit
    total = 0
    for row in rows:
        width = len(row)  # type: ignore[arg-type]
        if width > MAX_COLUMNS:
            raise UnsafeFile(_(
                "{file} has a row with more than {limit} columns; that is not a list Wijkhuis imports."
            ).format(file=file_name, limit=f"{MAX_COLUMNS:,}".replace(",", ".")))
        total += width
        if total > limit:
            raise UnsafeFile(_(
                "{file} has more than {limit} cells; split it into smaller files."
            ).format(file=file_name, limit=f"{limit:,}".replace(",", ".")))
        yield row


def limit_rows(rows: Iterable[T], file_name: str, limit: int | None = None) -> Iterator[T]:
    """Pass rows through, refusing a sheet with more than `limit` (MAX_ROWS) rows."""
    limit = MAX_ROWS if limit is None else limit
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise UnsafeFile(_(
                "{file} has more than {limit} rows; split it into smaller files."
            ).format(file=file_name, limit=f"{limit:,}".replace(",", ".")))
        yield row
