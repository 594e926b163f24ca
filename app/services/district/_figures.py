"""Gathering the district figures, centre by centre, through each area's own service (so every
figure is counted exactly as that area's own lists and exports count it), and writing them as
one workbook through the export service (audited, published only when complete)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.db.database import Database
from app.domain.allowance_rules import LineState
from app.domain.errors import PermissionDenied
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.allowances import AllowanceService
from app.services.common.actor import Actor
from app.services.district.rows import ApplicationBudget, CentreFigures, DistrictFigures, RoomHours
from app.services.exports import ExportService
from app.services.rooms import BookingService
from app.services.settings import SettingsService
from app.services.subsidies import SubsidyService

_ = translator("rooms")


def _in_year(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """An application counts in the years its period touches; one without a period in every year."""
    return (start is None or start.year <= year) and (end is None or end.year >= year)


class DistrictService:
    def __init__(self, db: Database):
        self.db = db

    def _require(self, actor: Actor) -> None:
        if not actor.current().whole_organisation:
            raise PermissionDenied(_("make the district figures of all centres (only an account of the whole "
                                     "organisation may)"))
        actor.require(Permission.EXPORT_FINANCIAL, _("make the district figures"))

    def figures(self, actor: Actor, year: int) -> DistrictFigures:
        """Per centre: booked hours per room, allowances paid and the subsidy applications of
        `year`. Only for an account of the whole organisation: it shows every centre."""
        self._require(actor)
        bookings, allowances = BookingService(self.db), AllowanceService(self.db)
        subsidies = SubsidyService(self.db)
        centres = []
        for centre in SettingsService(self.db).centres(actor):
            here = actor.in_centre(centre.id)
            hours: dict[str, Decimal] = {}
            for row in bookings.occupancy(here, year):
                hours[row.room_name] = hours.get(row.room_name, Decimal(0)) + row.hours_booked
            paid = sum((line.amount for line in allowances.lines(here, year=year, state=LineState.PAID)), Decimal(0))
            applications = []
            for application in sorted(subsidies.list_applications(here), key=lambda a: (a.funder_name.lower(), a.id)):
                if not _in_year(application.period_start, application.period_end, year):
                    continue
                detail = subsidies.get_application(here, application.id)
                applications.append(ApplicationBudget(
                    application.funder_name, application.title, detail.budget_total, application.requested_amount,
                    application.granted_amount, application.state_label, application.period_start,
                    application.period_end))
            centres.append(CentreFigures(centre.id, centre.name, tuple(RoomHours(n, h) for n, h in hours.items()),
                                         paid, tuple(applications)))
        return DistrictFigures(year, tuple(centres))

    def write_figures(self, actor: Actor, year: int, target: Path | Any) -> DistrictFigures:
        """The district workbook (one sheet per centre and a Totaal sheet of formulas)."""
        from app.reports.district_excel import write_district_figures

        figures = self.figures(actor, year)
        ExportService(self.db).write(actor, target, lambda partial: write_district_figures(partial, figures),
                                     record="centre", detail=_("district figures {year}").format(year=year))
        return figures
