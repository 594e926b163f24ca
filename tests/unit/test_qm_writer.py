"""The build's pure-Python .qm writer (wijkhuis_build/qm.py) against Qt's own lrelease: same
bytes for every catalogue, and Qt finds the strings (also plurals) in what it wrote."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from wijkhuis_build.catalogues import compile_all
from wijkhuis_build.qm import compile_ts, elf_hash

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_the_hash_is_qts_elf_hash():
    assert elf_hash(b"") == 1  # Qt never uses 0
    assert elf_hash(b"ab") == (0x61 << 4) + 0x62
    assert elf_hash(b"a" * 40) < 2**28  # the top four bits are folded back in


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_the_writer_makes_the_same_bytes_as_lrelease(ts: Path, tmp_path: Path):
    ours, theirs = tmp_path / "ours.qm", tmp_path / "theirs.qm"
    compile_ts(ts, ours)
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(theirs)], check=True)
    assert ours.read_bytes() == theirs.read_bytes()


def test_qt_finds_translations_and_plural_forms_in_a_written_file(tmp_path: Path):
    target = tmp_path / "rooms_nl.qm"
    compile_ts(ROOT / "resources" / "i18n" / "rooms_nl.ts", target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.language() == "nl_NL"
    assert translator.translate("ClashDialog", "Book the other %n dates", None, 1) == "Boek de andere datum"
    assert translator.translate("ClashDialog", "Book the other %n dates", None, 3) == "Boek de andere %n datums"


def test_compile_all_writes_mo_and_qm_next_to_their_sources_and_skips_fresh_ones(tmp_path: Path):
    shutil.copytree(ROOT / "resources" / "i18n", tmp_path / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copytree(ROOT / "resources" / "locale", tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    written = compile_all(tmp_path)
    assert {path.name for path in written} >= {"core_nl.qm", "rooms_nl.qm", "core.mo", "subsidies.mo"}
    assert len(written) == len(CATALOGUES) + len(list(tmp_path.glob("locale/*/LC_MESSAGES/*.po")))
    assert compile_all(tmp_path) == []  # nothing changed, nothing rewritten
