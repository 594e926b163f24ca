"""The district figures of an organisation with two centres, on SQLite and PostgreSQL: one
workbook with a sheet per centre (booked hours, allowances paid, subsidy budgets) and a Totaal
sheet of formulas that LibreOffice adds up to the sums of the centres; audited; refused to an
account of one centre."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied
from app.domain.volunteers import VolunteerInput
from app.services.allowances import ArrangementRow, LineInput
from tests.integration.district_helpers import make_district
from tests.integration.rooms_helpers import draft
from tests.integration.subsidy_helpers import balanced_application, fonds_1818, gemeente
from tests.office import recalculated

D = Decimal
YEAR = 2026


@pytest.fixture
def district(services, admin):
    world = make_district(services, admin)
    fonds = services.subsidies.save_funder(admin, fonds_1818())
    gemeente_arnhem = services.subsidies.save_funder(admin, gemeente())
    for who, rooms, hours in ((world.anker, world.rooms_anker, ((3, "19:00", "21:00"), (10, "09:00", "12:30"))),
                              (world.brug, world.rooms_brug, ((4, "19:00", "22:00"),))):
        here = admin.in_centre(who.id)
        for day, start, end in hours:
            services.bookings.create(here, draft(rooms, dt.date(YEAR, 11, day), start, end))
        services.bookings.create(here, draft(rooms, dt.date(YEAR + 1, 1, 5), "19:00", "21:00"))  # another year
    # Allowances: Het Anker pays 2 × € 120, De Brug pays € 80 and has € 50 approved but not paid.
    for who, amounts, unpaid in ((world.anker, ("120.00", "120.00"), None), (world.brug, ("80.00",), "50.00")):
        here = admin.in_centre(who.id)
        person = services.volunteers.create(here, VolunteerInput(
            first_name="Anna" if who is world.anker else "Bram", last_name="de Vries", date_of_birth=dt.date(1970, 5, 5),
            iban="NL44RABO0123456789" if who is world.anker else "NL20INGB0001234567"))
        services.allowances.set_arrangement(here, ArrangementRow(person.id, YEAR, "vast", monthly_amount=D(amounts[0])))
        ids = [services.allowances.add_line(here, LineInput(person.id, "vast", dt.date(YEAR, month, 1))).id
               for month in range(3, 3 + len(amounts))]
        services.allowances.approve(here, ids)
        batch, _data, _preview = services.payments.create_batch(here, YEAR)
        services.payments.confirm(here, batch.id)
        if unpaid:
            services.allowances.add_line(here, LineInput(person.id, "gift", dt.date(YEAR, 9, 1), amount=D(unpaid),
                                                         description="bloemen"))
    in_year = dict(period_start=dt.date(YEAR, 3, 1), period_end=dt.date(YEAR, 10, 31))
    services.subsidies.create_application(admin.in_centre(world.anker.id), balanced_application(fonds.id, **in_year))
    services.subsidies.create_application(admin.in_centre(world.brug.id), balanced_application(
        gemeente_arnhem.id, title="Open avonden De Brug", requested_amount=D("900.00"), **in_year))
    services.subsidies.create_application(admin.in_centre(world.brug.id), balanced_application(fonds.id))  # 2027
    return world


def test_the_figures_per_centre(services, district):
    figures = services.district.figures(district.admin, YEAR)
    anker, brug = figures.centres
    assert (anker.centre_name, brug.centre_name) == ("Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug")
    assert {r.room_name: r.hours_booked for r in anker.rooms} == {"Grote zaal": D("5.50"), "Keuken": D("0")}
    assert {r.room_name: r.hours_booked for r in brug.rooms} == {"Grote zaal": D("3.00"), "Keuken": D("0")}
    assert (anker.allowances_paid, brug.allowances_paid) == (D("240.00"), D("80.00"))
    assert [(a.funder_name, a.title, a.budget_total, a.requested_amount, a.granted_amount) for a in anker.applications] == [
        ("Fonds 1818", "Buurtmoestuin Klarendal", D("2000.00"), D("1500.00"), None)]
    assert [(a.funder_name, a.requested_amount) for a in brug.applications] == [("Gemeente Arnhem wijkbudget", D("900.00"))]
    assert brug.applications[0].state_label == "concept" or brug.applications[0].state_label.lower() == "concept"


def test_a_coordinator_or_an_admin_of_one_centre_is_refused(services, district, tmp_path):
    from app.domain.permissions import Role

    services.users.create_user(district.admin, "beheer-brug", "Beheer Brug", Role.ADMIN, "geheim123",
                               centre_id=district.brug.id)
    admin_brug = services.users.authenticate("beheer-brug", "geheim123")
    for actor in (district.coordinator_anker, admin_brug):
        with pytest.raises(PermissionDenied) as refused:
            services.district.write_figures(actor, YEAR, tmp_path / "wijk.xlsx")
        assert "wijkcijfers" in str(refused.value) or "district figures" in str(refused.value)
    assert not (tmp_path / "wijk.xlsx").exists()


def test_the_workbook_has_a_sheet_per_centre_and_a_total_sheet_of_formulas(services, db, district, tmp_path):
    target = tmp_path / "wijkcijfers.xlsx"
    services.district.write_figures(district.admin, YEAR, target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Totaal", "Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug"]
    total = workbook["Totaal"]
    rows = {total.cell(row=r, column=1).value: [total.cell(row=r, column=c) for c in range(2, 7)] for r in range(4, 7)}
    assert set(rows) == {"Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug", "Totaal"}
    for cells in rows.values():
        assert all(cell.data_type == "f" and str(cell.value).startswith("=") for cell in cells)
    assert rows["Totaal"][0].value == "=SUM(B4:B5)"
    sheet = workbook["Wijkcentrum Het Anker"]
    assert int(sheet.page_setup.paperSize) == 9 and sheet.oddFooter.left.text == "Wijkcentrum Het Anker"
    assert total.cell(row=4, column=3).number_format.startswith('"€"')
    with db.engine.connect() as connection:
        entry = connection.execute(select(AuditEntry).where(AuditEntry.action == "export")
                                   .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.entity, entry.username) == ("centre", district.admin.username)


def test_libreoffice_computes_totals_equal_to_the_sums(services, district, tmp_path):
    target = tmp_path / "wijkcijfers.xlsx"
    figures = services.district.write_figures(district.admin, YEAR, target)
    values = recalculated(target, tmp_path)["Totaal"]
    got = {values.cell(row=r, column=1).value: [values.cell(row=r, column=c).value for c in range(2, 7)]
           for r in range(4, 7)}

    def expected(centres):
        return [float(sum((r.hours_booked for c in centres for r in c.rooms), D(0))),
                float(sum((c.allowances_paid for c in centres), D(0))),
                float(sum((a.budget_total for c in centres for a in c.applications), D(0))),
                float(sum((a.requested_amount for c in centres for a in c.applications), D(0))),
                float(sum((a.granted_amount or D(0) for c in centres for a in c.applications), D(0)))]

    anker, brug = figures.centres
    assert got["Wijkcentrum Het Anker"] == pytest.approx(expected([anker]))
    assert got["Ontmoetingscentrum De Brug"] == pytest.approx(expected([brug]))
    assert got["Totaal"] == pytest.approx(expected([anker, brug]))
    assert got["Totaal"][:2] == pytest.approx([8.5, 320.0])
