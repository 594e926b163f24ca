"""Every Excel export command, run on demo data whose names and texts all start like a
formula: every cell is read back, and no text from the data is ever a formula.

The export commands are found from the command line itself (`wijkhuis export …`), so an area
that adds an Excel export is covered without touching this file. Formulas the program writes
on purpose (a SUM of the months) are fine; text that came from the data must stay text.
"""

from __future__ import annotations

import argparse
import zipfile
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import String, Text, text, update

from app import cli, demo
from app.db.base import Base
from app.reports import excel

MARK = "=EVIL()+"  # what an attacker would type in front of a name
TEXT_COLUMNS = (
    "name", "first_name", "last_name", "infix", "display_name", "title", "description", "notes", "town",
    "street", "contact_name", "contact_person", "resident_name", "aim", "activities", "activity", "target_group",
    "goal", "goal_1", "goal_2", "explanation", "reason", "override_reason", "location", "heading",
    "invoice_name", "invoice_town", "invoice_street", "skills", "planning", "introduction", "report_text",
)


def export_commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    top = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = top.choices["export"]
    group = next(a for a in export._actions if isinstance(a, argparse._SubParsersAction))
    return dict(group.choices)


def _inject(db) -> None:
    """Put the mark in front of every name-like text in every table."""
    import app.db.models  # noqa: F401

    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")  # test data only
        for table in Base.metadata.tables.values():
            if table.name in ("alembic_version",):
                continue
            values = {
                column.name: text(f"'{MARK}' || \"{column.name}\"")
                for column in table.columns
                if column.name in TEXT_COLUMNS and isinstance(column.type, String | Text)
            }
            if values:
                connection.execute(update(table).where(table.c[list(values)[0]] != "").values(**values))


def _arguments(name: str, parser: argparse.ArgumentParser, out: Path, db, today: dt.date) -> list[str] | None:
    """Arguments for one export command; None when it needs something this test cannot give."""
    out_action = next(a for a in parser._actions if a.dest == "out")
    if any(word in str(out_action.metavar) for word in ("MAP", "FOLDER")):
        out = out.parent  # this export writes several files into a folder
    args = ["--out", str(out), "--user", "beheerder"]
    for action in parser._actions:
        option = action.option_strings[0] if action.option_strings else None
        if action.dest in ("help", "out", "user") or not (action.required or option is None):
            continue
        year, week, _day = today.isocalendar()
        with db.engine.connect() as connection:
            def first(sql: str):
                return connection.exec_driver_sql(sql).scalar()

            value = {
                "year": str(today.year),
                "week": f"{year}-W{week:02d}",
                "period": f"{today.year}-{today.month:02d}",
                "date": today.strftime("%d-%m-%Y"),
                "room": first("SELECT name FROM room ORDER BY id"),
                "volunteer": str(first("SELECT id FROM volunteer ORDER BY id")),
                "id": str(first("SELECT id FROM subsidy_application ORDER BY id")),
            }.get(action.dest)
        if value is None or value == "None":
            return None
        args += [value] if option is None else [option, value]
    return args


def _problems(path: Path) -> tuple[int, list[str]]:
    """(how many cells hold injected text, the cells where it is not plain text)."""
    seen, problems = 0, []
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str) or "EVIL" not in value:
                    continue
                seen += 1
                where = f"{path.name} {sheet.title}!{cell.coordinate}: {value!r}"
                if cell.data_type == "f":
                    problems.append(f"{where} is a formula")
                elif excel.is_formula_like(value) and not cell.quotePrefix:
                    problems.append(f"{where} lacks the quote prefix")
    return seen, problems


@pytest.fixture
def poisoned_demo(sqlite_db, monkeypatch):
    demo.build(sqlite_db, size="small", today=dt.date(2026, 11, 22))
    _inject(sqlite_db)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", demo.DEMO_PASSWORD)
    return sqlite_db


def test_every_excel_export_keeps_formula_like_text_as_text(poisoned_demo, tmp_path, capsys):
    url = poisoned_demo.url.render_as_string(hide_password=False)
    checked, skipped, failed, seen_total = [], [], [], 0
    problems: list[str] = []
    for name, parser in sorted(export_commands().items()):
        folder = tmp_path / name
        folder.mkdir()
        out = folder / f"{name}.xlsx"
        args = _arguments(name, parser, out, poisoned_demo, dt.date(2026, 11, 22))
        if args is None:
            skipped.append(name)
            continue
        code = cli.main(["--database-url", url, "export", name, *args])
        err = capsys.readouterr().err
        assert "Traceback" not in err, f"export {name} crashed:\n{err}"
        workbooks = [p for p in folder.rglob("*.xlsx") if zipfile.is_zipfile(p)]  # a PDF export ignores the name
        if code != 0:
            failed.append(f"{name}: {err.strip()}")
            continue
        for workbook in workbooks:
            seen, found = _problems(workbook)
            seen_total += seen
            problems += found
            checked.append(workbook.name)
    print("checked:", checked, "skipped:", skipped, "refused:", failed)
    assert not problems, "\n".join(problems)
    assert {"volunteers.xlsx", "audit.xlsx"} <= set(checked), (checked, skipped, failed)
    assert seen_total > 20, "the injected names did not reach the exports: the test proves nothing"
