"""The one guarded way in for every file a user hands the program (imports, backups to preview
or restore, attachments, later bank statements) and every file or folder it writes to.

- A path is taken as the user typed it: `~` and relative paths work, and a missing file, a
  folder, a device such as /dev/null or an unreadable file each get their own Dutch sentence.
- The size is checked with `stat` before anything is read, and reading stops one byte past the
  limit: a 1 GB file is refused at once, with next to no memory.
- Whatever a parsing library raises on a damaged file (zlib, zipfile, XML, csv, openpyxl's
  ValueError/IndexError/KeyError, …) becomes one message that says what is wrong with the
  file and, where known, on which row and column (`explain`, driven by `LIBRARY_ERRORS`).
"""

from __future__ import annotations

import csv
import errno
import os
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import ParseError

from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("security")

try:  # defusedxml refuses entity expansion and external references (openpyxl uses it too)
    from defusedxml import DefusedXmlException
except ImportError:  # pragma: no cover - defusedxml is a dependency
    DefusedXmlException = ParseError  # type: ignore[misc,assignment]


class FileRefused(WijkhuisError):
    """A file (or folder) the program will not read or write; nothing was changed."""

    exit_code = 2


# -- paths ---------------------------------------------------------------------------------------
def user_path(raw: str | os.PathLike[str]) -> Path:
    """The path as the user meant it: `~` expanded, relative to the current folder."""
    text = os.fspath(raw)
    if isinstance(text, bytes):  # pragma: no cover - argparse gives str
        text = os.fsdecode(text)
    path = Path(text.strip()).expanduser() if text.strip() else Path(text)
    try:
        return path.absolute()
    except OSError:  # the current folder was removed
        return path


