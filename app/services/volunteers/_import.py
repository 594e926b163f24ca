"""Importing a volunteer list: all or nothing by default, `skip_invalid` imports the valid
rows; people already present (same name and birth date, or same e-mail) are not doubled,
duplicates inside the file are reported once, unknown working groups are created."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from app.db.database import Database
from app.db.models import Volunteer, VolunteerCentre, WorkingGroup, WorkingGroupMember
from app.db.scoping import first_centre_id
from app.domain.text.clean import clean as clean_text
from app.domain import volunteers as rules
from app.domain.errors import FieldProblem
from app.domain.permissions import Permission
from app.domain.progress import NoProgress, Progress, check_cancelled
from app.i18n import ngettext_for, translator
from app.importers import volunteers as importer
from app.importers.spreadsheet import Sheet, read_sheet
from app.services.common import audit, audit_chain
from app.services.common.actor import Actor
from app.services.volunteers._changes import audit_snapshot, masked
from app.services.volunteers._groups import WorkingGroupService

_ = translator("volunteers")
n_ = ngettext_for("volunteers")


@dataclass
class ImportReport:
    file: str
    sheet: str
    header_row: int
    dry_run: bool
    skip_invalid: bool
    total_rows: int = 0
    imported: list[tuple[int, str]] = field(default_factory=list)
    already_present: list[tuple[int, str]] = field(default_factory=list)
    duplicates_in_file: list[tuple[int, int]] = field(default_factory=list)  # (row, same as row)
    problems: list[FieldProblem] = field(default_factory=list)
    invalid_rows: list[int] = field(default_factory=list)
    groups_created: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    committed: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.invalid_rows)

    @property
    def exit_code(self) -> int:
        return 2 if self.refused else 0

    def lines(self) -> list[str]:
        out = [_("{file}, sheet {sheet}: header on row {row}, {n} rows with data.").format(
            file=self.file, sheet=self.sheet, row=self.header_row, n=self.total_rows)]
        if self.unknown_columns:
            out.append(_("Unknown columns (not imported): {names}").format(names=", ".join(self.unknown_columns)))
        verb = _("Would be imported") if self.dry_run or not self.committed else _("Imported")
        out.append(f"{verb}: {len(self.imported)}")
        out.append(_("Already present (not doubled): {n}").format(n=len(self.already_present))
                   + (_(" (rows {rows})").format(rows=_rows(r for r, _n in self.already_present)) if self.already_present else ""))
        for row, first in self.duplicates_in_file:
            out.append(_("Row {row} is the same person as row {first}: imported once.").format(row=row, first=first))
        if self.groups_created:
            label = _("New working groups") if self.committed else _("New working groups (would be created)")
            out.append(f"{label}: {', '.join(self.groups_created)}")
        if self.invalid_rows:
            out.append(n_("Refused: {n} row ({rows})", "Refused: {n} rows ({rows})", len(self.invalid_rows)).format(
                n=len(self.invalid_rows), rows=_rows(self.invalid_rows)))
            out.extend(f"  {problem}" for problem in self.problems)
            if not self.skip_invalid:
                out.append(_("Nothing was imported. Correct these rows in the file and import again, "
                             "or import only the valid rows (--skip-invalid)."))
        if self.dry_run:
            out.append(_("Trial run: nothing was saved."))
        return out


def _rows(numbers) -> str:
    return ", ".join(str(n) for n in numbers)


class VolunteerImportService:
    def __init__(self, db: Database):
        self.db = db

    def read(self, actor: Actor, path: Path) -> tuple[Sheet, importer.ImportPlan]:
        actor.require(Permission.IMPORT_DATA, _("import volunteers"))
        sheet = read_sheet(path)
        return sheet, importer.analyse(sheet)

    def remap(self, actor: Actor, sheet: Sheet, mapping: dict[int, str | None]) -> importer.ImportPlan:
        actor.require(Permission.IMPORT_DATA, _("import volunteers"))
        return importer.analyse(sheet, mapping)

    def import_file(self, actor: Actor, path: Path, *, skip_invalid: bool = False, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportReport:
        _sheet, plan = self.read(actor, path)
        return self.run(actor, plan, file_name=path.name, skip_invalid=skip_invalid, dry_run=dry_run, progress=progress)

    def run(self, actor: Actor, plan: importer.ImportPlan, *, file_name: str, skip_invalid: bool = False,
            dry_run: bool = False, progress: Progress | None = None) -> ImportReport:
        actor.require(Permission.IMPORT_DATA, _("import volunteers"))
        actor.require(Permission.EDIT_VOLUNTEERS, _("add volunteers"))
        progress = progress or NoProgress()
        report = ImportReport(file_name, plan.sheet, plan.header_row, dry_run, skip_invalid, total_rows=len(plan.rows),
                              unknown_columns=[c.heading for c in plan.unknown_columns])
        for row in plan.invalid:
            report.invalid_rows.append(row.row)
            report.problems.extend(row.problems)
        write = not report.refused or skip_invalid
        # 1. Everything that takes time — validating, normalising, finding the people already
        #    present — happens on a reader: other users are not blocked meanwhile.
        with self.db.reader(actor) as uow:
            keys, emails = _existing_people(uow.session)
            existing_lower = {n.lower() for n in uow.session.scalars(select(WorkingGroup.name))}
        planned: list[tuple[importer.ParsedRow, dict]] = []
        today = dt.date.today()
        for done, row in enumerate(plan.valid, start=1):
            if done % 500 == 0:
                check_cancelled(progress)
                progress.report(done, len(plan.valid), _("Checking row {row}").format(row=row.row))
            assert row.values is not None
            clean = rules.validate_volunteer(row.values, today)
            key = rules.duplicate_key(clean["first_name"], clean["infix"], clean["last_name"], clean["date_of_birth"])
            email = clean["email"]
            earlier = keys.get(key) if key and key in keys else (emails.get(email) if email and email in emails else None)
            name = rules.full_name(clean["first_name"], clean["infix"], clean["last_name"])
            if earlier == 0:
                report.already_present.append((row.row, name))
                continue
            if earlier:
                report.duplicates_in_file.append((row.row, earlier))
                continue
            if key:
                keys[key] = row.row
            if email:
                emails[email] = row.row
            planned.append((row, clean))
            report.imported.append((row.row, name))
        wanted = list(dict.fromkeys(g for row, _clean in planned for g in row.groups))
        report.groups_created = [g for g in wanted if g.lower() not in existing_lower]
        if not write:
            return report
        prepared = _prepared(planned)
        # 2. One short transaction writes it all in a few statements (all or nothing): the
        #    database is held for a moment, not for the whole import.
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            planned = self._still_new(session, planned, report)
            wanted = list(dict.fromkeys(g for row, _clean in planned for g in row.groups))
            group_ids, _created = WorkingGroupService(self.db).ensure_groups(session, actor, wanted)
            _write_people(session, actor, planned, prepared, group_ids, file_name)
            progress.report(len(planned), len(planned), "")
            audit.record(session, actor, "import", "volunteer", None, detail=_(
                "{file}: {imported} imported, {present} already present, {refused} refused"
            ).format(file=file_name, imported=len(report.imported), present=len(report.already_present),
                     refused=len(report.invalid_rows)))
            if dry_run:
                return report
            uow.commit()
            report.committed = True
            return report

    @staticmethod
    def _still_new(session, planned: list[tuple[importer.ParsedRow, dict]],
                   report: ImportReport) -> list[tuple[importer.ParsedRow, dict]]:
        """Someone may have added one of these people since the file was checked: not doubled."""
        keys, emails = _existing_people(session)
        kept = []
        for row, clean in planned:
            key = rules.duplicate_key(clean["first_name"], clean["infix"], clean["last_name"], clean["date_of_birth"])
            if (key and key in keys) or (clean["email"] and clean["email"] in emails):
                entry = next(e for e in report.imported if e[0] == row.row)
                report.imported.remove(entry)
                report.already_present.append(entry)
                continue
            kept.append((row, clean))
        return kept


def _existing_people(session) -> tuple[dict[tuple, int], dict[str, int]]:
    """Duplicate keys and e-mail addresses of the people already present (value 0)."""
    keys: dict[tuple, int] = {}
    emails: dict[str, int] = {}
    for v in session.execute(select(Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
                                    Volunteer.date_of_birth, Volunteer.email)
                             .where(Volunteer.anonymised_at.is_(None))):
        key = rules.duplicate_key(v.first_name, v.infix, v.last_name, v.date_of_birth)
        if key:
            keys[key] = 0
        if v.email:
            emails[v.email.lower()] = 0
    return keys, emails


def _prepared(planned: list[tuple[importer.ParsedRow, dict]]) -> dict[int, tuple[dict, dict]]:
    """Row number → column values and audit snapshot (without the id) of each person: made
    before the write transaction, so that it only inserts."""
    out = {}
    for row, clean in planned:
        fields = {k: (clean_text(v) if isinstance(v, str) else v) for k, v in clean.items() if k != "working_group_ids"}
        out[row.row] = (fields, masked(audit_snapshot(Volunteer(**fields))))
    return out


def _insert_people(session, values: list[dict]) -> list[int]:
    """One bulk insert; the new ids in the order of `values`."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite cannot order a multi-row RETURNING; in this write transaction (BEGIN IMMEDIATE,
        # no other writer) an executemany numbers the rows after the highest id, in order.
        # Both reads look across centres: the numbering is the whole table's, and the new people
        # are in no centre until their memberships are written below.
        before = session.scalar(select(func.coalesce(func.max(Volunteer.id), 0)).execution_options(all_centres=True))
        session.execute(Volunteer.__table__.insert(), values)
        ids = list(session.scalars(select(Volunteer.id).where(Volunteer.id > before).order_by(Volunteer.id)
                                   .execution_options(all_centres=True)))
    else:
        ids = list(session.scalars(insert(Volunteer).returning(Volunteer.id, sort_by_parameter_order=True), values))
    if len(ids) != len(values):  # pragma: no cover - would mean another writer slipped in
        raise RuntimeError("bulk insert returned an unexpected number of ids")
    return ids


