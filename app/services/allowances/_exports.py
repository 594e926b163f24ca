"""The treasurer's exports: the Excel year overview and the year statements (PDF)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import AllowanceArrangement, AllowanceLimit, AllowanceLine, Attachment, Volunteer
from app.domain import allowance_rules as rules
from app.domain.allowance_rules import ArrangementKind, LineState, money
from app.domain.permissions import Permission
from app.domain.progress import Progress
from app.i18n import translator
from app.services.common.actor import Actor
from app.services.allowances._data import volunteer_name, year_rows
from app.services.allowances._limits import limits_for
from app.services.exports import ExportService
from app.services.settings import SettingsService

if TYPE_CHECKING:
    from app.reports.pdf.allowance_statement import Statement

_ = translator("allowances")

ZERO = Decimal("0.00")
STATEMENT_STATES = (LineState.APPROVED.value, LineState.PAID.value)
PENDING_STATES = (LineState.CONCEPT.value, LineState.SUBMITTED.value)


class AllowanceExportService:
    def __init__(self, db: Database):
        self.db = db
        self._exports = ExportService(db)

    def excel(self, actor: Actor, year: int, target: Path, *, progress: Progress | None = None,
              today: dt.date | None = None) -> int:
        actor.require(Permission.EXPORT_FINANCIAL, _("export allowances"))
        kinds = {k.value: rules.line_kind_label(k) for k in rules.LineKind}
        states = {s.value: rules.state_label(s) for s in rules.LineState}
        with self.db.reader(actor) as uow:
            session = uow.session
            limits = limits_for(session, year)
            # The same lines as the year statement (approved and paid); what still waits for approval
            # is a column of its own, so the treasurer sees both and neither is mistaken for the other.
            pending = {vid: money(total or 0) for vid, total in session.execute(
                select(AllowanceLine.volunteer_id, func.sum(AllowanceLine.amount))
                .where(AllowanceLine.year == year, AllowanceLine.state.in_(PENDING_STATES))
                .group_by(AllowanceLine.volunteer_id))}
            rows = [r for r in year_rows(session, year, limits, today or dt.date.today(), states=STATEMENT_STATES,
                                         with_iban=False)
                    if r.arrangement != ArrangementKind.NONE or r.total or r.outside_limits or r.other_organisations
                    or pending.get(r.volunteer_id)]
            reasons: dict[int, list[str]] = defaultdict(list)
            for volunteer_id, reason in session.execute(
                select(AllowanceLine.volunteer_id, AllowanceLine.override_reason).where(
                    AllowanceLine.year == year, AllowanceLine.override_reason != "",
                    AllowanceLine.state != LineState.REJECTED.value)
            ):
                reasons[volunteer_id].append(reason)
            for volunteer_id, reason in session.execute(
                select(AllowanceArrangement.volunteer_id, AllowanceArrangement.override_reason).where(
                    AllowanceArrangement.year == year, AllowanceArrangement.override_reason != "")
            ):
                reasons[volunteer_id].append(reason)
            count = session.scalar(select(func.count()).select_from(AllowanceLine).where(AllowanceLine.year == year))
            names = {vid: volunteer_name(first, infix, last) for vid, first, infix, last in session.execute(
                select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name))}
            receipts = dict(session.execute(
                select(Attachment.id, Attachment.original_name).where(Attachment.id.in_(
                    select(AllowanceLine.receipt_attachment_id).where(AllowanceLine.year == year).distinct()))).all())
            result = session.execute(
                select(AllowanceLine.id, AllowanceLine.volunteer_id, AllowanceLine.kind, AllowanceLine.worked_on,
                       AllowanceLine.month, AllowanceLine.amount, AllowanceLine.hours, AllowanceLine.kilometres,
                       AllowanceLine.rate, AllowanceLine.description, AllowanceLine.state,
                       AllowanceLine.rejection_reason, AllowanceLine.correction_of, AllowanceLine.receipt_attachment_id,
                       AllowanceLine.override_reason, AllowanceLine.override_by, AllowanceLine.payment_batch_id)
                .where(AllowanceLine.year == year)
                .order_by(AllowanceLine.worked_on, AllowanceLine.id)
                .execution_options(yield_per=5000)
            )
            lines = (
                (r[0], names.get(r[1], ""), kinds[r[2]], r[3], r[4], r[5], r[6], r[7], r[8], r[9], states[r[10]],
                 r[11], r[12], receipts.get(r[13]), r[14], r[15], r[16])
                for r in result
            )
            from app.reports import allowances_excel  # here: openpyxl takes ~0.3 s to load, only exports need it

            with self._exports.publishing(actor, target, record="allowances_excel", record_id=year) as partial:
                written = allowances_excel.write_workbook(
                    partial, year, rows, lines, line_count=count or 0,
                    override_reasons={k: "; ".join(v) for k, v in reasons.items()}, progress=progress,
                    pending=pending, centre=SettingsService(self.db).centre(actor).name)
        return written

    def statements(self, actor: Actor, year: int, target: Path, *, progress: Progress | None = None,
                   issued: dt.date | None = None, volunteer_ids: list[int] | None = None) -> int:
        """One page per volunteer with approved or paid lines (or only the volunteers given)."""
        actor.require(Permission.EXPORT_FINANCIAL, _("export allowance statements"))
        from app.reports.pdf.allowance_statement import write_statements  # here: reportlab is slow to load

        with self.db.reader(actor) as uow:
            session = uow.session
            limits = limits_for(session, year)
            limit = session.get(AllowanceLimit, year)
            to_confirm = bool(limit and limit.to_confirm)
            statements = self._statements(session, year, volunteer_ids)
        return self._exports.write(
            actor, target,
            lambda partial: write_statements(partial, statements, limits, self._exports.letterhead(actor), issued=issued,
                                             progress=progress, to_confirm=to_confirm),
            record="allowance_statements", record_id=year)

    def _statements(self, session, year: int, volunteer_ids: list[int] | None = None) -> list[Statement]:
        arrangements = {a.volunteer_id: a for a in session.scalars(
            select(AllowanceArrangement).where(AllowanceArrangement.year == year))}
        sums: dict[int, dict[tuple[int, str], Decimal]] = defaultdict(dict)
        for volunteer_id, month, kind, amount in session.execute(
            select(AllowanceLine.volunteer_id, AllowanceLine.month, AllowanceLine.kind, func.sum(AllowanceLine.amount))
            .where(AllowanceLine.year == year, AllowanceLine.state.in_(STATEMENT_STATES))
            .group_by(AllowanceLine.volunteer_id, AllowanceLine.month, AllowanceLine.kind)
        ):
            sums[volunteer_id][(month, kind)] = money(amount or 0)
        overrides: dict[int, list[str]] = defaultdict(list)
        for volunteer_id, reason in session.execute(select(AllowanceLine.volunteer_id, AllowanceLine.override_reason)
                                                    .where(AllowanceLine.year == year,
                                                           AllowanceLine.state.in_(STATEMENT_STATES),
                                                           AllowanceLine.override_reason != "")):
            overrides[volunteer_id].append(reason)
        if volunteer_ids is not None:
            wanted = set(volunteer_ids)
            sums = {k: v for k, v in sums.items() if k in wanted}
        if not sums:
            return []
        from app.reports.pdf.allowance_statement import Statement  # here: it imports reportlab

        result = []
        for v in session.execute(
            select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name, Volunteer.street,
                   Volunteer.postcode, Volunteer.town, Volunteer.date_of_birth)
            .order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id)
        ):
            if v.id not in sums:
                continue
            arrangement = arrangements.get(v.id)
            kind = ArrangementKind(arrangement.kind) if arrangement else ArrangementKind.NONE
            months, costs = [ZERO] * 12, [ZERO] * 12
            for (month, line_kind), amount in sums[v.id].items():
                target = months if rules.counts_towards_limits(kind, line_kind) else costs
                target[month - 1] = money(target[month - 1] + amount)
            address = tuple(line for line in (v.street, f"{v.postcode}  {v.town}".strip()) if line)
            result.append(Statement(
                v.id, volunteer_name(v.first_name, v.infix, v.last_name), address, v.date_of_birth, kind,
                tuple(months), tuple(costs), arrangement.other_organisations if arrangement else ZERO,
                tuple(overrides.get(v.id, ())) + ((arrangement.override_reason,) if arrangement and arrangement.override_reason else ()),
            ))
        return result
