"""Funders, subsidy applications with budget and coverage plan, the accountability report and
the annual plan.

This file is the area's public API: code outside the package imports from here (reports import
`rows` only); the modules with a leading underscore are private to the package."""

from app.services.subsidies._accountability import AccountabilityService, Candidate, LINK_STATES
from app.services.subsidies._annual_plan import AnnualPlanService
from app.services.subsidies._service import SubsidyService
from app.services.subsidies.rows import (
    AccountabilityReport,
    ActionData,
    AnnualPlanRow,
    ApplicationData,
    ApplicationDetail,
    ApplicationRow,
    BudgetLineData,
    CoverageLineData,
    DocumentData,
    FunderData,
    FunderRow,
    GoalData,
)
from app.services.subsidies._annual_plan import ActionRow

__all__ = [
    "ActionRow",
    "AccountabilityReport",
    "AccountabilityService",
    "ActionData",
    "AnnualPlanRow",
    "AnnualPlanService",
    "ApplicationData",
    "ApplicationDetail",
    "ApplicationRow",
    "BudgetLineData",
    "Candidate",
    "CoverageLineData",
    "DocumentData",
    "FunderData",
    "FunderRow",
    "GoalData",
    "LINK_STATES",
    "SubsidyService",
]
