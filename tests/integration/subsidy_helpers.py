"""Shared set-up for the subsidy tests: a fund with Fonds 1818's rules and a balanced concept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.subsidies import (
    ApplicationData,
    BudgetLineData,
    CoverageLineData,
    DocumentData,
    FunderData,
)

D = Decimal


def fonds_1818(**changes) -> FunderData:
    values = dict(
        name="Fonds 1818", kind="fonds", contact_name="Bureau Buurtinitiatieven", rounds=("1-2", "1-5", "1-8", "1-11"),
        maximum_amount=D("1500.00"), amount_step=D("250.00"), never_pays_for="Kosten die al gemaakt zijn",
        required_documents=("KvK-uittreksel", "Bankafschrift"), no_report_below=D("1000.00"),
        auditor_statement_from=D("25000.00"),
    )
    values.update(changes)
    return FunderData(**values)


def gemeente(**changes) -> FunderData:
    values = dict(
        name="Gemeente Arnhem wijkbudget", kind="gemeente", weeks_before_start=8,
        required_documents=("KvK-uittreksel",), no_report_below=D("5000.00"), auditor_statement_from=D("50000.00"),
    )
    values.update(changes)
    return FunderData(**values)


def balanced_application(funder_id: int, **changes) -> ApplicationData:
    values = dict(
        title="Buurtmoestuin Klarendal", funder_id=funder_id, period_start=dt.date(2027, 3, 1),
        period_end=dt.date(2027, 10, 31), aim="Bewoners samen laten tuinieren en elkaar leren kennen.",
        target_group="Bewoners van Klarendal, jong en oud", activities="Wekelijkse tuinochtend en een oogstfeest.",
        planning="Maart: aanleg; april-september: tuinochtenden; oktober: oogstfeest.",
        expected_sessions=30, expected_participants=25, requested_amount=D("1500.00"),
        contact_person="Joost van der Berg",
        budget=(
            BudgetLineData("materialen", "Zaden, planten en gereedschap", D("1200.00")),
            BudgetLineData("activiteiten", "Oogstfeest", D("800.00")),
        ),
        coverage=(
            CoverageLineData("eigen_bijdrage", "Eigen middelen buurthuis", D("300.00")),
            CoverageLineData("deelnemers", "Bijdrage deelnemers", D("200.00")),
        ),
        documents=(
            DocumentData("KvK-uittreksel", "Map Subsidies / KvK 2027.pdf", True),
            DocumentData("Bankafschrift", "Penningmeester, ordner 2027", True),
        ),
    )
    values.update(changes)
    return ApplicationData(**values)
