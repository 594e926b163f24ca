"""Figures that contradict the text of an accountability report: a fund reading "the activities
went as planned" next to "12 planned, 0 held" stops trusting the rest. Warnings for the
coordinator before the report is printed; nothing here blocks."""

from __future__ import annotations

from app.i18n import translator

_ = translator("subsidies")

# Phrases that claim the plan was carried out (Dutch and English texts).
AS_PLANNED = ("volgens plan", "zoals gepland", "volgens planning", "naar verwachting", "as planned", "according to plan")


def claims_as_planned(text: str) -> bool:
    folded = (text or "").casefold()
    return any(phrase in folded for phrase in AS_PLANNED)


def contradictions(text: str, planned_sessions: int, held: int, expected_participants: int,
                   participants: int) -> list[str]:
    """What a coordinator should look at before the report goes to the fund."""
    found = []
    if planned_sessions and held == 0:
        found.append(_("{planned} activities were planned but none is recorded as held: are the bookings linked "
                       "and confirmed?").format(planned=planned_sessions))
    if expected_participants and participants == 0:
        found.append(_("{expected} participants were expected but none are counted: fill in the participants "
                       "of the activities.").format(expected=expected_participants))
    short = held < planned_sessions * 0.75 or participants < expected_participants * 0.5
    if claims_as_planned(text) and short:
        found.append(_("The text says the activities went as planned, but {held} of {planned} activities were "
                       "held with {participants} of {expected} participants: adjust the text or the figures.").format(
            held=held, planned=planned_sessions, participants=participants, expected=expected_participants))
    return found
