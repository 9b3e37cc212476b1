"""A visitor finds a cluster from the home page, by search and by filtering."""

import pytest
from django.utils import translation

from clusters.models import LabelLevel
from tests import factories as f
from tests.helpers import no_sideways_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def clusters():
    with translation.override("lt"):
        food = f.make_sector(name="Maistas", name_en="Food", slug="food")
        lasers = f.make_sector(name="Lazeriai", name_en="Lasers", slug="lasers")
        target = f.make_cluster(
            name="Klaipėdos maisto klasteris",
            name_en="Klaipėda Food Cluster",
            city="Klaipėda",
            country="LT",
            description="Maisto pramonės įmonių klasteris uostamiestyje.",
            description_en="Food industry companies in the port city.",
            sectors=[food],
            members_sme=25,
        )
        f.make_label(cluster=target, level=LabelLevel.SILVER, awarded_year=2019)
        abroad = f.make_cluster(name="Latvian Food Cluster", country="LV", sectors=[food])
        project = f.make_project(title="Food Partnership With A Very Long Title Indeed")
        f.make_participation(project=project, cluster=target)
        f.make_participation(project=project, cluster=abroad)
        association = f.make_association(name="Lietuvos klasterių asociacija")
        f.make_membership(association=association, cluster=target)
        for number in range(30):
            f.make_cluster(
                name=f"Lazerių klasteris Nr. {number} su labai ilgu pavadinimu",
                country="DE" if number % 2 else "LT",
                sectors=[lasers],
            )
    return {"target": target}


def test_visitor_finds_a_cluster_by_search(live_server, page, axe_check, clusters):
    page.goto(f"{live_server.url}/en/")
    axe_check(page)
    page.get_by_label("Search clusters, associations, projects, programmes and events").fill(
        "klaipeda"
    )
    page.locator("form.home-search button").click()
    page.wait_for_url("**/en/search/?q=klaipeda")
    assert page.locator("h1").count() == 1
    axe_check(page)
    page.get_by_role("link", name="Klaipėda Food Cluster").click()
    page.wait_for_url("**/en/clusters/*/")
    assert page.locator("h1").inner_text().startswith("Klaipėda Food Cluster")
    axe_check(page)
    # The header search box works from any page, without JavaScript.
    page.get_by_label("Search the portal").fill("latvian")
    page.get_by_label("Search the portal").press("Enter")
    page.wait_for_url("**/en/search/?q=latvian")
    assert page.get_by_role("link", name="Latvian Food Cluster").count() == 1


def test_visitor_finds_a_cluster_by_filtering(live_server, page, axe_check, clusters):
    page.goto(f"{live_server.url}/lt/")
    page.locator(".cta a.button").click()
    page.wait_for_url("**/lt/clusters/")
    axe_check(page)
    page.locator("#id_country input[value=LT]").check()
    page.locator("#id_sector input[value=food]").check()
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/lt/clusters/?*country=LT*")
    assert page.locator(".cards .card").count() == 1
    # A second country widens the group (OR); the sector still narrows it (AND).
    page.locator("#id_country input[value=LV]").check()
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/lt/clusters/?*country=LV*")
    assert page.locator(".cards .card").count() == 2
    assert page.locator(".chips li").count() == 3
    page.locator(".chips a", has_text="Latvija").click()
    page.wait_for_url("**/lt/clusters/?country=LT&sector=food")  # empty fields dropped
    assert page.locator(".cards .card").count() == 1
    axe_check(page)
    page.locator(".cards .card a").first.click()
    page.wait_for_url("**/lt/clusters/*/")
    assert page.locator("h1").inner_text().startswith("Klaipėdos maisto klasteris")
    axe_check(page)
    # Its sector leads back to the directory, filtered.
    page.locator(".tags a").first.click()
    page.wait_for_url("**/lt/clusters/?sector=food")
    assert page.locator(".cards .card").count() == 2


def test_empty_result_and_paging_pass_axe(live_server, page, axe_check, clusters):
    page.goto(f"{live_server.url}/en/clusters/?country=LV&sector=lasers")
    assert page.locator(".empty-state").count() == 1
    axe_check(page)
    page.goto(f"{live_server.url}/en/clusters/?sector=lasers")
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url("**/en/clusters/?sector=lasers&page=2")
    assert page.locator(".cards .card").count() == 6
    axe_check(page)
    page.goto(f"{live_server.url}/en/search/?q=zzzz")
    axe_check(page)


def test_pages_fit_a_phone(live_server, browser, clusters):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    slug = clusters["target"].slug
    for path in (
        "/lt/",
        "/lt/clusters/",
        "/lt/clusters/?sector=lasers&page=2",
        "/lt/clusters/?country=LV&sector=lasers",
        "/lt/clusters/?country=LT&country=DE&sector=lasers&label=silver&label=gold",
        "/lt/clusters/?label=platinum&country=XX",
        f"/lt/clusters/{slug}/",
        f"/en/clusters/{slug}/",
        "/lt/search/?q=klaster",
        "/en/search/",
    ):
        page.goto(f"{live_server.url}{path}")
        assert no_sideways_scroll(page), path
    context.close()


def test_on_a_phone_the_results_come_before_the_filters(live_server, browser, clusters):
    query = "?country=LT&country=DE&sector=lasers&sector=food"
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/lt/clusters/{query}")
    panel = page.locator("details.filter-panel")
    assert not panel.evaluate("node => node.open")
    assert "taikomi 4 filtrai" in panel.locator("summary").inner_text()
    first_card = page.locator(".cards .card").first.bounding_box()
    assert first_card["y"] < 740 * 1.5
    # The summary opens the fields.
    panel.locator("summary").click()
    assert page.locator("#id_country input[value=LT]").is_visible()
    context.close()
    # On a desktop the filter column stays open beside the results.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/lt/clusters/{query}")
    assert page.locator("#id_country input[value=LT]").is_visible()
    context.close()
    # Without JavaScript the panel is open everywhere.
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/lt/clusters/{query}")
    assert page.locator("#id_country input[value=LT]").is_visible()
    context.close()
