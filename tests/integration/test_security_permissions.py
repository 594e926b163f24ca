"""Every service method that acts for a user checks the permission table, for every role.

The methods are discovered from the `Services` container: every public method of every service
class that takes an `actor`. An area added later is covered without touching this file; a
method that forgets `actor.require(...)` fails here.

How: the method is called as the administrator with harmless sample arguments while
`Actor.require` is recorded; the permissions it asked for are what it needs. Then it is called
as every other role: a role that lacks one of those permissions must get PermissionDenied and
nothing may be written; a role that has them must not get PermissionDenied.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import datetime as dt
import enum
import inspect
import typing
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied
from app.domain.permissions import ROLE_PERMISSIONS, Permission, Role
from app.domain.progress import NoProgress
from app.services import Services
from app.services.common.actor import Actor
from tests.audit_watch import UnauditedWrites

# Methods that act on the actor's own account rather than on the centre's data: any logged-in
# user may, so they ask for no permission. Keep this list short, with the reason.
OWN_ACCOUNT_ONLY = {
    ("users", "change_password"),  # changes only the caller's own password, checks the old one
    ("users", "verify_password"),  # unlocking the caller's own idle window
}


def _service_objects(services: Services) -> dict[str, object]:
    """Every service reachable from the container, by dotted path: `users`, and the parts an
    area service hands out, such as `volunteer_imports`."""
    found: dict[str, object] = {}

    def walk(path: str, obj: object) -> None:
        if path in found or not type(obj).__module__.startswith("app.services"):
            return
        found[path] = obj
        names = [n for n in vars(obj) if not n.startswith("_")]
        names += [n for n, a in inspect.getmembers(type(obj)) if isinstance(a, property) and not n.startswith("_")]
        for name in names:
            try:
                value = getattr(obj, name)  # a property may build a sub-service on first use
            except Exception:
                continue
            if hasattr(value, "db") and not isinstance(value, type):
                walk(f"{path}.{name}", value)

    for field in dataclasses.fields(Services):
        if field.name != "db":
            walk(field.name, getattr(services, field.name))
    return found


def _resolve(services: Services, path: str) -> object:
    obj: object = services
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _takes_actor(function) -> bool:
    """An entry point a window or command can call: takes an actor, and no open session (a
    method that takes a `session` is a step inside another service's unit of work, whose
    caller has checked the permission already; the window cannot even make a session)."""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False
    return "actor" in parameters and "session" not in parameters


def discovered_methods() -> list[tuple[str, str]]:
    from app.db.database import Database

    database = Database("sqlite://")  # never connected: only the objects are looked at
    try:
        objects = _service_objects(Services.for_database(database))
    finally:
        database.dispose()
    found = []
    for path, service in objects.items():
        for name, function in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_") and _takes_actor(function):
                found.append((path, name))
    return sorted(found)


def test_the_discovery_finds_the_foundation_services():
    methods = set(discovered_methods())
    assert {("users", "create_user"), ("users", "update_user"), ("settings", "update_centre"),
            ("audit", "search"), ("backups", "restore")} <= methods


# -- sample arguments ---------------------------------------------------------------------------
def _sample(annotation, tmp_path: Path):
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sample(options[0], tmp_path) if options else None
    if origin in (list, tuple, set, frozenset, typing.Sequence, typing.Iterable) or annotation in (list, tuple):
        return []
    if origin is dict or annotation is dict:
        return {}
    if annotation is inspect.Parameter.empty or annotation is typing.Any:
        return None
    if not isinstance(annotation, type):
        return None
    if annotation is bool:
        return False
    if annotation is int:
        return 987654  # no such record
    if annotation is str:
        return ""
    if annotation is bytes:
        return b""
    if annotation is Decimal:
        return Decimal("1.00")
    if annotation is dt.datetime:
        return dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
    if annotation is dt.date:
        return dt.date(2026, 1, 5)
    if annotation is dt.time:
        return dt.time(10, 0)
    if issubclass(annotation, Path):
        return tmp_path / "voorbeeld.xlsx"
    if issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if dataclasses.is_dataclass(annotation):
        try:
            return annotation()
        except TypeError:
            return None
    if annotation.__name__ in ("Progress", "TaskProgress"):
        return NoProgress()
    return None


NAMED_SAMPLES = {"year": 2026, "month": 11, "week": 48}  # numbers that must be a real year etc.
FILE_PARAMETERS = {"target", "path", "out", "folder", "destination", "source", "file"}


def _arguments(function, tmp_path: Path) -> tuple[list, dict]:
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # an annotation only importable for type checkers
        hints = {}
    args, kwargs = [], {}
    for name, parameter in list(inspect.signature(function).parameters.items())[1:]:
        if name == "actor" or parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name in NAMED_SAMPLES:
            value = NAMED_SAMPLES[name]
        elif name in FILE_PARAMETERS:  # often unannotated: never let a sample write to "None"
            value = tmp_path / ("map" if name == "folder" else "voorbeeld.xlsx")
        else:
            value = _sample(hints.get(name, parameter.annotation), tmp_path)
        if parameter.kind == parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append((name, value))
    return args, kwargs


def _call(method, actor: Actor, args: list, kwargs: dict):
    return method(actor=actor, **dict(args), **kwargs)


def _audit_count(services: Services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry))


def discovered_services() -> list[str]:
    return sorted({path for path, _method in discovered_methods()})


def _check_method(services, actors, tmp_path, monkeypatch, service_name, method_name) -> list[str]:
    """The problems with one method, as sentences (empty when it follows the table)."""
    monkeypatch.chdir(tmp_path)  # whatever a sample call writes, it writes here
    service = _resolve(services, service_name)
    method = getattr(service, method_name)
    args, kwargs = _arguments(getattr(type(service), method_name), tmp_path)
    where = f"{service_name}.{method_name}"

    asked: list[Permission] = []
    original = Actor.require

    def recording_require(self, permission, action):
        asked.append(permission)
        return original(self, permission, action)

    monkeypatch.setattr(Actor, "require", recording_require)
    with UnauditedWrites() as watch:
        try:
            _call(method, actors[Role.ADMIN.value], args, kwargs)
        except PermissionDenied as error:
            return [f"{where} refused the administrator: {error}"]
        except Exception:
            pass  # sample arguments may be refused; what matters is what was asked first
        finally:
            monkeypatch.setattr(Actor, "require", original)
    needed = list(dict.fromkeys(asked))
    if watch.unaudited:
        return [f"{where} changed {sorted(set().union(*watch.unaudited))} without an audit entry"]

    if (service_name, method_name) in OWN_ACCOUNT_ONLY:
        return [] if not needed or needed == [Permission.VIEW] else [f"{where} should need no permission"]
    if not needed:
        return [f"{where} takes an actor but checks no permission before its first step: "
                "call actor.require(Permission.X, …) at the start of the method"]

    problems = []
    for role in (Role.COORDINATOR, Role.TREASURER, Role.READ_ONLY):
        allowed = all(p in ROLE_PERMISSIONS[role] for p in needed)
        before = _audit_count(services)
        outcome: BaseException | None = None
        with UnauditedWrites() as watch:
            try:
                _call(method, actors[role.value], args, kwargs)
            except Exception as error:
                outcome = error
        if role == Role.READ_ONLY and watch.written:
            problems.append(f"{where} let {role.value} change {sorted(watch.written)}: that role may change nothing")
        if allowed and isinstance(outcome, PermissionDenied):
            problems.append(f"{where} refused {role.value}, who has {needed}: {outcome}")
        elif not allowed:
            if not isinstance(outcome, PermissionDenied):
                problems.append(f"{where} must refuse {role.value} (lacks one of {needed}) before anything else, "
                                f"but got {outcome!r}")
            elif not ("U mag niet" in str(outcome) or "not allowed" in str(outcome)):
                problems.append(f"{where}: the refusal is not a sentence for the user: {outcome}")
            elif _audit_count(services) != before:
                problems.append(f"{where}: a refused call by {role.value} wrote to the audit trail")
    return problems


@pytest.mark.parametrize("service_name", discovered_services())
def test_every_method_that_acts_for_a_user_checks_the_permission_table_for_every_role(
    services, actors, tmp_path, monkeypatch, service_name
):
    methods = [m for s, m in discovered_methods() if s == service_name]
    problems = [p for m in methods for p in _check_method(services, actors, tmp_path, monkeypatch, service_name, m)]
    assert not problems, "\n".join(problems)


def discovered_functions() -> list[str]:
    """Module-level use cases in app/services that act for a user: `f(services|db, actor, …)`."""
    import importlib
    import pkgutil

    import app.services as package

    found = []
    for module_info in pkgutil.walk_packages(package.__path__, prefix="app.services."):
        module = importlib.import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            if len(parameters) >= 2 and parameters[0] in ("services", "db") and parameters[1] == "actor":
                found.append(f"{module.__name__}.{name}")
    return sorted(found)


@pytest.mark.parametrize("dotted", discovered_functions())
def test_every_module_level_use_case_checks_the_permission_table_too(services, actors, tmp_path, monkeypatch, dotted):
    import importlib

    module_name, name = dotted.rsplit(".", 1)
    function = getattr(importlib.import_module(module_name), name)
    first = list(inspect.signature(function).parameters)[0]
    bound = functools.partial(function, services if first == "services" else services.db)

    class Holder:  # lets _check_method treat the function like a method of a service
        pass

    holder = Holder()
    setattr(holder, name, bound)
    setattr(Holder, name, function)
    original_arguments = _arguments

    def arguments(_function, tmp):
        args, kwargs = original_arguments(function, tmp)
        return [(n, v) for n, v in args if n not in ("services", "db")], kwargs

    monkeypatch.setattr(sys.modules[__name__], "_arguments", arguments)
    monkeypatch.setattr(sys.modules[__name__], "_resolve", lambda _services, _path: holder)
    problems = _check_method(services, actors, tmp_path, monkeypatch, dotted.rsplit(".", 1)[0], name)
    assert not problems, "\n".join(problems)


def test_the_read_only_role_may_change_nothing():
    changing = set(Permission) - {Permission.VIEW}
    assert not (ROLE_PERMISSIONS[Role.READ_ONLY] & changing)


def test_only_the_administrator_may_manage_accounts_settings_audit_and_backups():
    for permission in (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_AUDIT,
                       Permission.BACKUP_RESTORE):
        assert [r for r in Role if permission in ROLE_PERMISSIONS[r]] == [Role.ADMIN]


def test_the_readme_table_matches_the_permission_table_row_by_row():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Who may do what", 1)[1].split("\n## ", 1)[0]
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in section.splitlines() if line.startswith("|")
    ][2:]  # header and alignment row
    roles = (Role.ADMIN, Role.COORDINATOR, Role.TREASURER, Role.READ_ONLY)
    assert len(rows) == len(Permission)
    for row, permission in zip(rows, Permission, strict=True):
        ticks = [cell == "✓" for cell in row[1:5]]
        assert ticks == [permission in ROLE_PERMISSIONS[r] for r in roles], f"README row {row[0]!r} vs {permission.value}"


def test_the_watch_for_unaudited_writes_sees_a_change_without_an_audit_entry(services, admin):
    from app.db.models import Setting
    from app.services.common import audit

    with UnauditedWrites() as watch:
        services.settings.set(admin, "vog.renewal_years", 3)  # audited
        assert watch.unaudited == []
        with services.db.unit_of_work() as uow:
            uow.session.add(Setting(key="stiekem", value={"value": 1}))
            uow.commit()
        assert watch.unaudited == [{"setting"}]
        with services.db.unit_of_work() as uow:
            uow.session.add(Setting(key="netjes", value={"value": 1}))
            audit.record(uow.session, admin, "create", "setting", "netjes")
            uow.commit()
        assert len(watch.unaudited) == 1
