import datetime as dt

import pytest
from sqlalchemy import select, text

from app.db.models import AuditEntry
from app.domain.errors import AuthenticationFailed, PermissionDenied
from app.domain.permissions import Role


def test_first_administrator_can_log_in_and_the_hash_is_not_the_password(services, admin):
    actor = services.users.authenticate("beheerder", "geheim123")
    assert actor.role == Role.ADMIN
    with services.db.reader() as uow:
        stored = uow.session.execute(text("SELECT password_hash FROM user_account")).scalar_one()
    assert "geheim123" not in stored and stored.startswith("$argon2")


def test_wrong_passwords_lock_the_account_for_a_growing_wait(services, admin):
    now = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed, match="Onbekende gebruikersnaam|Unknown user"):
            services.users.authenticate("beheerder", "fout", now=now)
    with pytest.raises(AuthenticationFailed, match="30"):
        services.users.authenticate("beheerder", "fout", now=now)
    with pytest.raises(AuthenticationFailed):  # even the right password waits
        services.users.authenticate("beheerder", "geheim123", now=now + dt.timedelta(seconds=10))
    assert services.users.authenticate("beheerder", "geheim123", now=now + dt.timedelta(seconds=31))


def test_only_an_administrator_creates_accounts(services, actors):
    with pytest.raises(PermissionDenied):
        services.users.create_user(actors["coordinator"], "x", "X", Role.ADMIN, "geheim123")


def test_the_audit_log_refuses_updates_and_deletes(services, admin):
    with services.db.reader() as uow:
        assert uow.session.scalars(select(AuditEntry)).first() is not None
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with services.db.unit_of_work() as uow:
                uow.session.execute(text(statement))
                uow.commit()
