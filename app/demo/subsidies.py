"""Funders with their real-world rules, applications in every state and an annual plan. Ids of
working groups, bookings, series and allowance lines are read from their tables, so this works
whatever the other areas put there (or nothing at all)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, insert, select

from app.db.models import (
    ActualCost, AllowanceLine, AnnualPlan, AnnualPlanAction, AnnualPlanGoal, ApplicationAllowanceLine,
    ApplicationBooking, ApplicationDocument, ApplicationSeries, ApplicationWorkingGroup, Booking, BookingSeries,
    BudgetLine, CoverageLine, Funder, SubsidyApplication, Theme, WorkingGroup,
)
from app.demo import DemoContext
from app.i18n import translator
from app.demo.core import insert_owned

_ = translator("subsidies")

D = Decimal
BASIC_DOCUMENTS = ["KvK-uittreksel", "Statuten", "Bankafschrift met tenaamstelling", "Jaarrekening vorig jaar"]

FUNDERS = [
    dict(name="Gemeente Arnhem wijkbudget", kind="gemeente", contact_name="Wijkregisseur Klarendal",
         contact_email="wijkbudget@arnhem.nl", contact_phone="14 026", website="www.arnhem.nl/wijkbudget",
         rounds=[], weeks_before_start=8, deadline_note="Aanvragen uiterlijk 8 weken voor de start van de activiteit.",
         maximum_amount=D("10000.00"), amount_step=None,
         never_pays_for="Structurele exploitatiekosten, alcohol, activiteiten met winstoogmerk.",
         required_documents=["KvK-uittreksel", "Bankafschrift met tenaamstelling"],
         no_report_below=D("5000.00"), auditor_statement_from=D("50000.00"),
         notes="Volgens de Algemene Subsidieverordening (model VNG): onder € 5.000 vaststelling zonder verslag."),
    dict(name="Oranje Fonds", kind="fonds", contact_name="Team Regio Oost", contact_email="info@oranjefonds.nl",
         contact_phone="030 656 45 24", website="www.oranjefonds.nl", rounds=[], weeks_before_start=13,
         deadline_note="Doorlopend; minimaal 3 maanden voor de start indienen.", maximum_amount=D("50000.00"),
         amount_step=None,
         never_pays_for="Kosten die al gemaakt zijn; normale exploitatie- en apparaatskosten; activiteiten buiten Nederland.",
         required_documents=BASIC_DOCUMENTS, no_report_below=None, auditor_statement_from=D("25000.00"),
         notes="Voorschot tot 75 %; de rest na goedkeuring van de verantwoording."),
    dict(name="VSBfonds", kind="fonds", contact_name="Afdeling Fondsenwerving", contact_email="info@vsbfonds.nl",
         contact_phone="030 230 33 00", website="www.vsbfonds.nl", rounds=[], weeks_before_start=10,
         deadline_note="Minimaal 10 weken voor de start indienen.", maximum_amount=None, amount_step=None,
         never_pays_for="Exploitatietekorten, reguliere activiteiten, bouw of aankoop van gebouwen.",
         required_documents=BASIC_DOCUMENTS + ["Jaarrekening (bij aanvragen boven € 10.000)"],
         no_report_below=D("2500.00"), auditor_statement_from=D("50000.00"), notes=""),
    dict(name="Fonds 1818", kind="fonds", contact_name="Bureau Bewonersinitiatieven", contact_email="info@fonds1818.nl",
         contact_phone="070 364 19 40", website="www.fonds1818.nl", rounds=["1-2", "1-5", "1-8", "1-11"],
         weeks_before_start=None, deadline_note="Bewonersinitiatieven: vier rondes per jaar.",
         maximum_amount=D("1500.00"), amount_step=D("250.00"),
         never_pays_for="Kosten die al gemaakt zijn; consumpties; vrijwilligersvergoedingen.",
         required_documents=["KvK-uittreksel", "Bankafschrift met tenaamstelling"],
         no_report_below=None, auditor_statement_from=D("25000.00"),
         notes="Kort verslag met foto's en een overzicht van de uitgaven."),
    dict(name="Kansfonds", kind="fonds", contact_name="Programma Samen Sterk", contact_email="info@kansfonds.nl",
         contact_phone="030 656 99 60", website="www.kansfonds.nl", rounds=["15-3", "15-9"], weeks_before_start=None,
         deadline_note="Twee rondes per jaar.", maximum_amount=D("25000.00"), amount_step=None,
         never_pays_for="Kosten die al gemaakt zijn; individuele noodhulp via de organisatie.",
         required_documents=BASIC_DOCUMENTS, no_report_below=D("2000.00"), auditor_statement_from=D("25000.00"),
         notes=""),
]


def _ids(demo: DemoContext, query) -> list[int]:
    return list(demo.connection.scalars(query))


def populate(demo: DemoContext) -> None:
    connection = demo.connection
    today = demo.today
    year = today.year
    connection.execute(insert(Funder), [{**f, "active": True, "version": 1} for f in FUNDERS])
    funder = {name: fid for fid, name in connection.execute(select(Funder.id, Funder.name))}
    groups = dict(connection.execute(select(WorkingGroup.name, WorkingGroup.id)).all())
    themes = dict(connection.execute(select(Theme.name, Theme.id)).all())

    def group_like(*words: str) -> int | None:
        for name, gid in groups.items():
            if any(w in name.lower() for w in words):
                return gid
        return next(iter(groups.values()), None) if groups else None

    y1 = year - 1
    applications = [
        # (title, funder, state, period, requested, budget lines, coverage lines, extra)
        dict(title="Buurtmoestuin Klarendal", funder="Fonds 1818", state="vastgesteld",
             period=(dt.date(y1, 3, 1), dt.date(y1, 10, 31)), requested=D("1500.00"),
             budget=[("materialen", "Zaden, planten en gereedschap", D("1100.00")),
                     ("activiteiten", "Oogstfeest voor de buurt", D("650.00")),
                     ("communicatie", "Flyers en posters", D("150.00"))],
             coverage=[("eigen_bijdrage", "Eigen middelen buurthuis", "zeker", D("250.00")),
                       ("deelnemers", "Bijdrage deelnemers oogstfeest", "zeker", D("150.00"))],
             granted=D("1500.00"), group=group_like("tuin", "groen"), words=("tuin", "moestuin")),
        dict(title="Repair Café De Klinker", funder="Oranje Fonds", state="verantwoord",
             period=(today - dt.timedelta(days=83), today - dt.timedelta(days=5)), requested=D("6000.00"),
             budget=[("materialen", "Gereedschap en onderdelen", D("2400.00")),
                     ("huur", "Zaalhuur 24 zaterdagen", D("1920.00")),
                     ("vrijwilligers", "Vrijwilligersvergoedingen reparateurs", D("2880.00")),
                     ("communicatie", "Publiciteit", D("400.00"))],
             coverage=[("eigen_bijdrage", "Eigen middelen buurthuis", "zeker", D("700.00")),
                       ("deelnemers", "Vrijwillige bijdragen bezoekers", "zeker", D("900.00"))],
             granted=D("6000.00"), group=group_like("repair", "klus"), words=("repair", "reparatie")),
        dict(title="Taalcafé en huiswerkbegeleiding", funder="Gemeente Arnhem wijkbudget", state="toegekend",
             period=(today - dt.timedelta(days=180), today + dt.timedelta(days=185)), requested=D("8000.00"),
             budget=[("begeleiding", "Coördinatie taalcoach (4 uur per week)", D("4200.00")),
                     ("vrijwilligers", "Vrijwilligersvergoedingen taalmaatjes", D("2200.00")),
                     ("materialen", "Lesmateriaal en boeken", D("900.00")),
                     ("huur", "Zaalhuur", D("1200.00"))],
             coverage=[("eigen_bijdrage", "Eigen middelen buurthuis", "zeker", D("500.00"))],
             granted=D("7500.00"), group=group_like("taal", "huiswerk"), words=("taal", "huiswerk")),
        dict(title="Kerstdiner voor alleenstaanden", funder="VSBfonds", state="ingediend",
             period=(dt.date(year, 12, 1), dt.date(year, 12, 31)), requested=D("2500.00"),
             budget=[("activiteiten", "Boodschappen en catering", D("2100.00")),
                     ("materialen", "Aankleding en cadeautjes", D("600.00")),
                     ("communicatie", "Uitnodigingen", D("100.00"))],
             coverage=[("deelnemers", "Eigen bijdrage gasten (€ 5 p.p.)", "zeker", D("300.00"))],
             group=group_like("kook", "eten", "maaltijd"), words=("kerst", "diner")),
        dict(title="Zomerweek voor kinderen", funder="Kansfonds", state="afgewezen",
             period=(dt.date(year, 7, 20), dt.date(year, 7, 24)), requested=D("4000.00"),
             budget=[("activiteiten", "Uitjes en workshops", D("3200.00")),
                     ("materialen", "Knutsel- en sportmateriaal", D("800.00")),
                     ("overig", "Lunches", D("600.00"))],
             coverage=[("gemeente", "Gemeente Arnhem, jeugdbudget", "aangevraagd", D("600.00"))],
             group=group_like("kinder", "jeugd"), words=("kinder", "zomer")),
        dict(title="Buurtbankjes en ontmoetingsplek", funder="Fonds 1818", state="concept",
             period=(today + dt.timedelta(days=100), today + dt.timedelta(days=250)), requested=D("1250.00"),
             budget=[("materialen", "Hout, verf en bevestiging", D("1150.00")),
                     ("activiteiten", "Opening met de buurt", D("350.00"))],
             coverage=[("eigen_bijdrage", "Eigen middelen buurthuis", "zeker", D("250.00"))],
             group=group_like("groen", "buurt"), words=()),
        dict(title="Wijkfeest Klarendal", funder="Gemeente Arnhem wijkbudget", state="concept",
             period=(today + dt.timedelta(days=60), today + dt.timedelta(days=60)), requested=D("3000.00"),
             budget=[("activiteiten", "Podium, geluid en optredens", D("2600.00")),
                     ("materialen", "Tenten en tafels", D("900.00")),
                     ("communicatie", "Posters en flyers", D("250.00"))],
             coverage=[("deelnemers", "Opbrengst kraampjes", "aangevraagd", D("400.00"))],
             group=group_like("feest", "evenement"), words=()),
    ]
    next_id = (connection.scalar(select(func.max(SubsidyApplication.id))) or 0) + 1
    next_line = (connection.scalar(select(func.max(BudgetLine.id))) or 0) + 1
    app_rows, budget_rows, coverage_rows, document_rows, cost_rows = [], [], [], [], []
    group_links, booking_links, series_links, allowance_links = [], [], [], []
    for spec in applications:
        app_id = next_id
        next_id += 1
        spec["id"] = app_id
        start, end = spec["period"]
        state = spec["state"]
        granted = spec.get("granted")
        submitted = min(start - dt.timedelta(days=70), today - dt.timedelta(days=21)) if state != "concept" else None
        decided = submitted + dt.timedelta(days=42) if state not in ("concept", "ingediend") else None
        final_due = dt.date(end.year + 1, 4, 1) if granted else None
        if spec["title"].startswith("Taalcafé"):
            interim = today + dt.timedelta(days=20)
        else:
            interim = None
        app_rows.append({
            "id": app_id, "title": spec["title"], "funder_id": funder[spec["funder"]],
            "theme_id": next(iter(themes.values()), None) if themes else None, "working_group_id": spec["group"],
            "period_start": start, "period_end": end,
            "aim": f"Met '{spec['title']}' brengen we buurtbewoners samen, versterken we de sociale samenhang in "
                   "Klarendal en geven we bewoners de kans hun talenten in te zetten.",
            "target_group": "Bewoners van Klarendal en Sint Marten, met aandacht voor mensen die weinig contacten hebben.",
            "activities": "Vaste bijeenkomsten in het buurthuis, begeleid door vrijwilligers uit de wijk, "
                          "met een feestelijke afsluiting.",
            "planning": f"Voorbereiding in de eerste maand; uitvoering van {start:%d-%m-%Y} tot {end:%d-%m-%Y}; "
                        "evaluatie met deelnemers en vrijwilligers aan het eind.",
            "expected_sessions": 12 if (end - start).days > 60 else 1,
            "expected_participants": 20 + (app_id * 7) % 40, "requested_amount": spec["requested"],
            "contact_person": "Joost van der Berg", "state": state, "submitted_on": submitted, "decided_on": decided,
            "granted_amount": granted, "conditions": "Vermeld de subsidiegever op alle publiciteit." if granted else "",
            "interim_report_due": interim, "final_report_due": final_due,
            "rejection_reason": "Het budget voor deze ronde is op; u kunt opnieuw aanvragen." if state == "afgewezen" else "",
            "accounted_on": min(dt.date(end.year + 1, 2, 15), today) if state in ("verantwoord", "vastgesteld") else None,
            "settled_on": dt.date(end.year + 1, 3, 20) if state == "vastgesteld" else None,
            "settled_amount": granted if state == "vastgesteld" else None,
            "report_text": "De activiteiten liepen volgens plan. Deelnemers waardeerden vooral de ontmoeting; "
                           "een aantal van hen is zelf vrijwilliger geworden." if granted else "",
            "created_by": "coordinator", "version": 1,
        })
        lines = {}
        for position, (category, description, amount) in enumerate(spec["budget"]):
            lines[category] = next_line
            explanation = ""
            if category == "vrijwilligers" and state in ("verantwoord", "vastgesteld"):
                explanation = "Vergoedingen lopen via de vrijwilligersadministratie; zie de gekoppelde vergoedingen."
            budget_rows.append({"id": next_line, "application_id": app_id, "position": position, "category": category,
                                "description": description, "amount": amount, "explanation": explanation})
            if granted and state in ("toegekend", "verantwoord", "vastgesteld") and category != "vrijwilligers":
                share = D("1.00") if state != "toegekend" else D("0.45")
                if state == "verantwoord" and category == "materialen":
                    share = D("1.18")
                    budget_rows[-1]["explanation"] = "Meer onderdelen nodig door het grote aantal reparaties."
                spent = (amount * share).quantize(D("0.01"))
                cost_rows.append({"application_id": app_id, "budget_line_id": next_line,
                                  "spent_on": min(start + dt.timedelta(days=30 + position * 20), today),
                                  "description": description, "amount": spent, "created_by": "coordinator"})
            next_line += 1
        for position, (kind, source, status, amount) in enumerate(spec["coverage"]):
            coverage_rows.append({"application_id": app_id, "position": position, "kind": kind, "source": source,
                                  "status": status, "amount": amount})
        documents = next(f for f in FUNDERS if f["name"] == spec["funder"])["required_documents"]
        for position, name in enumerate(documents):
            ready = state != "concept" or position == 0
            document_rows.append({"application_id": app_id, "position": position, "name": name,
                                  "location": f"Map Subsidies/{year}/{name}.pdf" if ready else "",
                                  "ready": ready})
        if spec["group"]:
            group_links.append({"application_id": app_id, "working_group_id": spec["group"]})
        if granted:
            _link_activities(demo, spec, booking_links, series_links)
            if "vrijwilligers" in lines:
                for line_id in _ids(demo, select(AllowanceLine.id).where(
                        AllowanceLine.state.in_(("goedgekeurd", "betaald")),
                        AllowanceLine.worked_on >= start, AllowanceLine.worked_on <= min(end, today))
                        .order_by(AllowanceLine.id).limit(12 if not demo.large else 40)):
                    allowance_links.append({"application_id": app_id, "allowance_line_id": line_id,
                                            "budget_line_id": lines["vrijwilligers"]})
    connection.execute(insert_owned(SubsidyApplication), app_rows)
    connection.execute(insert(BudgetLine), budget_rows)
    for model, rows in ((CoverageLine, coverage_rows), (ApplicationDocument, document_rows), (ActualCost, cost_rows),
                        (ApplicationWorkingGroup, group_links), (ApplicationBooking, booking_links),
                        (ApplicationSeries, series_links), (ApplicationAllowanceLine, allowance_links)):
        if rows:
            connection.execute(insert(model), rows)
    _annual_plan(demo, {a["title"]: a["id"] for a in applications}, groups, themes)
    demo.counts[_("Funders")] = len(FUNDERS)
    demo.counts[_("Subsidy applications")] = len(applications)


def _link_activities(demo: DemoContext, spec: dict, booking_links: list, series_links: list) -> None:
    """The series and bookings whose activity matches the project, else the first ones in the period."""
    start, end = spec["period"]
    series = []
    for word in spec["words"]:
        series += _ids(demo, select(BookingSeries.id).where(func.lower(BookingSeries.activity).like(f"%{word}%"),
                                                            BookingSeries.first_date <= end).limit(2))
    if not series:
        series = _ids(demo, select(BookingSeries.id).where(BookingSeries.first_date <= end)
                      .order_by(BookingSeries.id).limit(1).offset(spec["id"] % 3))
    for series_id in dict.fromkeys(series):
        series_links.append({"application_id": spec["id"], "series_id": series_id})
    singles = _ids(demo, select(Booking.id).where(
        Booking.series_id.is_(None), Booking.status == "bevestigd",
        Booking.local_start >= dt.datetime.combine(start, dt.time.min),
        Booking.local_start <= dt.datetime.combine(end, dt.time.max)).order_by(Booking.local_start).limit(3))
    for booking_id in singles:
        booking_links.append({"application_id": spec["id"], "booking_id": booking_id})


def _annual_plan(demo: DemoContext, applications: dict[str, int], groups: dict[str, int], themes: dict[str, int]) -> None:
    year = demo.today.year
    plan_id = (demo.connection.scalar(select(func.max(AnnualPlan.id))) or 0) + 1
    demo.connection.execute(insert_owned(AnnualPlan), [{
        "id": plan_id, "year": year, "title": f"Jaarplan {year} Buurthuis De Klinker",
        "introduction": "Dit jaarplan beschrijft wat Buurthuis De Klinker dit jaar samen met bewoners en "
                        "vrijwilligers wil bereiken: ontmoeting, meedoen en een groene, veilige buurt.",
        "version": 1,
    }])
    goals = [
        ("Ontmoeting", "Meer bewoners ontmoeten elkaar in het buurthuis; 15 % meer bezoekers dan vorig jaar.", [
            ("Wekelijks taalcafé en huiswerkbegeleiding", "Joost van der Berg", "hele jaar", D("8500.00"),
             "Taalcafé en huiswerkbegeleiding"),
            ("Kerstdiner voor alleenstaanden", "Werkgroep Koken", "december", D("2800.00"),
             "Kerstdiner voor alleenstaanden"),
            ("Wijkfeest Klarendal", "Fatima el Amrani", "juni", D("3750.00"), "Wijkfeest Klarendal"),
        ]),
        ("Duurzaamheid en groen", "Een groenere buurt met plekken om elkaar te ontmoeten.", [
            ("Repair Café elke tweede zaterdag", "Werkgroep Repair Café", "maandelijks", D("1800.00"),
             "Repair Café De Klinker"),
            ("Buurtbankjes en ontmoetingsplek", "Werkgroep Groen", "voorjaar", D("1500.00"),
             "Buurtbankjes en ontmoetingsplek"),
        ]),
        ("Vrijwilligers", "Iedere vrijwilliger heeft een geldige VOG en volgt één training per jaar.", [
            ("Vrijwilligersavond en training", "Ingrid Hoekstra", "oktober", D("900.00"), None),
            ("Werving nieuwe vrijwilligers via de wijkkrant", "Joost van der Berg", "maart en september", D("250.00"), None),
        ]),
    ]
    group_ids = list(groups.values())
    theme_ids = list(themes.values())
    goal_id = (demo.connection.scalar(select(func.max(AnnualPlanGoal.id))) or 0) + 1
    goal_rows, action_rows = [], []
    for position, (heading, text, actions) in enumerate(goals):
        goal_rows.append({"id": goal_id, "plan_id": plan_id, "position": position, "heading": heading, "goal": text,
                          "theme_id": theme_ids[position] if position < len(theme_ids) else None,
                          "working_group_id": group_ids[position] if position < len(group_ids) else None})
        for index, (description, owner, timing, budget, title) in enumerate(actions):
            action_rows.append({"goal_id": goal_id, "position": index, "description": description, "owner": owner,
                                "timing": timing, "budget": budget,
                                "application_id": applications.get(title) if title else None})
        goal_id += 1
    demo.connection.execute(insert(AnnualPlanGoal), goal_rows)
    demo.connection.execute(insert(AnnualPlanAction), action_rows)
