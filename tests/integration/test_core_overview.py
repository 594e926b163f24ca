import datetime as dt

from app.services.overview import areas as overview_areas
from app.services.overview import OverviewItem


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
        return [OverviewItem("volunteers", "Proef", "7", warning=True)]

    area_providers = overview_areas.providers()
    monkeypatch.setattr(overview_areas, "providers", lambda: [*area_providers, extra])
    items = services.overview.items(admin)
    assert items[-1] == OverviewItem("volunteers", "Proef", "7", warning=True)


def test_every_role_sees_the_same_figures(services, actors):
    seen = {role: [(i.area, i.title) for i in services.overview.items(actor)] for role, actor in actors.items()}
    assert len({tuple(titles) for titles in seen.values()}) == 1


def test_every_area_module_contributes_figures_in_navigation_order(services, admin):
    areas = [item.area for item in services.overview.items(admin)]
    first_seen = list(dict.fromkeys(areas))
    assert first_seen[:4] == ["volunteers", "allowances", "rooms", "subsidies"]
