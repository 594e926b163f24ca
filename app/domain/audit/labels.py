"""Readable names for what the audit trail stores as codes (actions, record types, fields),
and readable values: the screen and the exported workbook use these same words. A code that
is not listed is shown as it is, so a new area never hides an entry."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import formatting, validation
from app.i18n import current_language, translator

_ = translator("security")


def _actions() -> dict[str, str]:
    return {
        "create": _("created"), "update": _("changed"), "delete": _("deleted"), "state": _("status changed"),
        "view": _("viewed personal details"), "export": _("exported"), "import": _("imported"),
        "login": _("logged in"), "login_failed": _("wrong password"), "change_password": _("changed own password"),
        "reset_password": _("password reset"), "backup": _("backup made"), "restore": _("backup restored"),
        "finalise": _("made final"), "credit": _("credited"), "paid": _("payment registered"),
        "cancel": _("cancelled"), "anonymise": _("anonymised"), "attach": _("attachment added"),
        "correct": _("corrected"), "link": _("linked"), "override": _("limit overridden"), "split": _("split"),
        "ingediend": _("submitted"), "toegekend": _("granted"), "afgewezen": _("rejected"),
        "verantwoord": _("accounted for"), "vastgesteld": _("settled"), "concept": _("back to concept"),
        "demo": _("demo data created"), "transfer": _("data transferred here"),
        "clean_text": _("control characters removed from stored text"),
    }


def _records() -> dict[str, str]:
    return {
        "centre": _("Centre"), "setting": _("Setting"), "user_account": _("Account"), "database": _("Database"),
        "audit_log": _("Audit trail"), "volunteer": _("Volunteer"), "volunteer_hours": _("Hours"),
        "working_group": _("Working group"), "working_group_member": _("Working group member"), "theme": _("Theme"),
        "allowance_line": _("Allowance line"), "allowance_limit": _("Allowance limits"),
        "allowance_statements": _("Year statements"), "allowances": _("Allowance overview"),
        "payment_batch": _("Payment run"), "room": _("Room"), "room_tariff": _("Room tariff"),
        "closing_day": _("Closing day"), "booking": _("Booking"), "booking_series": _("Booking series"),
        "invoice": _("Invoice"), "invoice_line": _("Invoice line"), "renter": _("Renter"), "funder": _("Funder"),
        "subsidy_application": _("Subsidy application"), "subsidy_budget_line": _("Budget line"),
        "subsidy_actual_cost": _("Actual cost"), "annual_plan": _("Annual plan"),
        "vog": _("VOG"), "allowance_arrangement": _("Allowance arrangement"), "attachment": _("Attachment"),
    }


def _fields() -> dict[str, str]:
    return {
        "iban": _("IBAN"), "name": _("Name"), "first_name": _("First name"), "infix": _("Infix"),
        "last_name": _("Last name"), "street": _("Street"), "postcode": _("Postcode"), "town": _("Town"),
        "email": _("E-mail"), "phone": _("Phone"), "status": _("Status"), "state": _("Status"),
        "amount": _("Amount"), "total": _("Total"), "number": _("Number"), "date_of_birth": _("Date of birth"),
        "paid_on": _("Paid on"), "issue_date": _("Invoice date"), "due_date": _("Due date"), "role": _("Role"),
        "active": _("Active"), "notes": _("Notes"), "description": _("Description"), "hours": _("Hours"),
        "worked_on": _("Date worked"), "kvk_number": _("KvK number"), "contact_name": _("Contact person"),
        "photo_consent": _("Photo consent"), "newsletter_consent": _("Newsletter"), "value": _("Value"),
        "id": _("Number"), "year": _("Year"), "sequence": _("Sequence number"), "kind": _("Kind"),
        "period_start": _("Period from"), "period_end": _("Period until"), "renter_id": _("Renter (no.)"),
        "volunteer_id": _("Volunteer (no.)"), "room_id": _("Room (no.)"), "credit_for_id": _("Credits invoice (no.)"),
        "created_at": _("Created on"), "created_by": _("Created by"), "finalised_at": _("Made final on"),
        "finalised_by": _("Made final by"), "version": _("Version"), "username": _("User name"),
        "display_name": _("Display name"), "activity": _("Activity"), "title": _("Title"), "reason": _("Reason"),
        "month": _("Month"), "rate": _("Rate"), "kilometres": _("Kilometres"), "override_reason": _("Override reason"),
        "rejection_reason": _("Rejection reason"), "local_start": _("Start"), "local_end": _("End"),
        "availability": _("Availability"), "skills": _("Skills"), "emergency_contact": _("Emergency contact"),
        "start_date": _("Start date"), "end_date": _("End date"), "working_group_ids": _("Working groups (no.)"),
        "photo_consent_date": _("Photo consent recorded on"), "newsletter_consent_date": _("Newsletter consent recorded on"),
        "vog_requested_on": _("VOG requested on"), "vog_issued_on": _("VOG issued on"), "vog_seen_by": _("VOG seen by"),
        "vog_seen_on": _("VOG seen on"),
        "centre_id": _("Centre (no.)"), "centre_ids": _("Centres (no.)"), "failed_attempts": _("Failed logins"),
        "locked_until": _("Locked until"), "last_login_at": _("Last logged in"), "public": _("Public activity"),
    }


@cache
def _table(kind: str, language: str) -> dict[str, str]:
    """The labels of one kind in one language, made once (an export labels thousands of entries)."""
    return {"actions": _actions, "records": _records, "fields": _fields}[kind]()


def action_label(code: str | None) -> str:
    return _table("actions", current_language()).get(code or "", code or "")


def record_label(code: str | None) -> str:
    return _table("records", current_language()).get(code or "", code or "")


def field_label(name: str) -> str:
    return _table("fields", current_language()).get(name, name.replace("_", " "))


AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def value_text(field: str, value: Any, *, limit: int = 80) -> str:
    """A stored value as a person reads it: Dutch dates, local times, a masked IBAN, ja/nee."""
    if value is None or value == "":
        return "—"
    if value is True or value is False:
        return _("yes") if value else _("no")
    if isinstance(value, str):
        if "iban" in field:
            return validation.mask_iban(value) or value
        if _ISO_DATE.match(value):
            return formatting.date(dt.date.fromisoformat(value))
        if _ISO_DATETIME.match(value):
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            local = moment.astimezone(AMSTERDAM) if moment.tzinfo else moment
            return formatting.datetime(local.replace(tzinfo=None))
        text = value
    elif isinstance(value, list | tuple):
        text = ", ".join(value_text(field, v) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{field_label(k)}: {value_text(k, v)}" for k, v in value.items())
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def values_text(values: dict | None) -> str:
    """`IBAN: NL44 •••• …` and `Woonplaats: Arnhem`, one line per field that has a value."""
    return "\n".join(f"{field_label(k)}: {value_text(k, v)}" for k, v in (values or {}).items()
                     if v is not None and v != "")


def changes_text(before: dict | None, after: dict | None) -> str:
    """`IBAN: NL44 … → NL91 …` per field that changed."""
    before, after = before or {}, after or {}
    keys = list(before) + [k for k in after if k not in before]
    parts = []
    for key in keys:
        old = value_text(key, before[key]) if key in before else "—"
        new = value_text(key, after[key]) if key in after else "—"
        parts.append(f"{field_label(key)}: {old} → {new}" if key in before else f"{field_label(key)}: {new}")
    return "\n".join(parts)
