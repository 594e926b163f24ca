"""`wijkhuis import bank-statement`, `export open-items` and `export reminder` as a user runs them."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from tests.integration.bank_helpers import make_world, statement


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def world(capsys, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, _out, err = run(capsys, "init", "--centre", "Buurthuis De Klinker", "--admin", "ingrid")
    assert code == 0, err
    from app.bootstrap import open_services

    services = open_services()
    admin = services.users.authenticate("ingrid", "geheim123")
    world = make_world(services, services.db, admin)
    services.db.dispose()
    return world


def test_the_monthly_loop_from_the_command_line(capsys, world, tmp_path):
    path = tmp_path / "afschrift.xml"
    path.write_bytes(statement(world))
    code, out, err = run(capsys, "import", "bank-statement", str(path), "--user", "ingrid")
    assert code == 0, err
    assert "2 overboekingen bevestigd, 1 teruggeboekt, 2 betalingen van facturen, 1 niet herkend" in out
    code, out, _err = run(capsys, "import", "bank-statement", str(path), "--user", "ingrid")
    assert code == 0 and "eerder ingelezen; er is niets veranderd" in out
    workbook = tmp_path / "open.xlsx"
    code, out, err = run(capsys, "export", "open-items", "--out", str(workbook), "--date", "20-12-2026", "--user", "ingrid")
    assert code == 0, err
    assert "2 facturen (€ 98,00 open), 2 vergoedingsbetalingen" in out
    assert [r[0] for r in load_workbook(workbook)["Facturen"].iter_rows(min_row=4, values_only=True)] == [
        "2026-0002", "2026-0003", "Totaal"]
    letter = tmp_path / "herinnering.pdf"
    code, out, err = run(capsys, "export", "reminder", "--invoice", "2026-0002", "--out", str(letter),
                         "--date", "20-12-2026", "--user", "ingrid")
    assert code == 0, err
    assert "€ 70,00" in PdfReader(letter).pages[0].extract_text()


def test_a_file_that_is_not_a_statement_is_refused_with_exit_2(capsys, world, tmp_path):
    path = tmp_path / "betaling.xml"
    path.write_bytes(world["data"])
    code, _out, err = run(capsys, "import", "bank-statement", str(path), "--user", "ingrid")
    assert code == 2 and "geen bankafschrift dat Wijkhuis kan lezen" in err and "MT940" in err
    code, _out, err = run(capsys, "import", "bank-statement", str(tmp_path / "weg.xml"), "--user", "ingrid")
    assert code == 2 and "weg.xml" in err and "bestaat niet" in err
    good = tmp_path / "afschrift.xml"
    good.write_bytes(statement(world))
    assert run(capsys, "import", "bank-statement", str(good), "--user", "ingrid")[0] == 0
