"""The `wijkhuis` command of the foundation: init, demo, check, backup, restore, smoke, and
how it reports a user's mistakes (one line, an exit code, never a traceback)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.config import backups_dir, data_dir

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def run_process(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def demo_db(capsys):
    code, out, _err = run(capsys, "demo")
    assert code == 0, out
    return data_dir() / "wijkhuis.sqlite"


def test_init_creates_the_database_and_its_administrator(capsys, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, out, err = run(capsys, "init", "--centre", "Wijkcentrum Het Anker", "--admin", "Sanne", "--name", "Sanne de Vries")
    assert code == 0, err
    assert one_line(out).startswith("De database staat klaar in ") and "log in als sanne" in out
    from app.bootstrap import open_services

    services = open_services()
    try:
        assert services.settings.centre().name == "Wijkcentrum Het Anker"
        assert services.users.authenticate("sanne", "geheim123").display_name == "Sanne de Vries"
    finally:
        services.db.dispose()


def test_init_without_a_password_asks_for_one_and_refuses_without_a_terminal(capsys, monkeypatch):
    monkeypatch.delenv("WIJKHUIS_PASSWORD", raising=False)
    code, _out, err = run(capsys, "init", "--centre", "Het Anker", "--admin", "sanne")
    assert code == 3
    assert one_line(err) == "wijkhuis: Geen wachtwoord: stel WIJKHUIS_PASSWORD in of voer de opdracht uit in een terminal."


def test_init_on_a_database_that_is_set_up_already_is_refused(capsys, monkeypatch, demo_db):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, _out, err = run(capsys, "init", "--centre", "Het Anker", "--admin", "sanne")
    assert code == 2 and one_line(err) == "wijkhuis: Deze database is al ingericht."


def test_init_refuses_a_short_password(capsys, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "kort")
    code, _out, err = run(capsys, "init", "--centre", "Het Anker", "--admin", "sanne")
    assert code == 2 and one_line(err) == "wijkhuis: wachtwoord: moet minstens 8 tekens lang zijn"


def test_demo_builds_a_database_with_three_accounts(capsys, demo_db):
    from app.bootstrap import open_services

    services = open_services()
    try:
        for name in ("beheerder", "coordinator", "penningmeester"):
            assert services.users.authenticate(name, "demo").username == name
        assert services.settings.centre().town in ("Arnhem", "Rotterdam", "Harderwijk")
    finally:
        services.db.dispose()


def test_demo_refuses_to_write_over_data_unless_asked_to_replace(capsys, demo_db):
    code, _out, err = run(capsys, "demo")
    assert code == 2 and "bevat al gegevens" in one_line(err)
    code, out, err = run(capsys, "demo", "--replace", "--seed", "7")
    assert code == 0, err
    assert "Log in als beheerder" in out


def test_check_reports_a_sound_database(capsys, demo_db):
    code, out, _err = run(capsys, "check")
    assert code == 0 and one_line(out) == f"De database is in orde: {demo_db}"


def test_check_lists_live_bookings_on_a_closure_written_around_the_program(capsys, demo_db):
    connection = sqlite3.connect(demo_db)
    booking_id, day, activity = connection.execute(
        "SELECT id, substr(local_start, 1, 10), activity FROM booking WHERE status != 'geannuleerd' "
        "ORDER BY local_start LIMIT 1").fetchone()
    connection.execute("INSERT INTO closing_day (start_date, end_date, reason, version, kept_booking_ids, centre_id) "
                       "VALUES (?, ?, 'Lekkage', 1, '[]', 1)", (day, day))
    connection.commit()
    connection.close()
    code, _out, err = run(capsys, "check")
    assert code == 1
    assert f"Boeking {booking_id} ({activity}," in err and "staat nog op een sluitingsdag: Lekkage" in err


def test_check_of_a_missing_file_says_so(capsys, tmp_path):
    code, _out, err = run(capsys, "--database-url", str(tmp_path / "weg.sqlite"), "check")
    assert code == 4 and one_line(err) == f"wijkhuis: Er staat geen database op {tmp_path / 'weg.sqlite'}"
    assert not (tmp_path / "weg.sqlite").exists()


def test_backup_writes_a_copy_for_an_administrator(capsys, monkeypatch, demo_db, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    code, out, err = run(capsys, "backup", "--out", str(tmp_path / "kopie.sqlite"), "--user", "beheerder")
    assert code == 0, err
    assert one_line(out) == f"Reservekopie opgeslagen in {tmp_path / 'kopie.sqlite'}"
    copy = sqlite3.connect(tmp_path / "kopie.sqlite")
    assert copy.execute("SELECT count(*) FROM user_account").fetchone() == (3,)
    copy.close()


def test_wrong_credentials_give_exit_code_3_and_one_line(capsys, monkeypatch, demo_db, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "fout")
    code, _out, err = run(capsys, "backup", "--out", str(tmp_path / "k.sqlite"), "--user", "beheerder")
    assert code == 3
    assert one_line(err) == "wijkhuis: Onbekende gebruikersnaam of verkeerd wachtwoord."
    assert not (tmp_path / "k.sqlite").exists()


def test_a_coordinator_may_not_make_a_backup(capsys, monkeypatch, demo_db, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    code, _out, err = run(capsys, "backup", "--out", str(tmp_path / "k.sqlite"), "--user", "coordinator")
    assert code == 3 and one_line(err) == "wijkhuis: U mag niet reservekopieën maken."


def test_commands_that_change_data_require_a_user():
    result = run_process("backup", "--out", "/tmp/x.sqlite")
    assert result.returncode == 2 and "--user" in result.stderr and "Traceback" not in result.stderr


def test_restore_with_yes_replaces_the_data_and_keeps_a_copy(capsys, monkeypatch, demo_db, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    assert run(capsys, "backup", "--out", str(tmp_path / "maandag.sqlite"), "--user", "beheerder")[0] == 0
    live = sqlite3.connect(demo_db)
    live.execute("UPDATE centre SET name = 'Gewijzigd na maandag', version = version + 1")
    live.commit()
    live.close()
    code, out, err = run(capsys, "restore", str(tmp_path / "maandag.sqlite"), "--user", "beheerder", "--yes")
    assert code == 0, err
    assert one_line(out).startswith(f"Teruggezet vanuit {tmp_path / 'maandag.sqlite'}.")
    kept = [p for p in backups_dir().iterdir() if "voor-terugzetten" in p.name]
    assert len(kept) == 1 and str(kept[0]) in out
    check = sqlite3.connect(demo_db)
    assert check.execute("SELECT name FROM centre").fetchone() == ("Buurthuis De Klinker",)
    check.close()
    old = sqlite3.connect(kept[0])
    assert old.execute("SELECT name FROM centre").fetchone() == ("Gewijzigd na maandag",)
    old.close()


def test_restore_without_yes_and_without_a_terminal_changes_nothing(capsys, monkeypatch, demo_db, tmp_path):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    assert run(capsys, "backup", "--out", str(tmp_path / "k.sqlite"), "--user", "beheerder")[0] == 0
    before = demo_db.read_bytes()
    code, _out, err = run(capsys, "restore", str(tmp_path / "k.sqlite"), "--user", "beheerder")
    assert code == 1 and one_line(err) == "wijkhuis: Terugzetten vervangt alle gegevens: bevestig met --yes."
    assert [p for p in backups_dir().iterdir() if "voor-terugzetten" in p.name] == []


def test_a_locked_database_gets_the_busy_message(capsys, monkeypatch, demo_db, tmp_path):
    from app.db import database

    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _out, err = run(capsys, "backup", "--out", str(tmp_path / "k.sqlite"), "--user", "beheerder")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 4
    assert one_line(err) == (
        "wijkhuis: De database is bezet: een andere gebruiker of een ander programma slaat op dit moment "
        "iets op. Probeer het zo nog eens."
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/geen/map/wijkhuis.sqlite", "De map /geen/map bestaat niet"),
        ("mysql://wijk@server/wijkhuis", "is geen databaseadres dat Wijkhuis kan gebruiken"),
        ("postgresql://wijk@127.0.0.1:1/wijkhuis", "De server 127.0.0.1 antwoordt niet"),
    ],
)
def test_a_bad_database_path_or_url_is_one_clear_line(url, message):
    result = run_process("--database-url", url, "check")
    assert result.returncode == 4
    assert message in one_line(result.stderr)


def test_the_environment_variable_names_the_database_too(tmp_path):
    result = run_process("check", env={"WIJKHUIS_DATABASE_URL": "/geen/map/x.sqlite"})
    assert result.returncode == 4 and "De map /geen/map bestaat niet" in one_line(result.stderr)


def test_version_prints_the_version():
    result = run_process("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Wijkhuis {__version__}"


def test_smoke_opens_every_page_on_a_demo_database(demo_db):
    result = run_process("smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "7" in result.stdout and str(demo_db) in result.stdout


def test_smoke_of_a_newer_database_exits_non_zero_with_the_reason(tmp_path):
    path = tmp_path / "nieuwer.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_toekomst')")
    connection.commit()
    connection.close()
    result = run_process("--database-url", str(path), "smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 4 and "nieuwere versie" in one_line(result.stderr)


def test_the_help_is_in_dutch_down_to_argparses_own_words():
    result = run_process("backup", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: wijkhuis backup")
    assert "opties:" in result.stdout and "deze hulp tonen en stoppen" in result.stdout
    assert "show this help" not in result.stdout
