"""Files from the bookings, for the command line and the Rapporten page alike: the week
schedule, the district week, the poster, a door sign, the iCalendar file, occupancy, invoices, rental income."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app.domain.errors import FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.exports import ExportService

_ = translator("rooms")


def parse_week(text: str) -> dt.date:
    """"2026-W48" (or "2026-48") → the Monday of that ISO week."""
    match = re.fullmatch(r"(\d{4})-?W?(\d{1,2})", text.strip(), re.IGNORECASE)
    try:
        if not match:
            raise ValueError(text)
        return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise ValidationError(FieldProblem("week", _("write a week as 2026-W48"))) from None


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """"2026-11" (a month) or "2026-Q4" (a quarter) → first and last day."""
    from app.services.rooms._invoices import period_of

    text = text.strip().upper()
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", text)
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if quarter:
        return period_of("quarter", int(quarter.group(1)), int(quarter.group(2)))
    if month and 1 <= int(month.group(2)) <= 12:
        return period_of("month", int(month.group(1)), int(month.group(2)))
    raise ValidationError(FieldProblem("period", _("write a month as 2026-11 or a quarter as 2026-Q4")))



def export_schedule(services, actor: Actor, monday: dt.date, path: Path) -> int:
    from app.reports.pdf.week_schedule import write_week_schedule

    rows = services.bookings.between(actor, monday, monday + dt.timedelta(days=6))
    rooms = services.rooms.rooms(actor)
    closed = services.rooms.closed_dates(actor, monday, monday + dt.timedelta(days=6))
    ExportService(services.db).write(actor, path, lambda target: write_week_schedule(
        target, monday, rooms, rows, closed, ExportService(services.db).letterhead(actor)), record="booking",
        detail=_("week schedule {week}").format(week=monday.strftime("%G-W%V")))
    return len(rows)


def export_poster(services, actor: Actor, monday: dt.date, path: Path) -> int:
    from app.reports.pdf.poster import write_poster

    rows = services.bookings.between(actor, monday, monday + dt.timedelta(days=6), public_only=True, include_cancelled=False)
    closed = services.rooms.closed_dates(actor, monday, monday + dt.timedelta(days=6))
    ExportService(services.db).write(actor, path, lambda target: write_poster(
        target, monday, rows, closed, services.settings.centre(actor)), record="booking",
        detail=_("poster {week}").format(week=monday.strftime("%G-W%V")))
    return len(rows)


def export_district_week(services, actor: Actor, monday: dt.date, path: Path) -> int:
    """The district week as a PDF: the public activities of every centre (every booking for an
    account of the whole organisation)."""
    from app.reports.pdf.district_week import write_district_week

    rows = services.bookings.district_week(actor, monday)
    ExportService(services.db).write(actor, path, lambda target: write_district_week(
        target, monday, rows, ExportService(services.db).letterhead(actor)), record="booking",
        detail=_("district week {week}").format(week=monday.strftime("%G-W%V")))
    return len(rows)


def export_door_sign(services, actor: Actor, room_name: str, day: dt.date, path: Path) -> int:
    from app.reports.pdf.door_sign import write_door_sign

    room = services.rooms.room_by_name(actor, room_name)
    rows = services.bookings.between(actor, day, day, room_ids=[room.id], include_cancelled=False)
    closed = services.rooms.closed_dates(actor, day, day)
    ExportService(services.db).write(actor, path, lambda target: write_door_sign(
        target, room, day, rows, closed.get(day), services.settings.centre(actor).name), record="room", record_id=room.id,
        detail=_("door sign {day}").format(day=day.isoformat()))
    return len(rows)


def export_ics(services, actor: Actor, path: Path, room_name: str | None = None) -> int:
    from app.reports.ics import write_ics

    room_id = services.rooms.room_by_name(actor, room_name).id if room_name else None
    series, rows = services.bookings.calendar_export(actor, room_id=room_id)
    return ExportService(services.db).write(actor, path, lambda target: write_ics(
        target, series, rows, centre_name=services.settings.centre(actor).name), record="booking", record_id=room_id,
        detail=_("calendar file"))


def export_occupancy(services, actor: Actor, year: int, path: Path) -> int:
    from app.reports.occupancy_excel import write_occupancy

    rows = services.bookings.occupancy(actor, year)
    ExportService(services.db).write(
        actor, path, lambda target: write_occupancy(target, year, rows, centre=services.settings.centre(actor).name),
        record="room", detail=_("occupancy {year}").format(year=year))
    return len(rows)


def export_rental_income(services, actor: Actor, year: int, path: Path) -> int:
    from app.reports.rental_income_excel import write_rental_income

    rows = services.invoices.rental_income(actor, dt.date(year, 1, 1), dt.date(year, 12, 31))
    title = _("Rental income {year}").format(year=year)
    ExportService(services.db).write(
        actor, path, lambda target: write_rental_income(target, title, rows, centre=services.settings.centre(actor).name),
        record="invoice", detail=title)
    return len(rows)


def write_invoice_pdf(services, actor: Actor, invoice_id: int, path: Path) -> None:
    from app.reports.pdf.invoice import write_invoice

    invoice = services.invoices.get(actor, invoice_id)
    ExportService(services.db).write(actor, path, lambda target: write_invoice(
        target, invoice, ExportService(services.db).letterhead(actor), services.rooms.payment_term_days()), record="invoice",
        record_id=invoice_id)


def export_invoices(services, actor: Actor, first: dt.date, last: dt.date, folder: Path, *,
                    finalise: bool = False, issue_date: dt.date | None = None,
                    through_issue_date: bool = False) -> list[Path]:
    """Concepts for every renter with something to pay in the period, or the final run (one
    transaction: all invoices or none), one PDF each in `folder`, named after the number (or
    the renter for a concept). `through_issue_date`: bookings after the invoice date wait for
    the next run instead of being billed in advance."""
    actor.require(Permission.INVOICE, _("make invoices"))
    folder.mkdir(parents=True, exist_ok=True)
    if finalise:
        made = services.invoices.run(actor, first, last, issue_date, through_issue_date=through_issue_date)
    else:
        made = services.invoices.create_concepts(actor, first, last,
                                                 through=(issue_date or dt.date.today()) if through_issue_date else None)
    written = []
    for invoice in made:
        renter = re.sub(r"[^\w]+", "-", invoice.renter_name).strip("-")
        name = invoice.number or f"concept-{invoice.id}-{renter}"
        path = folder / f"factuur-{name}.pdf"
        write_invoice_pdf(services, actor, invoice.id, path)
        written.append(path)
    return written