def check_input_file(raw: str | os.PathLike[str], *, max_bytes: int | None = None, what: str | None = None) -> Path:
    """A regular, readable, non-empty file of at most `max_bytes`, or a FileRefused that says why.
    Reads nothing."""
    path = user_path(raw)
    what = what or _("The file")
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileRefused(_("{what} {path} does not exist.").format(what=what, path=path)) from None
    except OSError as error:
        raise FileRefused(os_message(error, path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(_("{path} is a folder, not a file; choose a file in it.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(_("{path} is not an ordinary file (it is a device or a pipe); choose a file.").format(path=path))
    if not os.access(path, os.R_OK):
        raise FileRefused(_("You may not read {path} (no permission).").format(path=path))
    if info.st_size == 0:
        raise FileRefused(_("{file} is empty.").format(file=path.name))
    if max_bytes is not None and info.st_size > max_bytes:
        raise FileRefused(too_large(path, info.st_size, max_bytes))
    return path


def too_large(path: Path, size: int, limit: int) -> str:
    return _("{file} is {size} MB; Wijkhuis reads files of at most {limit} MB, so it was not read.").format(
        file=path.name, size=max(size // 2**20, 1), limit=limit // 2**20)


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than `max_bytes` (a file that grows while read is refused too)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise FileRefused(os_message(error, path)) from None
    if len(data) > max_bytes:
        raise FileRefused(too_large(path, len(data), max_bytes))
    return data


def check_output_path(raw: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """Where a file (or, with `folder`, files) will be written: the folder must exist and be
    writable; a file must not be a folder."""
    path = user_path(raw)
    if folder:
        if path.exists() and not path.is_dir():
            raise FileRefused(_("{path} is a file, not a folder.").format(path=path))
        parent = path if path.exists() else path.parent
    else:
        if path.is_dir():
            raise FileRefused(_("{path} is a folder; give a file name in it.").format(path=path))
        parent = path.parent
    if not parent.exists():
        raise FileRefused(_("The folder {folder} does not exist.").format(folder=parent))
    if not parent.is_dir():
        raise FileRefused(_("{folder} is not a folder.").format(folder=parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise FileRefused(_("You may not write in the folder {folder} (no permission).").format(folder=parent))
    return path


def os_message(error: OSError, path: Path | str | None = None) -> str:
    """An operating-system error about a file, in the user's language."""
    where = path if path is not None else (error.filename or "")
    if isinstance(error, FileNotFoundError):
        return _("{path} does not exist.").format(path=where)
    if isinstance(error, IsADirectoryError):
        return _("{path} is a folder, not a file; choose a file in it.").format(path=where)
    if isinstance(error, NotADirectoryError):
        return _("{path} is not a folder.").format(path=where)
    if isinstance(error, PermissionError):
        return _("You may not read or write {path} (no permission).").format(path=where)
    if error.errno == errno.ENOSPC:
        return _("The disk is full; {path} could not be written.").format(path=where)
    if error.errno == errno.EROFS:
        return _("{path} is on a disk that cannot be written to.").format(path=where)
    return _("{path} cannot be read or written (system error {number}).").format(path=where, number=error.errno or "?")


# -- what a library says about a damaged file, in Dutch ------------------------------------------
def _damaged_zip(file: str, _e: BaseException) -> str:
    return _("{file} is damaged: it is not a complete Excel workbook (the zip archive is broken).").format(file=file)


def _damaged_deflate(file: str, _e: BaseException) -> str:
    return _("{file} is damaged: a compressed part cannot be unpacked.").format(file=file)


def _bad_xml(file: str, _e: BaseException) -> str:
    return _("{file} is damaged: a part of the workbook is not complete or not valid XML.").format(file=file)


def _forbidden_xml(file: str, _e: BaseException) -> str:
    return _("{file} contains XML constructions Wijkhuis refuses for safety (entities or external references).").format(file=file)


def _unsupported(file: str, _e: BaseException) -> str:
    return _("{file} uses a way of packing Wijkhuis cannot read; save it again as an ordinary .xlsx.").format(file=file)


def _encrypted(file: str, _e: BaseException) -> str:
    return _("{file} is protected with a password. Remove the password in Excel and save it again.").format(file=file)


def _bad_value(file: str, _e: BaseException) -> str:
    return _("{file} holds a value that does not fit its cell (text where a number or date is declared, or a cell outside the sheet).").format(file=file)


def _missing_part(file: str, _e: BaseException) -> str:
    return _("{file} is damaged: a part the workbook refers to is missing.").format(file=file)


def _bad_csv(file: str, _e: BaseException) -> str:
    return _("{file} cannot be read as CSV: a cell is too long or its quotes do not match.").format(file=file)


def _bad_text(file: str, _e: BaseException) -> str:
    return _("{file} is not a text file in a known encoding.").format(file=file)


def _too_big(file: str, _e: BaseException) -> str:
    return _("{file} is too large or too deeply nested to read safely.").format(file=file)


def _os(file: str, error: BaseException) -> str:
    assert isinstance(error, OSError)
    return os_message(error, file)


def _unexpected(file: str, _e: BaseException) -> str:
    return _("{file} is damaged or is not a file Wijkhuis can read.").format(file=file)


# Most specific first: the first class the error is an instance of gives the message.
LIBRARY_ERRORS: tuple[tuple[type[BaseException], Callable[[str, BaseException], str]], ...] = (
    (DefusedXmlException, _forbidden_xml),
    (ParseError, _bad_xml),
    (zlib.error, _damaged_deflate),
    (zipfile.BadZipFile, _damaged_zip),
    (zipfile.LargeZipFile, _too_big),
    (EOFError, _damaged_zip),
    (NotImplementedError, _unsupported),
    (UnicodeError, _bad_text),
    (csv.Error, _bad_csv),
    (MemoryError, _too_big),
    (RecursionError, _too_big),
    (OverflowError, _bad_value),
    (ValueError, _bad_value),
    (IndexError, _missing_part),
    (KeyError, _missing_part),
    (OSError, _os),
    (RuntimeError, _encrypted),  # zipfile: "File … is encrypted, password required"
    (Exception, _unexpected),  # AttributeError, TypeError, …: a structure the library did not expect
)


def _rank(error: BaseException) -> int:
    if isinstance(error, RuntimeError) and not isinstance(error, RecursionError | NotImplementedError) \
            and "encrypt" not in str(error).lower():
        return len(LIBRARY_ERRORS) - 1  # some other RuntimeError: unexpected
    return next(i for i, (kind, _d) in enumerate(LIBRARY_ERRORS) if isinstance(error, kind))


def _most_telling(error: BaseException) -> BaseException:
    """openpyxl wraps the real cause ("could not read worksheets" → ParseError, entities, …):
    the most specific error in the chain tells the user most."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return min(chain, key=_rank)


def _describe(error: BaseException, file_name: str) -> str:
    rank = _rank(error)
    return LIBRARY_ERRORS[rank][1](file_name, error)


def explain(error: BaseException, file_name: str, *, row: int | None = None, column: str | None = None) -> FileRefused:
    """The Dutch refusal for whatever a library raised while reading `file_name`."""
    if isinstance(error, FileRefused):
        return error
    message = _describe(_most_telling(error), file_name)
    if row is not None and column:
        message += " " + _("(at row {row}, column {column})").format(row=row, column=column)
    elif row is not None:
        message += " " + _("(at row {row})").format(row=row)
    message += " " + _("Nothing was changed.")
    return FileRefused(message)
