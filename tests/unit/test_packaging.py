import tomllib
from pathlib import Path

import app
from app.version import VERSION

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


def test_resources_come_from_the_wijkhuis_resources_package_with_compiled_translations():
    from importlib.resources import files

    from app.resources import resource_path, resources_dir

    assert resources_dir() == Path(str(files("wijkhuis_resources")))
    assert resource_path("i18n", "core_nl.qm").stat().st_size > 1000  # compiled by the install's build step
    assert resource_path("locale", "nl", "LC_MESSAGES", "core.mo").stat().st_size > 1000
    assert resource_path("styles", "wijkhuis.qss").exists() and resource_path("icons", "app.svg").exists()
