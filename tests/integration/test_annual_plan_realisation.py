"""The annual plan's realisation, on SQLite and PostgreSQL: what was spent per action (the linked
application's actual costs, shared by budget when it funds several actions), per goal and in
total, on screen rows and in the PDF; and funding printed by state ("aangevraagd" while the
funder decides, "toegekend" once granted), never as an internal state in brackets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.domain.annual_plan_realisation import funding_text, share
from app.i18n import set_language
from app.services.subsidies import ActionData, GoalData
from tests.integration.subsidy_helpers import balanced_application, fonds_1818

D = Decimal


@pytest.fixture(autouse=True)
def _dutch():
    set_language("nl")


def _plan(services, admin, application_id):
    goals = [
        GoalData("Groen", "Een groenere buurt.", actions=(
            ActionData("Buurtmoestuin aanleggen", "Werkgroep Groen", "voorjaar", D("2000.00"), application_id),
            ActionData("Oogstfeest", "Werkgroep Groen", "oktober", D("1000.00"), application_id),
        )),
        GoalData("Ontmoeting", "Meer bewoners ontmoeten elkaar.", actions=(
            ActionData("Taalcafé", "Joost van der Berg", "hele jaar", D("1250.00")),
        )),
    ]
    return services.annual_plan.save(admin, 2027, title="Jaarplan 2027", introduction="", goals=goals,
                                     expected_version=None)


def test_spent_is_shared_by_budget_and_funding_reads_requested_then_granted(services, admin, tmp_path):
    fund = services.subsidies.save_funder(admin, fonds_1818())
    application = services.subsidies.create_application(admin, balanced_application(fund.id))
    _plan(services, admin, application.id)
    services.subsidies.submit(admin, application.id, expected_version=None, on=dt.date(2027, 1, 15))
    plan = services.annual_plan.get(admin, 2027)
    garden = plan.goals[0].actions[0]
    assert garden.funding == "Buurtmoestuin Klarendal — Fonds 1818: aangevraagd € 1.500,00"
    assert garden.spent == D("0.00") and plan.goals[1].actions[0].spent is None  # no application, nothing to read
    services.subsidies.grant(admin, application.id, expected_version=None, amount=D("1250"), decided_on=dt.date(2027, 2, 10),
                             final_report_due=dt.date(2027, 12, 31))
    line = services.subsidies.get_application(admin, application.id).budget[0]
    services.accountability.add_cost(admin, application.id, budget_line_id=line.id, spent_on=dt.date(2027, 3, 5),
                                     description="Zaden en gereedschap", amount=D("900.01"))
    plan = services.annual_plan.get(admin, 2027)
    spent = [a.spent for a in plan.goals[0].actions]
    assert spent == [D("600.01"), D("300.00")] and sum(spent) == D("900.01")  # 2 : 1, every cent once
    assert plan.goals[0].spent == D("900.01") and plan.spent == D("900.01")
    assert plan.goals[0].actions[1].funding.endswith(": toegekend € 1.250,00")
    reader = PdfReader(services.annual_plan.write_pdf(admin, 2027, tmp_path / "jaarplan.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Besteed", "€ 600,01", "€ 300,00", "€ 900,01", "toegekend € 1.250,00"):
        assert expected in text, expected
    assert "(toegekend)" not in text and "(ingediend)" not in text


def test_funding_in_words_per_state():
    assert funding_text("concept", D("1500")) == "in voorbereiding"
    assert funding_text("ingediend", D("1500")) == "aangevraagd € 1.500,00"
    assert funding_text("vastgesteld", D("1400")) == "toegekend € 1.400,00"
    assert funding_text("afgewezen", D("1500")) == "afgewezen"


def test_a_share_adds_up_to_the_cent_also_without_budgets():
    assert share(D("100.00"), [D("1"), D("1"), D("1")]) == [D("33.33"), D("33.33"), D("33.34")]
    assert share(D("10.00"), [D("0"), D("0")]) == [D("5.00"), D("5.00")]
    assert share(D("10.00"), []) == []
