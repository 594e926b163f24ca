"""A new user's install, outside the Makefile: `python -m build` makes the source archive and,
from it, the wheel; the wheel goes into a fresh virtual environment with pip; the program there
must speak Dutch (the build compiled the translations) in a PDF and in the main window.

Slow (a minute or so: the build, and pip installing the dependencies from its cache), so it
runs once, with every check on the same install.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
COMPILED = ("i18n/core_nl.qm", "i18n/volunteers_nl.qm", "locale/nl/LC_MESSAGES/core.mo",
            "locale/nl/LC_MESSAGES/subsidies.mo")


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, command))}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], cwd=ROOT)
    return out


@pytest.fixture(scope="module")
def installed(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `wijkhuis` command of a fresh virtual environment with only the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv)
    wheel = next(built.glob("wijkhuis-*.whl"))
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
          str(wheel)], cwd=venv)
    return venv / "bin" / "wijkhuis"


def test_the_source_archive_holds_the_translation_sources_the_build_step_and_the_compiled_files(built):
    with tarfile.open(next(built.glob("wijkhuis-*.tar.gz"))) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "wijkhuis_build/qm.py", "wijkhuis_build/catalogues.py",
            "resources/i18n/core_nl.ts", "resources/locale/nl/LC_MESSAGES/core.po"} <= names
    assert {f"resources/{name}" for name in COMPILED} <= names


def test_the_wheel_holds_the_compiled_translations_icons_style_and_fonts_as_package_data(built):
    with zipfile.ZipFile(next(built.glob("wijkhuis-*.whl"))) as wheel:
        names = set(wheel.namelist())
    expected = {f"wijkhuis_resources/{name}" for name in COMPILED}
    expected |= {"wijkhuis_resources/__init__.py", "wijkhuis_resources/icons/volunteers.svg",
                 "wijkhuis_resources/styles/wijkhuis.qss", "wijkhuis_resources/fonts/DejaVuSans.ttf"}
    assert expected <= names
    assert not [name for name in names if name.endswith((".ts", ".po"))]  # sources stay in the archive


def test_a_fresh_install_of_the_wheel_writes_a_dutch_application_pdf_and_shows_dutch_navigation(
        installed: Path, tmp_path: Path):
    env = {**os.environ, "WIJKHUIS_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "WIJKHUIS_PASSWORD": "demo", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    env.pop("WIJKHUIS_DATABASE_URL", None)
    # Run from an empty folder: nothing of the checkout may be importable, only the install.
    work = tmp_path / "work"
    work.mkdir()
    _run([str(installed), "demo", "--size", "small"], cwd=work, env=env)
    pdf = work / "aanvraag.pdf"
    said = _run([str(installed), "export", "application", "1", "--user", "coordinator", "--out", str(pdf)],
                cwd=work, env=env)
    assert "geschreven naar" in said

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Subsidieaanvraag" in text and "Gevraagd bedrag" in text
    assert "Subsidy application" not in text and "Requested amount" not in text
    assert "Status:" not in text  # a letter to the fund: no internal state

    smoke = _run([str(installed), "smoke"], cwd=work, env=env)
    navigation = next(line for line in smoke.splitlines() if "navigation:" in line)
    assert "Overzicht, Vrijwilligers, Vergoedingen" in navigation and "Instellingen" in navigation
    assert "Overview" not in navigation and "Volunteers" not in navigation
