"""MT940 files damaged the ways downloads and hand edits damage them — cut anywhere, a line lost
or doubled, a character changed, random bytes — are read whole or refused with
StatementFileError; no other exception reaches the treasurer, and whatever is read adds up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.i18n import set_language
from app.importers.statement_file import StatementFileError
from app.importers.swift_mt940 import read_statements
from tests.integration.camt_helpers import Tx
from tests.integration.mt940_helpers import BANKS, mt940

DAY = dt.date(2026, 12, 2)
GOOD = {
    bank: mt940("NL91ABNA0417164300", "P261202000000001", [
        Tx(Decimal("56.00"), True, DAY, "", "Factuur 2026-0001 yoga november", "Stichting Yoga Oost",
           "NL02ABNA0123456789"),
        Tx(Decimal("80.00"), True, DAY, "WH-2026-11-0002", "RETOUR vergoeding", "Jan van Jansen", "NL20INGB0001234567",
           return_code="AC04"),
        Tx(Decimal("3.50"), False, DAY, "", "Kosten betalingsverkeer"),
    ], bank=bank)
    for bank in BANKS
}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_refuse(data: bytes) -> None:
    try:
        statements = read_statements(data, "afschrift.sta")
    except StatementFileError as refused:
        assert str(refused).strip()
        return
    for statement in statements:
        assert statement.account_iban and statement.statement_ref
        for movement in statement.movements:
            assert movement.amount >= 0 and isinstance(movement.booking_date, dt.date)


def test_the_good_files_read():
    set_language("nl")
    for data in GOOD.values():
        assert [len(s.movements) for s in read_statements(data, "afschrift.sta")] == [3]


@FUZZ
@given(bank=st.sampled_from(BANKS), cut=st.integers(min_value=0, max_value=2000))
def test_a_file_cut_anywhere(bank, cut):
    _read_or_refuse(GOOD[bank][:cut])


@FUZZ
@given(bank=st.sampled_from(BANKS), data=st.data())
def test_a_line_lost_doubled_or_changed(bank, data):
    lines = GOOD[bank].split(b"\n")
    index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    action = data.draw(st.sampled_from(["lose", "double", "change"]))
    if action == "lose":
        del lines[index]
    elif action == "double":
        lines.insert(index, lines[index])
    elif lines[index]:
        position = data.draw(st.integers(min_value=0, max_value=len(lines[index]) - 1))
        byte = data.draw(st.integers(min_value=0, max_value=255))
        lines[index] = lines[index][:position] + bytes([byte]) + lines[index][position + 1:]
    _read_or_refuse(b"\n".join(lines))


@FUZZ
@given(noise=st.binary(max_size=600))
def test_random_bytes_with_statement_tags(noise):
    _read_or_refuse(b":20:X\n:25:" + noise + b"\n:61:" + noise + b"\n:62F:" + noise)
