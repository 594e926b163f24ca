"""Files with personal data, each audited: the full Excel list, the phone list (PDF) and one
person's data for an access request (JSON plus a readable PDF)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select

from app.db.base import Base
from app.db.database import Database
from app.db.models import AuditEntry, Volunteer, VolunteerHours, WorkingGroup, WorkingGroupMember
from app.domain import volunteers as rules
from app.domain.text.collation import sort_key
from app.domain.errors import WijkhuisError
from app.domain.permissions import Permission
from app.domain.progress import NoProgress, Progress, check_cancelled
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.common.records import get_or_raise
from app.services.exports import ExportService, check_target
from app.services.settings import SettingsService
from app.services.volunteers._queries import groups_of, renewal_years
from app.services.volunteers._details import VolunteerDetail, detail_of, what

_ = translator("volunteers")


def _json(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value


def _writable(path: Path) -> Path:
    return check_target(path)


class VolunteerExportService:
    def __init__(self, db: Database):
        self.db = db

    def _letterhead(self, actor: Actor):
        return ExportService(self.db).letterhead(actor)

    def details(self, actor: Actor, *, include_anonymised: bool = True, progress: Progress | None = None,
                today: dt.date | None = None) -> list[VolunteerDetail]:
        actor.require(Permission.EXPORT_PERSONAL_DATA, _("export personal data"))
        progress = progress or NoProgress()
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            query = select(Volunteer).order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id)
            if not include_anonymised:
                query = query.where(Volunteer.anonymised_at.is_(None))
            people = list(uow.session.scalars(query))
            groups = groups_of(uow.session, [v.id for v in people])
            years = renewal_years(uow.session)
            result = []
            for index, volunteer in enumerate(people):
                if index % 500 == 0:
                    check_cancelled(progress)
                    progress.report(index, len(people), _("Reading volunteers"))
                result.append(detail_of(uow.session, volunteer, today, personal=True,
                                        groups=groups.get(volunteer.id, []), years=years))
            return result

    def excel(self, actor: Actor, path: Path, *, progress: Progress | None = None) -> int:
        """Every volunteer with every field; returns the number of rows."""
        from app.reports.volunteers_excel import write_volunteers

        actor.require(Permission.EXPORT_PERSONAL_DATA, _("export personal data"))
        _writable(path)
        progress = progress or NoProgress()
        people = self.details(actor, progress=progress)

        def counted():
            for index, person in enumerate(people):
                if index % 500 == 0:
                    check_cancelled(progress)
                    progress.report(index, len(people), _("Writing the Excel file"))
                yield person

        self._audited_write(
            actor, path,
            lambda target: write_volunteers(target, counted(), centre=SettingsService(self.db).centre(actor).name),
            _("Excel list of {n} volunteers to {file}").format(n=len(people), file=path.name),
        )
        return len(people)

    def _audited_write(self, actor: Actor, path: Path, write, detail: str) -> None:
        """Personal data appears at `path` only once its export is in the audit trail."""
        ExportService(self.db).write(actor, path, write, record="volunteer", detail=detail)

    def phone_list(self, actor: Actor, path: Path, *, today: dt.date | None = None) -> int:
        """A4 PDF of active volunteers per working group; returns the number of people."""
        from app.reports.pdf.phone_list import write_phone_list

        actor.require(Permission.EXPORT_PERSONAL_DATA, _("export personal data"))
        _writable(path)
        today = today or dt.date.today()
        with self.db.reader(actor) as uow:
            rows = uow.session.execute(
                select(WorkingGroup.name, Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
                       Volunteer.phone, Volunteer.email, Volunteer.id)
                .select_from(Volunteer)
                .outerjoin(WorkingGroupMember, WorkingGroupMember.volunteer_id == Volunteer.id)
                .outerjoin(WorkingGroup, (WorkingGroup.id == WorkingGroupMember.working_group_id) & WorkingGroup.active.is_(True))
                .where(Volunteer.status == rules.Status.ACTIVE.value, Volunteer.anonymised_at.is_(None))
            ).all()
        groups: dict[str, list[tuple[str, str, str]]] = {}
        people = set()
        for group, first, infix, last, phone, email, volunteer_id in rows:
            key = group or _("Without a working group")
            groups.setdefault(key, []).append((rules.sort_name(first, infix, last), phone, email))
            people.add(volunteer_id)
        ordered = sorted(groups.items(), key=lambda item: (item[0] == _("Without a working group"), sort_key(item[0])))
        letterhead = self._letterhead(actor)
        self._audited_write(
            actor, path,
            lambda target: write_phone_list(
                target, [(g, sorted(set(m), key=lambda r: sort_key(r[0]))) for g, m in ordered], today, letterhead
            ),
            _("phone list of {n} volunteers to {file}").format(n=len(people), file=path.name),
        )
        return len(people)

    def person_data(self, actor: Actor, volunteer_id: int) -> dict[str, Any]:
        """Everything Wijkhuis holds on one person, for an access request (AVG art. 15)."""
        actor.require(Permission.EXPORT_PERSONAL_DATA, _("export personal data"))
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            volunteer = get_or_raise(session, Volunteer, volunteer_id, what())
            detail = detail_of(session, volunteer, dt.date.today(), personal=True)
            person = {k: _json(v) for k, v in asdict(detail).items()
                      if k not in ("groups", "vog_state", "vog_flag", "personal_hidden", "version")}
            person["vog_state"] = detail.vog_state.value
            groups = [{"id": g, "name": n} for g, n in detail.groups]
            hours = [
                {"worked_on": _json(h.worked_on), "hours": _json(h.hours), "activity": h.activity,
                 "working_group_id": h.working_group_id}
                for h in session.scalars(select(VolunteerHours).where(VolunteerHours.volunteer_id == volunteer_id)
                                         .order_by(VolunteerHours.worked_on))
            ]
            other: dict[str, list[dict]] = {}
            present = set(inspect(session.connection()).get_table_names())
            skip = {"volunteer", "volunteer_hours", "working_group_member"}
            for table in Base.metadata.sorted_tables:
                if table.name in skip or table.name not in present:
                    continue
                for fk in table.foreign_keys:
                    if fk.column.table is Volunteer.__table__:
                        found = session.execute(select(table).where(fk.parent == volunteer_id)).mappings().all()
                        if found:
                            other.setdefault(table.name, []).extend(
                                {k: _json(v) for k, v in row.items()} for row in found)
            trail = [
                {"at": _json(e.at), "by": e.username, "action": e.action, "detail": e.detail}
                for e in session.scalars(select(AuditEntry).where(
                    AuditEntry.entity == "volunteer", AuditEntry.entity_id == str(volunteer_id)).order_by(AuditEntry.id))
            ]
            audit.record(session, actor, "export", "volunteer", volunteer_id, detail=_("person data (access request)"))
            uow.commit()
        return {
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "exported_by": actor.username,
            "person": person,
            "working_groups": groups,
            "hours": hours,
            "other_records": other,
            "audit_trail": trail,
        }

    def person_data_files(self, actor: Actor, volunteer_id: int, folder: Path) -> tuple[Path, Path]:
        """`persoonsgegevens-<id>.json` and `.pdf` in `folder`."""
        from app.reports.pdf.person_data import write_person_data

        actor.require(Permission.EXPORT_PERSONAL_DATA, _("export personal data"))
        if not folder.is_dir():
            raise WijkhuisError(_("The folder {folder} does not exist").format(folder=folder))
        data = self.person_data(actor, volunteer_id)
        json_path = folder / f"persoonsgegevens-{volunteer_id}.json"
        pdf_path = folder / f"persoonsgegevens-{volunteer_id}.pdf"
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        write_person_data(pdf_path, data, self._letterhead(actor))
        return json_path, pdf_path
