"""Accounts: first set-up, login with a growing lockout, and account management."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.db import locks
from app.db.base import utcnow
from app.db.database import Database
from app.db.models import Centre, User
from app.domain.errors import AuthenticationFailed, Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission, Role
from app.i18n import translator
from app.services.common import audit
from app.services.accounts import _login_attempts as login_attempts
from app.services.accounts import passwords
from app.db.scoping import OtherCentre
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise, load_for_update
from app.services.common.account_state import AccountLookup

_ = translator("core")

MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 3
LOCKOUT_BASE_SECONDS = 30
LOCKOUT_MAX_SECONDS = 15 * 60


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: dt.datetime | None
    version: int
    # The centre the account works for; None: the whole organisation.
    centre_id: int | None = None


def _row(user: User) -> UserRow:
    return UserRow(
        user.id, user.username, user.display_name, Role(user.role), user.active,
        user.last_login_at, user.version, user.centre_id,
    )


def _actor(user: User, db: Database | None = None) -> Actor:
    """With `db`: an Actor that follows its account (disabled, another role) at every action."""
    return Actor(user.id, user.username, user.display_name, Role(user.role),
                 centre_id=user.centre_id, working_centre_id=user.centre_id,
                 lookup=AccountLookup(db) if db is not None else None)


def lockout_seconds(failed_attempts: int) -> int:
    """No wait for the first few mistakes, then 30 s, 60 s, 120 s … up to 15 minutes."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(LOCKOUT_BASE_SECONDS * 2 ** (failed_attempts - FREE_ATTEMPTS), LOCKOUT_MAX_SECONDS)


