"""Demo volunteers, themes and working groups: Dutch names, addresses in Arnhem, Rotterdam and
Harderwijk, valid IBANs (check digits computed), a VOG register with gaps, and some hours.
`large` writes 10.000 volunteers in bulk for the benchmarks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, select

from app.db.base import utcnow
from app.db.models import Theme, Volunteer, VolunteerCentre, VolunteerHours, WorkingGroup, WorkingGroupMember
from app.demo import DemoContext
from app.demo.core import CENTRE_ID, insert_owned

FIRST_NAMES = [
    "Anna", "Sanne", "Fleur", "Lotte", "Emma", "Julia", "Sophie", "Noor", "Fatima", "Yasmina", "Ayşe", "Maria",
    "Ingrid", "Gerda", "Riet", "Annie", "Wilma", "Marieke", "Esther", "Priya", "Daan", "Sem", "Lucas", "Thijs",
    "Bram", "Jeroen", "Mohamed", "Youssef", "Mehmet", "Kees", "Henk", "Jan", "Piet", "Gerrit", "Wim", "Ruud",
    "Joost", "Sander", "Kevin", "Rachid", "Dewi", "Wouter", "Marloes", "Hanneke", "Samira", "Tom", "Ahmet",
]
LAST_NAMES = [
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("van", "Dijk"), ("", "Visser"),
    ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
    ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("", "Kok"), ("", "Jacobs"),
    ("", "Hoekstra"), ("", "El Amrani"), ("", "Yılmaz"), ("", "Öztürk"), ("", "Bouzid"), ("", "Kaya"),
    ("", "Ramdin"), ("", "Tahiri"), ("van 't", "Hek"), ("ter", "Horst"), ("", "Verhoeven"), ("", "Claassen"),
]
TOWNS = [
    ("Arnhem", "026", ["Klarendalseweg", "Steenstraat", "Hommelseweg", "Sonsbeeksingel", "Velperweg",
                       "Hoogkamp", "Gildemeestersplein", "Presikhaafweg"], (6811, 6846)),
    ("Rotterdam", "010", ["Zwart Janstraat", "Goudsesingel", "Nieuwe Binnenweg", "Kralingse Plaslaan",
                          "Beijerlandselaan", "Pleinweg", "Mathenesserlaan"], (3011, 3089)),
    ("Harderwijk", "0341", ["Smeepoortstraat", "Stationslaan", "Zeebuitenweg", "Tesselschadelaan",
                            "Verkeersweg", "Frisialaan"], (3841, 3849)),
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "RBRB", "KNAB"]
THEMES = {
    "Jeugd en kansrijk opgroeien": [
        ("Huiswerkbegeleiding", True, "Elke schooldag hulp bij huiswerk voor 20 kinderen",
         "Ouders betrekken bij de voortgang"),
        ("Kinderclub Woensdag", True, "Elke woensdagmiddag een activiteit voor kinderen van 6-12", ""),
    ],
    "Veilig en schoon": [
        ("Buurtpreventie", False, "Twee avondrondes per week door de wijk", "Meldingen binnen een week opvolgen"),
        ("Opschoonploeg", False, "Maandelijks de speelvelden en perken schoon", ""),
    ],
    "Ouderen en eenzaamheid": [
        ("Koffieochtend 55+", False, "Elke dinsdag een open koffieochtend", "30 vaste bezoekers bereiken"),
        ("Maaltijd aan huis", True, "Wekelijks een warme maaltijd bij 15 ouderen thuis", ""),
    ],
    "Communicatie": [
        ("Wijkkrant", False, "Vier nummers per jaar huis aan huis", ""),
        ("Website en sociale media", False, "Activiteiten wekelijks online", "Nieuwsbrief maandelijks"),
    ],
    "Ontmoeting": [
        ("Bar en ontvangst", False, "Gastvrij ontvangst bij alle activiteiten", ""),
        ("Repair Café", False, "Eens per maand spullen repareren met buurtbewoners", ""),
    ],
}
SKILLS = ["koken", "EHBO", "rijbewijs B", "computer", "Arabisch", "Turks", "fotografie", "klussen", "schrijven",
          "bar (SVH)", "tuinieren", "Engels", "boekhouden"]
DAY_SLOTS = [f"{d}-{p}" for d in ("ma", "di", "wo", "do", "vr", "za") for p in ("ochtend", "middag", "avond")]


def nl_iban(bank: str, account: int) -> str:
    """A Dutch IBAN with correct check digits (ISO 7064 mod 97-10)."""
    bban = f"{bank}{account:010d}"
    numeric = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    check = 98 - int(numeric) % 97
    return f"NL{check:02d}{bban}"


def _account(rng) -> int:
    """Ten digits that also pass the old Dutch eleven test."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(10)]
        if digits[0] and sum(d * w for d, w in zip(digits, range(10, 0, -1))) % 11 == 0:
            return int("".join(map(str, digits)))


