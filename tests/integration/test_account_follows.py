"""A window that is already open follows its account: disabling or demoting takes effect at the
next action, with a clear message (every service checks through Actor.require)."""

from __future__ import annotations

import pickle

import pytest

from app.domain.errors import AccountDisabled, RoleChanged
from app.domain.permissions import Role


@pytest.fixture
def treasurer(services, admin):
    services.users.create_user(admin, "ingrid", "Ingrid Hoekstra", Role.TREASURER, "geheim123")
    return services.users.authenticate("ingrid", "geheim123")


def test_a_disabled_account_can_do_nothing_at_its_next_action(services, admin, treasurer):
    assert services.payments.batches(treasurer, 2026) == []
    services.users.update_user(admin, treasurer.user_id, display_name="Ingrid Hoekstra", role=Role.TREASURER,
                               active=False, expected_version=None)
    with pytest.raises(AccountDisabled, match="ingrid is door een beheerder uitgeschakeld"):
        services.payments.batches(treasurer, 2026)


def test_a_demoted_account_loses_its_powers_at_once_and_is_told_why(services, admin, treasurer):
    services.payments.preview(treasurer, 2026)
    services.users.update_user(admin, treasurer.user_id, display_name="Ingrid Hoekstra", role=Role.COORDINATOR,
                               active=True, expected_version=None)
    with pytest.raises(RoleChanged, match="Uw rol is gewijzigd in coordinator"):
        services.payments.create_batch(treasurer, 2026)
    services.users.update_user(admin, treasurer.user_id, display_name="Ingrid Hoekstra", role=Role.TREASURER,
                               active=True, expected_version=None)
    services.payments.preview(treasurer, 2026)  # given back: works again without logging in


def test_an_actor_sent_to_another_process_leaves_its_connection_behind(treasurer):
    copy = pickle.loads(pickle.dumps(treasurer))
    assert copy == treasurer and copy.lookup is None
