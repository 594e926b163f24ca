import datetime as dt

import pytest

from app.domain.errors import PermissionDenied
from app.services import overview
from app.services.actor import Actor


def _values(items):
    return {item.title: item.value for item in items}


def test_the_overview_counts_accounts_and_todays_changes(services, actors):
    values = _values(services.overview.items(actors["alleen_lezen"]))
    assert values["Actieve accounts"] == "4"
    # set-up (centre + administrator) and three accounts created; logins do not count
    assert values["Wijzigingen vandaag"] == "5"


def test_yesterdays_changes_do_not_count_today(services, admin):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert _values(services.overview.items(admin, today=tomorrow))["Wijzigingen vandaag"] == "0"


def test_every_area_provider_is_asked(services, admin, monkeypatch):
    def extra(session, today):
        return [overview.OverviewItem("volunteers", "Proef", "7", warning=True)]

    monkeypatch.setattr(overview, "PROVIDERS", [*overview.PROVIDERS, extra])
    items = services.overview.items(admin)
    assert items[-1] == overview.OverviewItem("volunteers", "Proef", "7", warning=True)


def test_someone_without_a_role_may_not_see_the_overview(services, admin):
    stranger = Actor(99, "x", "X", "alleen_lezen")
    assert services.overview.items(stranger)
    with pytest.raises(ValueError):
        Actor(99, "x", "X", "gast").can(None)
