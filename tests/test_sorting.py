"""Every option list sorts Lithuanian names the same way: Č after C, Š after S, Ž after Z."""

import pytest
from django.utils import translation

from core.listing import name_key
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]

# Lithuanian names: Danija, Čekija, Suomija, Šveicarija, Vokietija, Zambija… sorted.
COUNTRIES = ["DK", "CZ", "CH", "FI", "DE", "CL"]
EXPECTED_COUNTRIES = ["Čekija", "Čilė", "Danija", "Suomija", "Šveicarija", "Vokietija"]
NAMES = ["Žuvininkystė", "Chemija", "Zoologija", "Čipai", "Šviesa", "Saulė", "Dizainas"]
EXPECTED_NAMES = ["Chemija", "Čipai", "Dizainas", "Saulė", "Šviesa", "Zoologija", "Žuvininkystė"]


def option_labels(client, url: str, field: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    choices = response.context["filter"].form.fields[field].choices
    # Labels carry a count ("Danija (1)"); the empty choice comes first, and the cluster
    # directory's "outside Lithuania" before the countries.
    return [
        str(label).rsplit(" (", 1)[0] for value, label in choices if value not in ("", "abroad")
    ]


def test_the_sort_key():
    assert sorted(NAMES, key=name_key) == EXPECTED_NAMES


@pytest.fixture
def everywhere():
    """Clusters, associations, events and project partners in each country."""
    project = f.make_project()
    for code, name in zip(COUNTRIES, NAMES, strict=False):
        cluster = f.make_cluster(country=code, sectors=[f.make_sector(name=name)])
        association = f.make_association(name=f"{name} asociacija", country=code)
        f.make_membership(association=association, cluster=cluster)
        f.make_event(country=code)
        f.make_participation(project=project, cluster=cluster)


@pytest.mark.parametrize(
    "url",
    ["/lt/clusters/", "/lt/associations/", "/lt/events/", "/lt/projects/"],
)
def test_country_options_in_lithuanian_order(client, everywhere, url):
    with translation.override("lt"):
        assert option_labels(client, url, "country") == EXPECTED_COUNTRIES


def test_sector_and_association_options_in_lithuanian_order(client, everywhere):
    with translation.override("lt"):
        sectors = option_labels(client, "/lt/clusters/", "sector")
        associations = option_labels(client, "/lt/clusters/", "association")
    assert sectors == sorted(NAMES[: len(COUNTRIES)], key=name_key)
    assert sectors.index("Čipai") == sectors.index("Chemija") + 1
    assert associations == [f"{name} asociacija" for name in sectors]
