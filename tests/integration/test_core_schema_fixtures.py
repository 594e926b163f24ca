"""Every released schema's fixture database upgrades to the current heads with its data intact
(architecture rule 2). Later schema versions add their file and a test here."""

import shutil
from pathlib import Path

from app.db import migrate
from app.db.database import Database
from app.services import Services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_foundation_schema_upgrades_to_heads_with_centre_and_user_intact(tmp_path):
    path = tmp_path / "wijkhuis.sqlite"
    shutil.copy(FIXTURES / "schema_0001_foundation.sqlite", path)
    database = Database(f"sqlite:///{path}")
    try:
        result = migrate.upgrade(database)
        assert result.upgraded and result.backup is not None and result.backup.exists()
        assert migrate.is_at_head(database)
        services = Services.for_database(database)
        centre = services.settings.centre()
        assert (centre.name, centre.postcode, centre.iban, centre.version) == (
            "Wijkcentrum Het Anker", "3083 MV", "NL91ABNA0417164300", 3,
        )
        actor = services.users.authenticate("sanne", "geheim123")
        assert actor.display_name == "Sanne de Vries" and actor.role.value == "beheerder"
        from app.services import maintenance

        assert maintenance.check(database).ok
    finally:
        database.dispose()
    assert (FIXTURES / "schema_0001_foundation.sqlite").read_bytes()[:16] == b"SQLite format 3\x00"


def _counts(path: Path) -> dict[str, int]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_the_last_single_centre_release_opens_as_an_organisation_with_one_centre(tmp_path):
    """schema_0018_release.sqlite: the demo data of the release before centres (0018), with a
    final invoice run (2026-0001 … 2026-0012) and a payment run. After the upgrade everything is
    there and belongs to the one centre; the audit trail still verifies; invoice numbers go on."""
    import datetime as dt

    from sqlalchemy import func, select

    from app.db.models import Invoice, Room, Volunteer, VolunteerCentre
    from app.services.common import audit_chain
    from app.services.rooms import RoomRow

    path = tmp_path / "wijkhuis.sqlite"
    shutil.copy(FIXTURES / "schema_0018_release.sqlite", path)
    before = _counts(path)
    database = Database(f"sqlite:///{path}")
    try:
        assert migrate.upgrade(database).upgraded
        after = _counts(path)
        assert {t: after[t] for t in before} == before  # every row of every table is still there
        assert after["volunteer_centre"] == before["volunteer"]
        services = Services.for_database(database)
        centres = services.settings.centres(services.users.authenticate("beheerder", "demo"))
        assert [c.name for c in centres] == ["Buurthuis De Klinker"]
        with database.reader() as uow:
            for model in (Room, Invoice):
                assert set(uow.session.scalars(select(model.centre_id).distinct())) == {centres[0].id}
            assert uow.session.scalar(select(func.count()).select_from(Volunteer)) == uow.session.scalar(
                select(func.count()).select_from(VolunteerCentre))
            assert audit_chain.verify(uow.session) is None
        # The coordinator goes on where the release stopped: the next invoice is 2026-0013.
        admin = services.users.authenticate("beheerder", "demo")
        room = services.rooms.save_room(admin, RoomRow(name="Nieuwe zaal", capacity=10))
        assert room.id is not None
        concepts = services.invoices.create_concepts(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        assert concepts, "the release's demo has bookings in November to invoice"
        final = services.invoices.finalise(admin, concepts[0].id, dt.date(2026, 12, 1))
        assert final.number == "2026-0013"
        from app.services import maintenance

        assert maintenance.check(database).ok
    finally:
        database.dispose()