def _write_people(session, actor: Actor, planned: list[tuple[importer.ParsedRow, dict]],
                  ready: dict[int, tuple[dict, dict]], group_ids: dict[str, int], file_name: str) -> None:
    """Bulk inserts (a few statements for thousands of rows), each person audited as before."""
    if not planned:
        return
    prepared = [(row, *ready[row.row]) for row, _clean in planned]
    ids = _insert_people(session, [fields for _row, fields, _snapshot in prepared])
    # A bulk insert passes by the unit of work's own rules: the people join the importing centre here.
    centre_id = actor.centre_scope.working or first_centre_id(session)
    if centre_id is not None:
        session.execute(VolunteerCentre.__table__.insert(), [{"volunteer_id": i, "centre_id": centre_id} for i in ids])
    members = [{"working_group_id": group_ids[g.lower()], "volunteer_id": new_id}
               for (row, _f, _s), new_id in zip(prepared, ids, strict=True) for g in row.groups]
    if members:
        session.execute(WorkingGroupMember.__table__.insert(), members)
    audit_chain.append(session, [  # in bulk, still linked into the one chain
        {"user_id": actor.user_id, "username": actor.username, "action": "create", "entity": "volunteer",
         "entity_id": str(new_id), "before": None, "after": {**snapshot, "id": new_id},
         "detail": _("import of {file}, row {row}").format(file=file_name, row=row.row)}
        for (row, _fields, snapshot), new_id in zip(prepared, ids, strict=True)
    ])
