"""A failed log-in says the same whether or not the account exists: the same words, the same
growing wait, and a disabled account is only mentioned to someone who knows its password."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.base import utcnow
from app.domain.errors import AuthenticationFailed


def _answers(services, name: str, start: dt.datetime) -> list[str]:
    answers = []
    for attempt in range(6):
        now = start + dt.timedelta(seconds=attempt)  # tries again at once: some are refused by the wait
        with pytest.raises(AuthenticationFailed) as refused:
            services.users.authenticate(name, "fout-wachtwoord", now=now)
        answers.append(str(refused.value))
    later = start + dt.timedelta(hours=1)  # after waiting, the next wrong try is counted again
    with pytest.raises(AuthenticationFailed) as refused:
        services.users.authenticate(name, "fout-wachtwoord", now=later)
    answers.append(str(refused.value))
    return answers


def test_a_stranger_cannot_tell_an_existing_account_from_an_unknown_name(services, admin):
    start = utcnow()
    real = _answers(services, "beheerder", start)
    unknown = _answers(services, "bestaat-niet", start)
    assert real == unknown
    assert real[0] == "Onbekende gebruikersnaam of verkeerd wachtwoord."
    assert real[2] == "Onbekende gebruikersnaam of verkeerd wachtwoord. Te veel pogingen: wacht 30 seconden."
    assert real[3].startswith("Te vaak een verkeerd wachtwoord. Probeer het over ")


def test_a_disabled_account_is_named_only_after_the_right_password(services, admin):
    from app.domain.permissions import Role

    kees = services.users.create_user(admin, "kees", "Kees", Role.COORDINATOR, "geheim123")
    services.users.update_user(admin, kees.id, display_name="Kees", role=Role.COORDINATOR, active=False,
                               expected_version=None)
    with pytest.raises(AuthenticationFailed) as wrong:
        services.users.authenticate("kees", "fout")
    assert str(wrong.value) == "Onbekende gebruikersnaam of verkeerd wachtwoord."
    with pytest.raises(AuthenticationFailed, match="uitgeschakeld"):
        services.users.authenticate("kees", "geheim123")
