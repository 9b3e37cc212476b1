"""The home page's key figures: each links to the list it counts, never to an empty one."""

import datetime
import re

import pytest

from clusters.models import LabelLevel
from core.content import PublicationStatus, today
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def dataset():
    """Real, published records of every kind a figure counts, plus a draft that none may."""
    ict = f.make_sector(name="ICT")
    lt = f.make_cluster(name="SMART Food Cluster", country="LT", sectors=[ict])
    f.make_cluster(name="Kaunas Laser Cluster", country="LT")
    lv = f.make_cluster(name="Latvian IT Cluster", country="LV")
    f.make_cluster(name="Hidden draft", country="EE", status=PublicationStatus.DRAFT)
    f.make_association(name="KlasterLT", country="LT")
    f.make_association(name="Finnish network", country="FI")
    project = f.make_project(title="DIGICLUSTERS")
    f.make_participation(project=project, cluster=lt)
    f.make_participation(project=project, cluster=lv)
    soon = today() + datetime.timedelta(days=20)
    f.make_call(opens=today() - datetime.timedelta(days=5), deadline=soon)
    f.make_call(
        opens=today() - datetime.timedelta(days=90), deadline=today() - datetime.timedelta(days=1)
    )
    f.make_event(title="Forum", country="PL", start_date=soon)
    f.make_event(
        title="Past forum", country="LT", start_date=today() - datetime.timedelta(days=40)
    )
    return {"lt": lt}


def figure_links(body: str) -> dict[str, str]:
    """data-figure key → the href of its link (figures without a link are left out)."""
    pattern = r'<li data-figure="([a-z_]+)"><a href="([^"]+)">'
    return {key: href.replace("&amp;", "&") for key, href in re.findall(pattern, body)}


def list_length(client, href: str) -> int:
    response = client.get(href)
    assert response.status_code == 200, href
    if "paginator" in response.context and response.context["paginator"] is not None:
        return response.context["paginator"].count
    return len(response.context["rows"])  # the countries page: a table of every country


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_figure_links_to_a_list_of_that_length(client, dataset, lang):
    response = client.get(f"/{lang}/")
    numbers = response.context["numbers"]
    links = figure_links(response.content.decode())
    expected = {
        "clusters": 3,
        "lithuanian_clusters": 2,
        "associations": 2,
        "countries": 4,  # LT, LV (clusters), FI (association), PL (event)
        "projects": 1,
        "open_calls": 1,
        "upcoming_events": 1,
    }
    assert {key: numbers[key] for key in expected} == expected
    assert set(links) == set(expected)
    for key, href in links.items():
        assert href.startswith(f"/{lang}/")
        assert list_length(client, href) == numbers[key], key


def test_a_figure_of_nothing_is_not_a_link(client):
    f.make_cluster(name="Latvian IT Cluster", country="LV")
    response = client.get("/en/")
    links = figure_links(response.content.decode())
    assert set(links) == {"clusters", "countries"}
    body = response.content.decode()
    assert '<li data-figure="open_calls">\n      <strong>0</strong>' in body


def test_shortcuts_to_empty_lists_are_not_offered(client, dataset):
    body = client.get("/en/").content.decode()
    assert "?country=LT" in body
    assert "?projects=yes" in body
    assert "?label=gold" not in body
    f.make_label(cluster=dataset["lt"], level=LabelLevel.GOLD)
    body = client.get("/en/").content.decode()
    assert "?label=gold" in body
    assert list_length(client, "/en/clusters/?label=gold") == 1


def test_home_queries_stay_few(client, dataset, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        client.get("/lt/")
    # Cached figures: a second view costs only the two live lists.
    with django_assert_max_num_queries(4):
        client.get("/lt/")
