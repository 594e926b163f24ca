"""The rules of the volunteer register, without I/O: status, age on a date, the VOG register
(valid, expiring, expired, missing), when anonymisation is due, names and their pieces, and
checking what a coordinator typed or imported."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from app.domain import formatting, validation
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator

_ = translator("volunteers")

DEFAULT_VOG_RENEWAL_YEARS = 3
DEFAULT_ANONYMISE_AFTER_MONTHS = 24
VOG_EXPIRING_DAYS = 60
GOAL_NEAR_DAYS = 60
SETTING_VOG_YEARS = "volunteers.vog_renewal_years"
SETTING_ANONYMISE_MONTHS = "volunteers.anonymise_after_months"

DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
DAY_PARTS = ("ochtend", "middag", "avond")
AVAILABILITY_SLOTS = tuple(f"{d}-{p}" for d in DAYS for p in DAY_PARTS)

# Tussenvoegsels, longest first, for splitting "Piet van der Berg" into its parts.
INFIXES = sorted(
    ["van", "de", "der", "den", "het", "ten", "ter", "te", "van de", "van der", "van den", "van het",
     "in het", "in 't", "op de", "op den", "'t", "in de", "uit de", "uit het", "el", "al", "la", "le",
     "du", "d'", "van 't", "von", "bin", "ben"],
    key=lambda s: -len(s.split()),
)


class Status(StrEnum):
    ACTIVE = "actief"
    PAUSED = "gepauzeerd"
    STOPPED = "gestopt"


class VogState(StrEnum):
    VALID = "geldig"
    EXPIRING = "verloopt"
    EXPIRED = "verlopen"
    MISSING = "ontbreekt"


def status_label(status: str) -> str:
    return {Status.ACTIVE: _("active"), Status.PAUSED: _("paused"), Status.STOPPED: _("stopped")}.get(
        status, status
    )


def vog_state_label(state: VogState) -> str:
    return {
        VogState.VALID: _("valid"), VogState.EXPIRING: _("expires soon"),
        VogState.EXPIRED: _("expired"), VogState.MISSING: _("missing"),
    }[state]


def full_name(first: str, infix: str, last: str) -> str:
    return " ".join(part for part in (first.strip(), infix.strip(), last.strip()) if part)


def sort_name(first: str, infix: str, last: str) -> str:
    """`Berg, Piet van der`: how a Dutch register sorts people."""
    rest = " ".join(p for p in (first.strip(), infix.strip()) if p)
    if not last.strip():
        return rest
    return f"{last.strip()}, {rest}" if rest else last.strip()


def pseudonym(volunteer_id: int) -> str:
    return _("Volunteer #{id}").format(id=volunteer_id)


def split_full_name(name: str) -> tuple[str, str, str]:
    """`Piet van der Berg` → (`Piet`, `van der`, `Berg`); `Berg, Piet van der` too."""
    cleaned = " ".join(name.split())
    if "," in cleaned:
        last, rest = (p.strip() for p in cleaned.split(",", 1))
        words = rest.split()
        for infix in INFIXES:
            size = len(infix.split())
            if len(words) > size and " ".join(words[-size:]).lower() == infix:
                return " ".join(words[:-size]), " ".join(words[-size:]), last
        return rest, "", last
    words = cleaned.split()
    if len(words) < 2:
        return cleaned, "", ""
    for index in range(1, len(words) - 1):
        for infix in INFIXES:
            size = len(infix.split())
            if index + size < len(words) and " ".join(words[index : index + size]).lower() == infix:
                return " ".join(words[:index]), " ".join(words[index : index + size]), " ".join(words[index + size :])
    return " ".join(words[:-1]), "", words[-1]


def age_on(date_of_birth: dt.date | None, on_date: dt.date) -> int | None:
    if date_of_birth is None:
        return None
    return relativedelta(on_date, date_of_birth).years


def vog_due(issued_on: dt.date | None, renewal_years: int) -> dt.date | None:
    """The date by which a new VOG is needed."""
    return None if issued_on is None else issued_on + relativedelta(years=renewal_years)


def vog_state(
    issued_on: dt.date | None, on_date: dt.date, renewal_years: int = DEFAULT_VOG_RENEWAL_YEARS,
    expiring_days: int = VOG_EXPIRING_DAYS,
) -> VogState:
    due = vog_due(issued_on, renewal_years)
    if due is None:
        return VogState.MISSING
    if due <= on_date:
        return VogState.EXPIRED
    if due <= on_date + dt.timedelta(days=expiring_days):
        return VogState.EXPIRING
    return VogState.VALID


@dataclass(frozen=True)
class VogBounds:
    """Issue dates that mark the VOG states on one day, for filtering in the database:
    expired when issued on or before `expired_until`, expiring up to `expiring_until`."""

    expired_until: dt.date
    expiring_until: dt.date


def vog_bounds(on_date: dt.date, renewal_years: int, expiring_days: int = VOG_EXPIRING_DAYS) -> VogBounds:
    back = relativedelta(years=renewal_years)
    return VogBounds(on_date - back, on_date + dt.timedelta(days=expiring_days) - back)


def anonymisation_due_on(end_date: dt.date | None, months: int) -> dt.date | None:
    return None if end_date is None else end_date + relativedelta(months=months)


def is_anonymisation_due(
    status: str, end_date: dt.date | None, anonymised: bool, today: dt.date, months: int
) -> bool:
    due = anonymisation_due_on(end_date, months)
    return not anonymised and status == Status.STOPPED and due is not None and due <= today


def goal_state(end_date: dt.date | None, today: dt.date, near_days: int = GOAL_NEAR_DAYS) -> str:
    """`past`, `near` or `` for a working group's goals."""
    if end_date is None:
        return ""
    if end_date < today:
        return "past"
    if end_date <= today + dt.timedelta(days=near_days):
        return "near"
    return ""


