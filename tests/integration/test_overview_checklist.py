"""The set-up checklist on Overzicht: open after a first set-up, each step ticked off when its
basics are there (centre details, a room, a volunteer), gone once all are done."""

from __future__ import annotations

import dataclasses

from app.services.rooms import RoomRow
from tests.integration.test_allowance_support import make_volunteer


def _state(services, actor) -> dict[str, bool]:
    return {step.key: step.done for step in services.overview.checklist(actor)}


def test_after_a_first_set_up_every_step_is_open_and_names_its_page(services, admin):
    steps = services.overview.checklist(admin)
    assert [(s.key, s.area, s.done) for s in steps] == [
        ("centre", "settings", False), ("rooms", "rooms", False), ("volunteers", "volunteers", False)]
    assert steps[0].title == "Vul de gegevens van uw centrum in"
    assert "Importeren uit Excel…" in steps[2].hint


def test_steps_are_ticked_off_one_by_one_and_the_list_disappears_when_all_are_done(services, db, admin, actors):
    centre = services.settings.centre()
    services.settings.update_centre(admin, dataclasses.replace(centre, street="Klarendalseweg 1", postcode="6822 GK"))
    assert _state(services, admin)["centre"] is False  # no town, IBAN or contact person yet
    services.settings.update_centre(admin, dataclasses.replace(
        services.settings.centre(), town="Arnhem", iban="NL91ABNA0417164300", contact_name="Fatima el Amrani"))
    assert _state(services, admin) == {"centre": True, "rooms": False, "volunteers": False}
    services.rooms.save_room(admin, RoomRow(name="Grote zaal", capacity=80, setup_minutes=15, cleanup_minutes=15))
    assert _state(services, actors["alleen_lezen"]) == {"centre": True, "rooms": True, "volunteers": False}
    make_volunteer(db)
    assert services.overview.checklist(admin) == []
