"""Frozen rows of this area: what services return and what reports and the window show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CentreDetails:
    name: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    kvk_number: str = ""
    iban: str = ""
    bic: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    website: str = ""
    has_logo: bool = False
    version: int | None = None
    id: int | None = None  # which centre of the organisation

    @property
    def address_lines(self) -> list[str]:
        return [line for line in (self.street, f"{self.postcode}  {self.town}".strip()) if line]
