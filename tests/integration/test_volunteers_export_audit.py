"""A personal-data export never leaves a file behind that the audit trail does not know of."""

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry
from app.services.common import audit


def _exports(services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export"))


@pytest.mark.parametrize("export", ["excel", "phone_list"])
def test_the_file_appears_only_after_the_export_is_audited(services, admin, tmp_path, monkeypatch, export):
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / ("lijst.xlsx" if export == "excel" else "telefoonlijst.pdf")

    def audit_fails(*args, **kwargs):
        raise RuntimeError("database op slot")

    monkeypatch.setattr(audit, "record", audit_fails)
    with pytest.raises(RuntimeError):
        getattr(services.volunteer_exports, export)(admin, target)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no partial file left either


@pytest.mark.parametrize("export", ["excel", "phone_list"])
def test_a_successful_export_leaves_the_file_and_one_audit_entry(services, admin, tmp_path, export):
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / ("lijst.xlsx" if export == "excel" else "telefoonlijst.pdf")
    before = _exports(services)
    getattr(services.volunteer_exports, export)(admin, target)
    assert target.stat().st_size > 0
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert _exports(services) == before + 1
