"""A database that cannot be reached, said as what to check: the driver's message (PostgreSQL's,
in English or Dutch) turned into "the server does not answer", "has no database …", "refused the
password …". Used when the program opens its own database and when a transfer tests its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from app.domain.errors import DatabaseUnavailable
from app.i18n import translator

if TYPE_CHECKING:
    from app.db.database import Database

_ = translator("core")


def where(database: Database) -> str:
    """Where the database is, for messages: no password, and `postgresql://` as people write it
    (and as --database-url accepts it)."""
    if database.is_sqlite:
        return database.describe()
    return database.url.set(drivername="postgresql").render_as_string(hide_password=True)


def connection_problem(database: Database, reason: str) -> DatabaseUnavailable:
    """The driver's message turned into what the user should check. Matches PostgreSQL's
    English server messages (and the Dutch ones of the commonest: a wrong password, name or
    database); anything else is shown as it came."""
    url = database.url
    host, name, user = url.host or "localhost", url.database or "", url.username or ""
    text = reason.lower()
    if "password authentication failed" in text or "wachtwoord" in text or "no password supplied" in text:
        message = _("The server {host} refused the user name or password for {user}. Check both and try again.")
    elif "pg_hba.conf" in text:
        message = _("The server {host} does not let this computer in (user {user}, database {name}). Ask whoever "
                    "manages the server to give this computer access (pg_hba.conf).")
    elif "not permitted to log in" in text:
        message = _("The user {user} may not log in on the server {host}. Ask whoever manages the server to allow it.")
    elif "too many clients" in text or "too many connections" in text or "connection slots are reserved" in text:
        message = _("The server {host} has no connection left: too many programs are connected. Try again in a few "
                    "minutes; if it stays like this, ask whoever manages the server to allow more connections.")
    elif "database system is starting up" in text or "database system is shutting down" in text \
            or "database system is in recovery mode" in text:
        message = _("The server {host} is starting up or shutting down. Try again in a minute.")
    elif "role" in text and ("does not exist" in text or "bestaat niet" in text):
        message = _("The server {host} has no user {user}. Check the user name.")
    elif "database" in text and ("does not exist" in text or "bestaat niet" in text):
        message = _("The server {host} has no database {name}. Check the name, or create the database first.")
    elif "resolve host" in text or "translate host name" in text or "name or service not known" in text:
        message = _("The server {host} cannot be found. Check the server's name.")
    elif "connection refused" in text or "timeout" in text or "no route to host" in text:
        message = _("The server {host} does not answer. Check the server's name and port, and that PostgreSQL runs there.")
    else:
        message = _("Cannot connect to {where}: {reason}")
    return DatabaseUnavailable(
        message.format(host=host, user=user, name=name, where=where(database), reason=reason.strip().splitlines()[0])
    )


def connect_error(database: Database, error: BaseException) -> DatabaseUnavailable:
    cause = error.orig if isinstance(error, DBAPIError) else error
    return connection_problem(database, str(cause) or type(cause).__name__)
