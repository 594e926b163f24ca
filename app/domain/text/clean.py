"""Clean text at the edge: C0 control characters (except tab, line feed and carriage return),
DEL and unpaired UTF-16 surrogates never enter Wijkhuis. They are invisible, break Excel files
(openpyxl refuses them), XML and PDFs, and can hide text. Every text written to the database
passes `clean` (app/db/text_guard.py), every imported cell `clean_cell`, and every exported
cell `clean` again, so that an old value stored before this rule cannot break an export."""

from __future__ import annotations

import re
from typing import Any

# C0 controls except \t \n \r, DEL, and lone surrogates (a valid pair never reaches a Python
# str as two code points, so any surrogate here is unpaired).
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def has_unwanted(text: str) -> bool:
    return _UNWANTED.search(text) is not None


def clean(text: str) -> str:
    """The text without control characters and unpaired surrogates (unchanged when there are none)."""
    if not _UNWANTED.search(text):
        return text
    return _UNWANTED.sub("", text)


def clean_cell(value: Any) -> Any:
    """A spreadsheet cell: texts cleaned, everything else as it is."""
    return clean(value) if isinstance(value, str) else value
