"""Where the data lives and which database to open.

The SQLite file sits in the user's data folder (platformdirs). `WIJKHUIS_DATA_DIR` moves
that folder (tests use it so they never touch a real user's data); `--database-url` or
`WIJKHUIS_DATABASE_URL` names another database, for example a shared PostgreSQL server.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Wijkhuis"
DATABASE_URL_ENV = "WIJKHUIS_DATABASE_URL"
DATA_DIR_ENV = "WIJKHUIS_DATA_DIR"
DATABASE_FILENAME = "wijkhuis.sqlite"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DATABASE_FILENAME}"


def resolve_database_url(cli_url: str | None = None) -> str:
    """The command line wins over the environment, which wins over the default file."""
    if cli_url:
        return normalise_url(cli_url)
    env_url = os.environ.get(DATABASE_URL_ENV)
    if env_url:
        return normalise_url(env_url)
    return default_database_url()


def normalise_url(url: str) -> str:
    """Accept the URLs people copy from elsewhere: a bare path, `postgres://`, `postgresql://`."""
    url = url.strip()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url
