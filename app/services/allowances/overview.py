"""The allowance figures on Overzicht: claims waiting for approval, volunteers within 10 % of a
limit, and limits overridden this year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import AllowanceArrangement, AllowanceLimit, AllowanceLine
from app.domain.allowance_rules import LineState
from app.i18n import translator

_ = translator("allowances")


def overview_items(session: Session, today: dt.date) -> list:
    from app.services.allowances._data import year_rows
    from app.services.allowances._limits import row_of_limit
    from app.services.overview import OverviewItem

    waiting = session.scalar(select(func.count()).select_from(AllowanceLine).where(
        AllowanceLine.state == LineState.SUBMITTED.value)) or 0
    items = [OverviewItem("allowances", _("Claims waiting for approval"), str(waiting),
                          _("submitted allowance lines and expense claims"), warning=waiting > 0)]
    limit = session.get(AllowanceLimit, today.year)
    if limit is None:
        items.append(OverviewItem("settings", _("Allowance limits"), str(today.year),
                                  _("no limits for this year yet: add them in Settings"), warning=True))
        return items
    rows = year_rows(session, today.year, row_of_limit(limit).limits, today, only_with_activity=True, with_iban=False)
    near = [r for r in rows if r.near_limit or r.over_limit]
    items.append(OverviewItem(
        "allowances", _("Volunteers near an allowance limit"), str(len(near)),
        ", ".join(r.name for r in near[:5]) + (" …" if len(near) > 5 else "") if near
        else _("everyone is more than 10 percent below the month and year limits"),
        warning=bool(near),
    ))
    overrides = session.scalar(select(func.count()).select_from(AllowanceLine).where(
        AllowanceLine.year == today.year, AllowanceLine.override_reason != "",
        AllowanceLine.state != LineState.REJECTED.value)) or 0
    overrides += session.scalar(select(func.count()).select_from(AllowanceArrangement).where(
        AllowanceArrangement.year == today.year, or_(AllowanceArrangement.override_reason != ""))) or 0
    items.append(OverviewItem("allowances", _("Limits overridden this year"), str(overrides),
                              _("the whole year's allowance of these volunteers may be taxable"),
                              warning=overrides > 0))
    return items
