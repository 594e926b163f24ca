"""Keep the Dutch translations complete.

Two catalogues, one per layer, split per area so each lives in its own file:
- `app/` (no Qt): gettext. A module says `_ = translator("volunteers")`; its strings belong to
  resources/locale/nl/LC_MESSAGES/volunteers.po.
- `ui/`: Qt's tr(). The strings of ui/pages/<area>/ go to resources/i18n/<area>_nl.ts; the
  rest of ui/ (window, dialogs, widgets, overview, reports, settings) to core_nl.ts.

    python -m tests.i18n_catalogue update      # add new source strings to every catalogue
    python -m tests.i18n_catalogue missing     # list what still needs a Dutch translation

Fill a .po by editing its msgstr lines; fill a .ts with `set_ts_translations()` or Qt Linguist.
tests/unit/test_translations.py fails while anything is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from collections import defaultdict
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGE = "nl"
KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
_DOMAIN = re.compile(r"""translator\(\s*["']([a-z_]+)["']\s*\)""")
CORE_PAGES = {"overview", "reports", "settings"}
_STABLE_DATE = datetime(2026, 1, 1, tzinfo=UTC)


# -- gettext (app/) -------------------------------------------------------------------------
def gettext_domains() -> dict[str, list[Path]]:
    domains: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name == "i18n.py":
            continue  # its docstring shows the call
        match = _DOMAIN.search(path.read_text(encoding="utf-8"))
        if match:
            domains[match.group(1)].append(path)
    return dict(domains)


def extract_domain(files: list[Path]) -> Catalog:
    template = Catalog(locale=None, project="Wijkhuis")
    for path in files:
        for lineno, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            template.add(message, locations=[(str(path.relative_to(ROOT)), lineno)], auto_comments=comments, context=context)
    return template


def po_path(domain: str) -> Path:
    return LOCALE / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(path: Path) -> Catalog:
    if not path.exists():
        return Catalog(locale=LANGUAGE, project="Wijkhuis", domain=path.stem)
    with path.open("rb") as handle:
        return read_po(handle, locale=LANGUAGE)


def update_po(domain: str, files: list[Path]) -> Path:
    path = po_path(domain)
    catalog = read_catalog(path)
    catalog.update(extract_domain(files), no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.fuzzy = False  # a fuzzy header makes pybabel skip the whole file
    # Stable output: no source locations and a fixed date, sorted by message, so that moving
    # code or two people adding strings do not rewrite (or conflict on) the whole catalogue.
    catalog.creation_date = catalog.revision_date = _STABLE_DATE
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True, omit_header=False, sort_output=True,
                 include_previous=False)
    return path


def missing_gettext() -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for domain, files in gettext_domains().items():
        catalog = read_catalog(po_path(domain))
        missing = []
        for message in extract_domain(files):
            if not message.id:
                continue
            translated = catalog.get(message.id, context=message.context)
            text = None if translated is None else translated.string
            if isinstance(text, tuple | list):
                ok = all(text)
            else:
                ok = bool(text)
            if not ok or (translated is not None and translated.fuzzy):
                missing.append(message.id if isinstance(message.id, str) else message.id[0])
        if missing:
            result[domain] = missing
    return result


# -- Qt (ui/) -------------------------------------------------------------------------------
def ts_areas() -> dict[str, list[Path]]:
    """area → the source files whose tr() strings go to <area>_nl.ts."""
    ui = ROOT / "ui"
    areas: dict[str, list[Path]] = {"core": []}
    for path in sorted(ui.rglob("*.py")):
        parts = path.relative_to(ui).parts
        if len(parts) >= 3 and parts[0] == "pages" and parts[1] not in CORE_PAGES:
            areas.setdefault(parts[1], []).append(path)
        elif parts[0] == "security":  # accounts, audit trail, backups, idle lock
            areas.setdefault("security", []).append(path)
        else:
            areas["core"].append(path)
    return areas


def ts_path(area: str) -> Path:
    return TS_DIR / f"{area}_{LANGUAGE}.ts"


def _lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [str(Path(sys.executable).with_name("pyside6-lupdate")), "-silent", "-no-obsolete",
         "-locations", "none", "-target-language", "nl_NL", *map(str, files), "-ts", str(ts)],
        check=True,
    )
    _sort_ts(ts)


def _sort_ts(path: Path) -> None:
    """Contexts by name, messages by source: a stable file that merges without conflicts."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = root.findall("context")
    for context in contexts:
        root.remove(context)
        messages = context.findall("message")
        for message in messages:
            context.remove(message)
        for message in sorted(messages, key=lambda m: (m.findtext("source") or "", m.findtext("comment") or "")):
            context.append(message)
    for context in sorted(contexts, key=lambda c: c.findtext("name") or ""):
        root.append(context)
    ET.indent(tree, space="    ")
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def update_ts(area: str, files: list[Path]) -> Path:
    path = ts_path(area)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    _lupdate(files, path)
    return path


def ts_messages(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished)."""
    result = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            state = None if translation is None else translation.get("type")
            if state in ("obsolete", "vanished"):
                continue
            result[(name, message.findtext("source") or "")] = (text, state is None and bool(text))
    return result


def missing_qt() -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for area, files in ts_areas().items():
        if not files:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            _lupdate(files, fresh)
            needed = ts_messages(fresh)
        have = ts_messages(ts_path(area))
        missing = [f"{ctx}: {src}" for (ctx, src) in needed if not have.get((ctx, src), ("", False))[1]]
        if missing:
            result[area] = missing
    return result


def set_ts_translations(path: Path, translations: dict[str, str], context: str | None = None) -> int:
    """Fill translations by source text (optionally only in one context); returns how many."""
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        if context is not None and ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            if source in translations:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = translations[source]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _sort_ts(path)
    return count


def update_all() -> None:
    for domain, files in gettext_domains().items():
        print("updated", update_po(domain, files).relative_to(ROOT))
    for area, files in ts_areas().items():
        if files:
            print("updated", update_ts(area, files).relative_to(ROOT))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "missing"
    if command == "update":
        update_all()
        return 0
    missing = {**{f"{k}.po": v for k, v in missing_gettext().items()},
               **{f"{k}_nl.ts": v for k, v in missing_qt().items()}}
    for catalogue, messages in missing.items():
        print(f"{catalogue}: {len(messages)} missing")
        for message in messages:
            print(f"    {message}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
