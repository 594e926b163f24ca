"""The documents a centre sends: the application PDF (letterhead, headings, budget and coverage
with totals, documents, signature block), the annual plan, the export commands and the demo
data — read back, not only written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import data_dir
from app.domain.errors import NotFound, PermissionDenied
from app.services.subsidies import ActionData, GoalData
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


def pdf_text(data) -> str:
    reader = PdfReader(data)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def centre(services, admin):
    details = services.settings.centre()
    services.settings.update_centre(admin, dataclasses.replace(
        details, street="Klarendalseweg 120", postcode="6822 GK", town="Arnhem", kvk_number="40123456",
        iban="NL91ABNA0417164300", contact_name="Fatima el Amrani", contact_email="info@deklinker.nl",
        contact_phone="026 351 22 40"))
    return admin


def test_the_application_pdf_reads_like_a_letter_to_the_fund(services, centre, tmp_path):
    fund = services.subsidies.save_funder(centre, fonds_1818())
    application = services.subsidies.create_application(centre, balanced_application(fund.id))
    target = services.subsidies.write_pdf(centre, application.id, tmp_path / "aanvraag.pdf", today=dt.date(2026, 11, 22))
    reader = PdfReader(target)
    text = pdf_text(target)
    first_page = reader.pages[0].extract_text()
    for letterhead in ("Buurthuis De Klinker", "Klarendalseweg 120", "KvK 40123456", "IBAN NL91 ABNA 0417 1643 00"):
        assert letterhead in first_page
    for heading in ("Subsidieaanvraag", "De aanvrager", "Het project", "Doel", "Doelgroep", "Activiteiten", "Planning",
                    "Begroting", "Dekkingsplan", "Bijlagen", "Ondertekening", "Voorzitter", "Penningmeester"):
        assert heading in text, heading
    assert "Fonds 1818" in first_page and "t.a.v. Bureau Buurtinitiatieven" in first_page
    assert "Arnhem, 22 november 2026" in first_page
    assert "Totale kosten" in text and "Totale dekking" in text
    assert text.count("€ 2.000,00") >= 2  # the budget total and the coverage total
    for amount in ("€ 1.200,00", "€ 800,00", "€ 1.500,00", "€ 300,00", "€ 200,00"):
        assert amount in text
    assert "Aangevraagd bij Fonds 1818" in text
    assert "KvK-uittreksel" in text and "Map Subsidies" not in text  # where the centre files it is not for the fund
    assert "30 bijeenkomsten, 25 deelnemers" in text
    assert "Begroting en dekking sluiten niet" not in text


def test_an_unbalanced_concept_prints_with_the_difference_stated(services, centre):
    fund = services.subsidies.save_funder(centre, fonds_1818())
    data = balanced_application(fund.id, requested_amount=D("1250.00"))
    application = services.subsidies.create_application(centre, data)
    buffer = services.subsidies.write_pdf(centre, application.id, io.BytesIO())
    buffer.seek(0)
    assert "€ 250,00 van de kosten" in pdf_text(buffer)


def test_the_annual_plan_is_saved_as_one_document_and_prints_its_total(services, centre, actors, tmp_path):
    fund = services.subsidies.save_funder(centre, fonds_1818())
    application = services.subsidies.create_application(centre, balanced_application(fund.id))
    goals = [
        GoalData("Ontmoeting", "Meer bewoners ontmoeten elkaar.", actions=(
            ActionData("Taalcafé elke woensdag", "Joost van der Berg", "hele jaar", D("1250.50")),
            ActionData("Buurtmoestuin", "Werkgroep Groen", "voorjaar", D("2000.00"), application.id),
        )),
        GoalData("Vrijwilligers", "Iedereen een geldige VOG.", actions=(
            ActionData("Vrijwilligersavond", "Ingrid Hoekstra", "oktober", D("900.00")),
        )),
    ]
    plan = services.annual_plan.save(actors["coordinator"], 2027, title="Jaarplan 2027", introduction="Samen.",
                                     goals=goals, expected_version=None)
    assert plan.total == D("4150.50") and plan.goals[0].actions[1].application_title == "Buurtmoestuin Klarendal"
    assert plan.funded == D("0.00")  # a concept does not fund anything yet
    services.subsidies.submit(centre, application.id, expected_version=None)
    assert services.annual_plan.get(centre, 2027).funded == D("1500.00")
    text = pdf_text(services.annual_plan.write_pdf(centre, 2027, tmp_path / "jaarplan.pdf"))
    for expected in ("Jaarplan 2027", "Ontmoeting", "Taalcafé elke woensdag", "Joost van der Berg", "Actiehouder",
                     "€ 1.250,50", "€ 3.250,50", "€ 4.150,50", "Buurtmoestuin Klarendal", "Totale begroting"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        services.annual_plan.save(actors["penningmeester"], 2027, title="x", introduction="", goals=[],
                                  expected_version=plan.version)
    with pytest.raises(NotFound):
        services.annual_plan.write_pdf(centre, 2031, tmp_path / "leeg.pdf")
    replaced = services.annual_plan.save(centre, 2027, title="Jaarplan 2027", introduction="", goals=goals[:1],
                                         expected_version=plan.version)
    assert replaced.total == D("3250.50") and replaced.version > plan.version


def test_the_export_commands_write_the_application_report_and_plan(capsys, monkeypatch, tmp_path):
    assert main(["demo"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    from app.services import Services
    from app.db.database import Database

    database = Database(f"sqlite:///{data_dir() / 'wijkhuis.sqlite'}")
    services = Services.for_database(database)
    coordinator = services.users.authenticate("coordinator", "demo")
    rows = services.subsidies.list_applications(coordinator)
    assert {r.state for r in rows} == {"concept", "ingediend", "toegekend", "afgewezen", "verantwoord", "vastgesteld"}
    assert len(services.subsidies.list_funders(coordinator)) == 5
    granted = next(r for r in rows if r.state == "toegekend")
    database.dispose()

    assert main(["export", "application", str(granted.id), "--out", str(tmp_path / "a.pdf"), "--user", "coordinator"]) == 0
    assert granted.title in pdf_text(tmp_path / "a.pdf")
    assert main(["export", "accountability", str(granted.id), "--out", str(tmp_path / "v.pdf"), "--user", "coordinator"]) == 0
    assert "Verantwoording" in pdf_text(tmp_path / "v.pdf")
    assert main(["export", "accountability", str(granted.id), "--out", str(tmp_path / "v.xlsx"), "--user", "penningmeester"]) == 0
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "v.xlsx").sheetnames == ["Begroting en realisatie", "Bereik", "Kosten", "Activiteiten"]
    year = str(dt.date.today().year)
    assert main(["export", "annual-plan", "--year", year, "--out", str(tmp_path / "j.pdf"), "--user", "coordinator"]) == 0
    assert f"Jaarplan {year}" in pdf_text(tmp_path / "j.pdf")
    out = capsys.readouterr().out
    assert "geschreven naar" in out

    assert main(["export", "application", "9999", "--out", str(tmp_path / "x.pdf"), "--user", "coordinator"]) == 2
    assert main(["export", "application", str(granted.id), "--out", str(tmp_path / "x.docx"), "--user", "coordinator"]) == 1
    err = capsys.readouterr().err
    assert "bestaat niet" in err and ".pdf" in err and "Traceback" not in err
