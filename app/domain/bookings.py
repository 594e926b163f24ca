"""Rules of booking a room, without a database: wall-clock time to UTC, overlap including
buffers, closing days, opening hours, and the price of a booking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.domain.formatting import round_money
from app.i18n import translator

_ = translator("rooms")

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class BookingStatus(StrEnum):
    """A booking is an option until confirmed; a cancelled booking keeps its reason and history."""

    OPTION = "optie"
    CONFIRMED = "bevestigd"
    CANCELLED = "geannuleerd"


OPTION, CONFIRMED, CANCELLED = BookingStatus.OPTION, BookingStatus.CONFIRMED, BookingStatus.CANCELLED
STATUSES = tuple(BookingStatus)
CATEGORIES = ("buurtgroep", "maatschappelijk", "commercieel")
DEFAULT_PERCENTAGES = {"buurtgroep": 0, "maatschappelijk": 35, "commercieel": 100}
PER_HOUR, PER_DAY_PART = "uur", "dagdeel"
# No booking (with its buffers) lasts longer than this — a booking lies within one day's opening
# hours — so the overlap query looks back only this far and walks a short stretch of the index
# on (room, block_start) instead of every booking of the room.
MAX_BLOCK = dt.timedelta(hours=32)
MAX_BUFFER_MINUTES = 240


def category_names() -> dict[str, str]:
    return {"buurtgroep": _("neighbourhood group"), "maatschappelijk": _("non-profit"), "commercieel": _("commercial")}


def status_names() -> dict[str, str]:
    return {OPTION: _("option"), CONFIRMED: _("confirmed"), CANCELLED: _("cancelled")}


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive Amsterdam wall-clock time as a UTC instant. A time that does not exist (the hour
    skipped in March) moves forward; an ambiguous one (October) takes the first, summer-time one."""
    aware = local.replace(tzinfo=AMSTERDAM, fold=0)
    roundtrip = aware.astimezone(dt.UTC).astimezone(AMSTERDAM).replace(tzinfo=None)
    if roundtrip != local:  # in the gap: take the instant after the gap
        aware = local.replace(tzinfo=AMSTERDAM, fold=1)
    return aware.astimezone(dt.UTC)


