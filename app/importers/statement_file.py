"""What every bank statement reader shares: the error that refuses a file as a whole, and the
largest file a statement can be."""

from __future__ import annotations

from app.domain.errors import WijkhuisError
from app.i18n import translator

_ = translator("allowances")

MAX_BYTES = 50 * 1024 * 1024


class StatementFileError(WijkhuisError):
    """The file is refused as a whole; nothing was imported."""

    exit_code = 2


def check_size(data: bytes, label: str) -> None:
    if len(data) > MAX_BYTES:
        raise StatementFileError(_("{file} is larger than a bank statement can be; it was not read.").format(file=label))


def not_a_statement(label: str) -> StatementFileError:
    """A file that is neither CAMT.053 nor MT940 (a PDF, a CSV, the payment file itself)."""
    return StatementFileError(_(
        "{file} is not a bank statement Wijkhuis can read. Download the statement from your bank as "
        "\"CAMT.053\" (XML) or \"MT940\", not as PDF or CSV.").format(file=label))
