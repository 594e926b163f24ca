"""Normalise and check the values people type or import. Each function returns the clean
value or raises `ValueError` with a Dutch message that says what is wrong (no field name:
the caller knows where the value came from)."""

from __future__ import annotations

import re

from stdnum import iban as _iban
from stdnum import numdb
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError
from stdnum.nl import postcode as _postcode

from app.i18n import translator

_ = translator("core")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-\s./]+$")
_IBAN_COUNTRIES = numdb.get("iban")


def iban(value: str) -> str:
    """`nl91 abna 0417 1643 00` → `NL91ABNA0417164300`. The length is checked per country
    before the check digits, so a digit too few is reported as such, not as a typo."""
    compact = _iban.compact(value or "")
    if not compact:
        raise ValueError(_("IBAN is empty"))
    country = _IBAN_COUNTRIES.info(compact)[0][1]
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", compact) or not country:
        raise ValueError(_("{value} is not a valid IBAN").format(value=value))
    expected = 4 + sum(int(n) for n in re.findall(r"(\d+)!", country.get("bban", "")))
    if expected > 4 and len(compact) != expected:
        raise ValueError(_("IBAN {value} has the wrong length").format(value=value))
    try:
        return _iban.validate(compact, check_country=compact.startswith("NL"))
    except InvalidChecksum:
        raise ValueError(_("IBAN {value} has a wrong check digit (typo?)").format(value=value)) from None
    except InvalidLength:
        raise ValueError(_("IBAN {value} has the wrong length").format(value=value)) from None
    except ValidationError:
        raise ValueError(_("{value} is not a valid IBAN").format(value=value)) from None


def format_iban(value: str) -> str:
    """`NL91 ABNA 0417 1643 00`."""
    return _iban.format(value) if value else ""


def mask_iban(value: str | None) -> str:
    """`NL91 •••• •••• ••43 00` — enough to recognise an account in a list, not to copy it."""
    if not value:
        return ""
    compact = _iban.compact(value)
    if len(compact) < 8:
        return "•" * len(compact)
    masked = compact[:4] + "•" * (len(compact) - 8) + compact[-4:]
    return " ".join(masked[i : i + 4] for i in range(0, len(masked), 4))


def postcode(value: str) -> str:
    """Dutch postcode: `6828ab` → `6828 AB`."""
    try:
        return _postcode.validate(value or "")
    except ValidationError:
        raise ValueError(_("{value} is not a Dutch postcode (1234 AB)").format(value=value)) from None


def email(value: str) -> str:
    cleaned = (value or "").strip()
    if not _EMAIL.match(cleaned):
        raise ValueError(_("{value} is not an e-mail address").format(value=value))
    return cleaned.lower()


def phone(value: str) -> str:
    cleaned = " ".join((value or "").split())
    digits = re.sub(r"\D", "", cleaned)
    if not _PHONE_CHARS.match(cleaned) or not 9 <= len(digits) <= 15:
        raise ValueError(_("{value} is not a phone number").format(value=value))
    return cleaned


def kvk_number(value: str) -> str:
    """The Chamber of Commerce number: eight digits."""
    cleaned = re.sub(r"\s", "", value or "")
    if not re.fullmatch(r"\d{8}", cleaned):
        raise ValueError(_("{value} is not a KvK number (8 digits)").format(value=value))
    return cleaned


def required_text(value: str | None, max_length: int = 200) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValueError(_("is required"))
    if len(cleaned) > max_length:
        raise ValueError(_("is longer than {n} characters").format(n=max_length))
    return cleaned
