"""A year of allowances: arrangements, hours, lines and expense claims in every state, payment
batches for the months already paid, one override with its reason and one correction.
`large` writes 100.000 allowance lines. Volunteers are read from their table, whatever is there."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from sqlalchemy import func, insert, select, text

from app.db.base import utcnow
from app.db.models import (
    AllowanceArrangement,
    AllowanceLimit,
    AllowanceLine,
    Attachment,
    PaymentBatch,
    Volunteer,
    VolunteerHours,
)
from app.demo import DemoContext
from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState, money
from app.i18n import translator
from app.services.common import audit_chain
from app.demo.core import insert_owned

_ = translator("allowances")

LARGE_LINES = 100_000
CHUNK = 10_000
D = Decimal
# A tiny valid PNG, stored once and shared by the demo receipts.
RECEIPT_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
EXPENSES = ["Koffie en thee voor de inloop", "Knutselmateriaal kinderclub", "Boodschappen kookcafé",
            "Printerpapier en enveloppen", "Bloemen voor een jarige vrijwilliger", "Tuingereedschap buurttuin"]
ROUTES = ["Rit naar de voedselbank en terug", "Boodschappen ophalen bij de groothandel", "Overleg bij de gemeente"]
ACTIVITIES = ["Bardienst", "Taalcafé", "Huiswerkbegeleiding", "Repair café", "Kookcafé", "Buurttuin"]


def populate(demo: DemoContext) -> None:
    conn = demo.connection
    year = demo.today.year
    limit_row = conn.execute(select(AllowanceLimit).where(AllowanceLimit.year == year)).first()
    volunteers = conn.execute(select(Volunteer.id, Volunteer.date_of_birth).order_by(Volunteer.id)).all()
    if limit_row is None or not volunteers:
        demo.counts[_("Allowance lines")] = 0
        return
    limits = rules.Limits(year, limit_row.per_hour_adult, limit_row.per_hour_young, limit_row.per_month,
                          limit_row.per_year, limit_row.km_rate)
    rng = demo.rng
    last_month = demo.today.month
    now = utcnow()
    receipt_id = conn.execute(insert(Attachment).values(
        original_name="kassabon.png", content_type="image/png", size=len(RECEIPT_PNG),
        sha256=hashlib.sha256(RECEIPT_PNG).hexdigest(), data=RECEIPT_PNG, created_by="demo", created_at=now,
    )).inserted_primary_key[0]

    # Who gets what: in the large set nearly everyone has an arrangement, to reach 100.000 lines.
    share = 0.95 if demo.large else 0.6
    chosen = [v for v in volunteers if rng.random() < share] or volunteers[:1]
    arrangements, plans = [], {}
    for volunteer_id, birth in chosen:
        kind = rng.choices(list(ArrangementKind)[1:], weights=(4, 4, 2))[0]
        monthly = money(rng.choice([50, 75, 100, 120, 150, 180])) if kind == ArrangementKind.FIXED else None
        per_hour = rules.hourly_limit(limits, birth, dt.date(year, 1, 1))
        hourly = money(per_hour - rng.choice([D("0"), D("0.25"), D("0.75"), D("1.00")])) if kind == ArrangementKind.HOURLY else None
        other = money(rng.choice([0, 0, 0, 0, 150, 300, 600])) if kind != ArrangementKind.RECEIPTS else D("0.00")
        arrangements.append({"volunteer_id": volunteer_id, "year": year, "kind": kind.value, "monthly_amount": monthly,
                             "hourly_rate": hourly, "other_organisations": other, "override_reason": "",
                             "override_by": "", "override_at": None, "notes": "", "updated_at": now, "version": 1})
        plans[volunteer_id] = (kind, monthly, hourly, other, birth)
    conn.execute(insert(AllowanceArrangement), arrangements)

    target = LARGE_LINES if demo.large else None
    line_id = (conn.scalar(select(func.max(AllowanceLine.id))) or 0)
    hours_id = (conn.scalar(select(func.max(VolunteerHours.id))) or 0)
    batch_id = (conn.scalar(select(func.max(PaymentBatch.id))) or 0)
    batches = {}
    for month in range(1, last_month - 1):  # months paid already: one batch each
        batch_id += 1
        batches[month] = batch_id
    lines: list[dict] = []
    hours_rows: list[dict] = []
    totals: dict[tuple[int, int], Decimal] = {}
    year_totals: dict[int, Decimal] = {}

    def state_for(month: int) -> tuple[str, int | None]:
        if month in batches:
            return LineState.PAID.value, batches[month]
        if month == last_month - 1:
            return LineState.APPROVED.value, None
        return rng.choice([LineState.SUBMITTED.value, LineState.SUBMITTED.value, LineState.CONCEPT.value]), None

    def add(volunteer_id: int, kind: LineKind, day: dt.date, amount: Decimal, **extra) -> bool:
        plan = plans[volunteer_id]
        counted = rules.counts_towards_limits(plan[0], kind)
        key = (volunteer_id, day.month)
        if counted:
            month_total = totals.get(key, D("0")) + amount
            year_total = year_totals.get(volunteer_id, plan[3]) + amount
            if month_total > limits.per_month or year_total > limits.per_year:
                return False
            totals[key] = month_total
            year_totals[volunteer_id] = year_total
        nonlocal line_id
        line_id += 1
        state, batch = state_for(day.month)
        lines.append({
            "id": line_id, "volunteer_id": volunteer_id, "kind": kind.value, "worked_on": day, "year": year,
            "month": day.month, "amount": amount, "hours": extra.get("hours"), "kilometres": extra.get("km"),
            "rate": extra.get("rate"), "description": extra.get("description", ""), "state": state,
            "rejection_reason": "", "correction_of": None, "receipt_attachment_id": extra.get("receipt"),
            "hours_id": extra.get("hours_id"), "override_reason": "", "override_by": "", "override_at": None,
            "payment_batch_id": batch, "created_at": now, "created_by": "coordinator",
            "submitted_at": None if state == LineState.CONCEPT.value else now,
            "approved_at": now if state in (LineState.APPROVED.value, LineState.PAID.value) else None,
            "approved_by": "penningmeester" if state in (LineState.APPROVED.value, LineState.PAID.value) else "",
            "paid_at": now if state == LineState.PAID.value else None, "version": 1,
        })
        return True

    per_volunteer = (target // max(len(plans), 1) + 1) if target else None
    for volunteer_id, (kind, monthly, hourly, _other, birth) in plans.items():
        made = 0
        for month in range(1, last_month + 1):
            last_day = min(28, demo.today.day) if month == last_month else 28
            if kind == ArrangementKind.FIXED:
                made += add(volunteer_id, LineKind.FIXED, dt.date(year, month, 1), monthly,
                            description=f"Vaste vergoeding {month:02d}-{year}")
            elif kind == ArrangementKind.HOURLY:
                for _visit in range(rng.randint(2, 5) if not demo.large else 1):
                    day = dt.date(year, month, rng.randint(1, last_day))
                    hours = D(rng.choice(["2", "2.5", "3", "4"]))
                    rate = min(hourly, rules.hourly_limit(limits, birth, day))
                    hours_id += 1
                    if add(volunteer_id, LineKind.HOURLY, day, money(hours * rate), hours=hours, rate=rate,
                           hours_id=hours_id, description=rng.choice(ACTIVITIES)):
                        hours_rows.append({"id": hours_id, "volunteer_id": volunteer_id, "worked_on": day,
                                           "hours": hours, "working_group_id": None, "activity": lines[-1]["description"],
                                           "created_at": now, "created_by": "coordinator", "version": 1})
                        made += 1
            if rng.random() < (0.35 if not demo.large else 0.2):
                day = dt.date(year, month, rng.randint(1, last_day))
                made += add(volunteer_id, LineKind.EXPENSE, day, money(D(rng.randint(300, 4500)) / 100),
                            receipt=receipt_id, description=rng.choice(EXPENSES))
            if rng.random() < 0.15:
                km = D(rng.choice([12, 18, 25, 40]))
                day = dt.date(year, month, rng.randint(1, last_day))
                made += add(volunteer_id, LineKind.KILOMETRES, day, money(km * limits.km_rate), km=km,
                            rate=limits.km_rate, description=rng.choice(ROUTES))
            if per_volunteer and made >= per_volunteer:
                break
        if target and len(lines) >= target:
            break
    if demo.large:
        # top up with small expense claims until exactly 100.000 lines
        ids = list(plans)
        attempts = 0
        while len(lines) < target and attempts < target * 20:
            attempts += 1
            volunteer_id = rng.choice(ids)
            month = rng.randint(1, last_month)
            day = dt.date(year, month, rng.randint(1, min(28, demo.today.day) if month == last_month else 28))
            add(volunteer_id, LineKind.EXPENSE, day, money(D(rng.randint(100, 900)) / 100), receipt=receipt_id,
                description=rng.choice(EXPENSES))
        del lines[target - 2:]  # the two story lines below make it 100.000
    _story_lines(demo, lines, plans, limits, now)
    if batches:
        paid: dict[int, tuple[set, Decimal]] = {}
        for line in lines:
            if line["payment_batch_id"]:
                payees, total = paid.get(line["payment_batch_id"], (set(), D("0")))
                payees.add(line["volunteer_id"])
                paid[line["payment_batch_id"]] = (payees, total + line["amount"])
        conn.execute(insert_owned(PaymentBatch), [
            {"id": bid, "year": year, "through": dt.date(year, month, 28), "state": "betaald",
             "file_format": "pain.001.001.03", "file_name": f"vergoedingen-{year}-{month:02d}.xml", "file_data": None,
             "file_sha256": "", "message_id": f"DEMO-{year}-{month:02d}", "execution_date": dt.date(year, month, 28),
             "transactions": len(paid.get(bid, (set(), 0))[0]), "total": money(paid.get(bid, (0, D("0")))[1]), "skipped": [],
             "created_at": now, "created_by": "penningmeester", "confirmed_at": now, "confirmed_by": "penningmeester",
             "cancelled_at": None, "cancelled_by": "", "version": 1}
            for month, bid in batches.items()
        ])
    for start in range(0, len(hours_rows), CHUNK):
        conn.execute(insert_owned(VolunteerHours), hours_rows[start:start + CHUNK])
    for start in range(0, len(lines), CHUNK):
        demo.progress.report(start, len(lines), "allowances")
        conn.execute(insert_owned(AllowanceLine), lines[start:start + CHUNK])
    if conn.dialect.name == "postgresql":
        for table in ("allowance_line", "volunteer_hours", "payment_batch"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"))
    audit_chain.append(conn, [{"at": now, "username": "systeem", "action": "demo", "entity": "allowance_line",
                                       "detail": f"{len(lines)} demo allowance lines", "before": None, "after": None}])
    demo.counts[_("Allowance arrangements")] = len(arrangements)
    demo.counts[_("Allowance lines")] = len(lines)


def _story_lines(demo: DemoContext, lines: list[dict], plans: dict, limits: rules.Limits, now: dt.datetime) -> None:
    """A rejected claim, a correction that refers to it, and a limit overridden with a reason."""
    open_lines = [line for line in lines if line["state"] == LineState.SUBMITTED.value
                  and line["kind"] == LineKind.EXPENSE.value]
    if open_lines:
        old = open_lines[0]
        old["state"] = LineState.REJECTED.value
        old["rejection_reason"] = "gecorrigeerd: bedrag op de bon is lager"
        correction = dict(old, id=max(line["id"] for line in lines) + 1, state=LineState.SUBMITTED.value,
                          rejection_reason="", correction_of=old["id"], amount=money(old["amount"] - D("1.00")))
        lines.append(correction)
    gifts = [vid for vid, plan in plans.items() if plan[0] == ArrangementKind.FIXED]
    if gifts:
        volunteer_id = gifts[0]
        day = dt.date(limits.year, demo.today.month, 1)
        lines.append(dict(
            lines[0], id=max(line["id"] for line in lines) + 1, volunteer_id=volunteer_id, kind=LineKind.GIFT.value,
            worked_on=day, month=day.month, amount=money(limits.per_month + D("15.00")), hours=None, kilometres=None,
            rate=None, description="Afscheidscadeau na 25 jaar bardienst", state=LineState.SUBMITTED.value,
            correction_of=None, receipt_attachment_id=None, hours_id=None, payment_batch_id=None,
            override_reason="Bestuursbesluit: afscheid na 25 jaar; belasting besproken met de vrijwilliger",
            override_by="penningmeester", override_at=now, approved_at=None, approved_by="", paid_at=None,
        ))