def populate(demo: DemoContext) -> None:
    rng, today, connection = demo.rng, demo.today, demo.connection
    theme_rows = [{"name": name, "description": "", "version": 1} for name in THEMES]
    connection.execute(insert(Theme), theme_rows)
    theme_ids = dict(connection.execute(select(Theme.name, Theme.id)).all())
    group_rows = []
    for index, (theme, groups) in enumerate(THEMES.items()):
        for offset, (name, vog, goal_1, goal_2) in enumerate(groups):
            start = dt.date(today.year - 1, 1 + (index + offset) % 12, 1)
            # goals end in a spread: one ended, a few ending within 60 days, the rest later
            end = today + dt.timedelta(days=[-20, 25, 45, 200, 320, 400][(index * 2 + offset) % 6])
            group_rows.append({
                "name": name, "theme_id": theme_ids[theme], "goal_1": goal_1, "goal_2": goal_2,
                "start_date": start, "end_date": end, "requires_vog": vog, "active": True, "version": 1,
            })
    connection.execute(insert_owned(WorkingGroup), group_rows)
    groups = connection.execute(select(WorkingGroup.id, WorkingGroup.requires_vog)).all()

    count = 10_000 if demo.large else 150
    now = utcnow()
    volunteers = []
    memberships_plan = []
    for number in range(count):
        first = rng.choice(FIRST_NAMES)
        infix, last = rng.choice(LAST_NAMES)
        town, area_code, streets, (low, high) = rng.choice(TOWNS)
        letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        birth = today - dt.timedelta(days=rng.randint(16 * 365, 82 * 365))
        start = today - dt.timedelta(days=rng.randint(30, 12 * 365))
        roll = rng.random()
        status, end = "actief", None
        if roll > 0.92:
            status = "gestopt"
            end = min(today, start + dt.timedelta(days=rng.randint(60, 3000)))
        elif roll > 0.86:
            status = "gepauzeerd"
        chosen = rng.sample(groups, rng.choice([1, 1, 1, 2, 2, 3]))
        needs_vog = any(vog for _id, vog in chosen)
        vog_issued = vog_requested = vog_seen = None
        vog_roll = rng.random()
        if needs_vog or vog_roll < 0.2:
            if vog_roll < 0.08:
                vog_requested = today - dt.timedelta(days=rng.randint(3, 40))  # requested, not in yet
            elif vog_roll < 0.13:
                vog_issued = today - relativedelta(years=3) + dt.timedelta(days=rng.randint(1, 58))  # expiring
            elif vog_roll < 0.16:
                vog_issued = today - relativedelta(years=3) - dt.timedelta(days=rng.randint(1, 200))  # expired
            else:
                vog_issued = today - dt.timedelta(days=rng.randint(10, 2 * 365))
            if vog_issued:
                vog_requested = vog_issued - dt.timedelta(days=rng.randint(7, 28))
                vog_seen = vog_issued + dt.timedelta(days=rng.randint(1, 14))
        login = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        volunteers.append({
            "first_name": first, "infix": infix, "last_name": last, "date_of_birth": birth,
            "email": f"{login}{number}@voorbeeld.nl".translate(str.maketrans("şıöüé", "siöue")),
            "phone": rng.choice([f"06 {rng.randint(10000000, 99999999)}",
                                 f"{area_code} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"]),
            "street": f"{rng.choice(streets)} {rng.randint(1, 180)}", "postcode": f"{rng.randint(low, high)} {letters}",
            "town": town, "iban": nl_iban(rng.choice(BANKS), _account(rng)) if rng.random() < 0.8 else "",
            "start_date": start, "end_date": end, "status": status,
            "skills": ", ".join(rng.sample(SKILLS, rng.randint(0, 3))),
            "availability": sorted(rng.sample(DAY_SLOTS, rng.randint(1, 5))),
            "emergency_contact": f"{rng.choice(FIRST_NAMES)} {last} 06 {rng.randint(10000000, 99999999)}",
            "notes": "", "photo_consent": rng.random() < 0.7, "photo_consent_date": start,
            "newsletter_consent": rng.random() < 0.5, "newsletter_consent_date": start,
            "vog_requested_on": vog_requested, "vog_issued_on": vog_issued,
            "vog_seen_by": "Joost van der Berg" if vog_seen else "", "vog_seen_on": vog_seen,
            "anonymised_at": None, "created_at": now, "version": 1,
        })
        memberships_plan.append([group_id for group_id, _vog in chosen])
    for start_index in range(0, len(volunteers), 2000):
        connection.execute(insert(Volunteer), volunteers[start_index : start_index + 2000])
    ids = connection.execute(select(Volunteer.id).order_by(Volunteer.id)).scalars().all()[-count:]
    for start_index in range(0, len(ids), 5000):
        connection.execute(insert(VolunteerCentre), [{"volunteer_id": v, "centre_id": CENTRE_ID}
                                                     for v in ids[start_index : start_index + 5000]])
    members = [{"working_group_id": g, "volunteer_id": v, "resident_name": "", "resident_contact": "", "role": ""}
               for v, plan in zip(ids, memberships_plan, strict=True) for g in plan]
    for group_id, _vog in groups[:4]:  # residents who join without being a volunteer
        members.append({"working_group_id": group_id, "volunteer_id": None, "resident_name": rng.choice(FIRST_NAMES)
                        + " " + rng.choice(LAST_NAMES)[1], "resident_contact": "06 " + str(rng.randint(10000000, 99999999)),
                        "role": "bewoner"})
    for start_index in range(0, len(members), 5000):
        connection.execute(insert(WorkingGroupMember), members[start_index : start_index + 5000])
    hours = []
    per_person = 2 if demo.large else 8
    for volunteer_id, plan, person in zip(ids, memberships_plan, volunteers, strict=True):
        if person["status"] == "gestopt":
            continue
        for _ in range(per_person):
            hours.append({
                "volunteer_id": volunteer_id, "worked_on": today - dt.timedelta(days=rng.randint(1, 300)),
                "hours": Decimal(rng.choice(["1.5", "2", "2.5", "3", "4"])), "working_group_id": rng.choice(plan),
                "activity": "", "created_at": now, "created_by": "systeem", "version": 1,
            })
    for start_index in range(0, len(hours), 5000):
        connection.execute(insert_owned(VolunteerHours), hours[start_index : start_index + 5000])
    demo.counts["Vrijwilligers"] = count
    demo.counts["Werkgroepen"] = len(group_rows)
    demo.counts["Uren (regels)"] = len(hours)
