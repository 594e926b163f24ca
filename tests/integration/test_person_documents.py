"""Documents about people, read back: the answer to an access request in Dutch formats (no ISO
dates, no UTC, the IBAN in groups, consent answered once), the phone list in Dutch
alphabetical order, the audit workbook in the words of the screen, and one-page notices
without a page number."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.volunteers import VolunteerInput
from app.services.rooms import exports as room_exports
from app.services.accounts import AuditFilter
from app.services.settings import CentreDetails
from app.services.volunteers import GroupInput
from tests.integration.rooms_helpers import draft, make_centre


@pytest.fixture(autouse=True)
def _dutch():
    from app.i18n import set_language

    set_language("nl")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def people(services, admin):
    group = services.working_groups.save_group(admin, GroupInput("Taalcafé"))
    created = {}
    for first, last in (("Jan", "Wit"), ("Ayşe", "Öztürk"), ("Ali", "Çelik"), ("Els", "Pietersen"),
                        ("Piet", "Olde")):
        created[last] = services.volunteers.create(admin, VolunteerInput(
            first_name=first, last_name=last, phone="06 12345678", working_group_ids=(group.id,),
            date_of_birth="14-03-1980", iban="NL91ABNA0417164300", photo_consent=False,
            photo_consent_date="07-05-2015", newsletter_consent=True, newsletter_consent_date="01-02-2020"))
    return created


def test_the_phone_list_sorts_the_dutch_way(services, admin, people, tmp_path):
    path = tmp_path / "telefoonlijst.pdf"
    services.volunteer_exports.phone_list(admin, path)
    names = [line.split(",")[0] for line in _text(path).splitlines()
             if re.match(r"^(Wit|Öztürk|Çelik|Pietersen|Olde),", line)]
    assert names == ["Çelik", "Olde", "Öztürk", "Pietersen", "Wit"]


def test_the_access_request_pdf_uses_dutch_formats_and_answers_consent_once(services, admin, people, tmp_path):
    volunteer = people["Öztürk"]
    _json_path, pdf_path = services.volunteer_exports.person_data_files(admin, volunteer.id, tmp_path)
    text = _text(pdf_path)
    assert "14-03-1980" in text and "1980-03-14" not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO date anywhere, also not in the audit trail
    assert "+00:00" not in text and "T" not in re.findall(r"\d{2}:\d{2}", text)
    assert "NL91 ABNA 0417 1643 00" in text
    assert "nee (vastgelegd op 07-05-2015)" in text and "ja, gegeven op 01-02-2020" in text
    assert "gegeven op 07-05-2015" not in text
    assert "aangemaakt" in text  # the audit trail in words, not "create"


def test_the_volunteer_workbook_does_not_say_given_next_to_no(services, admin, people, tmp_path):
    path = tmp_path / "vrijwilligers.xlsx"
    services.volunteer_exports.excel(admin, path)
    headers = [c.value for c in load_workbook(path).active[1]]
    assert "Toestemming foto's vastgelegd op" in headers
    assert not any(re.search(r"\bgegeven op", h or "") for h in headers)


def test_the_audit_workbook_uses_the_words_of_the_screen(services, admin, people, tmp_path):
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", town="Arnhem",
                                                         iban="NL91ABNA0417164300", version=1))
    services.settings.update_centre(admin, CentreDetails(name="Buurthuis De Klinker", town="Ede",
                                                         iban="NL44RABO0123456789", version=2))
    out = tmp_path / "audit.xlsx"
    services.audit.export_xlsx(admin, out)
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    created = next(i for i, r in enumerate(rows, start=2) if r[3] == "Vrijwilliger" and r[2] == "aangemaakt")
    assert sheet.cell(created, 8).alignment.wrap_text and sheet.row_dimensions[created].height > 30  # grows
    after = sheet.cell(created, 8).value
    assert "2020-02-01" not in after and "Toestemming nieuwsbrief vastgelegd op: 01-02-2020" in after
    assert sheet.column_dimensions["A"].width >= 16  # "06-12-2026 01:34" is not "###"
    actions = {r[2] for r in rows}
    records = {r[3] for r in rows}
    assert {"aangemaakt", "gewijzigd"} <= actions and not {"create", "update", "login"} & actions
    assert {"Centrum", "Vrijwilliger"} <= records and not {"centre", "user_account", "volunteer"} & records
    change = next(r for r in rows if r[3] == "Centrum" and r[7] and "Ede" in r[7])
    assert "Woonplaats: Arnhem" in change[6] and "Woonplaats: Ede" in change[7]
    assert "IBAN: NL91 ••••" in change[6] and "IBAN: NL44 ••••" in change[7]
    assert not any(str(v).startswith("{") for r in rows for v in (r[6], r[7]) if v)
    screen = next(r for r in services.audit.search(admin, AuditFilter(entity="centre")) if "Ede" in str(r.after))
    assert "Woonplaats: Arnhem → Ede" in screen.changes_text()


def test_the_poster_and_door_sign_carry_no_page_number(services, admin, tmp_path):
    centre = make_centre(services, admin)
    day = dt.date(2026, 11, 24)
    services.bookings.create(admin, draft(centre, day, "19:00", "21:00", public=True))
    poster, sign = tmp_path / "poster.pdf", tmp_path / "deur.pdf"
    room_exports.export_poster(services, admin, day - dt.timedelta(days=day.weekday()), poster)
    room_exports.export_door_sign(services, admin, "Grote zaal", day, sign)
    for path in (poster, sign):
        assert len(PdfReader(str(path)).pages) == 1 and "pagina" not in _text(path)
