"""iCalendar export of the bookings, for Outlook, Google Calendar, Apple and Thunderbird.

Times carry TZID=Europe/Amsterdam with a VTIMEZONE (summer-time rules as yearly RRULEs, the
form those programs write themselves). A series is ONE event with an RRULE; its cancelled and
skipped dates are EXDATEs; a date that was moved or changed is an override with RECURRENCE-ID.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from app.domain import bookings as rules
from app.i18n import translator
from app.services.rooms.rows import BookingRow, SeriesInfo

_ = translator("rooms")

TZID = "Europe/Amsterdam"


def _timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("dtstart", dt.datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    summer.add("tzoffsetfrom", dt.timedelta(hours=1))
    summer.add("tzoffsetto", dt.timedelta(hours=2))
    summer.add("tzname", "CEST")
    winter = TimezoneStandard()
    winter.add("dtstart", dt.datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    winter.add("tzoffsetfrom", dt.timedelta(hours=2))
    winter.add("tzoffsetto", dt.timedelta(hours=1))
    winter.add("tzname", "CET")
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def _local(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=rules.AMSTERDAM)


def _fill(event: Event, row: BookingRow, start: dt.datetime, end: dt.datetime) -> None:
    event.add("dtstart", _local(start))
    event.add("dtend", _local(end))
    summary = row.activity + (f" — {row.renter_name}" if row.renter_name else "")
    event.add("summary", summary)
    event.add("location", row.room_name)
    event.add("status", "TENTATIVE" if row.status == rules.OPTION else "CONFIRMED")
    if row.status == rules.OPTION:
        event.add("description", _("Option, not yet confirmed"))
    event.add("class", "PUBLIC" if row.public else "PRIVATE")


def build_calendar(series: list[SeriesInfo], rows: list[BookingRow], *, centre_name: str,
                   stamp: dt.datetime | None = None) -> Calendar:
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Wijkhuis//Zaalverhuur//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Bookings {centre}").format(centre=centre_name))
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_timezone())
    by_series: dict[int, list[BookingRow]] = {}
    for row in rows:
        if row.series_id is not None:
            by_series.setdefault(row.series_id, []).append(row)
        elif row.status != rules.CANCELLED:
            event = Event()
            event.add("uid", f"booking-{row.id}@wijkhuis")
            event.add("dtstamp", stamp)
            _fill(event, row, row.local_start, row.local_end)
            calendar.add_component(event)
    for info in series:
        for event in _series_events(info, by_series.get(info.id, []), stamp):
            calendar.add_component(event)
    return calendar


def _series_events(info: SeriesInfo, rows: list[BookingRow], stamp: dt.datetime) -> list[Event]:
    live = [r for r in rows if r.status != rules.CANCELLED]
    if not live:
        return []
    dates = info.rule.dates(info.first_date)
    if not dates:
        return []
    # The master takes what most dates share, so that one changed date is an override and
    # an edit of "all" dates does not turn every date into one.
    shape = Counter((r.local_start.time(), r.local_end - r.local_start, r.activity, r.room_id, r.status, r.renter_name)
                    for r in live).most_common(1)[0][0]
    start_time, length, activity, room_id, status, renter = shape
    model = next(r for r in live if (r.activity, r.room_id, r.status, r.renter_name) == (activity, room_id, status, renter))
    by_date = {r.original_date: r for r in rows if r.original_date is not None}
    master = Event()
    uid = f"series-{info.id}@wijkhuis"
    master.add("uid", uid)
    master.add("dtstamp", stamp)
    first_start = dt.datetime.combine(dates[0], start_time)
    _fill(master, model, first_start, first_start + length)
    recur = dict(info.rule.ical())
    recur.pop("COUNT", None)
    recur["UNTIL"] = rules.to_utc(dt.datetime.combine(dates[-1], start_time))
    master.add("rrule", vRecur(recur))
    excluded, overrides = [], []
    for day in dates:
        row = by_date.get(day)
        original = dt.datetime.combine(day, start_time)
        if row is None or row.status == rules.CANCELLED:
            excluded.append(_local(original))
            continue
        same = (row.local_start == original and row.local_end == original + length and row.activity == activity
                and row.room_id == room_id and row.status == status and row.renter_name == renter)
        if not same:
            override = Event()
            override.add("uid", uid)
            override.add("dtstamp", stamp)
            override.add("recurrence-id", _local(original))
            _fill(override, row, row.local_start, row.local_end)
            overrides.append(override)
    if excluded:
        master.add("exdate", excluded)
    return [master, *overrides]


def write_ics(path: Path, series: list[SeriesInfo], rows: list[BookingRow], *, centre_name: str) -> int:
    """Writes the file; returns the number of events (a series counts once)."""
    calendar = build_calendar(series, rows, centre_name=centre_name)
    path.write_bytes(calendar.to_ical())
    return sum(1 for c in calendar.walk("VEVENT") if "RECURRENCE-ID" not in c)
