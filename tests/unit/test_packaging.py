import tomllib
from pathlib import Path

import app
from app._version import VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_the_frozen_version_file_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert VERSION == project["version"]
    assert app.__version__ == project["version"]


def test_build_spec_bundles_resources_and_migrations():
    spec = (ROOT / "build.spec").read_text()
    assert '"wijkhuis_resources"' in spec
    assert "app/db/migrations" in spec
    assert "pyproject.toml" in spec
