"""Commands of rooms and bookings: the week schedule, poster, door sign, iCalendar file,
occupancy, the district figures, invoices and rental income."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.commands import CommandContext, CommandRegistry
from app.domain import formatting
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.rooms import exports as room_exports

_ = translator("rooms")


def register(registry: CommandRegistry) -> None:
    schedule = registry.subcommand("export", "schedule", _("the week across all rooms as a PDF (A4 landscape)"), _schedule)
    schedule.add_argument("--week", required=True, metavar="2026-W48")
    schedule.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    week = registry.subcommand("export", "district-week",
                               _("the public activities of every centre in one week, per day (PDF)"), _district_week)
    week.add_argument("--week", required=True, metavar="2026-W48")
    week.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    poster = registry.subcommand("export", "poster", _("the poster 'This week at the community centre' (PDF)"), _poster)
    poster.add_argument("--week", required=True, metavar="2026-W48")
    poster.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    door = registry.subcommand("export", "doorsign", _("a door sign for a room for one day (PDF)"), _doorsign)
    door.add_argument("--room", required=True, metavar=_("NAME"))
    door.add_argument("--date", required=True, metavar="22-11-2026")
    door.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    ics = registry.subcommand("export", "ics", _("the bookings as an iCalendar file"), _ics)
    ics.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    ics.add_argument("--room", metavar=_("NAME"), help=_("only this room"))
    occupancy = registry.subcommand("export", "occupancy", _("occupancy per room per month (Excel, with a chart)"), _occupancy)
    occupancy.add_argument("--year", required=True, type=int)
    occupancy.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    invoices = registry.subcommand("export", "invoices", _("invoices for room rental in a month or quarter (PDF per invoice)"), _invoices)
    invoices.add_argument("--period", required=True, metavar="2026-11|2026-Q4")
    invoices.add_argument("--out", required=True, type=Path, metavar=_("FOLDER"))
    invoices.add_argument("--finalise", action="store_true", help=_("make the invoices final (numbers are assigned)"))
    invoices.add_argument("--date", metavar="22-11-2026", help=_("invoice date (default: today)"))
    invoices.add_argument("--through-date", action="store_true",
                          help=_("bill only bookings up to the invoice date (default: later ones are billed in advance)"))
    district = registry.subcommand(
        "export", "district", _("the district figures of every centre: occupancy, allowances paid, subsidy budgets "
                                "(Excel; an account of the whole organisation)"), _district)
    district.add_argument("--year", required=True, type=int)
    district.add_argument("--out", required=True, type=Path, metavar=_("FILE"))
    income = registry.subcommand("export", "rental-income", _("rental income per renter and room (Excel)"), _income)
    income.add_argument("--year", required=True, type=int)
    income.add_argument("--out", required=True, type=Path, metavar=_("FILE"))


def _date(text: str, field: str) -> dt.date:
    try:
        return formatting.parse_date(text)
    except ValueError:
        raise ValidationError(FieldProblem(field, _("write a date as 22-11-2026"))) from None


def _schedule(ctx: CommandContext) -> int:
    monday = room_exports.parse_week(ctx.args.week)
    count = room_exports.export_schedule(ctx.services(), ctx.actor(), monday, ctx.args.out)
    ctx.say(_("Week schedule written to {path} ({n} bookings).").format(path=ctx.args.out, n=count))
    return 0


def _district_week(ctx: CommandContext) -> int:
    monday = room_exports.parse_week(ctx.args.week)
    count = room_exports.export_district_week(ctx.services(), ctx.actor(), monday, ctx.args.out)
    ctx.say(_("District week written to {path} ({n} activities).").format(path=ctx.args.out, n=count))
    return 0


def _poster(ctx: CommandContext) -> int:
    monday = room_exports.parse_week(ctx.args.week)
    count = room_exports.export_poster(ctx.services(), ctx.actor(), monday, ctx.args.out)
    ctx.say(_("Poster written to {path} ({n} public activities).").format(path=ctx.args.out, n=count))
    return 0


def _doorsign(ctx: CommandContext) -> int:
    day = _date(ctx.args.date, "date")
    count = room_exports.export_door_sign(ctx.services(), ctx.actor(), ctx.args.room, day, ctx.args.out)
    ctx.say(_("Door sign written to {path} ({n} bookings).").format(path=ctx.args.out, n=count))
    return 0


def _ics(ctx: CommandContext) -> int:
    count = room_exports.export_ics(ctx.services(), ctx.actor(), ctx.args.out, ctx.args.room)
    ctx.say(_("Calendar written to {path} ({n} events).").format(path=ctx.args.out, n=count))
    return 0


def _occupancy(ctx: CommandContext) -> int:
    room_exports.export_occupancy(ctx.services(), ctx.actor(), ctx.args.year, ctx.args.out)
    ctx.say(_("Occupancy written to {path}.").format(path=ctx.args.out))
    return 0


def _district(ctx: CommandContext) -> int:
    figures = ctx.services().district.write_figures(ctx.actor(), ctx.args.year, ctx.args.out)
    ctx.say(_("District figures written to {path} ({n} centres).").format(path=ctx.args.out, n=len(figures.centres)))
    return 0


def _invoices(ctx: CommandContext) -> int:
    first, last = room_exports.parse_period(ctx.args.period)
    issue = _date(ctx.args.date, "date") if ctx.args.date else None
    paths = room_exports.export_invoices(ctx.services(), ctx.actor(), first, last, ctx.args.out,
                                         finalise=ctx.args.finalise, issue_date=issue,
                                         through_issue_date=ctx.args.through_date)
    ctx.say(_("{n} invoices written to {path}.").format(n=len(paths), path=ctx.args.out))
    for path in paths:
        ctx.say(f"  {path.name}")
    return 0


def _income(ctx: CommandContext) -> int:
    count = room_exports.export_rental_income(ctx.services(), ctx.actor(), ctx.args.year, ctx.args.out)
    ctx.say(_("Rental income written to {path} ({n} rows).").format(path=ctx.args.out, n=count))
    return 0
