"""The centre's details: validation per field in Dutch, nothing saved on error, optimistic
locking, the logo, audit and permissions."""

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied, StaleRecord, ValidationError
from app.services.settings import CentreDetails

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _good(version: int | None) -> CentreDetails:
    return CentreDetails(
        name="Buurthuis De Klinker", street="Klarendalseweg 120", postcode="6822gk", town="Arnhem",
        kvk_number="4012 3456", iban="nl91 abna 0417 1643 00", bic="abnanl2a", contact_name="Fatima el Amrani",
        contact_phone="026 351 22 40", contact_email="Info@DeKlinker.nl", website="www.deklinker.nl",
        version=version,
    )


def _audit_count(services) -> int:
    with services.db.reader() as uow:
        return len(uow.session.scalars(select(AuditEntry)).all())


def test_valid_details_are_saved_normalised_and_audited(services, admin):
    start = services.settings.centre()
    saved = services.settings.update_centre(admin, _good(start.version))
    assert (saved.postcode, saved.kvk_number, saved.iban, saved.bic, saved.contact_email) == (
        "6822 GK", "40123456", "NL91ABNA0417164300", "ABNANL2A", "info@deklinker.nl",
    )
    assert saved.version == start.version + 1
    assert services.settings.centre() == saved
    with services.db.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.username, entry.action, entry.entity) == ("beheerder", "update", "centre")
    assert entry.before["iban"] == "" and entry.after["iban"] == "NL91ABNA0417164300"
    assert "name" not in entry.after  # only what changed


def test_each_wrong_field_is_named_in_dutch_and_nothing_is_saved(services, admin):
    start = services.settings.centre()
    audits = _audit_count(services)
    wrong = replace(
        _good(start.version), iban="NL92ABNA0417164300", postcode="12345", kvk_number="1234",
        contact_email="info-at-klinker", name="  ",
    )
    with pytest.raises(ValidationError) as refused:
        services.settings.update_centre(admin, wrong)
    error = refused.value
    assert error.for_field("iban") == ["IBAN NL92ABNA0417164300 heeft een verkeerd controlegetal (tikfout?)"]
    assert error.for_field("postcode") == ["12345 is geen Nederlandse postcode (1234 AB)"]
    assert error.for_field("kvk_number") == ["1234 is geen KvK-nummer (8 cijfers)"]
    assert error.for_field("contact_email") == ["info-at-klinker is geen e-mailadres"]
    assert error.for_field("name") == ["is verplicht"]
    assert services.settings.centre() == start
    assert _audit_count(services) == audits


@pytest.mark.parametrize(
    ("field", "value"),
    [("iban", "NL91ABNA041716"), ("postcode", "AB 1234"), ("kvk_number", "abcdefgh"), ("contact_email", "@")],
)
def test_a_single_wrong_field_is_refused_alone(services, admin, field, value):
    start = services.settings.centre()
    with pytest.raises(ValidationError) as refused:
        services.settings.update_centre(admin, replace(_good(start.version), **{field: value}))
    assert [p.field for p in refused.value.problems] == [field]
    assert services.settings.centre() == start


def test_a_concurrent_edit_of_the_centre_is_refused_and_names_who_saved(services, admin):
    opened = services.settings.centre()  # two people open the page
    services.settings.update_centre(admin, replace(_good(opened.version), town="Arnhem-Oost"))
    with pytest.raises(StaleRecord, match="door beheerder gewijzigd") as refused:
        services.settings.update_centre(admin, replace(_good(opened.version), town="Velp"))
    assert "niet opgeslagen" in str(refused.value)
    assert services.settings.centre().town == "Arnhem-Oost"


def test_only_an_administrator_changes_the_centre(services, actors):
    start = services.settings.centre()
    for role in ("coordinator", "penningmeester", "alleen_lezen"):
        with pytest.raises(PermissionDenied, match="gegevens van het centrum wijzigen"):
            services.settings.update_centre(actors[role], _good(start.version))
        with pytest.raises(PermissionDenied):
            services.settings.set_logo(actors[role], "logo.png", PNG)
        with pytest.raises(PermissionDenied):
            services.settings.set(actors[role], "vog.years", 3)
    assert services.settings.centre() == start


def test_the_logo_is_stored_and_read_back(services, admin):
    details = services.settings.set_logo(admin, "/home/fatima/Afbeeldingen/logo.png", PNG)
    assert details.has_logo
    assert services.settings.logo() == PNG


def test_a_logo_that_is_not_an_image_is_refused_and_nothing_changes(services, admin):
    with pytest.raises(ValidationError, match="alleen deze bestandstypen"):
        services.settings.set_logo(admin, "logo.png", b"%PDF-1.4 not an image")
    assert services.settings.logo() is None and not services.settings.centre().has_logo


def test_policy_settings_are_kept_with_their_history(services, admin):
    assert services.settings.get("vog.years", 3) == 3
    services.settings.set(admin, "vog.years", 5)
    services.settings.set(admin, "vog.years", 4)
    assert services.settings.get("vog.years") == 4
    assert services.settings.all_values() == {"vog.years": 4}
    with services.db.reader() as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).all()
    assert [(e.before, e.after) for e in entries] == [(None, {"value": 5}), ({"value": 5}, {"value": 4})]