# -- what people type ---------------------------------------------------------------------
_DATE_SHAPE = re.compile(r"^\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})\s*$")


def parse_date_text(text: str) -> dt.date:
    """A Dutch or ISO date; says whether the date does not exist or is not a date at all."""
    try:
        return formatting.parse_date(text)
    except ValueError:
        if _DATE_SHAPE.match(text):
            raise ValueError(_("{value} is not an existing date").format(value=text.strip())) from None
        raise ValueError(_("{value} is not a date (use dd-mm-yyyy)").format(value=text.strip())) from None


@dataclass(frozen=True)
class VolunteerInput:
    """What a form or an import row gives. Dates may be dates or typed text."""

    first_name: str = ""
    infix: str = ""
    last_name: str = ""
    date_of_birth: dt.date | str | None = None
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    iban: str = ""
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None
    status: str = Status.ACTIVE.value
    skills: str = ""
    availability: tuple[str, ...] = ()
    emergency_contact: str = ""
    notes: str = ""
    photo_consent: bool = False
    photo_consent_date: dt.date | str | None = None
    newsletter_consent: bool = False
    newsletter_consent_date: dt.date | str | None = None
    vog_requested_on: dt.date | str | None = None
    vog_issued_on: dt.date | str | None = None
    vog_seen_by: str = ""
    vog_seen_on: dt.date | str | None = None
    working_group_ids: tuple[int, ...] = ()


DATE_FIELDS = (
    "date_of_birth", "start_date", "end_date", "photo_consent_date", "newsletter_consent_date",
    "vog_requested_on", "vog_issued_on", "vog_seen_on",
)
PERSONAL_FIELDS = (
    "date_of_birth", "email", "phone", "street", "postcode", "town", "iban", "emergency_contact",
)
LENGTHS = {
    "first_name": 100, "infix": 30, "last_name": 100, "street": 200, "town": 100,
    "emergency_contact": 200, "vog_seen_by": 120, "email": 200, "working_group": 120,
}


@dataclass
class _Checker:
    problems: list[FieldProblem] = field(default_factory=list)
    clean: dict[str, Any] = field(default_factory=dict)

    def run(self, name: str, func, value: Any) -> None:
        try:
            self.clean[name] = func(value)
        except ValueError as error:
            self.problems.append(FieldProblem(name, str(error)))


