"""Jaarplan: per year the themes and working groups with their goals, the actions with an owner
(actiehouder) and a budget, and the applications that fund them. Saved as one document."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.db.database import Database
from app.db.models import AnnualPlan, AnnualPlanAction, AnnualPlanGoal, Funder, SubsidyApplication, Theme, WorkingGroup
from app.domain import formatting
from app.domain import annual_plan_realisation as realisation
from app.domain import subsidies as rules
from app.domain.errors import FieldProblem, NotFound, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import audit
from app.services.exports import ExportService
from app.services.common.actor import Actor
from app.services.common.records import load_for_update
from app.services.subsidies.rows import ActionData, ActionRow, GoalData, GoalRow, AnnualPlanRow  # noqa: F401 (re-exported)
from app.services.subsidies._accountability_report import actual_costs

_ = translator("subsidies")

ZERO = Decimal("0.00")
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _row(session, plan: AnnualPlan | None, year: int) -> AnnualPlanRow:
    if plan is None:
        return AnnualPlanRow(None, year, "", "", (), None)
    themes = dict(session.execute(select(Theme.id, Theme.name)).all())
    groups = dict(session.execute(select(WorkingGroup.id, WorkingGroup.name)).all())
    applications = {
        a.id: (a, f) for a, f in session.execute(
            select(SubsidyApplication, Funder).join(Funder, Funder.id == SubsidyApplication.funder_id))
    }
    spent = _spent_per_action(session, plan)
    goals = []
    for goal in plan.goals:
        actions = []
        for action in goal.actions:
            linked = applications.get(action.application_id) if action.application_id else None
            actions.append(ActionRow(
                description=action.description, owner=action.owner, timing=action.timing, budget=action.budget,
                application_id=action.application_id,
                application_title=linked[0].title if linked else "",
                application_state=linked[0].state if linked else "",
                application_funder=linked[1].name if linked else "",
                application_amount=(linked[0].granted_amount if linked[0].granted_amount is not None
                                    else linked[0].requested_amount) if linked else None,
                spent=spent.get(action.id) if linked else None,
            ))
        goals.append(GoalRow(
            heading=goal.heading, goal=goal.goal, theme_id=goal.theme_id, working_group_id=goal.working_group_id,
            actions=tuple(actions), theme_name=themes.get(goal.theme_id, ""),
            working_group_name=groups.get(goal.working_group_id, ""),
        ))
    return AnnualPlanRow(plan.id, plan.year, plan.title, plan.introduction, tuple(goals), plan.version)


def _spent_per_action(session, plan: AnnualPlan) -> dict[int, Decimal]:
    """Action id → its share of its application's actual costs (see annual_plan_realisation)."""
    by_application: dict[int, list[AnnualPlanAction]] = {}
    for goal in plan.goals:
        for action in goal.actions:
            if action.application_id:
                by_application.setdefault(action.application_id, []).append(action)
    result: dict[int, Decimal] = {}
    for application_id, actions in by_application.items():
        entered, allowances = actual_costs(session, application_id)
        total = sum(entered.values(), ZERO) + sum(allowances.values(), ZERO)
        for action, part in zip(actions, realisation.share(total, [a.budget for a in actions]), strict=True):
            result[action.id] = part
    return result


def _plan_snapshot(plan: AnnualPlan) -> dict:
    data = audit.snapshot(plan)
    data["goals"] = [
        {"heading": g.heading, "goal": g.goal,
         "actions": [f"{a.description} | {a.owner} | {a.budget} | {a.application_id}" for a in g.actions]}
        for g in plan.goals
    ]
    return data


