"""The README's permission table and app/domain/permissions.py say the same."""

import re
from pathlib import Path

import pytest

from app.domain.errors import PermissionDenied
from app.domain.permissions import ROLE_PERMISSIONS, Permission, Role, allows
from app.services.common.actor import Actor

README = Path(__file__).resolve().parents[2] / "README.md"

ROW_PERMISSION = {
    "view lists, calendar, applications, overviews": Permission.VIEW,
    "view personal details (contact, birth date, IBAN)": Permission.VIEW_PERSONAL_DETAILS,
    "manage accounts": Permission.MANAGE_USERS,
    "centre details and settings": Permission.MANAGE_SETTINGS,
    "view the audit trail": Permission.VIEW_AUDIT,
    "backup and restore": Permission.BACKUP_RESTORE,
    "edit volunteers, groups, VOG register, hours": Permission.EDIT_VOLUNTEERS,
    "import spreadsheets": Permission.IMPORT_DATA,
    "export personal data": Permission.EXPORT_PERSONAL_DATA,
    "enter allowances and claims": Permission.ENTER_CLAIMS,
    "approve claims": Permission.APPROVE_CLAIMS,
    "payment runs (SEPA)": Permission.PAY,
    "financial exports": Permission.EXPORT_FINANCIAL,
    "bookings": Permission.EDIT_BOOKINGS,
    "rooms, tariffs, renters, closing days": Permission.MANAGE_ROOMS,
    "invoices": Permission.INVOICE,
    "subsidies and annual plan": Permission.EDIT_SUBSIDIES,
}
COLUMN_ROLE = {"beheerder": Role.ADMIN, "coordinator": Role.COORDINATOR,
               "penningmeester": Role.TREASURER, "alleen lezen": Role.READ_ONLY}


def readme_table() -> dict[Permission, set[Role]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Who may do what", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    roles = [COLUMN_ROLE[name] for name in header[1:]]
    table: dict[Permission, set[Role]] = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        permission = ROW_PERMISSION[cells[0]]  # a KeyError names a README row this test does not know
        assert permission not in table, f"{cells[0]} twice"
        table[permission] = {role for role, cell in zip(roles, cells[1:], strict=True) if cell == "✓"}
        assert all(cell in ("✓", "") for cell in cells[1:]), line
    return table


def test_the_readme_table_lists_every_permission_once():
    assert set(readme_table()) == set(Permission)


def test_the_readme_table_matches_the_code_role_by_role():
    code = {p: {role for role, perms in ROLE_PERMISSIONS.items() if p in perms} for p in Permission}
    assert readme_table() == code


def test_every_role_has_a_permission_set():
    assert set(ROLE_PERMISSIONS) == set(Role)
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert ROLE_PERMISSIONS[Role.READ_ONLY] == {Permission.VIEW}


@pytest.mark.parametrize("role", list(Role))
def test_an_actor_is_refused_exactly_what_its_role_lacks(role):
    actor = Actor(1, "iemand", "Iemand", role)
    for permission in Permission:
        assert actor.can(permission) == allows(role, permission)
        if actor.can(permission):
            actor.require(permission, "dit doen")
        else:
            with pytest.raises(PermissionDenied, match=re.escape("U mag niet dit doen.")):
                actor.require(permission, "dit doen")


def test_the_system_actor_may_do_everything():
    system = Actor.system()
    assert all(system.can(p) for p in Permission)
    assert system.user_id is None


@pytest.mark.parametrize("role", list(Role))
def test_a_change_for_the_whole_organisation_is_offered_only_to_its_accounts(role):
    organisation = Actor(user_id=1, username="u", display_name="U", role=role)
    one_centre = Actor(user_id=2, username="c", display_name="C", role=role, centre_id=2)
    for permission in Permission:
        assert organisation.can_for_whole_organisation(permission) == allows(role, permission)
        assert not one_centre.can_for_whole_organisation(permission)
