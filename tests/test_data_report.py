"""The data report: completeness per model, field and country, in the shell and for staff."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from clusters.models import Cluster
from core.content import today
from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/admin/data-report/"


@pytest.fixture
def clusters():
    """Four Lithuanian clusters with different gaps, one Latvian, and a demo one left out."""
    ict = f.make_sector(name="ICT", slug="ict")
    f.make_cluster(
        country="LT", website="https://a.lt", email="info@a.lt", sectors=[ict], description="A"
    )
    f.make_cluster(
        country="LT", website="https://b.lt", sectors=[ict], last_evidence_year=today().year
    )
    f.make_cluster(country="LT", phone="+370 5 000 0000")
    f.make_cluster(country="LT", description_en="Only in English")
    f.make_cluster(country="LV", website="https://c.lv")
    f.make_cluster(country="LV", website="https://demo.lv", is_demo=True)


def report(*args) -> str:
    out = StringIO()
    call_command("data_report", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_clusters_by_country(clusters):
    text = report("--language", "en")

    lithuania = next(line for line in text.splitlines() if line.startswith("Lithuania"))
    # clusters, website, sectors, description, contact, recent evidence
    assert re.split(r"\s{2,}", lithuania) == [
        "Lithuania",
        "4",
        "2 (50 %)",
        "2 (50 %)",
        "2 (50 %)",
        "2 (50 %)",
        "1 (25 %)",
    ]
    latvia = next(line for line in text.splitlines() if line.startswith("Latvia"))
    assert re.split(r"\s{2,}", latvia)[:3] == ["Latvia", "1", "1 (100 %)"]
    assert "All countries" in text


def test_the_command_prints_each_models_fields(clusters):
    text = report("--language", "en")

    assert "Clusters: 5" in text  # the demo cluster is not counted
    website = next(line for line in text.splitlines() if line.startswith("website"))
    assert re.split(r"\s{2,}", website) == ["website", "3", "60 %"]
    assert any(line.startswith("description [en]") for line in text.splitlines())
    assert "Calls: 0" in text


def test_the_command_speaks_lithuanian_by_default(clusters):
    text = report()

    assert "Klasteriai pagal šalis" in text
    assert "Lietuva" in text


def test_an_unknown_language_is_refused(db):
    with pytest.raises(CommandError, match="lt or en"):
        report("--language", "fr")


def test_anonymous_visitors_are_sent_to_the_login(client, clusters):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_signed_in_non_staff_users_are_sent_to_the_login(client, clusters):
    user = get_user_model().objects.create_user("visitor", password="long-enough-password")
    client.force_login(user)

    response = client.get(URL)

    assert response.status_code == 302


def cell(page: str, country: str, column: str) -> int:
    row = re.search(rf'<tr data-country="{country}">(.*?)</tr>', page, re.S).group(1)
    return int(re.search(rf'data-column="{column}">(\d+)<', row).group(1))


def test_staff_see_the_figures_the_database_holds(admin_client, clusters):
    page = admin_client.get(URL).content.decode()

    real_lt = Cluster.objects.real().filter(country="LT")
    assert cell(page, "LT", "total") == real_lt.count() == 4
    assert cell(page, "LT", "website") == real_lt.exclude(website="").count() == 2
    assert cell(page, "LT", "sectors") == real_lt.filter(sectors__isnull=False).count() == 2
    assert cell(page, "LV", "total") == Cluster.objects.real().filter(country="LV").count() == 1
    assert 'data-field="website"' in page


def test_the_page_follows_the_staff_members_language(admin_client, clusters):
    lithuanian = admin_client.get(URL, HTTP_ACCEPT_LANGUAGE="lt").content.decode()
    english = admin_client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Klasteriai pagal šalis" in lithuanian
    assert "Clusters by country" in english


def test_the_admin_index_links_to_the_report(admin_client):
    assert URL in admin_client.get("/admin/").content.decode()


def test_the_page_costs_one_query_per_model_whatever_the_data(
    admin_client, clusters, django_assert_max_num_queries
):
    for index in range(30):
        f.make_cluster(country="EE", website=f"https://e{index}.ee")
    # 14 for the page, and the session's save that keeps a working editor signed in
    # (SESSION_SAVE_EVERY_REQUEST).
    with django_assert_max_num_queries(15):
        assert admin_client.get(URL).status_code == 200