def to_local(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(AMSTERDAM).replace(tzinfo=None)


def overlaps(a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime) -> bool:
    """Half-open intervals: a booking ending at 12:00 does not clash with one starting at 12:00."""
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Block:
    """A booking's occupation of a room as UTC instants, with and without buffers."""

    start: dt.datetime
    end: dt.datetime
    block_start: dt.datetime
    block_end: dt.datetime


def block_for(local_start: dt.datetime, local_end: dt.datetime, setup: int, cleanup: int) -> Block:
    start, end = to_utc(local_start), to_utc(local_end)
    return Block(start, end, start - dt.timedelta(minutes=setup), end + dt.timedelta(minutes=cleanup))


def time_problems(local_start: dt.datetime, local_end: dt.datetime, setup: int, cleanup: int) -> list[tuple[str, str]]:
    problems = []
    if local_end <= local_start:
        problems.append(("end", _("the end must be after the start")))
    if not (0 <= setup <= MAX_BUFFER_MINUTES and 0 <= cleanup <= MAX_BUFFER_MINUTES):
        problems.append(("setup_minutes", _("buffers are between 0 and {n} minutes").format(n=MAX_BUFFER_MINUTES)))
    elif local_end - local_start + dt.timedelta(minutes=setup + cleanup) > MAX_BLOCK:
        problems.append(("end", _("a booking with its buffers lasts at most {n} hours; book a series instead").format(
            n=int(MAX_BLOCK.total_seconds() // 3600))))
    return problems


# ---- closing days ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _public_holidays(year: int, liberation_every_year: bool) -> dict[dt.date, str]:
    import holidays  # imported here: the package takes ~0.3 s to load and start-up does not need it

    categories = ("public", "optional") if liberation_every_year else ("public",)
    found = holidays.Netherlands(years=year, categories=categories, language="nl")
    return dict(found.items())


def public_holidays(start: dt.date, end: dt.date, *, liberation_every_year: bool = True) -> dict[dt.date, str]:
    """Dutch public holidays from `start` up to and including `end`. Liberation Day is a day off
    every year when the setting says so (the law makes it one only every fifth year)."""
    result: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _public_holidays(year, liberation_every_year).items():
            if start <= day <= end:
                result[day] = name
    return result


# ---- opening hours and day parts ------------------------------------------------------------


def parse_hhmm(text: str) -> dt.time:
    hours, minutes = text.strip().split(":")
    try:
        return dt.time(int(hours), int(minutes))
    except OverflowError:  # "09:99999999999999999999" is a typing error, not a crash
        raise ValueError(text) from None


def opening_for(opening_hours: dict, day: dt.date) -> tuple[dt.time, dt.time] | None:
    """The room's opening and closing time on a date, or None when it is closed that weekday.
    A room without opening hours is open all day."""
    if not opening_hours:
        return dt.time(0, 0), dt.time(23, 59)
    hours = opening_hours.get(str(day.weekday()))
    if not hours:
        return None
    return parse_hhmm(hours[0]), parse_hhmm(hours[1])


def within_opening(opening_hours: dict, local_start: dt.datetime, local_end: dt.datetime) -> bool:
    hours = opening_for(opening_hours, local_start.date())
    if hours is None:
        return False
    opens, closes = hours
    if local_end.date() != local_start.date():
        return closes >= dt.time(23, 59) and local_end.time() == dt.time(0, 0) and opens <= local_start.time()
    return opens <= local_start.time() and local_end.time() <= closes


def day_parts_covered(day_parts: list[dict], local_start: dt.datetime, local_end: dt.datetime) -> int:
    """How many of the room's day parts the booking touches (at least one)."""
    count = 0
    for part in day_parts:
        start = dt.datetime.combine(local_start.date(), parse_hhmm(part["start"]))
        end = dt.datetime.combine(local_start.date(), parse_hhmm(part["end"]))
        if overlaps(local_start, local_end, start, end):
            count += 1
    return max(count, 1)


# ---- tariffs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tariff:
    hourly_rate: Decimal
    day_part_rate: Decimal


@dataclass(frozen=True)
class Price:
    quantity: Decimal
    unit: str  # "uur" or "dagdeel"
    unit_price: Decimal
    amount: Decimal


def tariff_for(category: str, tariffs: dict[str, Tariff], percentages: dict[str, int | float]) -> Tariff:
    """A room's tariff for a renter category: the category's own row when the room has one,
    otherwise the commercial (full) tariff times the category's percentage."""
    if category in tariffs:
        return tariffs[category]
    full = tariffs.get("commercieel")
    if full is None:
        return Tariff(Decimal("0"), Decimal("0"))
    share = Decimal(str(percentages.get(category, DEFAULT_PERCENTAGES.get(category, 100)))) / 100
    return Tariff(round_money(full.hourly_rate * share), round_money(full.day_part_rate * share))


def price(
    tariff: Tariff, basis: str, local_start: dt.datetime, local_end: dt.datetime, day_parts: list[dict]
) -> Price:
    if basis == PER_DAY_PART:
        parts = Decimal(day_parts_covered(day_parts, local_start, local_end))
        return Price(parts, PER_DAY_PART, tariff.day_part_rate, round_money(parts * tariff.day_part_rate))
    hours = Decimal((local_end - local_start).total_seconds()) / Decimal(3600)
    hours = hours.quantize(Decimal("0.01"))
    return Price(hours, PER_HOUR, tariff.hourly_rate, round_money(hours * tariff.hourly_rate))


def weekday_label(index: int) -> str:
    from app.domain.recurrence import weekday_names

    return weekday_names()[index]


DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")  # dates in Wijkhuis are always Dutch


def _day(value: dt.date) -> str:
    return f"{DUTCH_DAYS[value.weekday()]} {value:%d-%m-%Y}"


def when_text(local_start: dt.datetime, local_end: dt.datetime) -> str:
    """"di 24-11-2026 19:00–21:00" (the date is always Dutch, like every date in Wijkhuis)."""
    end = local_end.strftime("%H:%M") if local_end.date() == local_start.date() else f"{_day(local_end.date())} {local_end:%H:%M}"
    return f"{_day(local_start.date())} {local_start:%H:%M}–{end}"


# -- the district calendar ---------------------------------------------------------------------
# The centres of one district warn each other when two public activities (an inspraakavond, a
# buurtoverleg, an open avond) fall on the same evening: the neighbourhood cannot be at both.
# An activity is "on the evening" of the day it starts when it is still going at 18:00 or later,
# so an inspraakavond from 17:30 counts, a coffee morning does not.
EVENING_FROM = dt.time(18, 0)


def evening_of(local_start: dt.datetime, local_end: dt.datetime) -> dt.date | None:
    """The day whose evening this activity takes part of, or None for a daytime activity."""
    if local_end > dt.datetime.combine(local_start.date(), EVENING_FROM):
        return local_start.date()
    return None


# -- invoices ----------------------------------------------------------------------------------
class InvoiceState(StrEnum):
    """An invoice is a concept (a preview, freely changed or removed) until it is made final;
    only then does it get its number. A credit invoice reverses a final one."""

    CONCEPT = "concept"
    FINAL = "definitief"


class InvoiceKind(StrEnum):
    INVOICE = "factuur"
    CREDIT = "creditfactuur"
