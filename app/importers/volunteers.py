"""A coordinator's volunteer list → checked rows. Finds the header row under a title and a
"bijgewerkt op" line, maps headings written in people's own words (Dutch or English) to
fields, normalises what can be normalised (dates, IBAN, postcode, phone numbers Excel turned
into numbers, groups in one cell) and names every problem by Excel row, column and reason."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from app.domain import volunteers as rules
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.importers.spreadsheet import ImportFileError, Sheet

_ = translator("volunteers")

HEADER_SCAN_ROWS = 30
PREVIEW_ROWS = 10

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "voornamen", "roepnaam", "firstname", "givenname", "forename"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "tussenv", "tv", "voorvoegsel", "infix", "prefix"),
    "last_name": ("achternaam", "familienaam", "geslachtsnaam", "lastname", "surname", "familyname"),
    "full_name": ("naam", "name", "volledigenaam", "fullname", "naamvrijwilliger", "vrijwilliger", "volunteer"),
    "date_of_birth": ("geboortedatum", "geborenop", "geb", "gebdatum", "gebdat", "dateofbirth", "birthdate",
                      "birthday", "dob", "verjaardag", "geboren"),
    "email": ("email", "emailadres", "mail", "mailadres", "emailaddress", "eadres", "emailadressen"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "telefoonnr", "mobiel", "mobielnummer", "mobielenummer",
              "mobile", "phone", "phonenumber", "gsm", "telefoonmobiel", "06nummer", "mobilephone"),
    "street": ("adres", "straat", "straatenhuisnummer", "straathuisnummer", "straatnr", "address", "street",
               "streetaddress", "straatnaam", "woonadres"),
    "house_number": ("huisnummer", "huisnr", "nr", "housenumber", "number", "huisnummertoevoeging"),
    "postcode": ("postcode", "zip", "zipcode", "postalcode", "pc"),
    "town": ("woonplaats", "plaats", "stad", "town", "city", "gemeente", "place", "residence"),
    "iban": ("iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "ibannummer", "bankaccount",
             "accountnumber", "rekeningnr", "rekening", "bankrekeningiban"),
    "working_groups": ("werkgroep", "werkgroepen", "groep", "groepen", "team", "teams", "workinggroup",
                       "workinggroups", "group", "groups", "activiteit", "activiteiten"),
    "vog_issued_on": ("vog", "vogafgegeven", "vogdatum", "datumvog", "vogafgiftedatum", "voggeldigvanaf",
                      "vogissued", "vogdate", "vogontvangen", "afgiftedatumvog", "vogafgifte", "vogissuedon"),
    "vog_requested_on": ("vogaangevraagd", "vogaanvraag", "vogrequested", "datumvogaanvraag", "vogaangevraagdop"),
    "start_date": ("lidsinds", "startdatum", "begindatum", "indienst", "sinds", "vrijwilligersinds", "startdate",
                   "since", "membersince", "datumstart", "actiefsinds", "start", "begonnen", "begonnenop"),
    "end_date": ("einddatum", "gestoptop", "enddate", "uitdienst", "stopdatum", "gestopt"),
    "skills": ("vaardigheden", "kwaliteiten", "skills", "talenten", "kennis"),
    "emergency_contact": ("noodcontact", "incasevannood", "ice", "contactbijnood", "emergencycontact",
                          "noodnummer", "bijnoodbellen"),
    "notes": ("opmerkingen", "opmerking", "notities", "notitie", "bijzonderheden", "notes", "remarks", "comments",
              "toelichting", "memo"),
}
NAME_FIELDS = ("first_name", "last_name", "full_name")
_FOOTER = re.compile(r"(totaal|total|aantal|einde|end of|bijgewerkt|gegenereerd|bron:|\d+\s+(vrijwilligers|personen|rijen|people))", re.I)
_GROUP_SPLIT = re.compile(r"[;,/\n]+")


def field_labels() -> dict[str, str]:
    """Field → the name a coordinator reads (for the mapping step and the reports)."""
    return {
        "first_name": _("First name"), "infix": _("Infix"), "last_name": _("Last name"),
        "full_name": _("Full name (split automatically)"), "date_of_birth": _("Date of birth"),
        "email": _("E-mail"), "phone": _("Phone"), "street": _("Street and number"),
        "house_number": _("House number"), "postcode": _("Postcode"), "town": _("Town"), "iban": _("IBAN"),
        "working_groups": _("Working groups"), "vog_issued_on": _("VOG issued on"),
        "vog_requested_on": _("VOG requested on"), "start_date": _("Start date"), "end_date": _("End date"),
        "skills": _("Skills"), "emergency_contact": _("Emergency contact"), "notes": _("Notes"),
    }


def compact(heading: Any) -> str:
    text = re.sub(r"\(.*?\)", "", str(heading or "")).lower()
    return re.sub(r"[^0-9a-z]", "", text.replace("é", "e").replace("ë", "e"))


def match_heading(heading: Any) -> str | None:
    key = compact(heading)
    if not key:
        return None
    for name, words in SYNONYMS.items():
        if key in words:
            return name
    best: tuple[int, str] | None = None
    for name, words in SYNONYMS.items():
        for word in words:
            if len(word) >= 4 and (key.startswith(word) or key.endswith(word)):
                if best is None or len(word) > best[0]:
                    best = (len(word), name)
    return best[1] if best else None


@dataclass(frozen=True)
class Column:
    index: int
    letter: str
    heading: str
    field: str | None

    def label(self) -> str:
        return _("column {letter} ({heading})").format(letter=self.letter, heading=self.heading or "—")


@dataclass(frozen=True)
class ParsedRow:
    row: int  # as Excel numbers it
    values: rules.VolunteerInput | None  # None when the row is invalid
    groups: tuple[str, ...]
    problems: tuple[FieldProblem, ...] = ()


@dataclass
class ImportPlan:
    sheet: str
    header_row: int
    columns: list[Column]
    preview: list[tuple[int, list[str]]]
    rows: list[ParsedRow] = field(default_factory=list)
    blank_rows: int = 0
    footer_rows: list[int] = field(default_factory=list)

    @property
    def unknown_columns(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.heading]

    @property
    def mapping(self) -> dict[int, str | None]:
        return {c.index: c.field for c in self.columns}

    @property
    def invalid(self) -> list[ParsedRow]:
        return [r for r in self.rows if r.problems]

    @property
    def valid(self) -> list[ParsedRow]:
        return [r for r in self.rows if not r.problems]


def find_header(sheet: Sheet) -> tuple[int, dict[int, str | None]]:
    """The position in `sheet.rows` of the header row and its mapping."""
    best: tuple[int, int, dict[int, str | None]] | None = None
    for position, (_number, cells) in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        mapping = {i: match_heading(v) if isinstance(v, str) else None for i, v in enumerate(cells)}
        found = {f for f in mapping.values() if f}
        has_name = "full_name" in found or {"first_name", "last_name"} <= found or "last_name" in found
        if len(found) >= 2 and has_name and (best is None or len(found) > best[0]):
            best = (len(found), position, mapping)
    if best is None:
        raise ImportFileError(_(
            "No header row found in the first {n} rows: Wijkhuis needs headings such as Voornaam, "
            "Achternaam (or Naam), E-mailadres."
        ).format(n=HEADER_SCAN_ROWS))
    return best[1], best[2]


def analyse(sheet: Sheet, mapping: dict[int, str | None] | None = None, *, today: dt.date | None = None) -> ImportPlan:
    from openpyxl.utils import get_column_letter  # here: importing openpyxl takes ~0.3 s, only imports need it

    today = today or dt.date.today()
    position, found = find_header(sheet)
    header_number, header_cells = sheet.rows[position]
    mapping = found if mapping is None else mapping
    width = max([len(cells) for _n, cells in sheet.rows[position:]] + [0])
    columns = [
        Column(i, get_column_letter(i + 1), _text(header_cells[i]) if i < len(header_cells) else "", mapping.get(i))
        for i in range(width)
    ]
    columns = [c for c in columns if c.heading or c.field]
    plan = ImportPlan(sheet.name, header_number, columns, [])
    body = sheet.rows[position + 1 :]
    last_data = max((k for k, (_n, cells) in enumerate(body) if sum(_filled(v) for v in cells) >= 2), default=-1)
    for k, (number, cells) in enumerate(body):
        filled = [v for v in cells if _filled(v)]
        if not filled:
            plan.blank_rows += 1
            continue
        if k > last_data and len(filled) == 1 and _FOOTER.search(str(filled[0])):
            plan.footer_rows.append(number)
            continue
        if len(plan.preview) < PREVIEW_ROWS:
            plan.preview.append((number, [_text(cells[c.index]) if c.index < len(cells) else "" for c in columns]))
        plan.rows.append(parse_row(number, cells, columns, today))
    if not plan.rows:
        raise ImportFileError(_(
            "{sheet}: there are no rows with data under the header on row {row}."
        ).format(sheet=sheet.name, row=header_number))
    return plan


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())


def _date_value(value: Any) -> dt.date | str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 1000 < value < 100000:  # an Excel serial number
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    return _text(value)


def _phone_value(value: Any) -> str:
    text = _text(value)
    if isinstance(value, int | float) and len(text) == 9 and text[0] in "1234567":
        return "0" + text  # Excel dropped the leading zero of 0612345678
    return text


def split_groups(value: Any) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for part in _GROUP_SPLIT.split(_text(value) if not isinstance(value, str) else value):
        name = " ".join(part.split())
        if name:
            names.setdefault(name.lower(), name)
    return tuple(names.values())


def parse_row(number: int, cells: list[Any], columns: list[Column], today: dt.date) -> ParsedRow:
    raw: dict[str, Any] = {}
    source: dict[str, Column] = {}
    for column in columns:
        if column.field is None or column.index >= len(cells) or not _filled(cells[column.index]):
            continue
        if column.field not in raw:  # two phone columns: the first filled one counts
            raw[column.field] = cells[column.index]
            source[column.field] = column
    values: dict[str, Any] = {}
    if "full_name" in raw and not (raw.get("first_name") or raw.get("last_name")):
        first, infix, last = rules.split_full_name(_text(raw["full_name"]))
        values.update(first_name=first, infix=infix, last_name=last)
        for name in NAME_FIELDS + ("infix",):
            source.setdefault(name, source["full_name"])
    for name in ("first_name", "infix", "last_name", "email", "postcode", "town", "iban", "skills",
                 "emergency_contact", "notes"):
        if name in raw:
            values[name] = _text(raw[name])
    if "phone" in raw:
        values["phone"] = _phone_value(raw["phone"])
    street = _text(raw.get("street"))
    if "house_number" in raw:
        street = f"{street} {_text(raw['house_number'])}".strip()
        source.setdefault("street", source["house_number"])
    if street:
        values["street"] = street
    for name in ("date_of_birth", "vog_issued_on", "vog_requested_on", "start_date", "end_date"):
        if name in raw:
            values[name] = _date_value(raw[name])
    if values.get("end_date"):
        values["status"] = rules.Status.STOPPED.value
    groups = split_groups(raw["working_groups"]) if "working_groups" in raw else ()
    too_long = [g for g in groups if len(g) > rules.LENGTHS["working_group"]]
    if too_long:
        return ParsedRow(number, None, groups, (FieldProblem(
            source["working_groups"].label(),
            _("a working group name is longer than {n} characters").format(n=rules.LENGTHS["working_group"]),
            number),))
    data = rules.VolunteerInput(**values)
    try:
        rules.validate_volunteer(data, today)
    except ValidationError as error:
        problems = []
        by_field: dict[str, Column] = {}
        for column in columns:
            if column.field:
                by_field.setdefault(column.field, column)
        name_column = by_field.get("full_name")
        for problem in error.problems:
            column = source.get(problem.field) or by_field.get(problem.field)
            if column is None and problem.field in NAME_FIELDS:
                column = name_column
            label = column.label() if column else field_labels().get(problem.field, problem.field)
            message = problem.message
            if problem.field in ("first_name", "last_name") and not str(values.get(problem.field, "")).strip():
                message = _missing_name(problem)
            problems.append(FieldProblem(label, message, number))
        return ParsedRow(number, None, groups, tuple(problems))
    return ParsedRow(number, data, groups)


def _missing_name(problem: FieldProblem) -> str:
    if problem.field == "first_name":
        return _("the first name is missing")
    if problem.field == "last_name":
        return _("the last name is missing")
    return problem.message
