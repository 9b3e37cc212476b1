"""A visitor follows the cross-links: cluster → project → programme → country."""

import datetime

import pytest

from alliance.models import FigureSourceKind
from core.content import DatePrecision
from programmes.models import Role
from tests import factories as f
from tests.helpers import no_sideways_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def check_page(page, axe_check):
    """One <h1>, no serious axe-core violation, and no sideways scroll on a phone."""
    assert page.locator("h1").count() == 1
    axe_check(page)
    page.set_viewport_size({"width": 375, "height": 740})
    assert no_sideways_scroll(page), f"{page.url} scrolls sideways at 375 px"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_cluster_to_project_to_programme_to_country(live_server, page, axe_check):
    food = f.make_cluster(name="SMART Food Cluster", name_en="SMART Food Cluster", country="LT")
    partner = f.make_cluster(name="Latvian IT Cluster", name_en="Latvian IT Cluster", country="LV")
    association = f.make_association(name="KlasterLT", name_en="KlasterLT", country="LT")
    f.make_membership(association=association, cluster=food)
    programme = f.make_programme(name="COSME programme", name_en="COSME programme")
    action = f.make_action(programme=programme, name="ESCP-S3 action", name_en="ESCP-S3 action")
    f.make_call(action=action, identifier="COS-CLUSTPARTNS-2017-3-02", year=2017)
    project = f.make_project(
        title="Digital clusters",
        title_en="Digital clusters",
        acronym="DIGICLUSTERS",
        action=action,
        start_date=datetime.date(2018, 10, 1),
        date_precision=DatePrecision.MONTH,
    )
    f.make_participation(project=project, cluster=food, role=Role.COORDINATOR)
    f.make_participation(project=project, cluster=partner, role=Role.PARTNER)

    page.goto(f"{live_server.url}/en/clusters/{food.slug}/")
    check_page(page, axe_check)

    page.locator("main").get_by_role("link", name="DIGICLUSTERS").first.click()
    page.wait_for_url(f"**/en/projects/{project.slug}/")
    assert "Digital clusters" in page.locator("h1").inner_text()
    check_page(page, axe_check)

    page.locator("main").get_by_role("link", name="COSME programme").first.click()
    page.wait_for_url(f"**/en/programmes/{programme.slug}/")
    assert page.locator("h1").inner_text().startswith("COSME programme")
    check_page(page, axe_check)

    page.locator("#countries + ul").get_by_role("link", name="Lithuania").click()
    page.wait_for_url("**/en/countries/lt/")
    assert page.locator("h1").inner_text() == "Lithuania"
    check_page(page, axe_check)
    assert page.locator("main").get_by_role("link", name="KlasterLT").count() == 1


@pytest.mark.parametrize(
    "path",
    [
        "/lt/associations/",
        "/en/associations/klasterlt/",
        "/lt/events/",
        "/en/events/forum-vilnius/",
        "/lt/projects/",
        "/en/calls/",
        "/lt/countries/",
        "/lt/programmes/",
        "/lt/statistics/",
        "/en/statistics/",
        "/lt/partner-search/",
        "/lt/partner-search/?cluster=smart-food-cluster&cluster=latvian-it&cluster=nope",
        "/en/partner-search/?action=rule&cluster=smart-food-cluster&cluster=latvian-it",
        "/lt/publication/",
    ],
)
def test_pages_are_accessible_and_fit_a_phone(live_server, page, axe_check, path):
    association = f.make_association(
        name="KlasterLT", slug="klasterlt", eca_member=True, eca_member_since=2019
    )
    f.make_figure(association=association, value=13, source_kind=FigureSourceKind.TALK)
    f.make_figure(association=association, value=15, as_of_year=2023, source="https://x.org/")
    food = f.make_sector(name="Food")
    cluster = f.make_cluster(name="SMART Food Cluster", slug="smart-food-cluster", country="LT")
    cluster.sectors.set([food])
    f.make_cluster(name="Latvian IT Cluster", slug="latvian-it", country="LV", sectors=[food])
    f.make_cluster(name="Polish Food Cluster", country="PL", sectors=[food])
    f.make_membership(association=association, cluster=cluster)
    event = f.make_event(
        title="Forum", slug="forum-vilnius", country="LT", city="Vilnius",
        organiser=association, start_date=datetime.date(2030, 5, 1),
    )  # fmt: skip
    event.clusters.set([cluster])
    action = f.make_action(slug="rule", min_partners=3, min_countries=3)
    f.make_call(action=action, identifier="CALL-1", deadline=datetime.date(2030, 1, 1))
    f.make_project(title="Digital clusters", action=action)
    page.goto(f"{live_server.url}{path}")
    check_page(page, axe_check)
