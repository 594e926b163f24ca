"""Compile every translation source under a resources folder, next to its source:
locale/<lang>/LC_MESSAGES/<area>.po → .mo and i18n/<area>_<lang>.ts → .qm.

Run by setup.py's build step (wheel, source archive, editable install) and by
`make translations`; `python -m wijkhuis_build.catalogues [resources]` does the same by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wijkhuis_build.qm import compile_ts


def compile_po(source: Path, target: Path) -> None:
    from babel.messages.mofile import write_mo  # Babel is a build requirement (pyproject.toml)
    from babel.messages.pofile import read_po

    with source.open("rb") as handle:
        catalogue = read_po(handle, locale=source.parents[1].name, domain=source.stem)
    with target.open("wb") as handle:
        write_mo(handle, catalogue, use_fuzzy=True)


def compile_all(resources: Path) -> list[Path]:
    """The compiled files, written only where missing or older than their source."""
    written = []
    pairs = [(po, po.with_suffix(".mo"), compile_po) for po in resources.glob("locale/*/LC_MESSAGES/*.po")]
    pairs += [(ts, ts.with_suffix(".qm"), compile_ts) for ts in resources.glob("i18n/*.ts")]
    for source, target, compile_one in sorted(pairs):
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            compile_one(source, target)
            written.append(target)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "resources")
    for path in compile_all(folder):
        print(f"compiled {path}")
