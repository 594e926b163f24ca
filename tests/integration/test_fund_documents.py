"""Documents a fund receives, read as the fund reads them: the accountability report counts
only what belongs to the application (its period, its working groups) and names no volunteer;
the coordinator sees what was left out and why, and is warned when the figures contradict
the text; the application letter carries no internal state or file path and is dated the day
it was sent. PDFs read back with pypdf, the workbook recalculated by LibreOffice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.db.models import AllowanceLine, Volunteer, VolunteerHours, WorkingGroup, WorkingGroupMember
from app.services.subsidies import BudgetLineData
from tests.integration.subsidy_helpers import balanced_application, fonds_1818
from tests.office import recalculated

D = Decimal
TODAY = dt.date(2027, 11, 20)


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def repair_cafe(services, admin):
    """A granted Repair Café application with allowances linked from its own and other groups."""
    fund = services.subsidies.save_funder(admin, fonds_1818(no_report_below=D("1000.00")))
    application = services.subsidies.create_application(admin, balanced_application(
        fund.id, title="Repair Café Klarendal", expected_sessions=12, budget=(
            BudgetLineData("materialen", "Onderdelen en gereedschap", D("1200.00")),
            BudgetLineData("vrijwilligers", "Vergoedingen reparateurs", D("800.00")))))
    services.subsidies.submit(admin, application.id, expected_version=None, on=dt.date(2027, 1, 15))
    granted = services.subsidies.grant(admin, application.id, expected_version=None, amount=D("1500"),
                                       decided_on=dt.date(2027, 2, 10), final_report_due=dt.date(2027, 12, 31))
    with services.db.unit_of_work() as uow:
        s = uow.session
        repair, language = WorkingGroup(name="Repair Café"), WorkingGroup(name="Taalcafé")
        sanne = Volunteer(first_name="Sanne", infix="de", last_name="Vries")
        piet = Volunteer(first_name="Piet", last_name="Smit")
        s.add_all([repair, language, sanne, piet])
        s.flush()
        s.add(WorkingGroupMember(working_group_id=repair.id, volunteer_id=piet.id))
        hours = VolunteerHours(volunteer_id=sanne.id, worked_on=dt.date(2027, 5, 4), hours=D("2"),
                               working_group_id=language.id)
        s.add(hours)
        s.flush()
        lines = [
            AllowanceLine(volunteer_id=piet.id, kind="uren", worked_on=dt.date(2027, 4, 3), year=2027, month=4,
                          amount=D("45.00"), hours=D("3"), description="Repair café", state="betaald"),
            AllowanceLine(volunteer_id=piet.id, kind="uren", worked_on=dt.date(2027, 5, 1), year=2027, month=5,
                          amount=D("30.00"), hours=D("2"), description="Repair café", state="goedgekeurd"),
            AllowanceLine(volunteer_id=sanne.id, kind="uren", worked_on=dt.date(2027, 5, 4), year=2027, month=5,
                          amount=D("23.00"), hours=D("2"), hours_id=hours.id, description="Taalcafé", state="betaald"),
            AllowanceLine(volunteer_id=piet.id, kind="declaratie", worked_on=dt.date(2027, 6, 1), year=2027, month=6,
                          amount=D("12.50"), description="Koffie voor het Taalcafé", state="betaald"),
        ]
        s.add_all(lines)
        s.flush()
        ids = [line.id for line in lines]
        group_id = repair.id
        uow.commit()
    accountability = services.accountability
    accountability.set_working_group_links(admin, granted.id, [group_id])
    materials, volunteers = granted.budget
    for line_id in ids:
        accountability.link_allowance_line(admin, granted.id, line_id, volunteers.id)
    accountability.add_cost(admin, granted.id, budget_line_id=materials.id, spent_on=dt.date(2027, 4, 1),
                            description="Soldeerbouten", amount=D("1180.00"))
    accountability.add_cost(admin, granted.id, budget_line_id=materials.id, spent_on=dt.date(2027, 11, 15),
                            description="Kerstborrel", amount=D("95.00"))
    accountability.set_report_text(admin, granted.id, "De activiteiten liepen volgens plan.")
    return granted


def test_only_what_belongs_to_the_application_and_its_period_is_counted(services, admin, repair_cafe):
    report = services.accountability.report(admin, repair_cafe.id, today=TODAY)
    lines = {l.category: l for l in report.lines}
    assert lines["vrijwilligers"].allowances == D("75.00")  # Piet's Repair Café hours only
    assert lines["materialen"].entered == D("1180.00")  # the Christmas drinks fall after the period
    left = {(item.description, item.reason) for item in report.left_out}
    assert ("Kerstborrel", "gedateerd na de periode") in left
    assert ("vergoeding: Taalcafé", "uren van werkgroep Taalcafé") in left
    assert ("vergoeding: Koffie voor het Taalcafé", "voor werkgroep Taalcafé") in left
    assert report.allowance_volunteers == 1 and report.allowance_hours == D("5.00")


def test_the_report_pdf_names_no_volunteer_and_wraps_on_words(services, admin, repair_cafe, tmp_path):
    pdf = services.accountability.write_pdf(admin, repair_cafe.id, tmp_path / "verantwoording.pdf", today=TODAY)
    text = _text(pdf)
    assert "Piet" not in text and "Sanne" not in text and "Smit" not in text
    assert "Vrijwilligersvergoedingen (vrijwilligers: 1, uren:" in text and "5,0)" in text
    assert "Vrijwilligersvergoedingen\n" in text or "Vrijwilligersvergoedingen " in text  # one word, not broken
    assert "Vrijwilligersvergoe\n" not in text
    assert "Kerstborrel" not in text and "€ 1.255,00" in text  # 1180 + 75
    assert "Status\ntoegekend" not in text and "Status toegekend" not in text  # no internal state in the facts
    assert "pagina 1 van" in text


def test_the_coordinator_is_warned_when_figures_contradict_the_text(services, admin, repair_cafe, tmp_path):
    warnings = services.accountability.report(admin, repair_cafe.id, today=TODAY).warnings
    assert any("12 activiteiten gepland" in w for w in warnings)
    assert any("volgens plan" in w and "0 van de 12" in w for w in warnings)


def test_the_report_workbook_totals_every_money_column_and_formats_the_grant(services, admin, repair_cafe, tmp_path):
    path = services.accountability.write_excel(admin, repair_cafe.id, tmp_path / "cijfers.xlsx", today=TODAY)
    workbook = recalculated(path, tmp_path)
    budget = workbook["Begroting en realisatie"]
    total = next(row for row in budget.iter_rows(min_row=4) if row[0].value == "Totaal")
    assert [c.value for c in total[2:7]] == [2000, 1180, 75, 1255, -745]
    assert all(c.number_format.startswith('"€"') or "€" in c.number_format for c in total[2:7])
    reach = {r[0].value: r[2] for r in workbook["Bereik"].iter_rows(min_row=2)}
    assert reach["Toegekend bedrag"].value == 1500 and "€" in reach["Toegekend bedrag"].number_format
    for sheet in workbook.worksheets:  # ready to print, the header row repeated under the title
        assert sheet.page_setup.fitToWidth == 1 and sheet.oddFooter.right.text == "pagina &P van &N"
    assert budget.print_title_rows == "$3:$3" and budget.page_setup.orientation == "landscape"


def test_the_application_letter_has_no_state_no_file_paths_and_the_submission_date(services, admin, repair_cafe,
                                                                                  tmp_path):
    target = services.subsidies.write_pdf(admin, repair_cafe.id, tmp_path / "aanvraag.pdf", today=TODAY)
    text = _text(target)
    assert "15 januari 2027" in text and "20 november 2027" not in text
    assert "Status:" not in text and "toegekend" not in text.lower()
    assert "Map Subsidies" not in text and "ordner" not in text and "Bewaard" not in text
    assert "KvK-uittreksel" in text and "Aangevraagd bij" in text
