import pytest

from tests import factories as f
from tests.helpers import no_sideways_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_reads_home_in_both_languages(live_server, page, axe_check):
    cluster = f.make_cluster(name="SMART Food Cluster", name_en="SMART Food Cluster")
    for lang in ("lt", "en"):
        page.goto(f"{live_server.url}/{lang}/")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("h1").count() == 1
        axe_check(page)
    page.get_by_role("link", name="Clusters", exact=True).first.click()
    page.get_by_role("link", name=cluster.name, exact=True).click()
    assert page.locator("h1").inner_text().startswith("SMART Food Cluster")


def test_home_fits_a_phone(live_server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/lt/")
    assert no_sideways_scroll(page)
    context.close()


def test_language_switcher_keeps_the_page(live_server, page):
    page.goto(f"{live_server.url}/lt/clusters/?page=1")
    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_url("**/en/clusters/?page=1")
    assert page.locator("html").get_attribute("lang") == "en"
