"""The SEPA writer: schema-valid files in both formats, Latin characters, lengths."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
import xmlschema

from app.reports import sepa

D = Decimal
SCHEMAS = Path(sepaxml.__file__).parent / "schemas"
DEBTOR = sepa.Debtor("Stichting Buurthuis 'De Klinker' – Arnhem", "NL91ABNA0417164300")


def transfer(name="Zoë Özdemir", amount="12.34", iban="NL44RABO0123456789"):
    return sepa.Transfer(name, iban, D(amount), "WH1-V1", "Vrijwilligersvergoeding november 2026")


def test_names_are_transliterated_to_the_sepa_character_set():
    assert sepa.latin("Zoë Özdemir-Çelik & Søn", 70) == "Zoe Ozdemir-Celik Son"
    assert sepa.latin("Ł" * 100, 70) == "L" * 70
    assert sepa.latin("Łódź <script>", 140) == "Lodz script"


@pytest.mark.parametrize("file_format", sepa.FORMATS)
def test_the_file_validates_against_the_official_schema_and_reads_back(file_format):
    data, message_id = sepa.write_transfers(DEBTOR, [transfer(), transfer("Jan", "0.01", "NL20INGB0001234567")],
                                            dt.date(2026, 11, 25), file_format)
    xmlschema.XMLSchema(str(SCHEMAS / f"{file_format}.xsd")).validate(data.decode())
    read = sepa.read_transfers(data)
    assert read.message_id == message_id
    assert read.number_of_transactions == 2 and read.control_sum == D("12.35")
    assert read.debtor_name == "Stichting Buurthuis 'De Klinker' - Arnhem"
    assert read.transactions[0].name == "Zoe Ozdemir"


def test_a_long_name_is_cut_at_70_characters():
    data, _id = sepa.write_transfers(DEBTOR, [transfer("Anna " + "Maria " * 20)], dt.date(2026, 11, 25))
    assert len(sepa.read_transfers(data).transactions[0].name) <= 70


def test_an_empty_run_or_a_zero_amount_is_refused():
    with pytest.raises(sepa.SepaFileError):
        sepa.write_transfers(DEBTOR, [], dt.date(2026, 11, 25))
    with pytest.raises(sepa.SepaFileError):
        sepa.write_transfers(DEBTOR, [transfer(amount="0.00")], dt.date(2026, 11, 25))


def test_a_file_that_breaks_the_schema_is_not_returned():
    with pytest.raises(sepa.SepaFileError):
        sepa.write_transfers(DEBTOR, [transfer(iban="not an iban")], dt.date(2026, 11, 25))


def test_an_unknown_format_is_refused():
    with pytest.raises(sepa.SepaFileError):
        sepa.write_transfers(DEBTOR, [transfer()], dt.date(2026, 11, 25), "pain.001.001.99")
