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
