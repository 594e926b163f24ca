"""Everything else is in pyproject.toml. This file adds what pyproject.toml cannot say:

- the top-level `resources/` folder is installed as the package `wijkhuis_resources`, with the
  files the program reads at run time as package data;
- the build step compiles the translations (.po → .mo, .ts → .qm) before it copies them, so a
  wheel, the source archive, an editable install and the PyInstaller app all speak Dutch
  without `make` (wijkhuis_build/catalogues.py).
"""

import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the build runs setup.py from the source tree; wijkhuis_build lives there

from wijkhuis_build.catalogues import compile_all  # noqa: E402

RESOURCE_FILES = ["fonts/*", "icons/*.svg", "styles/*.qss", "i18n/*.qm", "locale/*/LC_MESSAGES/*.mo"]


class BuildWithTranslations(build_py):
    def run(self):
        compile_all(ROOT / "resources")
        super().run()


class SourceArchiveWithTranslations(sdist):
    def run(self):
        compile_all(ROOT / "resources")
        super().run()


setup(
    packages=[
        *find_namespace_packages(include=["app*", "ui*"]),
        "wijkhuis_resources",  # and its folders, which setuptools would otherwise warn about
        *(f"wijkhuis_resources.{name}" for name in find_namespace_packages(where=str(ROOT / "resources"))),
    ],
    package_dir={"wijkhuis_resources": "resources"},
    package_data={"wijkhuis_resources": RESOURCE_FILES},
    exclude_package_data={"": ["*.ts", "*.po"]},  # the sources stay in the source archive,
    cmdclass={"build_py": BuildWithTranslations, "sdist": SourceArchiveWithTranslations},
)
