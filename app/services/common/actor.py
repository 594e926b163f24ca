"""The person on whose behalf a service acts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.db.scoping import CentreScope, OtherCentre
from app.domain.errors import AccountDisabled, PermissionDenied, RoleChanged
from app.domain.permissions import Permission, Role, allows
from app.i18n import translator

_ = translator("core")

# What concerns the whole organisation rather than one centre's records: the audit trail names
# the people and records of every centre, and a backup, restore or transfer is the whole database.
# An account of one centre may not, whatever its role.
ORGANISATION_ONLY = frozenset({Permission.VIEW_AUDIT, Permission.BACKUP_RESTORE})


class OrganisationOnly(PermissionDenied):
    def __init__(self, action: str) -> None:
        Exception.__init__(self, _("You are not allowed to {action}: that concerns the whole organisation, and your "
                                   "account belongs to one centre.").format(action=action))


# (user id) -> (active, role, centre id) as the database has it now, or None: see account_state.py
AccountLookup = Callable[[int], "tuple[bool, str, int | None] | None"]


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: Role
    # The centre the account works for; None: the whole organisation (all centres).
    centre_id: int | None = None
    # An organisation-wide account works in the centre chosen in the window; None: all centres.
    working_centre_id: int | None = None
    # Set at login: every check asks the database for the account's current state, so that a
    # window opened before an account was disabled or demoted follows at the next action.
    lookup: AccountLookup | None = field(default=None, compare=False, repr=False)

    def __reduce__(self):  # to another process without the lookup (it holds a connection pool)
        return (Actor, (self.user_id, self.username, self.display_name, self.role, self.centre_id,
                        self.working_centre_id))

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first set-up, demo data, migrations): may do everything."""
        return cls(user_id=None, username="systeem", display_name="Wijkhuis", role=Role.ADMIN)

    @property
    def centre_scope(self) -> CentreScope:
        """The centres this actor's units of work see and change (app/db/scoping.py), as the
        account is now: an account moved to another centre sees that centre at its next action."""
        now = self.current()
        if now.centre_id is not None:
            return CentreScope.only(now.centre_id)
        if now.working_centre_id is not None:
            return CentreScope.only(now.working_centre_id)
        return CentreScope()

    @property
    def whole_organisation(self) -> bool:
        """An account of the whole organisation (it may choose any centre, and see them all)."""
        return self.centre_id is None

    def in_centre(self, centre_id: int | None) -> Actor:
        """The same account working in another centre (None: all centres). Only an account of the
        whole organisation may choose; an account of one centre stays in it."""
        if self.centre_id is not None and centre_id != self.centre_id:
            raise OtherCentre()
        return replace(self, working_centre_id=centre_id)

    def can(self, permission: Permission) -> bool:
        """What the window shows: the role allows it, and it is not for the whole organisation
        only while this account belongs to one centre."""
        return allows(self.role, permission) and not (permission in ORGANISATION_ONLY and self.centre_id is not None)

    def current(self) -> Actor:
        """This account as the database has it now (refused when it was disabled or removed)."""
        if self.lookup is None or self.user_id is None:
            return self
        state = self.lookup(self.user_id)
        if state is None or not state[0]:
            raise AccountDisabled(self.username)
        role, centre_id = Role(state[1]), state[2]
        if centre_id is not None and centre_id != self.centre_id:
            return replace(self, role=role, centre_id=centre_id, working_centre_id=centre_id)
        if centre_id is None and self.centre_id is not None:
            return replace(self, role=role, centre_id=None)
        return self if role == self.role else replace(self, role=role)

    def require(self, permission: Permission, action: str) -> None:
        """`action` completes the sentence "You are not allowed to …" in the user's language.
        The one place where every service checks who may do what, with the account's state now."""
        now = self.current()
        if not allows(now.role, permission):
            if now.role != self.role:
                raise RoleChanged(action, now.role.value)
            raise PermissionDenied(action)
        if permission in ORGANISATION_ONLY and now.centre_id is not None:
            raise OrganisationOnly(action)

    def can_for_whole_organisation(self, permission: Permission) -> bool:
        """What the window offers for a change that holds for every centre (the organisation's
        settings, the limits, the centres): the role allows it and the account is of the whole
        organisation — what `require` and `require_whole_organisation` check in the service."""
        return self.can(permission) and self.whole_organisation

    def require_whole_organisation(self, action: str) -> None:
        """For a change that holds for every centre (the organisation's settings, the limits)."""
        if self.current().centre_id is not None:
            raise OrganisationOnly(action)
