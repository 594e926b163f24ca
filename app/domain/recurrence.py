"""Recurring bookings: a rule in dateutil's rrule terms, kept as plain JSON.

Weekly on chosen days, every n weeks; monthly on a date ("de 15e") or on a weekday in the
month ("2e dinsdag", "laatste vrijdag"); until a date or a number of times. The rule yields
DATES; a booking's wall-clock times are put on each date afterwards, so a weekly 19:00 stays
19:00 across the change to and from summer time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil import rrule

from app.i18n import translator

_ = translator("rooms")

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
BY_DATE, BY_WEEKDAY = "date", "weekday"
MAX_OCCURRENCES = 370  # a year of daily bookings: enough for a season, stops a typo's 10.000 dates
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RRULE_DAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


def weekday_names() -> list[str]:
    return [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]


def short_weekday_names() -> list[str]:
    return [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]


@dataclass(frozen=True)
class Recurrence:
    frequency: str = WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # 0 = Monday; weekly: the days; empty = the first date's day
    monthly_mode: str = BY_DATE
    set_position: int = 0  # monthly by weekday: 1..4, or -1 for the last one in the month
    until: dt.date | None = None
    count: int | None = None

    def problems(self) -> list[str]:
        found = []
        if self.frequency not in (DAILY, WEEKLY, MONTHLY):
            found.append(_("choose daily, weekly or monthly"))
        if not 1 <= self.interval <= 52:
            found.append(_("the interval must be between 1 and 52"))
        if self.until is None and self.count is None:
            found.append(_("give an end date or a number of times"))
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            found.append(_("the number of times must be between 1 and {n}").format(n=MAX_OCCURRENCES))
        if any(not 0 <= d <= 6 for d in self.weekdays):
            found.append(_("unknown weekday"))
        if self.frequency == MONTHLY and self.monthly_mode == BY_WEEKDAY and self.set_position not in (1, 2, 3, 4, -1):
            found.append(_("choose the 1st, 2nd, 3rd, 4th or last weekday of the month"))
        return found

    def _rrule(self, first: dt.date) -> rrule.rrule:
        start = dt.datetime.combine(first, dt.time())
        kwargs: dict = {"dtstart": start, "interval": self.interval}
        if self.until is not None:
            kwargs["until"] = dt.datetime.combine(self.until, dt.time())
        if self.count is not None:
            kwargs["count"] = self.count
        if self.frequency == DAILY:
            return rrule.rrule(rrule.DAILY, **kwargs)
        if self.frequency == WEEKLY:
            days = self.weekdays or (first.weekday(),)
            return rrule.rrule(rrule.WEEKLY, byweekday=[_RRULE_DAYS[d] for d in sorted(set(days))], wkst=rrule.MO, **kwargs)
        if self.monthly_mode == BY_WEEKDAY:
            day = self.weekdays[0] if self.weekdays else first.weekday()
            return rrule.rrule(rrule.MONTHLY, byweekday=_RRULE_DAYS[day](self.set_position), **kwargs)
        return rrule.rrule(rrule.MONTHLY, bymonthday=first.day, **kwargs)

    def dates(self, first: dt.date) -> list[dt.date]:
        """Every date of the series, starting at `first` (which need not match the rule;
        then the first matching date after it starts the series)."""
        result = []
        for moment in self._rrule(first):
            result.append(moment.date())
            if len(result) >= MAX_OCCURRENCES:
                break
        return result

    def ending_before(self, first: dt.date, split: dt.date) -> Recurrence:
        """The same rule, stopping the day before `split` (for "this and following")."""
        return Recurrence(self.frequency, self.interval, self.weekdays, self.monthly_mode, self.set_position,
                          until=split - dt.timedelta(days=1), count=None)

    def starting_at(self, first: dt.date, split: dt.date) -> Recurrence:
        """The rest of the rule from `split` on, with a count turned into an end date."""
        until = self.until
        if self.count is not None:
            dates = self.dates(first)
            until = dates[-1] if dates else split
        return Recurrence(self.frequency, self.interval, self.weekdays, self.monthly_mode, self.set_position,
                          until=until, count=None)

    def ical(self) -> dict:
        """The rule as an iCalendar RECUR value (icalendar's vRecur takes this dict)."""
        freq = {DAILY: "DAILY", WEEKLY: "WEEKLY", MONTHLY: "MONTHLY"}[self.frequency]
        value: dict = {"FREQ": freq}
        if self.interval != 1:
            value["INTERVAL"] = self.interval
        if self.frequency == WEEKLY:
            if self.weekdays:
                value["BYDAY"] = [ICAL_DAYS[d] for d in sorted(set(self.weekdays))]
            value["WKST"] = "MO"
        elif self.frequency == MONTHLY and self.monthly_mode == BY_WEEKDAY:
            day = ICAL_DAYS[self.weekdays[0]] if self.weekdays else None
            if day:
                value["BYDAY"] = [f"{self.set_position}{day}"]
        if self.count is not None:
            value["COUNT"] = self.count
        return value

    def describe(self) -> str:
        """In words, for the booking dialog and lists: "elke 2 weken op di, do, tot 30-06-2027"."""
        from app.domain import formatting

        names = short_weekday_names()
        if self.frequency == DAILY:
            text = _("every day") if self.interval == 1 else _("every {n} days").format(n=self.interval)
        elif self.frequency == WEEKLY:
            text = _("every week") if self.interval == 1 else _("every {n} weeks").format(n=self.interval)
            if self.weekdays:
                text += " " + _("on {days}").format(days=", ".join(names[d] for d in sorted(set(self.weekdays))))
        else:
            text = _("every month") if self.interval == 1 else _("every {n} months").format(n=self.interval)
            if self.monthly_mode == BY_WEEKDAY and self.weekdays:
                position = _("last") if self.set_position == -1 else _("{n}th").format(n=self.set_position)
                text += " " + _("on the {position} {day}").format(position=position, day=weekday_names()[self.weekdays[0]].lower())
        if self.until is not None:
            text += ", " + _("until {date}").format(date=formatting.date(self.until))
        if self.count is not None:
            text += ", " + _("{n} times").format(n=self.count)
        return text

    def to_dict(self) -> dict:
        return {
            "frequency": self.frequency, "interval": self.interval, "weekdays": list(self.weekdays),
            "monthly_mode": self.monthly_mode, "set_position": self.set_position,
            "until": self.until.isoformat() if self.until else None, "count": self.count,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Recurrence:
        return cls(
            frequency=data.get("frequency", WEEKLY), interval=int(data.get("interval", 1)),
            weekdays=tuple(data.get("weekdays") or ()), monthly_mode=data.get("monthly_mode", BY_DATE),
            set_position=int(data.get("set_position", 0)),
            until=dt.date.fromisoformat(data["until"]) if data.get("until") else None,
            count=data.get("count"),
        )


def weekly(days: tuple[int, ...], *, every: int = 1, until: dt.date | None = None, count: int | None = None) -> Recurrence:
    return Recurrence(WEEKLY, every, tuple(days), until=until, count=count)


def monthly_on_weekday(position: int, day: int, *, until: dt.date | None = None, count: int | None = None) -> Recurrence:
    """"2e dinsdag": monthly_on_weekday(2, 1)."""
    return Recurrence(MONTHLY, 1, (day,), BY_WEEKDAY, position, until=until, count=count)


def monthly_on_date(*, every: int = 1, until: dt.date | None = None, count: int | None = None) -> Recurrence:
    return Recurrence(MONTHLY, every, (), BY_DATE, until=until, count=count)
