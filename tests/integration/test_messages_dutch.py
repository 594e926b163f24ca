"""Commands given bad input answer in Dutch: wrong options and values, unknown people and
records, bad dates and years, files that are not what they claim. Each answer is checked for
English give-away words (tests/integration/fuzz_support.py)."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.fixtures import broken_files
from tests.integration.fuzz_support import english_words

BAD = [
    ["import", "volunteers", "{corpus}/veld-te-lang.csv"],
    ["import", "volunteers", "{corpus}/kolom-zzzz.xlsx"],
    ["import", "volunteers", "{corpus}/deflate-kapot.xlsx"],
    ["import", "volunteers", "{corpus}/nul-bytes.csv"],
    ["backups", "preview", "{corpus}/backup-nulpagina.sqlite"],
    ["export", "person-data", "--volunteer", "999", "--out", "{tmp}"],
    ["export", "schedule", "--week", "2026-W99", "--out", "{tmp}/w.pdf"],
    ["export", "doorsign", "--room", "Bestaat Niet", "--date", "31-02-2026", "--out", "{tmp}/d.pdf"],
    ["export", "invoices", "--period", "2026-13", "--out", "{tmp}"],
    ["audit", "--from", "gisteren"],
    ["pay", "--year", "1800", "--out", "{tmp}/p.xml"],
    ["rules", "--year", "1900"],
]


@pytest.fixture
def run(services, admin, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    url = services.db.url.render_as_string(hide_password=False)

    def run(argv: list[str], user: str = "beheerder") -> tuple[int, str]:
        argv = [a.format(corpus=broken_files.FOLDER, tmp=tmp_path) for a in argv]
        code = main(["--database-url", url, *argv, "--user", user])
        captured = capsys.readouterr()
        return code, captured.err + captured.out
    return run


def test_bad_input_to_the_commands_is_answered_in_dutch(run):
    for argv in BAD:
        code, said = run(argv)
        assert code != 0 and "Traceback" not in said, (argv, said)
        assert not english_words(said), (argv, said)


def test_a_wrong_password_and_an_unknown_user_get_the_same_dutch_answer(run, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "fout")
    real = run(["audit"], user="beheerder")
    unknown = run(["audit"], user="niemand")
    assert real == unknown and real[0] == 3 and not english_words(real[1])


@pytest.mark.parametrize("argv, expected", [
    (["import", "volunteers"], "ontbreekt: --user"),
    (["backups", "onzin", "--user", "x"], "is geen van 'list'"),
    (["rules", "--year", "abc"], "--year: 'abc' is geen getal"),
    (["rules", "--jaar", "3"], "onbekende argumenten: --jaar 3"),
    (["export", "volunteers", "--out"], "--out: er ontbreekt een waarde"),
])
def test_what_argparse_itself_complains_about_is_said_in_dutch(capsys, argv, expected):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and expected in err and ": fout: " in err
    assert not english_words(err.splitlines()[-1]), err
