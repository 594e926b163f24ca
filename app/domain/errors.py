"""Errors a user can cause and understand. Each carries a message in the user's language.

The command line prints `str(error)` as one line; the window shows it in a message box.
Anything that is not a `WijkhuisError` is a bug and is reported as one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translator

_ = translator("core")


class WijkhuisError(Exception):
    """Base of every error whose message is meant for the user."""

    exit_code = 1


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong and where: `field` is the form field or spreadsheet column."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        if self.row is not None:
            return _("row {row}, {field}: {message}").format(
                row=self.row, field=self.field, message=self.message
            )
        return f"{self.field}: {self.message}"


class ValidationError(WijkhuisError):
    exit_code = 2

    def __init__(self, problems: list[FieldProblem] | FieldProblem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class PermissionDenied(WijkhuisError):
    exit_code = 3

    def __init__(self, action: str):
        super().__init__(_("You are not allowed to {action}.").format(action=action))


class RoleChanged(PermissionDenied):
    """The account was given another role after this user logged in."""

    def __init__(self, action: str, role: str):
        WijkhuisError.__init__(
            self, _("Your role has been changed to {role}: you are no longer allowed to {action}.").format(
                role=role, action=action))


class AccountDisabled(PermissionDenied):
    """The account was disabled (or is gone) after this user logged in."""

    def __init__(self, username: str):
        WijkhuisError.__init__(
            self, _("The account {user} has been disabled by an administrator: nothing can be done with it any "
                    "more. Close Wijkhuis or log in with another account.").format(user=username))


class AuthenticationFailed(WijkhuisError):
    exit_code = 3


class NotFound(WijkhuisError):
    exit_code = 2


class StaleRecord(WijkhuisError):
    """Somebody else saved the record after this user opened it."""

    exit_code = 2

    def __init__(self, what: str, changed_by: str | None, changed_at: str | None):
        self.changed_by = changed_by
        self.changed_at = changed_at
        if changed_by:
            message = _(
                "{what} was changed by {who} on {when} after you opened it. "
                "Reload to see their changes; your changes were not saved."
            ).format(what=what, who=changed_by, when=changed_at)
        else:
            message = _(
                "{what} was changed by someone else after you opened it. "
                "Reload to see their changes; your changes were not saved."
            ).format(what=what)
        super().__init__(message)


class Conflict(WijkhuisError):
    """A business rule refuses the change (a double booking, a limit, a wrong state)."""

    exit_code = 2


class DatabaseError(WijkhuisError):
    exit_code = 4


class DatabaseTooNew(DatabaseError):
    def __init__(self, location: str):
        super().__init__(
            _(
                "The database {location} was written by a newer version of Wijkhuis. "
                "Install the newer version to open it; the file was not changed."
            ).format(location=location)
        )


class DatabaseLocked(DatabaseError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The database is busy: another user or program is saving right now. "
                "Try again in a moment."
            )
        )


class DatabaseUnavailable(DatabaseError):
    pass


class DatabaseBeingRestored(DatabaseError):
    """Another program is putting a backup back: nothing may be saved until it is done."""

    def __init__(self, username: str, since: str):
        super().__init__(
            _("{user} is restoring a backup of this database (since {since}); your change has not been saved. "
              "Try again when the restore is done.").format(user=username, since=since)
        )


class BookingOverlapRefused(DatabaseError):
    """PostgreSQL's exclusion constraint refused a booking that overlaps another one."""

    def __init__(self) -> None:
        super().__init__(
            _("This room has just been booked at that time by someone else; nothing was saved. "
              "Look again and choose another time or room.")
        )
