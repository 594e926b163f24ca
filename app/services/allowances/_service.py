"""Allowances and expense claims: arrangements, hours, lines and their way from concept to paid.

Every line is checked against the year's limits in the SAME unit of work that inserts it: on
SQLite the unit of work starts with BEGIN IMMEDIATE (writers are serialised), on PostgreSQL the
volunteer's row is locked with SELECT … FOR UPDATE, so two treasurers cannot both squeeze a
line under the same limit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.database import Database
from app.db.models import AllowanceArrangement, AllowanceLine, Attachment, Volunteer, VolunteerHours
from app.domain import allowance_rules as rules
from app.domain import formatting
from app.domain.allowance_rules import ArrangementKind, LineKind, LineState, money
from app.domain.errors import Conflict, FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import attachments, audit
from app.services.common.actor import Actor
from app.services.common.transitions import move_state
from app.services.allowances._data import (
    ArrangementRow,
    LineRow,
    VolunteerYearRow,
    arrangement_row,
    line_from_result,
    line_query,
    line_row,
    situation,
    volunteer_name,
    year_rows,
)
from app.services.allowances._limits import limits_for
from app.services.allowances._lines import (
    HOURS_PLACES,
    EntryPreview,
    LimitRefused,
    LineInput,
    amount_of,
    apply_override,
    check_places,
    arrangement_of,
    decimal_or_none,
    insert_line,
    lock_volunteer,
)
from app.services.common.records import get_or_raise, load_for_update

_ = translator("allowances")

ZERO = Decimal("0.00")


class AllowanceService:
    def __init__(self, db: Database):
        self.db = db

    # -- reading ------------------------------------------------------------------------------
    def arrangement(self, volunteer_id: int, year: int) -> ArrangementRow:
        with self.db.reader() as uow:
            found = uow.session.scalar(select(AllowanceArrangement).where(
                AllowanceArrangement.volunteer_id == volunteer_id, AllowanceArrangement.year == year))
            return arrangement_row(found, volunteer_id, year)

    def year_overview(self, actor: Actor, year: int, today: dt.date | None = None, *,
                      only_with_activity: bool = False) -> list[VolunteerYearRow]:
        actor.require(Permission.VIEW, _("see allowances"))
        with self.db.reader(actor) as uow:
            limits = limits_for(uow.session, year)
            return year_rows(uow.session, year, limits, today or dt.date.today(),
                             only_with_activity=only_with_activity)

    def lines(self, actor: Actor, *, volunteer_id: int | None = None, year: int | None = None,
              state: LineState | None = None, limit: int | None = None) -> list[LineRow]:
        actor.require(Permission.VIEW, _("see allowances"))
        query = line_query()
        if volunteer_id is not None:
            query = query.where(AllowanceLine.volunteer_id == volunteer_id)
        if year is not None:
            query = query.where(AllowanceLine.year == year)
        if state is not None:
            query = query.where(AllowanceLine.state == LineState(state).value)
        query = query.order_by(AllowanceLine.worked_on, AllowanceLine.id)
        if limit:
            query = query.limit(limit)
        with self.db.reader(actor) as uow:
            return [line_from_result(r) for r in uow.session.execute(query)]

    def line(self, actor: Actor, line_id: int) -> LineRow:
        actor.require(Permission.VIEW, _("see allowances"))
        with self.db.reader(actor) as uow:
            get_or_raise(uow.session, AllowanceLine, line_id, _("Allowance line"))
            return line_row(uow.session, line_id)

    def approval_queue(self, actor: Actor) -> list[LineRow]:
        return self.lines(actor, state=LineState.SUBMITTED)

    def receipt(self, actor: Actor, line_id: int) -> tuple[str, str, bytes] | None:
        """(name, content type, bytes) of a line's receipt."""
        actor.require(Permission.VIEW_PERSONAL_DETAILS, _("see receipts"))
        with self.db.reader(actor) as uow:
            line = get_or_raise(uow.session, AllowanceLine, line_id, _("Allowance line"))
            if line.receipt_attachment_id is None:
                return None
            attachment = uow.session.get(Attachment, line.receipt_attachment_id)
            return attachment.original_name, attachment.content_type, attachment.data

    def preview(self, actor: Actor, entry: LineInput) -> EntryPreview:
        """Room left this month and this year for the line being typed, and any refusal."""
        actor.require(Permission.VIEW, _("see allowances"))
        day = entry.worked_on or dt.date.today()
        with self.db.reader(actor) as uow:
            volunteer = get_or_raise(uow.session, Volunteer, entry.volunteer_id, _("Volunteer"))
            limits = limits_for(uow.session, day.year)
            current = situation(uow.session, volunteer, day.year)
            arrangement = arrangement_of(uow.session, entry.volunteer_id, day.year)
            room = rules.room(limits, current, day.month)
            month_label = formatting.month_name(day.year, day.month)
            try:
                amount, rate = amount_of(entry, arrangement, limits)
            except ValidationError:
                return EntryPreview(None, room.month, room.year, month_label,
                                    rules.counts_towards_limits(current.arrangement, entry.kind), (), False)
            check = rules.check_line(limits, current, rules.ProposedLine(
                LineKind(entry.kind), day, amount, rate,
                has_receipt=entry.receipt_data is not None, submitting=entry.submit))
            return EntryPreview(amount, room.month, room.year, month_label, check.counted, check.refusals,
                                check.overridable)

    # -- arrangements -------------------------------------------------------------------------
    def set_arrangement(self, actor: Actor, row: ArrangementRow, *, override_reason: str | None = None) -> ArrangementRow:
        actor.require(Permission.ENTER_CLAIMS, _("change allowance arrangements"))
        problems: list[FieldProblem] = []
        kind = ArrangementKind(row.kind)
        monthly = money(row.monthly_amount) if row.monthly_amount not in (None, "") else None
        hourly = money(row.hourly_rate) if row.hourly_rate not in (None, "") else None
        other = money(row.other_organisations or 0)
        other_monthly = None
        if row.other_monthly is not None:
            other_monthly = tuple(money(v or 0) for v in row.other_monthly)
            if len(other_monthly) != 12:
                problems.append(FieldProblem("other_monthly", _("give twelve monthly figures, January first")))
            elif any(v < 0 for v in other_monthly):
                problems.append(FieldProblem("other_monthly", _("cannot be negative")))
            else:
                other = money(sum(other_monthly, ZERO))
        if kind == ArrangementKind.FIXED and (monthly is None or monthly <= 0):
            problems.append(FieldProblem("monthly_amount", _("give the fixed amount per month")))
        if kind == ArrangementKind.HOURLY and (hourly is None or hourly <= 0):
            problems.append(FieldProblem("hourly_rate", _("give the amount per hour")))
        if other < 0:
            problems.append(FieldProblem("other_organisations", _("cannot be negative")))
        if problems:
            raise ValidationError(problems)
        if kind != ArrangementKind.FIXED:
            monthly = None
        if kind != ArrangementKind.HOURLY:
            hourly = None
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            volunteer = lock_volunteer(session, row.volunteer_id)
            limits = limits_for(session, row.year)
            refusals: list[rules.Refusal] = []
            if kind == ArrangementKind.FIXED and monthly > limits.per_month:
                refusals.append(rules.Refusal(rules.Limit.PER_MONTH, limits.per_month, monthly,
                                              money(limits.per_month), str(row.year)))
            if kind == ArrangementKind.HOURLY:
                # Above the limit for the age on 31 December, the rate is too high on every day of
                # the year. A volunteer turning 21 during the year may have the adult rate: each
                # line is still checked against the age on the day worked.
                last_day = dt.date(row.year, 12, 31)
                per_hour = rules.hourly_limit(limits, volunteer.date_of_birth, last_day)
                if hourly > per_hour:
                    refusals.append(rules.Refusal(rules.Limit.PER_HOUR, per_hour, hourly,
                                                  period=rules.age_group(volunteer.date_of_birth, last_day)))
            new = replace(row, kind=kind, monthly_amount=monthly, hourly_rate=hourly, other_organisations=other,
                          other_monthly=other_monthly)
            refusals += rules.check_year(limits, situation(session, volunteer, row.year, arrangement=new))
            existing = session.scalar(select(AllowanceArrangement).where(
                AllowanceArrangement.volunteer_id == row.volunteer_id, AllowanceArrangement.year == row.year))
            if existing is None:
                arrangement = AllowanceArrangement(volunteer_id=row.volunteer_id, year=row.year)
                session.add(arrangement)
                before: dict = {}
            else:
                arrangement = load_for_update(session, AllowanceArrangement, existing.id, row.version,
                                              _("The arrangement of {name}").format(
                                                  name=volunteer_name(volunteer.first_name, volunteer.infix,
                                                                      volunteer.last_name)))
                before = audit.snapshot(arrangement)
            if refusals:
                apply_override(actor, override_reason, refusals, arrangement)
            arrangement.kind = kind.value
            arrangement.monthly_amount = monthly
            arrangement.hourly_rate = hourly
            arrangement.other_organisations = other
            arrangement.other_monthly = [str(v) for v in other_monthly] if other_monthly is not None else None
            arrangement.notes = (row.notes or "").strip()
            arrangement.updated_at = utcnow()
            session.flush()
            old, after = audit.changed_fields(before, audit.snapshot(arrangement))
            audit.record(session, actor, "override" if refusals else ("update" if before else "create"),
                         "allowance_arrangement", arrangement.id, before=old, after=after,
                         detail=arrangement.override_reason if refusals else "")
            uow.commit()
            return arrangement_row(arrangement, row.volunteer_id, row.year)

    # -- lines --------------------------------------------------------------------------------
    def add_line(self, actor: Actor, entry: LineInput, *, override_reason: str | None = None) -> LineRow:
        actor.require(Permission.ENTER_CLAIMS, _("enter allowances and expense claims"))
        with self.db.unit_of_work(actor) as uow:
            line = insert_line(uow.session, actor, entry, override_reason)
            uow.commit()
            return line_row(uow.session, line.id)

    def add_hours(
        self, actor: Actor, volunteer_id: int, worked_on: dt.date | None, hours, *,
        working_group_id: int | None = None, activity: str = "", allowance: bool = True, submit: bool = True,
        override_reason: str | None = None,
    ) -> tuple[int, LineRow | None]:
        """Hours worked; for a volunteer with an hourly amount also the line hours × rate, in the
        same unit of work (refused together). Returns (hours id, line or None)."""
        actor.require(Permission.ENTER_CLAIMS, _("enter hours"))
        problems: list[FieldProblem] = []
        amount = decimal_or_none(hours, "hours", problems, _("Hours"))
        check_places(amount, HOURS_PLACES, "hours", problems)
        if worked_on is None:
            problems.append(FieldProblem("worked_on", _("give the date worked")))
        if amount is not None and not Decimal("0") < amount <= Decimal("24"):
            problems.append(FieldProblem("hours", _("between 0 and 24 hours")))
        elif amount is None and not problems:
            problems.append(FieldProblem("hours", _("give the number of hours")))
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            lock_volunteer(session, volunteer_id)
            record = VolunteerHours(volunteer_id=volunteer_id, worked_on=worked_on, hours=amount.quantize(Decimal(1).scaleb(-HOURS_PLACES)),
                                    working_group_id=working_group_id, activity=activity.strip()[:200],
                                    created_by=actor.username)
            session.add(record)
            session.flush()
            audit.record(session, actor, "create", "volunteer_hours", record.id, after=audit.snapshot(record))
            line = None
            arrangement = arrangement_of(session, volunteer_id, worked_on.year)
            if allowance and arrangement.kind == ArrangementKind.HOURLY:
                line = insert_line(session, actor, LineInput(
                    volunteer_id, LineKind.HOURLY, worked_on, hours=amount, description=activity,
                    submit=submit), override_reason, hours_id=record.id)
            uow.commit()
            return record.id, (line_row(session, line.id) if line else None)

    def submit(self, actor: Actor, line_id: int, expected_version: int | None = None) -> LineRow:
        actor.require(Permission.ENTER_CLAIMS, _("submit allowance lines"))
        with self.db.unit_of_work(actor) as uow:
            line = self._load(uow.session, line_id, expected_version)
            self._require_transition(line, LineState.SUBMITTED)
            if line.kind == LineKind.EXPENSE.value and line.receipt_attachment_id is None:
                raise LimitRefused(refusals=[rules.Refusal(rules.Limit.RECEIPT)])
            self._set_state(uow.session, actor, line, LineState.SUBMITTED)
            line.submitted_at = utcnow()
            uow.commit()
            return line_row(uow.session, line_id)

    def approve(self, actor: Actor, line_ids: list[int]) -> int:
        actor.require(Permission.APPROVE_CLAIMS, _("approve allowance lines"))
        with self.db.unit_of_work(actor) as uow:
            for line_id in line_ids:
                line = self._load(uow.session, line_id, None)
                self._require_transition(line, LineState.APPROVED)
                self._set_state(uow.session, actor, line, LineState.APPROVED)
                line.approved_at = utcnow()
                line.approved_by = actor.username
            uow.commit()
            return len(line_ids)

    def reject(self, actor: Actor, line_id: int, reason: str, expected_version: int | None = None) -> LineRow:
        actor.require(Permission.APPROVE_CLAIMS, _("reject allowance lines"))
        if not (reason or "").strip():
            raise ValidationError(FieldProblem("reason", _("give the reason for rejecting")))
        with self.db.unit_of_work(actor) as uow:
            line = self._load(uow.session, line_id, expected_version)
            self._require_transition(line, LineState.REJECTED)
            self._not_in_batch(line)
            line.rejection_reason = reason.strip()
            self._set_state(uow.session, actor, line, LineState.REJECTED, detail=reason.strip())
            uow.commit()
            return line_row(uow.session, line_id)

    def correct(self, actor: Actor, line_id: int, entry: LineInput, reason: str, *,
                override_reason: str | None = None) -> LineRow:
        """A correction is a new line that refers to the old one. An unpaid line is replaced (the
        old one is rejected with the reason); a paid line gets a line with the difference."""
        actor.require(Permission.ENTER_CLAIMS, _("correct allowance lines"))
        if not (reason or "").strip():
            raise ValidationError(FieldProblem("reason", _("give the reason for the correction")))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            old = self._load(session, line_id, None)
            if old.state == LineState.REJECTED.value:
                raise Conflict(_("Line {id} was rejected; enter a new line instead.").format(id=line_id))
            self._not_in_batch(old)
            if entry.volunteer_id != old.volunteer_id:
                raise ValidationError(FieldProblem("volunteer_id", _("a correction stays with the same volunteer")))
            if old.state == LineState.PAID.value:
                line = insert_line(session, actor, entry, override_reason, correction_of=old)
            else:
                old.rejection_reason = _("corrected: {reason}").format(reason=reason.strip())
                self._set_state(session, actor, old, LineState.REJECTED, detail=old.rejection_reason)
                session.flush()
                line = insert_line(session, actor, entry, override_reason, correction_of=old)
            audit.record(session, actor, "correct", "allowance_line", old.id,
                         after={"correction": line.id}, detail=reason.strip())
            uow.commit()
            return line_row(session, line.id)

    def attach_receipt(self, actor: Actor, line_id: int, filename: str, data: bytes,
                       expected_version: int | None = None) -> LineRow:
        actor.require(Permission.ENTER_CLAIMS, _("attach receipts"))
        with self.db.unit_of_work(actor) as uow:
            line = self._load(uow.session, line_id, expected_version)
            if line.state not in (LineState.CONCEPT.value, LineState.SUBMITTED.value):
                raise Conflict(_("A receipt can only be added to a draft or submitted line."))
            stored = attachments.store(uow.session, actor, filename, data, attachments.RECEIPT_TYPES, field="receipt")
            before = line.receipt_attachment_id
            line.receipt_attachment_id = stored.id
            audit.record(uow.session, actor, "attach", "allowance_line", line.id,
                         before={"receipt_attachment_id": before}, after={"receipt_attachment_id": stored.id},
                         detail=stored.original_name)
            uow.commit()
            return line_row(uow.session, line_id)

    def delete_draft(self, actor: Actor, line_id: int, expected_version: int | None = None) -> None:
        """Only a draft that was never submitted may go; everything else stays for the record."""
        actor.require(Permission.ENTER_CLAIMS, _("delete draft lines"))
        with self.db.unit_of_work(actor) as uow:
            line = self._load(uow.session, line_id, expected_version)
            if line.state != LineState.CONCEPT.value or line.submitted_at is not None:
                raise Conflict(_("Line {id} was submitted and is kept; reject or correct it instead.").format(id=line_id))
            audit.record(uow.session, actor, "delete", "allowance_line", line.id, before=audit.snapshot(line))
            uow.session.delete(line)
            uow.commit()

    def fill_fixed_month(self, actor: Actor, year: int, month: int) -> tuple[int, list[str]]:
        """A fixed-amount line for every volunteer with a fixed arrangement who has none this
        month yet. Returns (lines made, one message per volunteer refused)."""
        actor.require(Permission.ENTER_CLAIMS, _("enter allowances and expense claims"))
        with self.db.reader(actor) as uow:
            candidates = list(uow.session.execute(
                select(AllowanceArrangement.volunteer_id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name)
                .join(Volunteer, Volunteer.id == AllowanceArrangement.volunteer_id)
                .where(AllowanceArrangement.year == year, AllowanceArrangement.kind == ArrangementKind.FIXED.value)
            ))
            done = set(uow.session.scalars(select(AllowanceLine.volunteer_id).where(
                AllowanceLine.year == year, AllowanceLine.month == month,
                AllowanceLine.kind == LineKind.FIXED.value, AllowanceLine.state != LineState.REJECTED.value)))
        made, refused = 0, []
        day = dt.date(year, month, 1)
        for volunteer_id, first, infix, last in candidates:
            if volunteer_id in done:
                continue
            try:
                self.add_line(actor, LineInput(volunteer_id, LineKind.FIXED, day,
                                               description=formatting.month_name(year, month)))
                made += 1
            except LimitRefused as error:
                refused.append(f"{volunteer_name(first, infix, last)}: {error}")
        return made, refused

    # -- inside a unit of work ----------------------------------------------------------------
    def _load(self, session: Session, line_id: int, expected_version: int | None) -> AllowanceLine:
        return load_for_update(session, AllowanceLine, line_id, expected_version,
                               _("Allowance line {id}").format(id=line_id))

    @staticmethod
    def _require_transition(line: AllowanceLine, new: LineState) -> None:
        if not rules.can_transition(line.state, new):
            raise Conflict(_("Line {id} is {state}; it cannot become {new}.").format(
                id=line.id, state=rules.state_label(line.state), new=rules.state_label(new)))

    @staticmethod
    def _not_in_batch(line: AllowanceLine) -> None:
        if line.payment_batch_id is not None and line.state != LineState.PAID.value:
            raise Conflict(_("Line {id} is in payment batch {batch}; cancel the batch first.").format(
                id=line.id, batch=line.payment_batch_id))

    @staticmethod
    def _set_state(session: Session, actor: Actor, line: AllowanceLine, new: LineState, detail: str = "") -> None:
        before = move_state(session, line, new.value, _("Allowance line {id}").format(id=line.id))
        audit.record(session, actor, "state", "allowance_line", line.id,
                     before={"state": before}, after={"state": new.value}, detail=detail)


def waiting_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AllowanceLine).where(
        AllowanceLine.state == LineState.SUBMITTED.value)) or 0
