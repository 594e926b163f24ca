"""`wijkhuis transfer --to URL --user beheerder`: the demo file to a server, and the refusals
(one Dutch line and an exit code)."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from app.commands.transfer import TerminalProgress
from app.config import data_dir
from app.db.database import Database
from tests.integration.transfer_helpers import all_rows, blank_postgres_database, model_tables


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo_file(capsys, monkeypatch):
    assert run(capsys, "demo")[0] == 0
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "demo")
    return data_dir() / "wijkhuis.sqlite"


def test_the_demo_file_moves_to_an_empty_server(capsys, demo_file, postgres_template):
    with blank_postgres_database(postgres_template) as url:
        code, out, err = run(capsys, "transfer", "--to", url, "--user", "beheerder")
        assert code == 0, err
        lines = out.strip().splitlines()
        assert lines[0].startswith("5.") and f" rijen in {len(model_tables())} tabellen overgezet van " in lines[0]
        assert lines[0].endswith("; de aantallen kloppen.")
        assert lines[1] == "Start Wijkhuis met --database-url (of WIJKHUIS_DATABASE_URL) om in de nieuwe database te werken."
        source, target = Database(f"sqlite:///{demo_file}"), Database(url)
        try:
            here, there = all_rows(source), all_rows(target)
            assert {name: len(rows) for name, rows in here.items() if name != "audit_log"} == {
                name: len(rows) for name, rows in there.items() if name != "audit_log"
            }
            assert len(there["audit_log"]) == len(here["audit_log"]) + 1
        finally:
            source.dispose()
            target.dispose()


def test_a_target_with_data_is_refused_with_exit_code_2(capsys, demo_file, tmp_path):
    first = tmp_path / "eerste.sqlite"
    assert run(capsys, "transfer", "--to", str(first), "--user", "beheerder")[0] == 0
    size = first.stat().st_size
    code, out, err = run(capsys, "transfer", "--to", str(first), "--user", "beheerder")
    assert code == 2 and out == ""
    assert err.startswith(f"wijkhuis: De database {first} is niet leeg (")
    assert err.strip().endswith("daar is niets gewijzigd.") and len(err.strip().splitlines()) == 1
    assert first.stat().st_size == size


def test_a_missing_server_database_gives_exit_code_4(capsys, demo_file, postgres_template):
    from sqlalchemy.engine import make_url

    url = make_url(postgres_template).set(database="geen_database_hier").render_as_string(hide_password=False)
    code, _out, err = run(capsys, "transfer", "--to", url, "--user", "beheerder")
    assert code == 4 and "bestaat geen database geen_database_hier" in err


def test_the_transfer_needs_a_user(capsys, demo_file, tmp_path):
    with pytest.raises(SystemExit):
        main(["transfer", "--to", str(tmp_path / "x.sqlite")])
    assert "--user" in capsys.readouterr().err


def test_the_terminal_shows_a_line_per_tenth_of_the_work():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = TerminalProgress(screen)
    for done in range(0, 1001, 50):
        progress.report(done, 1000, f"stap {done}")
    lines = screen.getvalue().splitlines()
    assert lines[0] == "    0 %  stap 0" and lines[-1] == "  100 %  stap 1000" and len(lines) == 11


def test_a_pipe_gets_no_progress_lines():
    pipe = io.StringIO()
    TerminalProgress(pipe).report(5, 10, "half")
    assert pipe.getvalue() == ""
