"""Who may change what in the allowances area: every changing service, every role.
Coordinators enter; the treasurer approves and pays; read-only users change nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.errors import PermissionDenied
from app.services.allowances import ArrangementRow
from app.services.allowances import LimitRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import PNG, make_volunteer

D = Decimal
ROLES = ["beheerder", "coordinator", "penningmeester", "alleen_lezen"]


@pytest.fixture
def db(sqlite_db):
    """Permissions are checked before any SQL: one database kind is enough (and keeps this fast)."""
    return sqlite_db


@pytest.fixture
def world(services, db, actors, admin):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300"))
    volunteer = make_volunteer(db)
    services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "vast", monthly_amount=D("50.00")))
    draft = services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 1, 1), submit=False))
    submitted = services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 2, 1)))
    approved = services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 3, 1)))
    services.allowances.approve(admin, [approved.id])
    return {"volunteer": volunteer, "draft": draft.id, "submitted": submitted.id, "approved": approved.id}


def _batch(services, admin):
    batch, _data, _preview = services.payments.create_batch(admin, 2026)
    return batch.id


ACTIONS = {
    "set arrangement": ("enter", lambda s, a, w, adm: s.allowances.set_arrangement(
        a, ArrangementRow(w["volunteer"], 2026, "vast", monthly_amount=D("60.00"),
                          version=s.allowances.arrangement(w["volunteer"], 2026).version))),
    "add line": ("enter", lambda s, a, w, adm: s.allowances.add_line(
        a, LineInput(w["volunteer"], "vast", dt.date(2026, 4, 1)))),
    "add hours": ("enter", lambda s, a, w, adm: s.allowances.add_hours(a, w["volunteer"], dt.date(2026, 4, 2), D("2"))),
    "submit": ("enter", lambda s, a, w, adm: s.allowances.submit(a, w["draft"])),
    "attach receipt": ("enter", lambda s, a, w, adm: s.allowances.attach_receipt(a, w["submitted"], "bon.png", PNG)),
    "correct": ("enter", lambda s, a, w, adm: s.allowances.correct(
        a, w["submitted"], LineInput(w["volunteer"], "vast", dt.date(2026, 2, 1), amount=D("40.00")), "minder")),
    "delete draft": ("enter", lambda s, a, w, adm: s.allowances.delete_draft(a, w["draft"])),
    "fill fixed month": ("enter", lambda s, a, w, adm: s.allowances.fill_fixed_month(a, 2026, 5)),
    "approve": ("approve", lambda s, a, w, adm: s.allowances.approve(a, [w["submitted"]])),
    "reject": ("approve", lambda s, a, w, adm: s.allowances.reject(a, w["submitted"], "dubbel")),
    "create batch": ("pay", lambda s, a, w, adm: s.payments.create_batch(a, 2026)),
    "confirm batch": ("pay", lambda s, a, w, adm: s.payments.confirm(a, _batch(s, adm))),
    "cancel batch": ("pay", lambda s, a, w, adm: s.payments.cancel(a, _batch(s, adm))),
    "save limits": ("settings", lambda s, a, w, adm: s.allowance_limits.save(a, LimitRow(
        2027, D("5.90"), D("3.50"), D("230"), D("2300"), D("0.23"), {"per_month": "Kamerbrief 2026"}))),
    "export excel": ("export", lambda s, a, w, adm: s.allowance_exports.excel(a, 2026, w["tmp"] / "x.xlsx")),
    "export statements": ("export", lambda s, a, w, adm: s.allowance_exports.statements(a, 2026, w["tmp"] / "x.pdf")),
}
ALLOWED = {
    "enter": {"beheerder", "coordinator", "penningmeester"},
    "approve": {"beheerder", "penningmeester"},
    "pay": {"beheerder", "penningmeester"},
    "settings": {"beheerder"},
    "export": {"beheerder", "penningmeester"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_do_exactly_what_the_table_allows(services, actors, admin, world, tmp_path, role, action):
    group, run = ACTIONS[action]
    world["tmp"] = tmp_path
    if role in ALLOWED[group]:
        run(services, actors[role], world, admin)
    else:
        with pytest.raises(PermissionDenied):
            run(services, actors[role], world, admin)
