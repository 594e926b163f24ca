"""The readable half of an access request (AVG): everything Wijkhuis holds on one person."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from app.domain import formatting, validation
from app.domain.audit import labels as audit_labels
from app.i18n import translator
from app.reports.pdf.document import Letterhead, build_document, escape, styles, table, usable_width

_ = translator("volunteers")


def labels() -> dict[str, str]:
    return {
        "id": _("Number"), "first_name": _("First name"), "infix": _("Infix"), "last_name": _("Last name"),
        "date_of_birth": _("Date of birth"), "email": _("E-mail"), "phone": _("Phone"),
        "street": _("Street and number"), "postcode": _("Postcode"), "town": _("Town"), "iban": _("IBAN"),
        "start_date": _("Start date"), "end_date": _("End date"), "status": _("Status"), "skills": _("Skills"),
        "availability": _("Availability"), "emergency_contact": _("Emergency contact"), "notes": _("Notes"),
        "photo_consent": _("Photo consent"), "newsletter_consent": _("Newsletter"),
        "vog_requested_on": _("VOG requested on"), "vog_issued_on": _("VOG issued on"),
        "vog_seen_by": _("VOG seen by"), "vog_seen_on": _("VOG seen on"), "vog_due": _("VOG renewal due"),
        "vog_state": _("VOG state"), "anonymised_at": _("Anonymised on"),
    }


def _show(key: str, value: Any) -> str:
    """Dutch dates, local times, the IBAN in groups of four (their own, so not masked)."""
    if isinstance(value, str) and "iban" in key and value:
        return validation.format_iban(value)
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return audit_labels.value_text(key, value, limit=400)


CONSENTS = ("photo_consent", "newsletter_consent")


def consent_text(given: Any, on: Any) -> str:
    """One answer per consent: "ja, gegeven op 07-05-2015" or "nee (vastgelegd op 07-05-2015)",
    never "nee" next to "gegeven op"."""
    day = _show("date", on) if on else ""
    if given:
        return _("yes, given on {date}").format(date=day) if day else _("yes")
    return _("no (recorded on {date})").format(date=day) if day else _("no")


def person_rows(person: dict[str, Any]) -> list[list[str]]:
    names = labels()
    rows = []
    for key, value in person.items():
        if key.endswith("_consent_date") and key[: -len("_date")] in CONSENTS:
            continue
        if key in CONSENTS:
            rows.append([names.get(key, key), consent_text(value, person.get(f"{key}_date"))])
            continue
        rows.append([names.get(key, key), _show(key, value)])
    return rows


def write_person_data(path: Path, data: dict[str, Any], letterhead: Letterhead | None) -> None:
    style = styles()
    width = usable_width()
    person = data["person"]
    story: list = [
        Paragraph(escape(_("Personal data held on {name}").format(
            name=" ".join(p for p in (person.get("first_name"), person.get("infix"), person.get("last_name")) if p))),
            style["title"]),
        Paragraph(escape(_("Answer to an access request. Exported on {at} by {by}. The same data is in the "
                           "accompanying JSON file.").format(at=_show("exported_at", data["exported_at"]),
                                                             by=data["exported_by"])),
                  style["small"]),
        Spacer(1, 6),
        Paragraph(escape(_("Personal details")), style["h2"]),
        table(person_rows(person), header=[_("Field"), _("Value")],
              widths=[width * 0.35, width * 0.65]),
        Paragraph(escape(_("Working groups")), style["h2"]),
    ]
    groups = data.get("working_groups") or []
    story.append(Paragraph(escape(", ".join(g["name"] for g in groups) or "—"), style["body"]))
    story.append(Paragraph(escape(_("Hours worked")), style["h2"]))
    hours = data.get("hours") or []
    if hours:
        story.append(table([[_show("worked_on", h["worked_on"]), formatting.number(Decimal(str(h["hours"])), 2),
                             h["activity"]] for h in hours],
                           header=[_("Date"), _("Hours"), _("Activity")], right_align=[1],
                           widths=[width * 0.2, width * 0.15, width * 0.65]))
    else:
        story.append(Paragraph("—", style["body"]))
    for table_name, rows in (data.get("other_records") or {}).items():
        story.append(Paragraph(escape(_("Other records: {table}").format(table=table_name)), style["h2"]))
        for row in rows:  # one line per record, empty fields left out
            text = " · ".join(f"<b>{escape(audit_labels.field_label(k))}</b> {escape(_show(k, v))}"
                              for k, v in row.items() if v not in (None, "", []))
            story.append(Paragraph(text, style["small"]))
            story.append(Spacer(1, 3))
    story.append(Paragraph(escape(_("Who opened or changed this record")), style["h2"]))
    trail = data.get("audit_trail") or []
    story.append(table([[_show("at", e["at"]), e["by"], audit_labels.action_label(e["action"]), e["detail"]]
                        for e in trail] or [["—", "", "", ""]],
                       header=[_("When"), _("Who"), _("Action"), _("Detail")],
                       widths=[width * 0.22, width * 0.18, width * 0.15, width * 0.45]))
    build_document(path, story, title=_("Personal data"), letterhead=letterhead,
                   footer_note=_("Confidential: personal data"))
