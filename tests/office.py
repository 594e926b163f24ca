"""LibreOffice as a reader of our workbooks: it opens the file headless, recalculates every
formula (openpyxl stores formulas without results) and saves a copy whose cells hold the
values, which openpyxl then reads with `data_only=True`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is needed to recalculate workbooks: apt-get install libreoffice-calc"
    return found


def recalculated(path: Path, work: Path):
    """The workbook as LibreOffice computed it (values, not formulas)."""
    from openpyxl import load_workbook

    out = work / "recalculated"
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [soffice(), "--headless", f"-env:UserInstallation=file://{work / 'lo-profile'}", "--convert-to", "xlsx",
         str(path), "--outdir", str(out)], capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    return load_workbook(out / path.name, data_only=True)
