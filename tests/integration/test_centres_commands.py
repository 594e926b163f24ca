"""`wijkhuis centres` and `--centre` on the command line, on the demo database."""

from __future__ import annotations

import pytest

from app.config import data_dir
from tests.integration.test_cli_core import one_line, run


@pytest.fixture
def demo(capsys, monkeypatch):
    code, out, _err = run(capsys, "demo")
    assert code == 0, out
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    monkeypatch.setenv("WIJKHUIS_NEW_PASSWORD", "geheim123")
    return data_dir() / "wijkhuis.sqlite"


def test_centres_are_added_and_listed(capsys, demo):
    code, out, err = run(capsys, "centres", "add", "--name", "Ontmoetingscentrum De Brug", "--town", "Arnhem",
                         "--user", "beheerder")
    assert code == 0, err
    assert "Ontmoetingscentrum De Brug" in one_line(out)
    code, out, err = run(capsys, "centres", "list", "--user", "coordinator")
    assert code == 0, err
    assert [line.split("  ")[0] for line in out.strip().splitlines()] == [
        "Buurthuis De Klinker", "Ontmoetingscentrum De Brug"]
    code, out, err = run(capsys, "centres", "add", "--name", "buurthuis de klinker", "--user", "beheerder")
    assert code != 0 and "Buurthuis De Klinker" not in out
    assert "buurthuis de klinker" in err and "Traceback" not in err


def test_an_account_of_one_centre_is_added_with_centre_and_works_only_there(capsys, demo):
    run(capsys, "centres", "add", "--name", "De Brug", "--user", "beheerder")
    code, out, err = run(capsys, "users", "add", "--username", "meryem", "--name", "Meryem Yilmaz", "--role",
                         "coordinator", "--centre", "De Brug", "--user", "beheerder")
    assert code == 0, err
    code, out, err = run(capsys, "users", "list", "--user", "beheerder")
    line = next(line for line in out.splitlines() if line.startswith("meryem"))
    assert "De Brug" in line
    assert "hele organisatie" in next(line for line in out.splitlines() if line.startswith("beheerder"))

def test_an_account_of_one_centre_cannot_choose_another(capsys, demo, monkeypatch):
    run(capsys, "centres", "add", "--name", "De Brug", "--user", "beheerder")
    run(capsys, "users", "add", "--username", "meryem", "--role", "coordinator", "--centre", "De Brug",
        "--user", "beheerder")
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, out, err = run(capsys, "centres", "list", "--user", "meryem", "--centre", "Buurthuis De Klinker")
    assert code != 0 and "ander centrum" in err


def test_an_unknown_centre_is_named_with_the_ones_there_are(capsys, demo):
    code, out, err = run(capsys, "centres", "list", "--user", "beheerder", "--centre", "Het Anker")
    assert code != 0
    assert "Het Anker" in err and "Buurthuis De Klinker" in err and "Traceback" not in err
