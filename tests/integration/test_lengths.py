"""Text longer than its column is refused before the database, with a Dutch message naming the
row and column (import) or the field (forms), the same on SQLite and PostgreSQL: no DataError
traceback on PostgreSQL, no silently stored overlong value on SQLite."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import Renter, Volunteer
from app.domain.errors import ValidationError
from app.services.rooms import RenterRow
from tests.integration.test_import_volunteers import GOOD_ROWS, messy_workbook

LONG_EMAIL = "a" * 240 + "@example.nl"


def test_an_overlong_email_in_an_import_is_reported_by_row_and_column(services, admin, tmp_path):
    rows = [list(GOOD_ROWS[0]), list(GOOD_ROWS[1])]
    rows[1][4] = LONG_EMAIL
    report = services.volunteer_imports.import_file(admin, messy_workbook(tmp_path / "lijst.xlsx", rows))
    assert report.exit_code == 2 and not report.committed
    text = "\n".join(report.lines())
    assert "rij 6, kolom E (E-mailadres): is langer dan 200 tekens" in text
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Volunteer)) == 0


def test_an_overlong_working_group_name_in_an_import_is_reported_by_row_and_column(services, admin, tmp_path):
    rows = [list(GOOD_ROWS[0])]
    rows[0][10] = "Tuinploeg; " + "W" * 130
    report = services.volunteer_imports.import_file(admin, messy_workbook(tmp_path / "lijst.xlsx", rows))
    assert report.exit_code == 2
    assert "rij 5, kolom K (Werkgroep(en)): een werkgroepnaam is langer dan 120 tekens" in "\n".join(report.lines())


def test_a_form_value_longer_than_its_column_is_refused_naming_the_field(services, admin):
    with pytest.raises(ValidationError) as refused:
        services.rooms.save_renter(admin, RenterRow(name="Stichting Yoga Oost", category="maatschappelijk",
                                                    contact_name="Anke " * 40))
    assert refused.value.for_field("contact_name") == ["is langer dan 120 tekens (200 ingevuld)"]
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Renter)) == 0
