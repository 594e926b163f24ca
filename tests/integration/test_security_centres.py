"""A coordinator of one centre sees and changes only that centre's data — for every service
method, the way test_security_permissions.py checks every role.

The organisation has two centres. Het Anker (centre A, the first) has a record of every kind a
service method takes an id of: room, tariff, renter, closing day, booking, series, invoices
(concept and final), working group with a member, a volunteer who is a member of A only,
hours, an arrangement and allowance lines (concept, submitted, approved, in a payment run), a
subsidy application with budget, coverage and a cost, an annual plan, a bank statement. Every
name of A's records contains the word "Kwikstaart".

Then every service method that takes an `actor` (discovered from the `Services` container, as
in the permission test) is called by an administrator *of De Brug* (centre B) with A's ids for
every parameter named after a kind of record (room_id, invoice_id, …; also inside the
dataclasses a method takes), and the permission test's sample values for everything else.
The role allows everything; only the centre can stop the call. It must

- raise a WijkhuisError (NotFound, OtherCentre, ValidationError, …) or change nothing of A: a
  fingerprint of every row of A (every centre-owned table on centre_id = A, A's volunteers and
  their memberships, and every row that points at one of these) is the same before and after;
- show nothing of A: no "Kwikstaart" in what it returns, in the files it writes, or in its
  message when it refuses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import io
import typing
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.base import Base
from app.domain.errors import WijkhuisError
from app.domain.permissions import Role
from app.domain.recurrence import Recurrence
from app.services import Services
from app.services.allowances import ArrangementRow, LineInput
from app.services.rooms import BookingDraft, RenterRow, RoomRow
from app.services.settings import CentreDetails
from app.services.subsidies import ActionData, BudgetLineData, CoverageLineData, GoalData
from app.services.volunteers import GroupInput
from app.domain.volunteers import VolunteerInput
from tests.integration import test_security_permissions as permissions
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal
PASSWORD = "geheim123"
MARK = "Kwikstaart"  # in every name of centre A's records
A_IBAN = "NL91ABNA0417164300"

# Methods that are about the whole organisation by design: what they show or change is not a
# centre's record. Keep this list short, with the reason.
ORGANISATION_WIDE = {
    ("settings", "centres"): "the list of the organisation's centres (names only), to choose one",
    ("subsidies", "list_funders"): "funders are shared by all centres",
    ("subsidies", "get_funder"): "funders are shared by all centres",
    ("subsidies", "save_funder"): "funders are shared by all centres",
    ("working_groups", "themes"): "themes are shared by all centres",
    ("working_groups", "save_theme"): "themes are shared by all centres",
    ("allowance_limits", "save"): "the Dutch allowance limits hold for the whole organisation",
}


# -- the organisation ---------------------------------------------------------------------------
@dataclasses.dataclass
class World:
    a: int  # centre ids
    b: int
    org_admin: object
    admin_b: object
    ids: dict[str, list]  # kind -> A's ids (several where the state matters: concept, final, …)
    versions: dict[tuple[str, int], int]


def _login(services, org_admin, username, role, centre_id):
    services.users.create_user(org_admin, username, f"{username.title()} {MARK}" if centre_id == 1 else username,
                               role, PASSWORD, centre_id=centre_id)
    return services.users.authenticate(username, PASSWORD)


def fill_b(services, admin_b) -> None:
    services.rooms.save_room(admin_b, RoomRow(name="Zaal De Brug", capacity=30))
    bram = services.volunteers.create(admin_b, VolunteerInput(first_name="Bram", last_name="Brugman",
                                                             date_of_birth=dt.date(1980, 1, 1)))
    services.working_groups.save_group(admin_b, GroupInput(name="Kookgroep De Brug"))
    services.allowances.set_arrangement(admin_b, ArrangementRow(bram.id, 2026, "vast", monthly_amount=D("40.00")))
    services.allowances.add_line(admin_b, LineInput(bram.id, "vast", dt.date(2026, 11, 1)))


def build_world(services, admin) -> World:
    """Centre A with one record of every kind; centre B with a few records of its own."""
    a = services.settings.update_centre(admin, CentreDetails(name="Wijkcentrum Het Anker", town="Arnhem", iban=A_IBAN,
                                                            bic="ABNANL2A", version=services.settings.centre().version))
    b = services.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug", town="Arnhem"))
    in_a = admin.in_centre(a.id)
    _login(services, admin, "joost", Role.COORDINATOR, a.id)

    hall = services.rooms.save_room(in_a, RoomRow(name=f"Zaal {MARK}", capacity=80))
    services.rooms.set_tariff(in_a, hall.id, "commercieel", D("40.00"), D("120.00"))
    address = {"invoice_street": "Klarendalseweg 1", "invoice_postcode": "6822 GK", "invoice_town": "Arnhem"}
    shop = services.rooms.save_renter(in_a, RenterRow(name=f"Bakkerij {MARK}", category="commercieel", **address))
    group = services.working_groups.save_group(in_a, GroupInput(name=f"Tuingroep {MARK}"))
    anna = services.volunteers.create(in_a, VolunteerInput(first_name="Anna", last_name=f"{MARK}",
                                                          date_of_birth=dt.date(1970, 5, 5), iban="NL44RABO0123456789"))
    services.working_groups.add_volunteer(in_a, group.id, anna.id)

    def booking(day, start="19:00", end="21:00", **changes):
        values = dict(room_id=hall.id, activity=f"Yoga {MARK}", renter_id=shop.id,
                      local_start=dt.datetime.combine(day, dt.time(*map(int, start.split(":")))),
                      local_end=dt.datetime.combine(day, dt.time(*map(int, end.split(":")))))
        values.update(changes)
        return BookingDraft(**values)

    first = services.bookings.create(in_a, booking(dt.date(2026, 11, 3)))
    services.bookings.create(in_a, booking(dt.date(2026, 12, 1)))
    series = services.bookings.create_series(in_a, booking(dt.date(2027, 1, 6), "10:00", "12:00", renter_id=None,
                                                           working_group_id=group.id),
                                             Recurrence(count=4))
    services.closures.close(in_a, dt.date(2027, 3, 2), dt.date(2027, 3, 2), f"Verbouwing {MARK}")
    final = services.invoices.create_concept(in_a, shop.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    final = services.invoices.finalise(in_a, final.id, dt.date(2026, 11, 30))
    concept = services.invoices.create_concept(in_a, shop.id, dt.date(2026, 12, 1), dt.date(2026, 12, 31))

    services.allowances.set_arrangement(in_a, ArrangementRow(anna.id, 2026, "vast", monthly_amount=D("100.00")))
    paid = services.allowances.add_line(in_a, LineInput(anna.id, "vast", dt.date(2026, 10, 1)))
    services.allowances.approve(in_a, [paid.id])
    batch, _data, _preview = services.payments.create_batch(in_a, 2026, through=dt.date(2026, 10, 31))
    approved = services.allowances.add_line(in_a, LineInput(anna.id, "vast", dt.date(2026, 11, 1)))
    services.allowances.approve(in_a, [approved.id])
    submitted = services.allowances.add_line(in_a, LineInput(anna.id, "gift", dt.date(2026, 11, 20), amount=D("10.00"),
                                                             description=f"Bloemen {MARK}", submit=True))
    concept_line = services.allowances.add_line(in_a, LineInput(anna.id, "gift", dt.date(2026, 11, 21), amount=D("5.00"),
                                                                description=f"Koffie {MARK}", submit=False))
    services.allowances.attach_receipt(in_a, concept_line.id, "bon.pdf", b"%PDF-1.4 bon")
    services.allowances.add_hours(in_a, anna.id, dt.date(2026, 11, 22), D("3"), working_group_id=group.id,
                                  activity=f"Tuinieren {MARK}", allowance=False)

    fund = services.subsidies.save_funder(admin, fonds_1818())
    concept_application = services.subsidies.create_application(in_a, balanced_application(
        fund.id, title=f"Moestuin {MARK}", working_group_id=group.id))
    granted = services.subsidies.create_application(in_a, balanced_application(fund.id, title=f"Taalcafé {MARK}"))
    services.subsidies.submit(in_a, granted.id, expected_version=None, on=dt.date(2027, 1, 15))
    services.subsidies.grant(in_a, granted.id, expected_version=None, amount=D("1500"), decided_on=dt.date(2027, 2, 10),
                             final_report_due=dt.date(2027, 12, 31))
    budget_lines = _table("subsidy_budget_line")
    with services.db.reader() as uow:
        budget_line = uow.session.scalars(select(budget_lines.c.id).where(
            budget_lines.c.application_id == granted.id)).first()
    services.accountability.add_cost(in_a, granted.id, budget_line_id=budget_line, spent_on=dt.date(2027, 4, 1),
                                     description=f"Zaden {MARK}", amount=D("25.00"))
    services.accountability.set_booking_links(in_a, granted.id, [first.id])
    services.annual_plan.save(in_a, 2026, title=f"Jaarplan {MARK}", introduction="", expected_version=None, goals=[
        GoalData(f"Ontmoeting {MARK}", working_group_id=group.id,
                 actions=(ActionData(f"Taalcafé {MARK}", application_id=granted.id),))])

    from tests.integration.camt_helpers import Tx, camt053

    services.bank_statements.import_statement(in_a, camt053(A_IBAN, "2026-12-02-001", [
        Tx(D("12.34"), True, dt.date(2026, 12, 2), "", f"gift {MARK}", f"A. {MARK}", "NL81TRIO0212471066"),
        Tx(D("3.50"), False, dt.date(2026, 12, 2), "", "Kosten betalingsverkeer"),
    ]), "afschrift.xml")

    # Centre B: a few records of its own, so that its lists are not simply empty.
    admin_b = _login(services, admin, "beheer-brug", Role.ADMIN, b.id)
    fill_b(services, admin_b)

    with services.db.reader() as uow:
        s = uow.session
        ids = {
            "room": [hall.id], "renter": [shop.id], "group": [group.id], "volunteer": [anna.id],
            "booking": [first.id], "series": [series.series_id], "closing": _ids(s, "closing_day"),
            "invoice": [concept.id, final.id], "invoice_number": [final.number],
            "line": [concept_line.id, submitted.id, approved.id, paid.id], "batch": [batch.id],
            "application": [concept_application.id, granted.id], "budget_line": [budget_line],
            "cost": _ids(s, "subsidy_actual_cost"), "member": _ids(s, "working_group_member"),
            "entry": _ids(s, "bank_entry"),
            "user": list(s.scalars(select(_table("user_account").c.id).where(_table("user_account").c.centre_id == a.id))),
            "centre": [a.id], "funder": [fund.id],
        }
        versions = {}
        for kind, table in (("application", "subsidy_application"), ("volunteer", "volunteer"),
                            ("user", "user_account"), ("invoice", "invoice"), ("line", "allowance_line"),
                            ("booking", "booking")):
            for record_id, version in s.execute(select(_table(table).c.id, _table(table).c.version)):
                versions[(kind, record_id)] = version
    assert all(ids.values()), {k: v for k, v in ids.items() if not v}
    return World(a.id, b.id, admin, admin_b, ids, versions)


def _table(name: str):
    return Base.metadata.tables[name]


def _ids(session, table: str) -> list[int]:
    return list(session.scalars(select(_table(table).c.id).order_by(_table(table).c.id)))


# -- A's rows -----------------------------------------------------------------------------------
SHARED_TABLES = {"centre", "funder", "theme", "setting", "audit_log", "allowance_limit"}


def fingerprint(services: Services, centre_id: int) -> dict[str, list]:
    """Every row that belongs to centre A, by table: the centre's own rows, its volunteers (and
    their memberships), the rows that point at one of these, and the attachments they use."""
    rows: dict[str, list[dict]] = {}
    with services.db.reader() as uow:  # no actor: sees every centre
        for table in Base.metadata.sorted_tables:
            rows[table.name] = [dict(r._mapping) for r in uow.session.execute(select(table))]
    member_ids = {r["volunteer_id"] for r in rows["volunteer_centre"] if r["centre_id"] == centre_id}
    owned: dict[str, list[dict]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name == "centre":
            owned[table.name] = [r for r in rows["centre"] if r["id"] == centre_id]
        elif table.name == "volunteer":
            owned[table.name] = [r for r in rows["volunteer"] if r["id"] in member_ids]
        elif "centre_id" in table.c:
            owned[table.name] = [r for r in rows[table.name] if r["centre_id"] == centre_id]
        else:
            owned[table.name] = []
    changed = True
    while changed:  # rows that point at a row of A are A's too (an invoice's lines, a goal's group)
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in SHARED_TABLES or table.name == "attachment":
                continue
            for row in rows[table.name]:
                if row in owned[table.name]:
                    continue
                for fk in table.foreign_keys:
                    target = fk.column.table.name
                    if target in SHARED_TABLES or target == "attachment":
                        continue
                    if row[fk.parent.name] is not None and any(
                            t[fk.column.name] == row[fk.parent.name] for t in owned[target]):
                        owned[table.name].append(row)
                        changed = True
                        break
    used = {r[c] for t in ("allowance_line", "centre") for r in owned[t] for c in r
            if c in ("receipt_attachment_id", "logo_attachment_id") and r[c] is not None}
    owned["attachment"] = [r for r in rows["attachment"] if r["id"] in used]
    return {name: sorted(map(repr, table_rows)) for name, table_rows in owned.items() if table_rows or name}


def _difference(before: dict, after: dict) -> str:
    changed = [name for name in before if before[name] != after[name]]
    return ", ".join(f"{n} ({len(before[n])} → {len(after[n])} rows)" for n in changed)


# -- arguments: A's ids by parameter name --------------------------------------------------------
ID_PARAMETERS = {
    "room_id": "room", "renter_id": "renter", "booking_id": "booking", "series_id": "series",
    "invoice_id": "invoice", "invoice_number": "invoice_number", "closing_id": "closing",
    "group_id": "group", "working_group_id": "group", "volunteer_id": "volunteer",
    "application_id": "application", "line_id": "line", "allowance_line_id": "line", "batch_id": "batch",
    "budget_line_id": "budget_line", "cost_id": "cost", "member_id": "member", "entry_id": "entry",
    "user_id": "user", "centre_id": "centre",
}
ID_LISTS = {
    "room_ids": "room", "booking_ids": "booking", "series_ids": "series", "group_ids": "group",
    "working_group_ids": "group", "volunteer_ids": "volunteer", "line_ids": "line", "centre_ids": "centre",
}
# The record a dataclass with an `id` field stands for.
DATACLASS_IDS = {"RoomRow": "room", "RenterRow": "renter", "CentreDetails": "centre"}
# Values that make a dataclass worth saving, so that only the centre can stop it.
DATACLASS_VALUES = {
    "LineInput": dict(kind="gift", worked_on=dt.date(2026, 11, 25), amount=D("5.00"), description="bloemen"),
    "ArrangementRow": dict(year=2026, kind="vast", monthly_amount=D("50.00")),
    "BookingDraft": dict(activity="Overgenomen", local_start=dt.datetime(2027, 2, 3, 14, 0),
                         local_end=dt.datetime(2027, 2, 3, 15, 0)),
    "RoomRow": dict(name="Overgenomen", capacity=5),
    "RenterRow": dict(name="Overgenomen", category="buurtgroep"),
    "CentreDetails": dict(name="Overgenomen"),
    "GroupInput": dict(name="Overgenomen"),
    "VolunteerInput": dict(first_name="Over", last_name="Genomen"),
    "ApplicationData": dict(title="Overgenomen"),
    "GoalData": dict(heading="Overgenomen"),
    "ActionData": dict(description="Overgenomen"),
    "BudgetLineData": dict(category="materialen", description="Overgenomen", amount=D("10.00")),
    "CoverageLineData": dict(category="eigen_bijdrage", description="Overgenomen", amount=D("10.00")),
}
VERSIONED = ("application", "volunteer", "user", "invoice", "line", "booking")


def _pick(world: World, kind: str, variant: int):
    found = world.ids[kind]
    return found[min(variant, len(found) - 1)]


def _value(world: World, name: str, annotation, variant: int, tmp_path: Path):
    if name in ID_PARAMETERS:
        return _pick(world, ID_PARAMETERS[name], variant)
    if name in ID_LISTS:
        return [_pick(world, ID_LISTS[name], variant)]
    origin = typing.get_origin(annotation)
    options = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and options:
        return _value(world, name, options[0], variant, tmp_path)
    if origin in (list, tuple) and options and dataclasses.is_dataclass(options[0]):
        return [_dataclass(world, options[0], variant, tmp_path)]
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return _dataclass(world, annotation, variant, tmp_path)
    if name in permissions.NAMED_SAMPLES:
        return permissions.NAMED_SAMPLES[name]
    if name in permissions.FILE_PARAMETERS:
        return tmp_path / ("map" if name == "folder" else "voorbeeld.xlsx")
    return permissions._sample(annotation, tmp_path)


def _dataclass(world: World, cls, variant: int, tmp_path: Path):
    if cls.__name__ == "Actor":
        return None
    hints = typing.get_type_hints(cls)
    values = {}
    for field in dataclasses.fields(cls):
        if field.name == "id" and cls.__name__ in DATACLASS_IDS:
            values["id"] = _pick(world, DATACLASS_IDS[cls.__name__], variant)
        elif field.name in DATACLASS_VALUES.get(cls.__name__, {}):
            values[field.name] = DATACLASS_VALUES[cls.__name__][field.name]
        elif field.name == "funder_id":
            values[field.name] = world.ids["funder"][0]  # shared: the application itself is the point
        elif field.name in ID_PARAMETERS or field.name in ID_LISTS:
            value = _value(world, field.name, hints.get(field.name), variant, tmp_path)
            values[field.name] = tuple(value) if isinstance(value, list) else value
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            values[field.name] = _value(world, field.name, hints.get(field.name), variant, tmp_path)
    try:
        return cls(**values)
    except Exception:
        return None


def _arguments(world: World, function, variant: int, tmp_path: Path) -> dict:
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        hints = {}
    arguments = {}
    for name, parameter in list(inspect.signature(function).parameters.items())[1:]:
        if name in ("actor", "services", "db") or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        has_default = parameter.default is not inspect.Parameter.empty
        if has_default and name not in ID_PARAMETERS and name not in ID_LISTS:
            continue
        arguments[name] = _value(world, name, hints.get(name, parameter.annotation), variant, tmp_path)
    if "expected_version" in arguments or "expected_version" in inspect.signature(function).parameters:
        for kind in VERSIONED:
            for name, target in ID_PARAMETERS.items():
                if target == kind and name in arguments:
                    arguments["expected_version"] = world.versions.get((kind, arguments[name]))
                    break
            else:
                continue
            break
    return arguments


def _variants(world: World, function) -> int:
    names = inspect.signature(function).parameters
    kinds = [ID_PARAMETERS.get(n) or ID_LISTS.get(n) for n in names]
    return max([len(world.ids[k]) for k in kinds if k] or [1])


# -- what a call shows --------------------------------------------------------------------------
def _texts(value, seen=None) -> list[str]:
    seen = seen if seen is not None else set()
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes):
        return [value.decode("utf-8", "replace")]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts(k, seen) + _texts(v, seen)]
    if isinstance(value, list | tuple | set | frozenset):
        return [t for v in value for t in _texts(v, seen)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name), seen)]
    if hasattr(value, "__dict__") and type(value).__module__.startswith("app."):
        return [t for v in vars(value).values() for t in _texts(v, seen)]
    return []


def file_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        from pypdf import PdfReader

        try:
            return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
        except Exception:
            return data.decode("latin-1")
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return data.decode("utf-8", "replace")


def _written(folder: Path) -> str:
    return "\n".join(file_text(p) for p in sorted(folder.rglob("*")) if p.is_file())


# -- the check ----------------------------------------------------------------------------------
def _check(services, world, tmp_path, monkeypatch, service_name, method_name) -> list[str]:
    service = permissions._resolve(services, service_name)
    return _check_call(services, world, tmp_path, monkeypatch, f"{service_name}.{method_name}",
                       getattr(type(service), method_name), getattr(service, method_name),
                       (service_name, method_name) in ORGANISATION_WIDE)


def _check_function(services, world, tmp_path, monkeypatch, dotted) -> list[str]:
    """A module-level use case `f(services|db, actor, …)` (the room exports, the reminder)."""
    import functools
    import importlib

    module_name, name = dotted.rsplit(".", 1)
    function = getattr(importlib.import_module(module_name), name)
    first = list(inspect.signature(function).parameters)[0]
    bound = functools.partial(function, services if first == "services" else services.db)
    return _check_call(services, world, tmp_path, monkeypatch, dotted, function, bound, False)


def _check_call(services, world, tmp_path, monkeypatch, where, function, method, organisation_wide) -> list[str]:
    problems = []
    for variant in range(_variants(world, function)):
        folder = tmp_path / f"{where}.{variant}"
        folder.mkdir()
        monkeypatch.chdir(folder)
        arguments = _arguments(world, function, variant, folder)
        before = fingerprint(services, world.a)
        shown = []
        try:
            shown = _texts(method(actor=world.admin_b, **arguments))
        except WijkhuisError as error:
            shown = [str(error)]
        except Exception as error:  # a programming error on sample arguments: not our concern here,
            shown = [str(error)]  # as long as nothing of A changed or shows
        after = fingerprint(services, world.a)
        if before != after:
            problems.append(f"{where} (variant {variant}) changed centre A's rows: {_difference(before, after)}")
        shown.append(_written(folder))
        if any(MARK in text for text in shown) and not organisation_wide:
            sample = next(t for t in shown if MARK in t)
            position = sample.index(MARK)
            problems.append(f"{where} (variant {variant}) showed centre A's data to B: "
                            f"…{sample[max(0, position - 60):position + 40]}…")
    return problems


@pytest.fixture
def world(services, admin) -> World:
    return build_world(services, admin)


def test_the_world_has_a_record_of_every_kind_in_centre_a(services, world):
    print_ = fingerprint(services, world.a)
    empty = [name for name, rows in print_.items() if not rows and name not in (
        "user_account",  # filled, but listed for completeness
    )]
    wanted = {"room", "room_tariff", "renter", "closing_day", "booking", "booking_series", "invoice", "invoice_line",
              "working_group", "working_group_member", "volunteer", "volunteer_centre", "volunteer_hours",
              "allowance_arrangement", "allowance_line", "payment_batch", "payment_transfer", "subsidy_application",
              "subsidy_budget_line", "subsidy_coverage_line", "subsidy_actual_cost", "annual_plan",
              "annual_plan_goal", "annual_plan_action", "bank_statement", "bank_entry", "attachment"}
    assert not (wanted & set(empty)), sorted(wanted & set(empty))


def test_no_service_method_reaches_into_another_centre(services, world, tmp_path, monkeypatch):
    problems = []
    for service_name, method_name in permissions.discovered_methods():
        problems += _check(services, world, tmp_path, monkeypatch, service_name, method_name)
    for dotted in permissions.discovered_functions():
        problems += _check_function(services, world, tmp_path, monkeypatch, dotted)
    assert not problems, "Methods that reach into another centre:\n" + "\n".join(problems)


# -- exports, imports and the overview of one centre ----------------------------------------------
def test_the_exports_of_a_centre_hold_its_own_records_only(services, world, tmp_path):
    coordinator_b = _login(services, world.org_admin, "meryem", Role.COORDINATOR, world.b)
    treasurer_b = _login(services, world.org_admin, "piet", Role.TREASURER, world.b)
    services.volunteer_exports.excel(coordinator_b, tmp_path / "vrijwilligers.xlsx")
    services.volunteer_exports.phone_list(coordinator_b, tmp_path / "telefoonlijst.pdf")
    services.allowance_exports.excel(treasurer_b, 2026, tmp_path / "vergoedingen.xlsx")
    services.allowance_exports.statements(treasurer_b, 2026, tmp_path / "jaaropgaven.pdf")
    for name in ("vrijwilligers.xlsx", "telefoonlijst.pdf", "vergoedingen.xlsx", "jaaropgaven.pdf"):
        text = file_text(tmp_path / name)
        assert "Brugman" in text or name == "jaaropgaven.pdf", name  # only paid lines have a statement
        assert MARK not in text, name
    # The organisation's administrator, working in all centres, sees both.
    services.volunteer_exports.excel(world.org_admin, tmp_path / "alle.xlsx")
    assert MARK in file_text(tmp_path / "alle.xlsx") and "Brugman" in file_text(tmp_path / "alle.xlsx")


def test_importing_volunteers_puts_them_in_the_importing_centre_and_reveals_nobody_of_another(services, world,
                                                                                               tmp_path):
    """A person already known in another centre is not reported as a duplicate: the list of
    another centre is not this coordinator's to see (not even that the person is there). The
    person is added to this centre as a new volunteer; the organisation's administrator can see
    both and bring them together with volunteers.set_centres."""
    from openpyxl import Workbook

    coordinator_b = _login(services, world.org_admin, "meryem", Role.COORDINATOR, world.b)
    path = tmp_path / "lijst.xlsx"
    workbook = Workbook()
    workbook.active.append(["Voornaam", "Achternaam", "Geboortedatum", "Werkgroep(en)"])
    workbook.active.append(["Anna", MARK, "05-05-1970", f"Tuingroep {MARK}"])  # A's person and A's group
    workbook.active.append(["Bram", "Brugman", "01-01-1980", ""])  # B's own person
    workbook.save(path)
    before = fingerprint(services, world.a)
    report = services.volunteer_imports.import_file(coordinator_b, path)
    assert fingerprint(services, world.a) == before
    assert [r for r, _n in report.imported] == [2]
    assert [r for r, _n in report.already_present] == [3]
    assert report.groups_created == [f"Tuingroep {MARK}"]  # a group of B's own with the same name
    rows = services.volunteers.search(coordinator_b).rows
    anna_b = next(r for r in rows if MARK in str(r))
    assert anna_b.id != world.ids["volunteer"][0]
    assert services.volunteers.centres_of(world.org_admin, anna_b.id) == (world.b,)
    duplicates = services.volunteers.find_duplicates(coordinator_b, VolunteerInput(
        first_name="Anna", last_name=MARK, date_of_birth=dt.date(1970, 5, 5)))
    assert world.ids["volunteer"][0] not in [getattr(d, "id", d) for d in duplicates]


def _overview(services, actor) -> dict[str, str]:
    return {f"{i.area}: {i.title}": f"{i.value} {i.detail}" for i in services.overview.items(actor, dt.date(2026, 12, 1))}


def _overview_alone(tmp_path) -> dict[str, str]:
    """De Brug's Overzicht in an organisation where Het Anker has recorded nothing."""
    from app.db import migrate
    from app.db.database import Database

    alone = Database(f"sqlite:///{tmp_path / 'alleen-de-brug.sqlite'}")
    migrate.upgrade(alone)
    try:
        other = Services.for_database(alone)
        admin = other.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", PASSWORD)
        other.settings.update_centre(admin, CentreDetails(name="Wijkcentrum Het Anker", town="Arnhem", iban=A_IBAN,
                                                         bic="ABNANL2A", version=other.settings.centre().version))
        b = other.settings.add_centre(admin, CentreDetails(name="Ontmoetingscentrum De Brug", town="Arnhem"))
        other.subsidies.save_funder(admin, fonds_1818())  # shared by the organisation, as in the world
        admin_b = _login(other, admin, "beheer-brug", Role.ADMIN, b.id)
        fill_b(other, admin_b)
        return _overview(other, admin_b)
    finally:
        alone.dispose()