class AnnualPlanService:
    def __init__(self, db: Database):
        self.db = db

    def years(self, actor: Actor) -> list[int]:
        actor.require(Permission.VIEW, _("see the annual plan"))
        with self.db.reader(actor) as uow:
            return list(uow.session.scalars(select(AnnualPlan.year).order_by(AnnualPlan.year)))

    def get(self, actor: Actor, year: int) -> AnnualPlanRow:
        """The plan of a year; an empty one (id None) when none was written yet."""
        actor.require(Permission.VIEW, _("see the annual plan"))
        with self.db.reader(actor) as uow:
            plan = uow.session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
            return _row(uow.session, plan, year)

    def save(
        self, actor: Actor, year: int, *, title: str, introduction: str, goals: list[GoalData],
        expected_version: int | None,
    ) -> AnnualPlanRow:
        actor.require(Permission.EDIT_SUBSIDIES, _("change the annual plan"))
        problems = []
        if not FIRST_YEAR <= year <= LAST_YEAR:
            problems.append(FieldProblem("year", _("{year} is not a year between {first} and {last}").format(
                year=year, first=FIRST_YEAR, last=LAST_YEAR)))
        for index, goal in enumerate(goals, start=1):
            if not goal.heading.strip():
                problems.append(FieldProblem("heading", _("name the theme or working group"), index))
            for action in goal.actions:
                if not action.description.strip():
                    problems.append(FieldProblem("actions", _("an action has no description"), index))
                if action.budget < ZERO:
                    problems.append(FieldProblem("actions", _("an action's budget cannot be negative"), index))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            for goal in goals:
                for action in goal.actions:
                    if action.application_id and uow.session.get(SubsidyApplication, action.application_id) is None:
                        raise NotFound(_("Application {id} does not exist (any more).").format(id=action.application_id))
            plan = uow.session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
            if plan is None:
                plan = AnnualPlan(year=year)
                uow.session.add(plan)
                before: dict = {}
                action_name = "create"
            else:
                plan = load_for_update(uow.session, AnnualPlan, plan.id, expected_version,
                                       _("The annual plan {year}").format(year=year))
                before = _plan_snapshot(plan)
                action_name = "update"
            themes = {n.lower(): i for i, n in uow.session.execute(select(Theme.id, Theme.name))}
            groups = {n.lower(): i for i, n in uow.session.execute(select(WorkingGroup.id, WorkingGroup.name))}
            plan.title = title.strip()
            plan.introduction = introduction.strip()
            plan.goals = [
                AnnualPlanGoal(
                    position=i, heading=g.heading.strip(), goal=g.goal.strip(),
                    # a heading that names a theme or working group is linked to it
                    theme_id=g.theme_id or themes.get(g.heading.strip().lower()),
                    working_group_id=g.working_group_id or groups.get(g.heading.strip().lower()),
                    actions=[
                        AnnualPlanAction(position=j, description=a.description.strip(), owner=a.owner.strip(),
                                         timing=a.timing.strip(), budget=formatting.round_money(a.budget),
                                         application_id=a.application_id)
                        for j, a in enumerate(g.actions)
                    ],
                )
                for i, g in enumerate(goals)
            ]
            from sqlalchemy.orm.attributes import flag_modified

            flag_modified(plan, "title")  # the goals live in other rows: move the plan's version on
            uow.session.flush()
            after = _plan_snapshot(plan)
            old, new = audit.changed_fields(before, after) if before else ({}, after)
            audit.record(uow.session, actor, action_name, "annual_plan", plan.id, before=old or None, after=new)
            uow.commit()
            return _row(uow.session, plan, year)

    def fundable_applications(self, actor: Actor) -> list[tuple[int, str]]:
        """Applications an action can point at: id and "title — funder (state)"."""
        actor.require(Permission.VIEW, _("see the annual plan"))
        with self.db.reader(actor) as uow:
            rows = uow.session.execute(
                select(SubsidyApplication.id, SubsidyApplication.title, Funder.name, SubsidyApplication.state)
                .join(Funder, Funder.id == SubsidyApplication.funder_id).order_by(SubsidyApplication.title))
            return [(r[0], f"{r[1]} — {r[2]} ({rules.state_label(r[3])})") for r in rows]

    def write_pdf(self, actor: Actor, year: int, target):
        from app.reports.pdf.annual_plan import write_annual_plan_pdf

        plan = self.get(actor, year)
        if plan.id is None:
            raise NotFound(_("There is no annual plan for {year} yet.").format(year=year))
        exports = ExportService(self.db)
        exports.write(actor, target, lambda partial: write_annual_plan_pdf(partial, plan, exports.letterhead(actor)),
                      record="annual_plan", record_id=plan.id)
        return target
