"""The readable half of an access request (AVG): everything Wijkhuis holds on one person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph, Spacer

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
        "photo_consent": _("Photo consent"), "photo_consent_date": _("Photo consent given on"),
        "newsletter_consent": _("Newsletter"), "newsletter_consent_date": _("Newsletter consent given on"),
        "vog_requested_on": _("VOG requested on"), "vog_issued_on": _("VOG issued on"),
        "vog_seen_by": _("VOG seen by"), "vog_seen_on": _("VOG seen on"), "vog_due": _("VOG renewal due"),
        "vog_state": _("VOG state"), "anonymised_at": _("Anonymised on"),
    }


def _show(value: Any) -> str:
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def write_person_data(path: Path, data: dict[str, Any], letterhead: Letterhead | None) -> None:
    style = styles()
    width = usable_width()
    person = data["person"]
    names = labels()
    story: list = [
        Paragraph(escape(_("Personal data held on {name}").format(
            name=" ".join(p for p in (person.get("first_name"), person.get("infix"), person.get("last_name")) if p))),
            style["title"]),
        Paragraph(escape(_("Answer to an access request. Exported on {at} by {by}. The same data is in the "
                           "accompanying JSON file.").format(at=data["exported_at"], by=data["exported_by"])),
                  style["small"]),
        Spacer(1, 6),
        Paragraph(escape(_("Personal details")), style["h2"]),
        table([[names.get(k, k), _show(v)] for k, v in person.items()], header=[_("Field"), _("Value")],
              widths=[width * 0.35, width * 0.65]),
        Paragraph(escape(_("Working groups")), style["h2"]),
    ]
    groups = data.get("working_groups") or []
    story.append(Paragraph(escape(", ".join(g["name"] for g in groups) or "—"), style["body"]))
    story.append(Paragraph(escape(_("Hours worked")), style["h2"]))
    hours = data.get("hours") or []
    if hours:
        story.append(table([[h["worked_on"], h["hours"], h["activity"]] for h in hours],
                           header=[_("Date"), _("Hours"), _("Activity")], right_align=[1],
                           widths=[width * 0.2, width * 0.15, width * 0.65]))
    else:
        story.append(Paragraph("—", style["body"]))
    for table_name, rows in (data.get("other_records") or {}).items():
        story.append(Paragraph(escape(_("Other records: {table}").format(table=table_name)), style["h2"]))
        for row in rows:  # one line per record, empty fields left out
            text = " · ".join(f"<b>{escape(k)}</b> {escape(_show(v))}" for k, v in row.items() if v not in (None, "", []))
            story.append(Paragraph(text, style["small"]))
            story.append(Spacer(1, 3))
    story.append(Paragraph(escape(_("Who opened or changed this record")), style["h2"]))
    trail = data.get("audit_trail") or []
    story.append(table([[e["at"][:16].replace("T", " "), e["by"], e["action"], e["detail"]] for e in trail] or [["—", "", "", ""]],
                       header=[_("When"), _("Who"), _("Action"), _("Detail")],
                       widths=[width * 0.22, width * 0.18, width * 0.15, width * 0.45]))
    build_document(path, story, title=_("Personal data"), letterhead=letterhead,
                   footer_note=_("Confidential: personal data"))
