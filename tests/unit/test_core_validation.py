import pytest

from app.domain import validation


def test_iban_is_compacted_and_uppercased():
    assert validation.iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"
    assert validation.format_iban("NL91ABNA0417164300") == "NL91 ABNA 0417 1643 00"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("NL92ABNA0417164300", "controlegetal"),
        ("NL91ABNA04171643", "aantal tekens"),
        ("", "leeg"),
        ("XX00", "geen geldig IBAN"),
    ],
)
def test_a_wrong_iban_says_what_is_wrong_in_dutch(typed, fragment):
    with pytest.raises(ValueError, match=fragment):
        validation.iban(typed)


def test_a_masked_iban_shows_only_the_ends():
    masked = validation.mask_iban("NL91ABNA0417164300")
    assert masked.startswith("NL91") and masked.replace(" ", "").endswith("4300")
    assert "0417" not in masked.replace(" ", "")
    assert validation.mask_iban("") == ""


def test_postcode_is_normalised():
    assert validation.postcode("6828ab") == "6828 AB"
    with pytest.raises(ValueError, match="geen Nederlandse postcode"):
        validation.postcode("0828 AB")  # a Dutch postcode never starts with 0
    with pytest.raises(ValueError, match="geen Nederlandse postcode"):
        validation.postcode("12345")


def test_email_is_checked_and_lowercased():
    assert validation.email(" Info@BuurthuisDeKlinker.NL ") == "info@buurthuisdeklinker.nl"
    for wrong in ("info", "info@", "a b@c.nl", "info@klinker"):
        with pytest.raises(ValueError, match="geen e-mailadres"):
            validation.email(wrong)


def test_phone_numbers_allow_the_usual_separators():
    assert validation.phone("026  351 22 40") == "026 351 22 40"
    assert validation.phone("+31 (0)26-3512240") == "+31 (0)26-3512240"
    for wrong in ("12", "bel maar", "026-351x2240"):
        with pytest.raises(ValueError, match="geen telefoonnummer"):
            validation.phone(wrong)


def test_kvk_number_is_eight_digits():
    assert validation.kvk_number("4012 3456") == "40123456"
    for wrong in ("4012345", "401234567", "4012345a"):
        with pytest.raises(ValueError, match="geen KvK-nummer"):
            validation.kvk_number(wrong)


def test_required_text_is_trimmed_and_bounded():
    assert validation.required_text("  De Klinker ") == "De Klinker"
    with pytest.raises(ValueError, match="is verplicht"):
        validation.required_text("   ")
    with pytest.raises(ValueError, match="langer dan 5 tekens"):
        validation.required_text("De Klinker", max_length=5)


def test_foreign_ibans_of_neighbouring_countries_are_accepted():
    for value in ("DE89370400440532013000", "BE68539007547034"):
        assert validation.iban(value) == value
