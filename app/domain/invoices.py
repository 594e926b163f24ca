"""Invoice states and kinds. An invoice is a concept (a preview, freely changed or removed) until
it is made final; only then does it get its number. A credit invoice reverses a final one."""

from __future__ import annotations

from enum import StrEnum


class InvoiceState(StrEnum):
    CONCEPT = "concept"
    FINAL = "definitief"


class InvoiceKind(StrEnum):
    INVOICE = "factuur"
    CREDIT = "creditfactuur"