def _overview_differences(services, world, tmp_path) -> dict[str, tuple]:
    expected = _overview_alone(tmp_path)
    shown = _overview(services, world.admin_b)
    assert _overview(services, world.org_admin.in_centre(world.a)) != expected  # A's own figures do differ
    return {k: (shown.get(k), expected.get(k)) for k in expected.keys() | shown.keys() if shown.get(k) != expected.get(k)}


def test_the_overview_of_a_centre_counts_its_own_records_only(services, world, tmp_path):
    differing = _overview_differences(services, world, tmp_path)
    differing = {k: v for k, v in differing.items() if not k.startswith("settings:")}  # see the test below
    assert not differing, f"De Brug's Overzicht counts Het Anker's records: {differing}"


def test_the_overview_of_a_centre_counts_its_own_accounts_and_changes(services, world, tmp_path):
    differing = _overview_differences(services, world, tmp_path)
    assert not differing, f"De Brug's Overzicht counts Het Anker's records: {differing}"


def test_the_audit_trail_backups_and_transfer_are_for_the_whole_organisation_only(services, world, tmp_path):
    from app.services.common.actor import OrganisationOnly

    for call in (lambda: services.audit.search(world.admin_b), lambda: services.backups.backup_now(world.admin_b),
                 lambda: services.backups.restore(world.admin_b, tmp_path / "x.sqlite"),
                 lambda: services.transfer.test_target(world.admin_b, "sqlite:///x.sqlite")):
        with pytest.raises(OrganisationOnly) as refused:
            call()
        assert "hele organisatie" in str(refused.value) or "whole organisation" in str(refused.value)
    assert services.audit.search(world.org_admin)  # the organisation's administrator still may
