"""The person on whose behalf a service acts."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import PermissionDenied
from app.domain.permissions import Permission, Role, allows


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: Role

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first set-up, demo data, migrations): may do everything."""
        return cls(user_id=None, username="systeem", display_name="Wijkhuis", role=Role.ADMIN)

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    def require(self, permission: Permission, action: str) -> None:
        """`action` completes the sentence "You are not allowed to …" in the user's language."""
        if not self.can(permission):
            raise PermissionDenied(action)
