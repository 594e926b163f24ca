"""`wijkhuis rules`, `pay`, `export allowances`, `export statements` as a user runs them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.reports import sepa
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.settings import CentreDetails
from tests.integration.test_allowance_support import make_volunteer

D = Decimal


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def centre(capsys, monkeypatch):
    monkeypatch.setenv("WIJKHUIS_PASSWORD", "geheim123")
    code, _out, err = run(capsys, "init", "--centre", "Buurthuis De Klinker", "--admin", "ingrid")
    assert code == 0, err
    from app.bootstrap import open_services

    services = open_services()
    admin = services.users.authenticate("ingrid", "geheim123")
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", iban="NL91ABNA0417164300"))
    anna = make_volunteer(services.db, "Anna", "Bakker", iban="NL44RABO0123456789")
    piet = make_volunteer(services.db, "Piet", "Zonder", iban="")
    ids = []
    for volunteer in (anna, piet):
        services.allowances.set_arrangement(admin, ArrangementRow(volunteer, 2026, "vast", monthly_amount=D("95.00")))
        ids.append(services.allowances.add_line(admin, LineInput(volunteer, "vast", dt.date(2026, 11, 1))).id)
    services.allowances.approve(admin, ids)
    services.db.dispose()
    return services


def test_rules_prints_each_limit_in_dutch_with_its_label(capsys, centre):
    code, out, _err = run(capsys, "rules", "--year", "2026")
    assert code == 0
    assert "per uur, jonger dan 21: € 3,40" in out
    assert "per uur, 21 en ouder: € 5,75" in out
    assert "per maand: € 220,00" in out and "per jaar: € 2.200,00" in out and "per kilometer: € 0,23" in out
    assert "vwg.nl" in out


def test_rules_for_a_year_without_figures_says_so_in_one_line(capsys, centre):
    code, _out, err = run(capsys, "rules", "--year", "2031")
    assert code == 2 and "2031" in err and "Instellingen" in err and len(err.strip().splitlines()) == 1


def test_pay_writes_a_valid_file_and_lists_who_was_left_out(capsys, centre, tmp_path):
    target = tmp_path / "betaling.xml"
    code, out, err = run(capsys, "pay", "--year", "2026", "--format", "pain.001.001.09", "--out", str(target),
                         "--user", "ingrid")
    assert code == 0, err
    read = sepa.read_transfers(target.read_bytes())
    assert read.schema == "pain.001.001.09" and read.number_of_transactions == 1
    assert read.transactions[0].remittance == "Vrijwilligersvergoeding november 2026"
    assert "Piet Zonder" in err and "geen IBAN" in err
    assert "1 overboekingen" in out


def test_pay_with_a_wrong_date_is_refused_and_writes_nothing(capsys, centre, tmp_path):
    target = tmp_path / "betaling.xml"
    code, _out, err = run(capsys, "pay", "--year", "2026", "--through", "31-13-2026", "--out", str(target),
                          "--user", "ingrid")
    assert code == 2 and "31-13-2026" in err and not target.exists()


def test_exports_write_the_overview_and_the_statements(capsys, centre, tmp_path):
    excel = tmp_path / "vergoedingen.xlsx"
    code, _out, err = run(capsys, "export", "allowances", "--year", "2026", "--out", str(excel), "--user", "ingrid")
    assert code == 0, err
    assert load_workbook(excel).worksheets[1].max_row == 3
    pdf = tmp_path / "jaaroverzichten.pdf"
    code, _out, err = run(capsys, "export", "statements", "--year", "2026", "--out", str(pdf), "--user", "ingrid")
    assert code == 0, err
    assert len(PdfReader(str(pdf)).pages) == 2


def test_exports_need_a_user_allowed_to_export(capsys, centre, tmp_path):
    from app.bootstrap import open_services
    from app.domain.permissions import Role

    services = open_services()
    admin = services.users.authenticate("ingrid", "geheim123")
    services.users.create_user(admin, "joost", "Joost", Role.COORDINATOR, "geheim123")
    services.db.dispose()
    code, _out, err = run(capsys, "export", "allowances", "--year", "2026", "--out", str(tmp_path / "x.xlsx"),
                          "--user", "joost")
    assert code == 3 and err.strip() == "wijkhuis: U mag niet vergoedingen exporteren."
    assert not (tmp_path / "x.xlsx").exists()
