"""`wijkhuis export district` and `export district-week` on the demo database with a second centre."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.config import data_dir
from tests.integration.test_cli_core import run


@pytest.fixture
def demo(capsys, monkeypatch):
    code, out, _err = run(capsys, "demo")
    assert code == 0, out
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    monkeypatch.setenv("WIJKHUIS_NEW_PASSWORD", "geheim123")
    run(capsys, "centres", "add", "--name", "Ontmoetingscentrum De Brug", "--user", "beheerder")
    code, _out, err = run(capsys, "users", "add", "--username", "meryem", "--role", "coordinator", "--centre",
                          "Ontmoetingscentrum De Brug", "--user", "beheerder")
    assert code == 0, err
    return data_dir() / "wijkhuis.sqlite"


def test_the_district_figures_for_the_whole_organisation_only(capsys, demo, tmp_path, monkeypatch):
    out = tmp_path / "wijkcijfers.xlsx"
    code, said, err = run(capsys, "export", "district", "--year", "2026", "--out", str(out), "--user", "beheerder")
    assert code == 0, err
    assert "2 " in said  # two centres
    assert load_workbook(out).sheetnames == ["Totaal", "Buurthuis De Klinker", "Ontmoetingscentrum De Brug"]
    out.unlink()
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, said, err = run(capsys, "export", "district", "--year", "2026", "--out", str(out), "--user", "meryem")
    assert code == 3 and not out.exists()
    assert ("hele organisatie" in err or "whole organisation" in err) and "Traceback" not in err


def test_the_district_week_for_a_coordinator(capsys, demo, tmp_path, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    out = tmp_path / "wijkweek.pdf"
    code, said, err = run(capsys, "export", "district-week", "--week", "2026-W48", "--out", str(out), "--user", "meryem")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
