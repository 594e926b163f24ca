"""Dutch money, number and date formats, through Babel rather than hand-made strings.

Data in Wijkhuis is Dutch (euros, Dutch dates), so these formats stay Dutch whichever
interface language is chosen. Babel's non-breaking spaces are kept as ordinary spaces so
that `€ 5,60` reads the same on screen, on the command line and in a search.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal, parse_decimal

LOCALE = "nl_NL"
CENT = Decimal("0.01")


def load_locale_data() -> None:
    """Babel reads its locale data from disk on first use (~0.1 s): the window calls this on
    its background thread, so that its first formatted date does not wait on the GUI thread."""
    weekday_date(dt.date(2000, 1, 1))
    money(Decimal(0))


def _plain_spaces(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def money(amount: Decimal | int | float | None, *, blank_for_none: bool = True) -> str:
    """`€ 1.234,56`; negative amounts as `€ -12,00`."""
    if amount is None:
        return "" if blank_for_none else money(Decimal(0))
    value = round_money(Decimal(str(amount)))
    return _plain_spaces(format_currency(value, "EUR", locale=LOCALE))


def number(value: Decimal | int | float, decimals: int | None = None) -> str:
    if decimals is None:
        return _plain_spaces(format_decimal(value, locale=LOCALE))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _plain_spaces(format_decimal(value, format=pattern, locale=LOCALE))


def percent(fraction: Decimal | float, decimals: int = 1) -> str:
    return number(Decimal(str(fraction)) * 100, decimals) + " %"


def date(value: dt.date | None) -> str:
    """`22-11-2026`, the way Dutch forms write a date."""
    if value is None:
        return ""
    return _babel_date(value, "dd-MM-yyyy", locale=LOCALE)


def long_date(value: dt.date) -> str:
    """`22 november 2026`."""
    return _babel_date(value, "d MMMM yyyy", locale=LOCALE)


def weekday_date(value: dt.date) -> str:
    """`zondag 22 november 2026`."""
    return _babel_date(value, "EEEE d MMMM yyyy", locale=LOCALE)


def month_name(year: int, month: int) -> str:
    """`november 2026`."""
    return _babel_date(dt.date(year, month, 1), "MMMM yyyy", locale=LOCALE)


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return _plain_spaces(_babel_datetime(value, "dd-MM-yyyy HH:mm", locale=LOCALE))


def round_money(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str) -> Decimal:
    """Read what people type: `5,60`, `€ 1.234,56`, `1234.56`, `12`. Raises ValueError."""
    cleaned = _plain_spaces(text).replace("€", "").replace(" ", "").strip()
    if not cleaned:
        raise ValueError("empty amount")
    if "," not in cleaned and cleaned.count(".") == 1 and len(cleaned.split(".")[1]) <= 2:
        cleaned = cleaned.replace(".", ",")  # `12.50` typed with a decimal point
    try:
        value = parse_decimal(cleaned, locale=LOCALE, strict=False)
    except Exception as exc:  # babel raises NumberFormatError, a ValueError subclass, or others
        raise ValueError(f"not an amount: {text!r}") from exc
    try:
        return round_money(Decimal(value))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {text!r}") from exc


DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y")


def parse_date(text: str) -> dt.date:
    """Read `22-11-2026`, `2026-11-22`, `22/11/2026`, `22.11.2026`. Raises ValueError."""
    cleaned = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")
