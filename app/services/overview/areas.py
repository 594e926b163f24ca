"""Where the Overzicht figures come from. Each area contributes a provider: a function in its
public `overview` module that reads its own tables and returns items. Add an area's module to
`AREA_PROVIDER_MODULES`."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, User
from app.i18n import translator
from app.services.overview.rows import OverviewItem
from app.db.scoping import scope_of

_ = translator("core")


OverviewProvider = Callable[[Session, dt.date], list[OverviewItem]]


def core_items(session: Session, today: dt.date) -> list[OverviewItem]:
    """The active accounts and today's changes: of the whole organisation, or, when the
    Overzicht is of one centre, the accounts that work there and the changes made by the
    centre's own accounts."""
    accounts = select(User.id).where(User.active.is_(True))
    start_of_day = dt.datetime.combine(today, dt.time.min).astimezone(dt.UTC)
    changes = select(AuditEntry.id).where(
        AuditEntry.at >= start_of_day, AuditEntry.action.notin_(("login", "login_failed", "view")))
    visible = scope_of(session).visible
    if visible is not None:
        # The accounts that work here (the centre's own and those of the whole organisation);
        # the changes made by the centre's own accounts (the audit trail does not say in which
        # centre an organisation account made a change).
        accounts = accounts.where(or_(User.centre_id.in_(visible), User.centre_id.is_(None)))
        changes = changes.where(AuditEntry.user_id.in_(select(User.id).where(User.centre_id.in_(visible))))
    users = session.scalar(select(func.count()).select_from(accounts.subquery()))
    changes = session.scalar(select(func.count()).select_from(changes.subquery()))
    return [
        OverviewItem("settings", _("Active accounts"), str(users)),
        OverviewItem("settings", _("Changes today"), str(changes)),
    ]


# Each area's figures live in its own module, as `overview_items(session, today)`; they are
# imported by name when the Overzicht is counted (the area modules import this one for
# OverviewItem, so importing them here would be circular). Listed in navigation order.
AREA_PROVIDER_MODULES = [
    "app.services.volunteers.overview",
    "app.services.allowances.overview",
    "app.services.rooms.overview",
    "app.services.subsidies.overview",
]


CORE_PROVIDER = "core"


def provider_names() -> list[str]:
    """Every provider, in navigation order: the area modules, then the core figures. The page
    counts each one on its own, so that a slow area does not hold up the others' cards."""
    return [*AREA_PROVIDER_MODULES, CORE_PROVIDER]


def provider(name: str) -> OverviewProvider:
    if name == CORE_PROVIDER:
        return core_items
    if name not in AREA_PROVIDER_MODULES:
        raise KeyError(name)
    return importlib.import_module(name).overview_items


def prepare(name: str, today: dt.date) -> None:
    """Import a provider's module and let it load what it reads besides the database (its
    optional `prepare_overview(today)`), so that counting later is only the queries."""
    if name == CORE_PROVIDER:
        return
    module = importlib.import_module(name)
    prepare_overview = getattr(module, "prepare_overview", None)
    if prepare_overview is not None:
        prepare_overview(today)


def providers() -> list[OverviewProvider]:
    return [provider(name) for name in provider_names()]
