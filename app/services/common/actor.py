"""The person on whose behalf a service acts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.domain.errors import AccountDisabled, PermissionDenied, RoleChanged
from app.domain.permissions import Permission, Role, allows

# (user id) -> (active, role) as the database has it now, or None: see account_state.py
AccountLookup = Callable[[int], "tuple[bool, str] | None"]


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: Role
    # Set at login: every check asks the database for the account's current state, so that a
    # window opened before an account was disabled or demoted follows at the next action.
    lookup: AccountLookup | None = field(default=None, compare=False, repr=False)

    def __reduce__(self):  # to another process without the lookup (it holds a connection pool)
        return (Actor, (self.user_id, self.username, self.display_name, self.role))

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first set-up, demo data, migrations): may do everything."""
        return cls(user_id=None, username="systeem", display_name="Wijkhuis", role=Role.ADMIN)

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    def current(self) -> Actor:
        """This account as the database has it now (refused when it was disabled or removed)."""
        if self.lookup is None or self.user_id is None:
            return self
        state = self.lookup(self.user_id)
        if state is None or not state[0]:
            raise AccountDisabled(self.username)
        role = Role(state[1])
        return self if role == self.role else replace(self, role=role)

    def require(self, permission: Permission, action: str) -> None:
        """`action` completes the sentence "You are not allowed to …" in the user's language.
        The one place where every service checks who may do what, with the account's state now."""
        now = self.current()
        if not now.can(permission):
            if now.role != self.role:
                raise RoleChanged(action, now.role.value)
            raise PermissionDenied(action)