def check_new_password(password: str, repeated: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            FieldProblem("password", _("must be at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        )
    if repeated is not None and password != repeated:
        raise ValidationError(FieldProblem("password_repeat", _("the two passwords differ")))


def _check_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not cleaned or len(cleaned) > 60 or not all(c.isalnum() or c in "._-" for c in cleaned):
        raise ValidationError(
            FieldProblem("username", _("use letters, digits, dot, dash or underscore"))
        )
    return cleaned


class KEEP:
    """`update_user(centre_id=KEEP)`: the account stays where it is."""


def _check_centre_choice(actor: Actor, centre_id: int | None) -> None:
    """An administrator of one centre manages the accounts of that centre only."""
    if actor.centre_id is not None and centre_id != actor.centre_id:
        raise OtherCentre()


def _check_centre_exists(session, centre_id: int | None) -> None:
    if centre_id is not None and session.get(Centre, centre_id) is None:
        raise ValidationError(FieldProblem("centre", _("centre {id} does not exist").format(id=centre_id)))


class UserService:
    def __init__(self, db: Database):
        self.db = db

    def is_initialised(self) -> bool:
        with self.db.reader() as uow:
            return uow.session.scalar(select(func.count()).select_from(User)) > 0

    def initialise(
        self, centre_name: str, username: str, display_name: str, password: str,
        *, check_password: bool = True,
    ) -> Actor:
        """First start: the centre's name and its first administrator, in one transaction."""
        problems = []
        if not centre_name.strip():
            problems.append(FieldProblem("centre", _("is required")))
        try:
            username = _check_username(username)
        except ValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)
        if check_password:
            check_new_password(password)
        system = Actor.system()
        with self.db.unit_of_work() as uow:
            locks.hold(uow.session, locks.FIRST_START)  # two first starts at once: one sets up
            if uow.session.scalar(select(func.count()).select_from(User)):
                raise Conflict(_("This database has been set up already."))
            centre = uow.session.scalar(select(Centre).order_by(Centre.id).limit(1)) or Centre(name=centre_name.strip())
            centre.name = centre_name.strip()
            uow.session.add(centre)
            user = User(
                username=username, display_name=display_name.strip() or username,
                role=Role.ADMIN.value, password_hash=passwords.hasher.hash(password),
            )
            uow.session.add(user)
            uow.session.flush()
            audit.record(uow.session, system, "create", "centre", centre.id, after=audit.snapshot(centre))
            audit.record(uow.session, system, "create", "user_account", user.id, after=audit.snapshot(user))
            uow.commit()
            return _actor(user, self.db)

    def authenticate(self, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
        now = now or utcnow()
        wrong = AuthenticationFailed(_("Unknown user name or wrong password."))
        name = username.strip().lower()
        with self.db.unit_of_work() as uow:
            user = uow.session.scalar(  # FOR UPDATE: two logins at once wait for each other
                select(User).where(User.username == name).with_for_update()
            )
            if user is None:
                # The same answers, the same growing wait and the same time as for a real
                # account: a stranger cannot tell which names exist.
                passwords.hasher.hash(password)
                failures, last = login_attempts.unknown_name_failures(uow.session, name)
                locked_until = last + dt.timedelta(seconds=lockout_seconds(failures)) if last and failures else None
                if locked_until and locked_until > now:
                    seconds = int((locked_until - now).total_seconds()) + 1
                    raise AuthenticationFailed(
                        _("Too many wrong passwords. Try again in {seconds} seconds.").format(seconds=seconds))
                login_attempts.record_unknown_name_failure(uow.session, name, now)
                uow.commit()
                wait = lockout_seconds(failures + 1)
                if wait:
                    raise AuthenticationFailed(_(
                        "Unknown user name or wrong password. Too many attempts: wait {seconds} seconds."
                    ).format(seconds=wait))
                raise wrong
            if user.locked_until and user.locked_until > now:
                seconds = int((user.locked_until - now).total_seconds()) + 1
                raise AuthenticationFailed(
                    _("Too many wrong passwords. Try again in {seconds} seconds.").format(seconds=seconds)
                )
            try:
                passwords.hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                user.failed_attempts += 1
                wait = lockout_seconds(user.failed_attempts)
                user.locked_until = now + dt.timedelta(seconds=wait) if wait else None
                audit.record(uow.session, _actor(user), "login_failed", "user_account", user.id)
                uow.commit()
                if wait:
                    raise AuthenticationFailed(_(
                        "Unknown user name or wrong password. Too many attempts: wait {seconds} seconds."
                    ).format(seconds=wait)) from None
                raise wrong from None
            if not user.active:  # told only to someone who knows the password
                raise AuthenticationFailed(_("This account has been disabled."))
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            if passwords.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = passwords.hasher.hash(password)
            audit.record(uow.session, _actor(user), "login", "user_account", user.id)
            uow.commit()
            return _actor(user, self.db)

    def verify_password(self, actor: Actor, password: str) -> bool:
        """For unlocking an idle window: does not count towards the lockout of the login."""
        with self.db.reader(actor) as uow:
            user = get_or_raise(uow.session, User, actor.user_id, _("Account"))
            try:
                return passwords.hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                return False

    def list_users(self, actor: Actor) -> list[UserRow]:
        """An administrator of the whole organisation sees every account; one of a centre, the
        accounts of that centre."""
        actor.require(Permission.MANAGE_USERS, _("manage accounts"))
        query = select(User).order_by(User.username)
        if actor.centre_id is not None:
            query = query.where(User.centre_id == actor.centre_id)
        with self.db.reader(actor) as uow:
            return [_row(u) for u in uow.session.scalars(query)]

    def create_user(
        self, actor: Actor, username: str, display_name: str, role: Role, password: str,
        *, check_password: bool = True, centre_id: int | None = None,
    ) -> UserRow:
        """`centre_id`: the centre the account works for; None: the whole organisation (only an
        administrator of the whole organisation can make such an account)."""
        actor.require(Permission.MANAGE_USERS, _("manage accounts"))
        _check_centre_choice(actor, centre_id)
        username = _check_username(username)
        if check_password:
            check_new_password(password)
        with self.db.unit_of_work(actor) as uow:
            if uow.session.scalar(select(User).where(User.username == username)):
                raise ValidationError(FieldProblem("username", _("{name} is taken").format(name=username)))
            _check_centre_exists(uow.session, centre_id)
            user = User(
                username=username, display_name=display_name.strip() or username,
                role=Role(role).value, password_hash=passwords.hasher.hash(password), centre_id=centre_id,
            )
            uow.session.add(user)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "user_account", user.id, after=audit.snapshot(user))
            uow.commit()
            return _row(user)

    def update_user(
        self, actor: Actor, user_id: int, *, display_name: str, role: Role, active: bool,
        expected_version: int | None, centre_id: int | None | type[KEEP] = KEEP,
    ) -> UserRow:
        """Accounts are disabled, never deleted: their names stay in the audit trail.
        `centre_id`: move the account to a centre (None: the whole organisation)."""
        actor.require(Permission.MANAGE_USERS, _("manage accounts"))
        if centre_id is not KEEP:
            _check_centre_choice(actor, centre_id)
        with self.db.unit_of_work(actor) as uow:
            user = load_for_update(uow.session, User, user_id, expected_version, _("Account"))
            _check_centre_choice(actor, user.centre_id)
            if user.id == actor.user_id and (not active or Role(role) != Role.ADMIN):
                raise Conflict(_("You cannot disable your own account or take away your own administrator role."))
            if user.id == actor.user_id and centre_id is not KEEP and centre_id != user.centre_id:
                raise Conflict(_("You cannot move your own account to another centre."))
            before = audit.snapshot(user)
            user.display_name = display_name.strip() or user.username
            user.role = Role(role).value
            user.active = active
            if centre_id is not KEEP:
                _check_centre_exists(uow.session, centre_id)
                user.centre_id = centre_id
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(user))
            audit.record(uow.session, actor, "update", "user_account", user.id, before=old, after=new)
            uow.commit()
            return _row(user)

    def change_password(self, actor: Actor, old_password: str, new_password: str, repeated: str) -> None:
        if not self.verify_password(actor, old_password):
            raise ValidationError(FieldProblem("old_password", _("is not your current password")))
        check_new_password(new_password, repeated)
        with self.db.unit_of_work(actor) as uow:
            user = get_or_raise(uow.session, User, actor.user_id, _("Account"))
            user.password_hash = passwords.hasher.hash(new_password)
            audit.record(uow.session, actor, "change_password", "user_account", user.id)
            uow.commit()

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        actor.require(Permission.MANAGE_USERS, _("manage accounts"))
        check_new_password(new_password)
        with self.db.unit_of_work(actor) as uow:
            user = get_or_raise(uow.session, User, user_id, _("Account"))
            _check_centre_choice(actor, user.centre_id)
            user.password_hash = passwords.hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            audit.record(uow.session, actor, "reset_password", "user_account", user.id)
            uow.commit()
