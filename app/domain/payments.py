"""The states of a payment run (betaalrun) and what may be done with it in each. A run is made
with its SEPA file; the treasurer confirms it when the bank has accepted the file, or cancels it
so that its lines can be paid in another run."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import translator

_ = translator("allowances")


class BatchState(StrEnum):
    CREATED = "aangemaakt"
    PAID = "betaald"
    CANCELLED = "geannuleerd"

    @property
    def label(self) -> str:
        labels = {BatchState.CREATED: _("made, not yet confirmed"), BatchState.PAID: _("paid"),
                  BatchState.CANCELLED: _("cancelled")}
        return labels[self]


class BatchAction(StrEnum):
    CONFIRM = "confirm"
    CANCEL = "cancel"


TRANSITIONS: dict[BatchState, frozenset[BatchState]] = {
    BatchState.CREATED: frozenset({BatchState.PAID, BatchState.CANCELLED}),
    BatchState.PAID: frozenset(),
    BatchState.CANCELLED: frozenset(),
}

_ACTION_TARGETS = {BatchAction.CONFIRM: BatchState.PAID, BatchAction.CANCEL: BatchState.CANCELLED}


def allowed_actions(state: BatchState | str) -> frozenset[BatchAction]:
    return frozenset(a for a, target in _ACTION_TARGETS.items() if target in TRANSITIONS[BatchState(state)])
