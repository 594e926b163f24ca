"""Contact details shown masked in lists, as the IBAN already is: enough to recognise a person,
not to copy the address or number. The full values are shown when the details are opened,
and opening them is audited (app/services/volunteers.py)."""

from __future__ import annotations

DOT = "•"


def mask_email(value: str | None) -> str:
    """`a•••@voorbeeld.nl`: the first letter and the domain."""
    if not value:
        return ""
    local, at, domain = value.partition("@")
    if not at:
        return local[:1] + DOT * 3
    return f"{local[:1]}{DOT * 3}@{domain}"


def mask_phone(value: str | None) -> str:
    """`06 •••• 5678`: the first two and the last four digits."""
    if not value:
        return ""
    digits = [c for c in value if c.isdigit()]
    if len(digits) < 7:
        return DOT * len(digits)
    return f"{''.join(digits[:2])} {DOT * (len(digits) - 6)} {''.join(digits[-4:])}"
