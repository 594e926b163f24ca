"""The annual plan's realisation and funding in words people use.

Spent per action: the actual costs of the application that funds it (entered costs and linked
allowances, as in its accountability report). An application that funds several actions has
its costs shared by their budgets (equally when they have none), so the plan's total spent is
never counted twice.

Funding by state: "aangevraagd € 1.500,00" while the funder decides, "toegekend € 1.250,00"
once granted; never an internal state in brackets."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from app.domain import formatting
from app.domain import subsidies as rules
from app.i18n import translator

_ = translator("subsidies")

CENT = Decimal("0.01")
_GRANTED = {rules.State.GRANTED, rules.State.ACCOUNTED, rules.State.SETTLED}


def funding_text(state: str, amount: Decimal | None) -> str:
    """"requested € 1.500,00", "granted € 1.250,00", "in preparation" or "rejected"."""
    state = rules.State(state)
    money = formatting.money(amount) if amount is not None else ""
    if state in _GRANTED:
        return _("granted {amount}").format(amount=money).strip()
    if state == rules.State.SUBMITTED:
        return _("requested {amount}").format(amount=money).strip()
    if state == rules.State.REJECTED:
        return _("rejected")
    return _("in preparation")


def counts_as_funding(state: str) -> bool:
    """Requested or granted money: what the plan may count on (not concepts, not refusals)."""
    return rules.State(state) not in (rules.State.CONCEPT, rules.State.REJECTED)


def share(total: Decimal, budgets: Sequence[Decimal]) -> list[Decimal]:
    """`total` split over actions by their budgets, in cents, adding up to `total` exactly."""
    if not budgets:
        return []
    weights = list(budgets) if sum(budgets) > 0 else [Decimal(1)] * len(budgets)
    whole = sum(weights)
    parts = [(total * w / whole).quantize(CENT, ROUND_HALF_UP) for w in weights]
    parts[-1] += total - sum(parts)  # the rounding cents go to the last action
    return parts
