"""Pages whose cold render must not grow with the data (issue 12): what they count comes
from the data cache and what they list is bounded, and an edit still shows at once."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils.http import urlencode

from clusterportal.partners import ranked_partners
from clusterportal.partnersearch.views import SUGGESTIONS_PER_COUNTRY, SUGGESTIONS_SHOWN
from clusters.models import Cluster, Sector
from programmes.views import PROJECTS_PER_ACTION
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_country_counts_come_from_the_data_cache(client, django_assert_num_queries):
    f.make_cluster(name="Home cluster", country="LT")
    with django_assert_num_queries(4):  # one grouped count per kind, the first time
        assert "/en/countries/lt/" in get(client, "/en/countries/")
    with django_assert_num_queries(0):
        get(client, "/en/countries/")
    f.make_cluster(name="Finnish cluster", country="FI")
    assert "/en/countries/fi/" in get(client, "/en/countries/")  # the edit shows at once


def test_association_list_counts_once_and_shows_edits_at_once(client):
    first = f.make_association(name="Alpha network")
    f.make_membership(association=first, cluster=f.make_cluster())
    body = get(client, "/en/associations/")
    assert "Alpha network" in body
    f.make_association(name="Beta network")
    body = get(client, "/en/associations/")
    assert "Alpha network" in body and "Beta network" in body


def test_programme_page_shows_the_newest_projects_of_each_action(client):
    action = f.make_action(name="Cross-border action", slug="cross-border")
    start = datetime.date(2020, 1, 1)
    for year in range(5):
        f.make_project(
            title=f"Project of {2020 + year}",
            action=action,
            start_date=start.replace(year=2020 + year),
        )
    url = f"/en/programmes/{action.programme.slug}/"
    body = get(client, url)
    shown = [f"Project of {year}" for year in (2024, 2023, 2022)][:PROJECTS_PER_ACTION]
    assert all(title in body for title in shown)
    assert "Project of 2020" not in body and "Project of 2021" not in body
    assert "5 projects" in body
    assert "?action=cross-border" in body  # the full list, filtered by the action
    f.make_project(title="Project of 2025", action=action, start_date=start.replace(year=2025))
    body = get(client, url)
    assert "Project of 2025" in body and "Project of 2022" not in body
    assert "6 projects" in body


def test_partner_search_names_one_association_per_country(client):
    f.make_cluster(name="Applicant", slug="applicant", country="LT")
    f.make_association(name="Alpha demo network", country="EE", eca_member=True, is_demo=True)
    estonian = f.make_association(name="Zeta network", country="EE", eca_member=True)
    f.make_association(name="Finnish second", country="FI", eca_member=True)
    finnish = f.make_association(name="Finnish first", country="FI", eca_member=True)
    response = client.get("/en/partner-search/?cluster=applicant")
    # One per country: a real association before a demo one, then the first by name.
    assert response.context["associations"] == [estonian, finnish]


def _suggested(client, slugs) -> tuple[list[Cluster], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = "/en/partner-search/?" + urlencode([("cluster", slug) for slug in slugs])
    client.get(url)  # fills the data cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [offer["cluster"] for offer in response.context["suggestions"]], len(queries)


def _expected(shortlist: list[Cluster]) -> list[int]:
    """The suggestions by the rule, read from the full ranking (no cache, no bound)."""
    sectors = {sector.pk for cluster in shortlist for sector in cluster.sectors.all()}
    covered = {cluster.country.code for cluster in shortlist}
    chosen, per_country = [], {}
    for cluster in ranked_partners(sectors, exclude_countries=covered):
        if per_country.get(cluster.country.code, 0) < SUGGESTIONS_PER_COUNTRY:
            per_country[cluster.country.code] = per_country.get(cluster.country.code, 0) + 1
            chosen.append(cluster.pk)
        if len(chosen) == SUGGESTIONS_SHOWN:
            break
    return chosen


def test_suggestions_are_bounded_and_follow_the_ranking_at_two_sizes(client):
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    sectors = list(Sector.objects.order_by("slug")[:2])
    shortlist = [
        f.make_cluster(name="Applicant", slug="applicant", country="LT", sectors=sectors),
        f.make_cluster(name="Partner", slug="partner", country="LV", sectors=sectors[:1]),
    ]
    f.make_label(cluster=f.make_cluster(name="Labelled", country="PL", sectors=sectors[1:]))
    f.make_association(name="Estonian network", country="EE", eca_member=True)
    slugs = [cluster.slug for cluster in shortlist]
    small, small_queries = _suggested(client, slugs)
    assert [cluster.pk for cluster in small] == _expected(shortlist)
    assert small[0].name == "Labelled"  # real, then labelled

    call_command("generate_demo_data", clusters=280, seed=2, stdout=io.StringIO())
    large, large_queries = _suggested(client, slugs)
    assert large_queries == small_queries
    assert [cluster.pk for cluster in large] == _expected(shortlist)
    assert len(large) == SUGGESTIONS_SHOWN
    countries = [cluster.country.code for cluster in large]
    assert not {"LT", "LV"} & set(countries)
    assert max(countries.count(code) for code in countries) <= SUGGESTIONS_PER_COUNTRY

    # An edit reorders the suggestions at once (a new label ranks a demo cluster up).
    last = large[-1]
    f.make_label(cluster=last)
    again, _ = _suggested(client, slugs)
    assert [cluster.pk for cluster in again] == _expected(shortlist)
    assert again.index(last) < len(large) - 1
