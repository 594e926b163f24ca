"""Every export leaves a trace: each `wijkhuis export …` command, found from the command line
itself, adds an "export" entry to the audit trail; and the one export service publishes a file
only when it is complete and recorded — a failed write leaves neither file nor entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import cli, demo
from app.db.models import AuditEntry
from app.domain.errors import WijkhuisError
from app.services.exports import ExportService
from tests.integration.test_security_export_injection import _arguments, export_commands

TODAY = dt.date(2026, 11, 22)


def _exports_recorded(db) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export"))


@pytest.fixture
def demo_db(sqlite_db, monkeypatch):
    demo.build(sqlite_db, size="small", today=TODAY)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", demo.DEMO_PASSWORD)
    return sqlite_db


def test_every_export_command_writes_an_audit_entry(demo_db, tmp_path, capsys):
    url = demo_db.url.render_as_string(hide_password=False)
    not_recorded, ran = [], []
    for name, parser in sorted(export_commands().items()):
        folder = tmp_path / name
        folder.mkdir()
        before = _exports_recorded(demo_db)
        for extension in (".xlsx", ".pdf", ".ics"):  # each command asks for its own kind of file
            args = _arguments(name, parser, folder / f"{name}{extension}", demo_db, TODAY)
            if args is None:
                break
            code = cli.main(["--database-url", url, "export", name, *args])
            err = capsys.readouterr().err
            if code == 0:
                break
        if args is None:
            continue
        assert code == 0, f"export {name} failed: {err}"
        ran.append(name)
        if _exports_recorded(demo_db) <= before:
            not_recorded.append(name)
    assert len(ran) >= 10, ran  # the discovery itself works
    assert not_recorded == []


def test_a_failed_write_leaves_neither_a_file_nor_an_audit_entry(db, admin, tmp_path):
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "lijst.xlsx"
    before = _exports_recorded(db)

    def broken(partial):
        partial.write_bytes(b"half")
        raise OSError("schijf vol")

    with pytest.raises(OSError):
        ExportService(db).write(admin, target, broken, record="volunteer")
    assert list(out.iterdir()) == []
    assert _exports_recorded(db) == before


def test_the_file_appears_complete_and_recorded(db, admin, tmp_path):
    target = tmp_path / "lijst.pdf"
    seen_during_write = []

    def writer(partial):
        seen_during_write.append(target.exists())
        partial.write_bytes(b"%PDF-1.4 ...")
        return 7

    assert ExportService(db).write(admin, target, writer, record="room", detail="proef") == 7
    assert seen_during_write == [False]
    assert target.read_bytes() == b"%PDF-1.4 ..."
    with db.engine.connect() as connection:
        entry = connection.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity, entry.detail, entry.username) == ("export", "room", "proef", admin.username)


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_a_target_that_cannot_be_a_file_is_refused_in_dutch(db, admin, tmp_path, where):
    target = tmp_path if where == "folder" else tmp_path / "bestaat-niet" / "lijst.xlsx"
    with pytest.raises(WijkhuisError) as refused:
        ExportService(db).write(admin, target, lambda partial: partial.write_bytes(b"x"), record="room")
    assert ("is een map" if where == "folder" else "bestaat niet") in str(refused.value)
