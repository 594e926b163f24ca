"""The command line for accounts, the audit trail and backups, used the way an administrator
would: `wijkhuis users …`, `wijkhuis audit`, `wijkhuis export audit`, `wijkhuis backups …`."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import cli
from app.services import Services


@pytest.fixture
def run(sqlite_db, monkeypatch, capsys):
    services = Services.for_database(sqlite_db)
    services.users.initialise("Buurthuis De Klinker", "beheerder", "Fatima el Amrani", "geheim123")
    url = sqlite_db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    monkeypatch.setenv("WIJKHUIS_NEW_PASSWORD", "welkom123")

    def run(*args: str, user: str = "beheerder") -> tuple[int, str, str]:
        code = cli.main(["--database-url", url, *args, "--user", user])
        out = capsys.readouterr()
        return code, out.out, out.err

    run.services = services
    return run


def test_an_administrator_manages_accounts_from_the_command_line(run):
    code, out, _err = run("users", "add", "--username", "Joost", "--role", "coordinator", "--name", "Joost van der Berg")
    assert code == 0 and "Account joost aangemaakt (coordinator)." in out
    assert run.services.users.authenticate("joost", "welkom123").username == "joost"
    code, out, _err = run("users", "list")
    assert "joost" in out and "Joost van der Berg" in out and "actief" in out
    code, out, _err = run("users", "disable", "--username", "joost")
    assert code == 0 and "uitgeschakeld" in out
    code, _out, err = run("audit", user="joost")  # with a wrong password: nothing tells the account exists
    assert code == 3 and "Onbekende gebruikersnaam of verkeerd wachtwoord" in err
    assert run("users", "enable", "--username", "joost")[0] == 0
    assert run("users", "role", "--username", "joost", "--role", "penningmeester")[0] == 0
    assert run("users", "reset-password", "--username", "joost")[0] == 0
    assert run.services.users.authenticate("joost", "welkom123").role.value == "penningmeester"
    code, _out, err = run("users", "disable", "--username", "niemand")
    assert code == 2 and "Er is geen account niemand." in err


def test_only_the_administrator_may_use_these_commands(run, monkeypatch):
    run("users", "add", "--username", "joost", "--role", "coordinator")
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "welkom123")
    for command in (["users", "list"], ["audit"], ["backups"]):
        code, _out, err = run(*command, user="joost")
        assert code == 3 and err.startswith("wijkhuis: U mag niet"), err


def test_the_audit_command_filters_and_exports(run, tmp_path):
    run("users", "add", "--username", "joost", "--role", "coordinator")
    code, out, _err = run("audit", "--record", "user_account:2")
    assert code == 0 and "Account 2" in out and "(user_account)" in out and "(create)" in out and "joost" in out
    code, out, _err = run("audit", "--person", "systeem")
    assert "systeem" in out and "beheerder " not in out.split("systeem", 1)[0]
    code, _out, err = run("audit", "--from", "31-02-2026")
    assert code == 2 and "geen datum" in err
    target = tmp_path / "logboek.xlsx"
    code, out, _err = run("export", "audit", "--out", str(target), "--person", "beheerder")
    assert code == 0 and "regels opgeslagen" in out
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert {row[1] for row in rows[1:]} == {"beheerder"}
    code, _out, err = run("export", "audit", "--out", str(tmp_path / "bestaat-niet" / "x.xlsx"))
    assert code == 2 and "bestaat niet" in err  # refused before anything is written


def test_the_backups_command_chooses_a_folder_makes_copies_and_previews_them(run, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _err = run("backups", "folder", str(usb))
    assert code == 0 and str(usb) in out
    code, out, _err = run("backups", "auto")
    assert code == 0 and "Reservekopie opgeslagen" in out
    made = next(usb.glob("wijkhuis-*-dagelijks.sqlite"))
    code, out, _err = run("backups", "list")
    assert made.name in out and "dagelijks" in out
    code, out, _err = run("backups", "preview", str(made))
    assert code == 0 and "Centrum: Buurthuis De Klinker" in out and "Accounts" in out
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"\xff\xd8\xff" * 100)
    code, _out, err = run("backups", "preview", str(junk))
    assert code == 1 and "geen reservekopie" in err
    code, _out, err = run("backups", "folder", str(tmp_path / "weg"))
    assert code == 2 and "bestaat niet" in err
    assert Path(run.services.backups.folder(run.services.users.authenticate("beheerder", "geheim123"))) == usb
