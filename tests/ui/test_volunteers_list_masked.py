"""The volunteer list shows e-mail and phone masked (like the IBAN): the full values appear
only in the details, whose opening is audited."""

from __future__ import annotations

from app.domain.text.masking import mask_email, mask_phone
from app.domain.volunteers import VolunteerInput
from ui.pages.volunteers.list_model import VolunteerListModel


def test_masks_keep_enough_to_recognise_and_not_enough_to_copy():
    assert mask_email("anna.devries@voorbeeld.nl") == "a•••@voorbeeld.nl"
    assert mask_phone("06-12345678") == "06 •••• 5678"
    assert mask_phone("+31 6 12345678") == "31 ••••• 5678"
    assert mask_email("") == "" and mask_phone(None) == "" and mask_phone("112") == "•••"


def test_the_list_shows_contact_details_masked(qapp, ui_services, ui_admin):
    ui_services.volunteers.create(ui_admin, VolunteerInput(first_name="Anna", last_name="Vries",
                                                           email="anna@voorbeeld.nl", phone="0612345678"))
    model = VolunteerListModel(lambda flt, **kw: ui_services.volunteers.search(ui_admin, flt, **kw))
    model.reload()
    texts = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert "a•••@voorbeeld.nl" in texts and "06 •••• 5678" in texts
    assert not any(t and ("anna@voorbeeld.nl" in t or "12345678" in t) for t in texts)