def _at_most(name: str, func):
    """The column's maximum, checked before the database (PostgreSQL would refuse it, SQLite not)."""
    def check(value: str) -> str:
        if len((value or "").strip()) > LENGTHS[name]:
            raise ValueError(_("is longer than {n} characters").format(n=LENGTHS[name]))
        return func(value)

    return check


def _optional(func):
    def check(value: str) -> str:
        return func(value) if (value or "").strip() else ""

    return check


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date_text(value) if value.strip() else None


def _text(name: str):
    def check(value: str) -> str:
        cleaned = " ".join((value or "").split()) if name not in ("notes", "skills") else (value or "").strip()
        if name in LENGTHS and len(cleaned) > LENGTHS[name]:
            raise ValueError(_("is longer than {n} characters").format(n=LENGTHS[name]))
        return cleaned

    return check


def validate_volunteer(data: VolunteerInput, today: dt.date) -> dict[str, Any]:
    """Every problem at once (field and a Dutch reason), or the clean values."""
    checker = _Checker()
    for name in ("first_name", "last_name"):
        checker.run(name, lambda v, n=name: " ".join(validation.required_text(v, LENGTHS[n]).split()), getattr(data, name))
    for name in ("infix", "street", "town", "skills", "emergency_contact", "notes", "vog_seen_by"):
        checker.run(name, _text(name), getattr(data, name))
    checker.run("email", _optional(_at_most("email", validation.email)), data.email)
    checker.run("phone", _optional(validation.phone), data.phone)
    checker.run("postcode", _optional(validation.postcode), data.postcode)
    checker.run("iban", _optional(validation.iban), data.iban)
    for name in DATE_FIELDS:
        checker.run(name, _date, getattr(data, name))
    clean, problems = checker.clean, checker.problems
    if data.status not in {s.value for s in Status}:
        problems.append(FieldProblem("status", _("{value} is not a status").format(value=data.status)))
    else:
        clean["status"] = data.status
    unknown = [slot for slot in data.availability if slot not in AVAILABILITY_SLOTS]
    if unknown:
        problems.append(FieldProblem("availability", _("unknown day part: {slots}").format(slots=", ".join(unknown))))
    clean["availability"] = [slot for slot in AVAILABILITY_SLOTS if slot in data.availability]
    clean["photo_consent"] = bool(data.photo_consent)
    clean["newsletter_consent"] = bool(data.newsletter_consent)
    clean["working_group_ids"] = tuple(dict.fromkeys(data.working_group_ids))

    birth = clean.get("date_of_birth")
    if birth and birth > today:
        problems.append(FieldProblem("date_of_birth", _("lies in the future")))
    elif birth and (age_on(birth, today) or 0) > 110:
        problems.append(FieldProblem("date_of_birth", _("{date} makes this person older than 110").format(
            date=formatting.date(birth))))
    start, end = clean.get("start_date"), clean.get("end_date")
    if start and end and end < start:
        problems.append(FieldProblem("end_date", _("lies before the start date")))
    if clean.get("status") == Status.STOPPED and not end and "end_date" in clean:
        problems.append(FieldProblem("end_date", _("is required when someone has stopped")))
    for name in ("vog_issued_on", "vog_requested_on", "vog_seen_on"):
        value = clean.get(name)
        if value and value > today:
            problems.append(FieldProblem(name, _("lies in the future")))
    issued, seen = clean.get("vog_issued_on"), clean.get("vog_seen_on")
    if seen and issued and seen < issued:
        problems.append(FieldProblem("vog_seen_on", _("lies before the issue date")))
    if seen and not clean.get("vog_seen_by"):
        problems.append(FieldProblem("vog_seen_by", _("say who saw the original")))
    if problems:
        raise ValidationError(problems)
    return clean


def duplicate_key(first: str, infix: str, last: str, date_of_birth: dt.date | None) -> tuple | None:
    if not date_of_birth:
        return None
    return (first.strip().lower(), infix.strip().lower(), last.strip().lower(), date_of_birth)
