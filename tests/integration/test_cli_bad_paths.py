"""Every command that takes a path answers bad ones in Dutch with a non-zero exit, never a
traceback: missing files, folders, /dev/null, unreadable files, missing output folders; and
takes relative paths and ~ as typed. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import main
from tests.integration.fuzz_support import english_words, fingerprint


@pytest.fixture
def cli(services, admin, monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    url = services.db.url.render_as_string(hide_password=False)
    return lambda *args: ["--database-url", url, *args, "--user", "beheerder"]


def _commands(tmp_path: Path) -> list[list[str]]:
    (tmp_path / "map").mkdir(exist_ok=True)
    secret = tmp_path / "geheim.xlsx"
    secret.write_bytes(b"PK\x03\x04")
    secret.chmod(0)
    paths = ["weg.xlsx", "~/weg.xlsx", str(tmp_path / "map"), os.devnull, "map/../weg.csv"]
    commands = []
    for path in paths:
        commands += [["import", "volunteers", path], ["backups", "preview", path], ["restore", path, "--yes"],
                     ["import", "bank-statement", path]]
    for out in ("nergens/uit.xlsx", "~/nergens/uit.xlsx", "map"):
        commands += [["export", "volunteers", "--out", out], ["export", "audit", "--out", out],
                     ["pay", "--year", "2026", "--out", out]]
    commands += [["export", "person-data", "--volunteer", "1", "--out", str(secret)]]
    return commands


def test_bad_paths_get_one_dutch_line_and_a_non_zero_exit(services, cli, capsys, tmp_path):
    before = fingerprint(services.db)
    for argv in _commands(tmp_path):
        if services.db.sqlite_path is None and argv[0] == "restore":
            continue
        code = main(cli(*argv))
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert code != 0 and len(lines) == 1 and "Traceback" not in captured.err, (argv, captured.err)
        assert not english_words(lines[0]), (argv, lines[0])
        assert fingerprint(services.db) == before, argv


def test_relative_and_home_paths_work_for_import_and_export(services, cli, capsys, tmp_path):
    Path("lijst.csv").write_text("Voornaam;Achternaam\nPiet;Jansen\n", encoding="utf-8")
    assert main(cli("import", "volunteers", "lijst.csv")) == 0
    assert main(cli("export", "volunteers", "--out", "~/alle.xlsx")) == 0
    assert main(cli("export", "volunteers", "--out", "map-die-er-is/../alle2.xlsx")) != 0  # the folder is missing
    capsys.readouterr()
    assert (tmp_path / "alle.xlsx").stat().st_size > 0
