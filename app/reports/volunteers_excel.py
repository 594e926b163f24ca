"""The volunteer list as an Excel workbook: one row per person with every field, Dutch
headings, real dates, frozen header, filter and fitting widths (through app.reports.excel,
which also keeps text that starts with =, +, - or @ from running as a formula)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.domain import validation
from app.domain import volunteers as rules
from app.i18n import translator
from app.reports.excel import Column, new_workbook, prepare_for_print, write_table

_ = translator("volunteers")


def columns() -> list[Column]:
    return [
        Column(_("No.")), Column(_("First name")), Column(_("Infix")), Column(_("Last name")),
        Column(_("Date of birth"), "date"), Column(_("E-mail")), Column(_("Phone")), Column(_("Street and number")),
        Column(_("Postcode")), Column(_("Town")), Column(_("IBAN")), Column(_("Start date"), "date"),
        Column(_("End date"), "date"), Column(_("Status")), Column(_("Working groups")), Column(_("Skills")),
        Column(_("Availability")), Column(_("Emergency contact")), Column(_("Notes")),
        Column(_("Photo consent"), "bool"), Column(_("Photo consent recorded on"), "date"),
        Column(_("Newsletter"), "bool"), Column(_("Newsletter consent recorded on"), "date"),
        Column(_("VOG requested on"), "date"), Column(_("VOG issued on"), "date"), Column(_("VOG seen by")),
        Column(_("VOG seen on"), "date"), Column(_("VOG renewal due"), "date"), Column(_("VOG state")),
    ]


def row(person) -> list:
    return [
        person.id, person.first_name, person.infix, person.last_name, person.date_of_birth, person.email,
        person.phone, person.street, person.postcode, person.town, validation.format_iban(person.iban),
        person.start_date, person.end_date, rules.status_label(person.status), ", ".join(n for _g, n in person.groups),
        person.skills, ", ".join(person.availability), person.emergency_contact, person.notes,
        person.photo_consent, person.photo_consent_date, person.newsletter_consent, person.newsletter_consent_date,
        person.vog_requested_on, person.vog_issued_on, person.vog_seen_by, person.vog_seen_on, person.vog_due,
        rules.vog_state_label(person.vog_state),
    ]


def write_volunteers(path: Path, people: Sequence, *, centre: str = "") -> None:
    workbook = new_workbook()
    sheet = workbook.create_sheet(_("Volunteers"))
    write_table(sheet, columns(), (row(p) for p in people))
    prepare_for_print(workbook, title=_("Volunteers"), centre=centre)
    workbook.save(path)
