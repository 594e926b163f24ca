"""Rooms, tariffs, renters, closing days, a season of weekly groups and one-off bookings.

Everything is written in bulk. No two bookings of a room overlap (buffers included): every
booking is placed through `_Planner`, which keeps the occupied blocks per room and day.
`demo.large` adds eight teaching rooms with 100.000 bookings over some seven years, the
benchmark set.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, insert, select

from app.db.models import Booking, BookingSeries, ClosingDay, Renter, Room, RoomTariff, WorkingGroup
from app.demo import DemoContext
from app.domain import bookings as rules
from app.domain import recurrence
from app.demo.core import insert_owned

WEEKDAYS = {str(d): ["08:30", "22:30"] for d in range(5)}
ROOMS = [
    # name, capacity, facilities, colour, (hourly, day part) commercial tariff, set-up, clean-up, Saturday/Sunday
    ("Grote zaal", 120, "Podium, geluidsinstallatie, beamer, 120 stoelen, bar", "#4E79A7", ("45.00", "135.00"), 30, 30, True),
    ("Keuken", 14, "Professionele keuken, 2 fornuizen, vaatwasser", "#F28E2B", ("30.00", "90.00"), 15, 30, True),
    ("Vergaderruimte", 16, "Vergadertafel, beamer, whiteboard, koffie en thee", "#59A14F", ("20.00", "55.00"), 0, 15, False),
    ("Soos", 40, "Bar, biljart, bank, tv", "#B07AA1", ("25.00", "70.00"), 15, 15, True),
    ("Gymzaal", 30, "Matten, wandrekken, geluidsinstallatie", "#E15759", ("35.00", "100.00"), 15, 15, True),
]
EXTRA_ROOMS = [f"Leslokaal {n}" for n in range(1, 9)]
RENTERS = [
    # name, category, kind, contact, phone, e-mail
    ("Gemengd Koor Klarendal", "maatschappelijk", "organisatie", "Henk Smits", "06 21 43 65 87", "koor@klarendalzingt.nl"),
    ("Stichting Yoga Oost", "maatschappelijk", "organisatie", "Anke de Vries", "06 12 34 56 78", "info@yoga-oost.nl"),
    ("Bewonersgroep Klarendal", "buurtgroep", "buurtgroep", "Mustafa Yilmaz", "06 33 44 55 66", "bewoners@klarendal.nl"),
    ("Dansschool Passie", "commercieel", "bedrijf", "Roxanne Bakker", "026 442 11 90", "info@dansschoolpassie.nl"),
    ("Taekwondo Arnhem", "commercieel", "bedrijf", "Kevin Tan", "06 70 80 90 10", "kevin@taekwondo-arnhem.nl"),
    ("VluchtelingenWerk Oost", "maatschappelijk", "organisatie", "Lotte Janssen", "026 370 02 50", "arnhem@vwon.nl"),
    ("Taalmaatjes Klarendal", "buurtgroep", "buurtgroep", "Ria Verhoeven", "06 19 28 37 46", "taalmaatjes@klarendal.nl"),
    ("Schuldhulpmaatje Arnhem", "maatschappelijk", "organisatie", "Peter Mulder", "06 55 66 77 88", "arnhem@schuldhulpmaatje.nl"),
    ("Volleybalclub De Smash", "maatschappelijk", "organisatie", "Eva Dijkstra", "06 44 33 22 11", "secretaris@desmash.nl"),
    ("Buurtsportcoach Sportbedrijf", "maatschappelijk", "organisatie", "Yusuf Kaya", "06 98 76 54 32", "buurtsport@arnhem.nl"),
    ("VvE Klarendalseweg", "commercieel", "organisatie", "Gerard Peters", "06 11 22 33 44", "bestuur@vve-klarendal.nl"),
    ("Familie Öztürk", "commercieel", "particulier", "Ayşe Öztürk", "06 87 65 43 21", "ayse.ozturk@example.nl"),
    ("Marloes van Dam", "commercieel", "particulier", "Marloes van Dam", "06 24 68 13 57", "marloes.vandam@example.nl"),
    ("EHBO-vereniging Arnhem-Noord", "maatschappelijk", "organisatie", "Jan de Boer", "026 445 67 89", "cursus@ehbo-arnhem.nl"),
    ("Repair Café Klarendal", "buurtgroep", "buurtgroep", "Wim Kuipers", "06 13 57 91 13", "repaircafe@klarendal.nl"),
]
# renter index (or "wg0"/"wg1": a working group), room, weekday, start, end, activity, public, rule
SEASON = [
    (0, "Grote zaal", 0, "19:30", "21:45", "Koorrepetitie", False, "weekly"),
    (1, "Grote zaal", 1, "09:30", "11:30", "Stoelyoga", True, "weekly"),
    (2, "Grote zaal", 2, "14:00", "16:30", "Kinderclub", True, "weekly"),
    ("wg0", "Grote zaal", 3, "19:00", "22:00", "Bingo", True, "weekly"),
    (3, "Grote zaal", 4, "10:00", "12:00", "Zumba Gold", True, "weekly"),
    (4, "Grote zaal", 5, "10:00", "12:00", "Taekwondo jeugd", False, "weekly"),
    ("wg1", "Keuken", 1, "17:00", "19:30", "Kookclub Samen Eten", True, "weekly"),
    (5, "Keuken", 3, "10:00", "12:00", "Kookles nieuwkomers", False, "weekly"),
    (6, "Vergaderruimte", 0, "10:00", "12:00", "Taalcafé", True, "weekly"),
    (2, "Vergaderruimte", 2, "19:30", "21:30", "Bewonersoverleg", True, "monthly2"),
    (7, "Vergaderruimte", 3, "14:00", "16:00", "Spreekuur schuldhulp", True, "weekly"),
    ("wg1", "Soos", 4, "19:00", "22:00", "Jongerensoos", False, "weekly"),
    ("wg0", "Soos", 2, "10:00", "12:00", "Koffieochtend", True, "weekly"),
    (14, "Soos", 5, "10:00", "13:00", "Repair Café", True, "monthly1"),
    (9, "Gymzaal", 0, "16:00", "17:00", "Peutergym", True, "weekly"),
    (8, "Gymzaal", 1, "19:30", "21:00", "Volleybal recreanten", False, "weekly"),
    (9, "Gymzaal", 5, "09:00", "10:30", "Kinderturnen", True, "weekly"),
    (1, "Gymzaal", 3, "19:30", "20:30", "Pilates", False, "biweekly"),
]
ONE_OFFS = [
    (11, "Soos", "14:00", "18:00", "Verjaardagsfeest", False),
    (12, "Grote zaal", "13:00", "17:00", "Babyshower", False),
    (10, "Vergaderruimte", "19:30", "22:00", "Ledenvergadering VvE", False),
    (13, "Vergaderruimte", "09:00", "16:30", "Cursus EHBO", False),
    (2, "Grote zaal", "19:30", "22:00", "Buurtvergadering over de nieuwe speeltuin", True),
    (3, "Grote zaal", "19:00", "22:00", "Dansavond", True),
    ("wg0", "Keuken", "13:00", "16:00", "Bakworkshop", True),
    (5, "Vergaderruimte", "13:30", "15:30", "Informatiemiddag", True),
]


class _Planner:
    """Occupied blocks per (room, date): a booking is placed only where it fits, buffers included."""

    def __init__(self) -> None:
        self.blocks: dict[tuple[int, dt.date], list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)

    def fits(self, room: int, start: dt.datetime, end: dt.datetime, setup: int, cleanup: int) -> bool:
        a, b = start - dt.timedelta(minutes=setup), end + dt.timedelta(minutes=cleanup)
        return not any(rules.overlaps(a, b, x, y) for x, y in self.blocks[(room, start.date())])

    def take(self, room: int, start: dt.datetime, end: dt.datetime, setup: int, cleanup: int) -> None:
        self.blocks[(room, start.date())].append((start - dt.timedelta(minutes=setup), end + dt.timedelta(minutes=cleanup)))


def _booking(room_id: int, setup: int, cleanup: int, start: dt.datetime, end: dt.datetime, **values) -> dict:
    block = rules.block_for(start, end, setup, cleanup)
    return {
        "room_id": room_id, "renter_id": values.get("renter_id"), "working_group_id": values.get("working_group_id"),
        "activity": values["activity"], "start_at": block.start, "end_at": block.end, "block_start": block.block_start,
        "block_end": block.block_end, "local_start": start, "local_end": end, "setup_minutes": setup,
        "cleanup_minutes": cleanup, "status": values.get("status", rules.CONFIRMED),
        "cancel_reason": values.get("cancel_reason", ""), "expected_participants": values.get("expected"),
        "actual_participants": values.get("actual"), "public": values.get("public", False), "notes": values.get("notes", ""),
        "rate_basis": values.get("rate_basis", rules.PER_HOUR), "series_id": values.get("series_id"),
        "original_date": values.get("original_date"), "created_at": values.get("created_at"),
        "created_by": "systeem", "version": 1,
    }


def _closed(demo: DemoContext, first: dt.date, last: dt.date, own: list[tuple[dt.date, dt.date, str]]) -> set[dt.date]:
    closed = set(rules.public_holidays(first, last))
    for start, end, _reason in own:
        day = start
        while day <= end:
            closed.add(day)
            day += dt.timedelta(days=1)
    return closed


def populate(demo: DemoContext) -> None:
    conn = demo.connection
    rng = demo.rng
    today = demo.today
    season_start = dt.date(today.year if today.month >= 8 else today.year - 1, 9, 1)
    season_end = dt.date(season_start.year + 1, 6, 30)
    now = dt.datetime.now(dt.UTC)

    names = [r[0] for r in ROOMS] + (EXTRA_ROOMS if demo.large else [])
    room_rows = []
    for order, (name, capacity, facilities, colour, (hourly, part), setup, cleanup, weekend) in enumerate(ROOMS):
        opening = dict(WEEKDAYS)
        opening["5"] = ["09:00", "18:00"] if weekend else None
        opening["6"] = None
        room_rows.append({"name": name, "capacity": capacity, "facilities": facilities, "colour": colour,
                          "opening_hours": opening, "day_parts": [
                              {"name": "ochtend", "start": "09:00", "end": "12:30"},
                              {"name": "middag", "start": "13:00", "end": "17:30"},
                              {"name": "avond", "start": "19:00", "end": "22:30"}],
                          "setup_minutes": setup, "cleanup_minutes": cleanup, "active": True, "sort_order": order,
                          "notes": "", "version": 1})
    if demo.large:
        for index, name in enumerate(EXTRA_ROOMS):
            room_rows.append({"name": name, "capacity": 20, "facilities": "Tafels, stoelen, digibord",
                              "colour": ["#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC", "#86BCB6", "#D4A6C8", "#8CD17D"][index],
                              "opening_hours": {str(d): ["08:30", "22:30"] for d in range(7)}, "day_parts": [],
                              "setup_minutes": 15, "cleanup_minutes": 15, "active": True, "sort_order": 10 + index,
                              "notes": "", "version": 1})
    conn.execute(insert_owned(Room), room_rows)
    rooms = {r.name: r for r in conn.execute(select(Room.id, Room.name, Room.setup_minutes, Room.cleanup_minutes))
             if r.name in names}
    tariffs = []
    for name, _c, _f, _k, (hourly, part), *_rest in ROOMS:
        tariffs.append({"room_id": rooms[name].id, "category": "commercieel", "hourly_rate": Decimal(hourly),
                        "day_part_rate": Decimal(part), "version": 1})
    tariffs.append({"room_id": rooms["Grote zaal"].id, "category": "maatschappelijk", "hourly_rate": Decimal("15.00"),
                    "day_part_rate": Decimal("45.00"), "version": 1})
    conn.execute(insert(RoomTariff), tariffs)

    groups = list(conn.execute(select(WorkingGroup.id, WorkingGroup.name).order_by(WorkingGroup.id).limit(2)))
    renter_rows = []
    for index, (name, category, kind, contact, phone, email) in enumerate(RENTERS):
        street = f"{['Klarendalseweg', 'Hommelseweg', 'Sonsbeeksingel', 'Velperweg'][index % 4]} {10 + 7 * index}"
        renter_rows.append({"name": name, "category": category, "kind": kind, "contact_name": contact, "phone": phone,
                            "email": email, "invoice_name": "" if kind == "particulier" else name,
                            "invoice_street": street, "invoice_postcode": f"68{20 + index % 9} {'ABCDEFGHJK'[index % 10]}K",
                            "invoice_town": "Arnhem", "invoice_email": email, "working_group_id": None, "active": True,
                            "notes": "", "version": 1})
    conn.execute(insert_owned(Renter), renter_rows)
    renters = [r.id for r in conn.execute(select(Renter.id).order_by(Renter.id))][-len(RENTERS):]

    closures = [(dt.date(season_start.year, 12, 24), dt.date(season_start.year + 1, 1, 1), "Kerstsluiting"),
                (dt.date(season_start.year + 1, 7, 20), dt.date(season_start.year + 1, 8, 14), "Zomersluiting"),
                (dt.date(season_start.year + 1, 3, 9), dt.date(season_start.year + 1, 3, 13), "Schilderwerk grote zaal")]
    painting = closures[2]  # closes the Grote zaal only; the other rooms stay open
    conn.execute(insert_owned(ClosingDay), [{"start_date": a, "end_date": b, "reason": r, "version": 1, "kept_booking_ids": [],
                                       "room_id": rooms["Grote zaal"].id if (a, b, r) == painting else None}
                                      for a, b, r in closures])
    closed = _closed(demo, season_start, season_end + dt.timedelta(days=60), closures[:2])

    planner = _Planner()
    bookings: list[dict] = []

    def who(ref) -> dict:
        if isinstance(ref, str):
            index = int(ref[2:])
            if index < len(groups):
                return {"working_group_id": groups[index].id}
            return {"renter_id": renters[2]}
        return {"renter_id": renters[ref]}

    series_count = 0
    for ref, room_name, weekday, start, end, activity, public, kind in SEASON:
        room = rooms[room_name]
        first = season_start + dt.timedelta(days=(weekday - season_start.weekday()) % 7)
        if kind == "monthly2":
            rule = recurrence.monthly_on_weekday(2, weekday, until=season_end)
        elif kind == "monthly1":
            rule = recurrence.monthly_on_weekday(1, weekday, until=season_end)
        elif kind == "biweekly":
            rule = recurrence.weekly((weekday,), every=2, until=season_end)
        else:
            rule = recurrence.weekly((weekday,), until=season_end)
        t1, t2 = rules.parse_hhmm(start), rules.parse_hhmm(end)
        series_id = conn.execute(insert_owned(BookingSeries).returning(BookingSeries.id), [{
            "room_id": room.id, "renter_id": who(ref).get("renter_id"), "activity": activity, "start_time": t1,
            "end_time": t2, "first_date": first, "rule": rule.to_dict(), "exceptions": [], "created_at": now,
            "created_by": "systeem", "version": 1}]).scalar_one()
        series_count += 1
        exceptions = []
        expected = rng.randint(8, 30)
        for day in rule.dates(first):
            s, e = dt.datetime.combine(day, t1), dt.datetime.combine(day, t2)
            if day in closed or (room_name == "Grote zaal" and painting[0] <= day <= painting[1]) \
                    or not planner.fits(room.id, s, e, room.setup_minutes, room.cleanup_minutes):
                exceptions.append(day.isoformat())
                continue
            planner.take(room.id, s, e, room.setup_minutes, room.cleanup_minutes)
            past = day < today
            status = rules.CONFIRMED
            reason = ""
            if rng.random() < 0.03:
                status, reason = rules.CANCELLED, rng.choice(["Docent ziek", "Te weinig aanmeldingen", "Schoolvakantie"])
            bookings.append(_booking(room.id, room.setup_minutes, room.cleanup_minutes, s, e, **who(ref), activity=activity,
                                     public=public, series_id=series_id, original_date=day, status=status,
                                     cancel_reason=reason, expected=expected,
                                     actual=max(0, expected + rng.randint(-6, 4)) if past and status != rules.CANCELLED else None,
                                     created_at=now))
        if exceptions:
            conn.execute(BookingSeries.__table__.update().where(BookingSeries.id == series_id).values(exceptions=exceptions))

    # one-offs: a few each month of the season, in a free slot, some still an option
    day = season_start
    index = 0
    while day <= season_end:
        ref, room_name, start, end, activity, public = ONE_OFFS[index % len(ONE_OFFS)]
        room = rooms[room_name]
        candidate = day + dt.timedelta(days=rng.randint(0, 9))
        s = dt.datetime.combine(candidate, rules.parse_hhmm(start))
        e = dt.datetime.combine(candidate, rules.parse_hhmm(end))
        painted = room_name == "Grote zaal" and painting[0] <= candidate <= painting[1]
        if candidate not in closed and not painted and candidate.weekday() < 5 and planner.fits(room.id, s, e, room.setup_minutes, room.cleanup_minutes):
            planner.take(room.id, s, e, room.setup_minutes, room.cleanup_minutes)
            status = rules.OPTION if candidate > today and rng.random() < 0.4 else rules.CONFIRMED
            bookings.append(_booking(room.id, room.setup_minutes, room.cleanup_minutes, s, e, **who(ref), activity=activity,
                                     public=public, status=status, expected=rng.randint(10, 80), created_at=now,
                                     rate_basis=rules.PER_DAY_PART if "Cursus" in activity else rules.PER_HOUR,
                                     notes="Sleutel ophalen bij de beheerder" if rng.random() < 0.3 else ""))
        index += 1
        day += dt.timedelta(days=5)

    if demo.large:
        bookings.extend(_benchmark_bookings(demo, rooms, renters, 100_000 - len(bookings), now, closed))
    for chunk in range(0, len(bookings), 20_000):
        conn.execute(insert_owned(Booking), bookings[chunk:chunk + 20_000])
    demo.counts["Zalen"] = len(room_rows)
    demo.counts["Huurders"] = len(renter_rows)
    demo.counts["Reeksen"] = series_count
    demo.counts["Boekingen"] = conn.execute(select(func.count()).select_from(Booking)).scalar_one()


SLOTS = [("09:00", "11:00"), ("11:30", "13:30"), ("14:00", "16:30"), ("17:00", "18:30"), ("19:00", "21:00")]
ACTIVITIES = ["Taalles NT2", "Huiswerkbegeleiding", "Computercursus 55+", "Naailes", "Schilderclub", "Schaakclub",
              "Mindfulness", "Budgetcursus", "Fotografieclub", "Muziekles"]


def _benchmark_bookings(demo: DemoContext, rooms, renters: list[int], count: int, now: dt.datetime,
                        closed_days: set[dt.date]) -> list[dict]:
    """Back-to-back slots in the teaching rooms, from some five years ago onwards: never overlapping."""
    extra = [rooms[name] for name in EXTRA_ROOMS]
    slots = [(rules.parse_hhmm(a), rules.parse_hhmm(b)) for a, b in SLOTS]
    day = demo.today - dt.timedelta(days=5 * 365)
    closed = set(rules.public_holidays(day, demo.today + dt.timedelta(days=5 * 365))) | set(closed_days)
    result: list[dict] = []
    rng = demo.rng
    while len(result) < count:
        if day in closed:  # no live booking on a day the centre is closed (wijkhuis check)
            day += dt.timedelta(days=1)
            continue
        for room in extra:
            for t1, t2 in slots:
                if len(result) >= count:
                    break
                s, e = dt.datetime.combine(day, t1), dt.datetime.combine(day, t2)
                result.append(_booking(room.id, 15, 15, s, e, renter_id=renters[rng.randrange(len(renters))],
                                       activity=ACTIVITIES[rng.randrange(len(ACTIVITIES))], created_at=now,
                                       status=rules.CONFIRMED))
        day += dt.timedelta(days=1)
    return result
