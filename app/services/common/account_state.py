"""The account as it is in the database now, for an Actor that has been logged in for a while:
an administrator who disables or demotes an account takes effect at that user's next action, in
every window already open (Actor.require asks this before every check)."""

from __future__ import annotations

from sqlalchemy import select

from app.db.database import Database
from app.db.models import User


class AccountLookup:
    """Called with a user id; returns (active, role, centre id) from the database, or None if not found."""

    def __init__(self, db: Database):
        self._db = db

    def __call__(self, user_id: int) -> tuple[bool, str, int | None] | None:
        with self._db.reader() as uow:
            row = uow.session.execute(
                select(User.active, User.role, User.centre_id).where(User.id == user_id)).first()
        return (bool(row.active), row.role, row.centre_id) if row is not None else None
