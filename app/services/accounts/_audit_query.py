"""Reading the audit trail: who changed or looked at what, filtered by person, record and date,
and exported to Excel. Only the administrator may read it; an export is itself audited,
because the trail holds personal data (the fields before and after each change)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import AuditEntry
from app.domain.audit import labels
from app.domain import formatting
from app.domain.audit import chain as audit_chain
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.i18n import translator
from app.reports import excel
from app.services.accounts.rows import AuditFilter, AuditRow, shorten  # noqa: F401 (re-exported)
from app.services.common import audit
from app.services.common.actor import Actor

_ = translator("security")

DEFAULT_LIMIT = 2000
EXPORT_LIMIT = 1_000_000


def _local_day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC)


_COLUMNS = (
    AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action, AuditEntry.entity,
    AuditEntry.entity_id, AuditEntry.before, AuditEntry.after, AuditEntry.detail,
    AuditEntry.user_id, AuditEntry.prev_hash, AuditEntry.hash,
)


def _row(entry) -> AuditRow:
    """From a row of _COLUMNS (plain columns: no ORM objects for thousands of entries)."""
    return AuditRow(
        entry.id, entry.at, entry.username, entry.action, entry.entity, entry.entity_id,
        entry.before, entry.after, entry.detail or "", entry.user_id, entry.prev_hash, entry.hash,
    )


class AuditQueryService:
    def __init__(self, db: Database):
        self.db = db

    def _statement(self, flt: AuditFilter, *columns):
        statement = select(*(columns or (AuditEntry,)))
        if flt.username:
            statement = statement.where(AuditEntry.username == flt.username.strip().lower())
        if flt.entity:
            statement = statement.where(AuditEntry.entity == flt.entity)
        if flt.entity_id:
            statement = statement.where(AuditEntry.entity_id == str(flt.entity_id).strip())
        if flt.action:
            statement = statement.where(AuditEntry.action == flt.action)
        if flt.date_from:
            statement = statement.where(AuditEntry.at >= _local_day_start(flt.date_from))
        if flt.date_to:
            statement = statement.where(AuditEntry.at < _local_day_start(flt.date_to + dt.timedelta(days=1)))
        return statement

    def search(self, actor: Actor, flt: AuditFilter = AuditFilter(), *, limit: int = DEFAULT_LIMIT) -> list[AuditRow]:
        """Newest first, at most `limit` entries."""
        actor.require(Permission.VIEW_AUDIT, _("view the audit trail"))
        with self.db.reader(actor) as uow:
            statement = self._statement(flt, *_COLUMNS).order_by(AuditEntry.id.desc()).limit(limit)
            return [_row(e) for e in uow.session.execute(statement)]

    def count(self, actor: Actor, flt: AuditFilter = AuditFilter()) -> int:
        actor.require(Permission.VIEW_AUDIT, _("view the audit trail"))
        with self.db.reader(actor) as uow:
            return uow.session.scalar(select(func.count()).select_from(self._statement(flt).subquery()))

    def choices(self, actor: Actor) -> tuple[list[str], list[str], list[str]]:
        """The user names, record types and actions that occur, for the filter lists."""
        actor.require(Permission.VIEW_AUDIT, _("view the audit trail"))
        with self.db.reader(actor) as uow:
            def values(column) -> list[str]:
                return sorted(v for v in uow.session.scalars(select(column).distinct()) if v)

            return values(AuditEntry.username), values(AuditEntry.entity), values(AuditEntry.action)

    def export_xlsx(self, actor: Actor, destination: Path, flt: AuditFilter = AuditFilter()) -> int:
        """Write the entries matching `flt` (oldest first) to an Excel file; returns how many."""
        actor.require(Permission.VIEW_AUDIT, _("export the audit trail"))
        destination = Path(destination)
        if not destination.parent.is_dir():
            raise WijkhuisError(_("The folder {folder} does not exist").format(folder=destination.parent))
        with self.db.reader(actor) as uow:
            entries = [_row(e) for e in uow.session.execute(
                self._statement(flt, *_COLUMNS).order_by(AuditEntry.id).limit(EXPORT_LIMIT)
            )]
        columns = [
            excel.Column(_("When"), "datetime"),
            excel.Column(_("User"), width=16),
            excel.Column(_("Action"), width=16),
            excel.Column(_("Record type"), width=18),
            excel.Column(_("Record"), width=10),
            excel.Column(_("Fields"), width=30, wrap=True),
            excel.Column(_("Before"), width=45, wrap=True),
            excel.Column(_("After"), width=45, wrap=True),
            excel.Column(_("Detail"), width=40, wrap=True),
            excel.Column(_("Entry"), width=8),
            excel.Column(_("Hashed content"), width=60),
            excel.Column(_("Previous hash"), width=66),
            excel.Column(_("Hash"), width=66),
        ]
        # The same words as the screen: labels for actions, record types and fields, readable values.
        rows = (
            [
                e.at.astimezone(labels.AMSTERDAM).replace(tzinfo=None), e.username, labels.action_label(e.action),
                labels.record_label(e.entity), e.entity_id or "", ", ".join(labels.field_label(f) for f in e.fields),
                labels.values_text(e.before), labels.values_text(e.after), e.detail,
                e.id, audit_chain.canonical(vars(e)), e.prev_hash or "", e.hash or "",
            ]
            for e in entries
        )
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)  # the trail can be long: the fast path
        from app.services.settings import SettingsService

        excel.write_only_rows(workbook.create_sheet(_("Audit trail")), columns, rows, title=_("Audit trail"),
                              centre=SettingsService(self.db).centre(actor).name)
        partial = destination.with_name(destination.name + ".part")
        try:
            workbook.save(partial)
            partial.replace(destination)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise WijkhuisError(
                _("Cannot write {path}: {reason}").format(path=destination, reason=error.strerror or error)
            ) from None
        with self.db.unit_of_work(actor) as uow:
            audit.record(
                uow.session, actor, "export", "audit_log", None,
                detail=_("{count} entries to {path} ({filter})").format(
                    count=len(entries), path=destination.name, filter=describe(flt) or "-"
                ),
            )
            uow.commit()
        return len(entries)


def describe(flt: AuditFilter) -> str:
    parts = []
    if flt.username:
        parts.append(_("user {name}").format(name=flt.username))
    if flt.entity:
        parts.append(_("record {entity} {id}").format(entity=flt.entity, id=flt.entity_id or "").strip())
    if flt.action:
        parts.append(_("action {action}").format(action=flt.action))
    if flt.date_from:
        parts.append(_("from {date}").format(date=formatting.date(flt.date_from)))
    if flt.date_to:
        parts.append(_("until {date}").format(date=formatting.date(flt.date_to)))
    return ", ".join(parts)
