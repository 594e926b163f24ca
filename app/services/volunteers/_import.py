"""Importing a volunteer list: all or nothing by default, `skip_invalid` imports the valid
rows; people already present (same name and birth date, or same e-mail) are not doubled,
duplicates inside the file are reported once, unknown working groups are created.

In an organisation with several centres, an account of the whole organisation (which sees every
centre) importing for one centre does not enter a person of another centre a second time: that
person joins the centre imported for, and the working groups the row names. An account of one
centre does not see the other centres' people, not even that someone is there: it imports the
row as a person of its own centre (tests/integration/test_security_centres.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from app.db.database import Database
from app.db.models import Volunteer, VolunteerCentre, WorkingGroup, WorkingGroupMember
from app.db.scoping import first_centre_id, scope_of
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
    # People who already volunteer in another centre, added to this one: (row, name)
    joined: list[tuple[int, str]] = field(default_factory=list)
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
                   + _in_rows(self.already_present))
        if self.joined:
            label = (_("Added to this centre, already volunteering in another centre") if self.committed
                     else _("Would be added to this centre, already volunteering in another centre"))
            out.append(f"{label}: {len(self.joined)}" + _in_rows(self.joined))
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


def _in_rows(people: list[tuple[int, str]]) -> str:
    """" (row 5)" or " (rows 5, 6, 8)" after a count of people; nothing when there are none."""
    if not people:
        return ""
    return n_(" (row {rows})", " (rows {rows})", len(people)).format(rows=_rows(row for row, _name in people))


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
            elsewhere = _people_elsewhere(uow.session) if actor.whole_organisation else {}
            existing_lower = {n.lower() for n in uow.session.scalars(select(WorkingGroup.name))}
        planned: list[tuple[importer.ParsedRow, dict]] = []
        joining: dict[int, importer.ParsedRow] = {}  # volunteer id → the row that names them
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
            in_another_centre = elsewhere.get(key) or elsewhere.get(email)
            if in_another_centre:
                joining[in_another_centre] = row
                report.joined.append((row.row, name))
            else:
                planned.append((row, clean))
                report.imported.append((row.row, name))
        wanted = _groups_named([row for row, _clean in planned] + list(joining.values()))
        report.groups_created = [g for g in wanted if g.lower() not in existing_lower]
        if not write:
            return report
        prepared = _prepared(planned)
        # 2. One short transaction writes it all in a few statements (all or nothing): the
        #    database is held for a moment, not for the whole import.
        with self.db.unit_of_work(actor) as uow:
            session = uow.session
            planned = self._still_new(session, planned, report)
            wanted = _groups_named([row for row, _clean in planned] + list(joining.values()))
            group_ids, _created = WorkingGroupService(self.db).ensure_groups(session, actor, wanted)
            _write_people(session, actor, planned, prepared, group_ids, file_name)
            _join_centre(session, actor, joining, group_ids, file_name)
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


def _identities(session, *conditions, all_centres: bool = False):
    """(id, duplicate key, e-mail address in lower case) of each person not anonymised that the
    conditions select: what the import recognises a person by (the key or the e-mail may be None)."""
    query = (select(Volunteer.id, Volunteer.first_name, Volunteer.infix, Volunteer.last_name,
                    Volunteer.date_of_birth, Volunteer.email)
             .where(Volunteer.anonymised_at.is_(None), *conditions)
             .execution_options(all_centres=all_centres))
    for v in session.execute(query):
        yield v.id, rules.duplicate_key(v.first_name, v.infix, v.last_name, v.date_of_birth), (v.email or "").lower() or None


def _existing_people(session) -> tuple[dict[tuple, int], dict[str, int]]:
    """Duplicate keys and e-mail addresses of the people already present (value 0)."""
    keys: dict[tuple, int] = {}
    emails: dict[str, int] = {}
    for _id, key, email in _identities(session):
        if key:
            keys[key] = 0
        if email:
            emails[email] = 0
    return keys, emails


def _people_elsewhere(session) -> dict[tuple | str, int]:
    """Duplicate keys and e-mail addresses of the people who volunteer only in centres other
    than the one imported for, with their ids (nothing when the import is for every centre).
    Only for an account of the whole organisation, which may see them."""
    visible = scope_of(session).visible
    if visible is None:
        return {}
    here = select(VolunteerCentre.volunteer_id).where(VolunteerCentre.centre_id.in_(sorted(visible)))
    found: dict[tuple | str, int] = {}
    for person_id, key, email in _identities(session, Volunteer.id.not_in(here), all_centres=True):
        for identity in (key, email):
            if identity:
                found.setdefault(identity, person_id)
    return found


def _groups_named(rows: list[importer.ParsedRow]) -> list[str]:
    return list(dict.fromkeys(g for row in rows for g in row.groups))


def _join_centre(session, actor: Actor, joining: dict[int, importer.ParsedRow], group_ids: dict[str, int],
                 file_name: str) -> None:
    """People of other centres named in the list join the working centre (and the row's
    working groups there), each change audited as the volunteer form's centre choice is."""
    centre_id = actor.centre_scope.working
    if not joining or centre_id is None:
        return
    memberships: dict[int, list[int]] = {}
    for volunteer_id, member_of in session.execute(
            select(VolunteerCentre.volunteer_id, VolunteerCentre.centre_id)
            .where(VolunteerCentre.volunteer_id.in_(sorted(joining))).execution_options(all_centres=True)):
        memberships.setdefault(volunteer_id, []).append(member_of)
    new = [v for v in sorted(joining) if centre_id not in memberships.get(v, [])]  # not since added by hand
    if not new:
        return
    session.execute(VolunteerCentre.__table__.insert(), [{"volunteer_id": v, "centre_id": centre_id} for v in new])
    members = [{"working_group_id": group_ids[g.lower()], "volunteer_id": v} for v in new for g in joining[v].groups]
    if members:
        session.execute(WorkingGroupMember.__table__.insert(), members)
    for volunteer_id in new:
        before = sorted(memberships.get(volunteer_id, []))
        audit.record(session, actor, "update", "volunteer", volunteer_id, before={"centre_ids": before},
                     after={"centre_ids": sorted([*before, centre_id])},
                     detail=_("import of {file}, row {row}").format(file=file_name, row=joining[volunteer_id].row))


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
