"""The directory's option counts are cached, and an edit makes them fresh at once."""

import pytest
from django.core.management import call_command

from alliance.models import Membership
from tests import factories as f

pytestmark = pytest.mark.django_db


def country_option(client, code: str) -> str:
    form = client.get("/en/clusters/").context["filter"].form
    return dict(form.fields["country"].choices)[code]


def test_counts_are_cached_between_requests(client, django_assert_max_num_queries):
    f.make_cluster(country="LV")
    client.get("/en/clusters/")
    with django_assert_max_num_queries(5):
        response = client.get("/en/clusters/")
    assert response.status_code == 200


def test_a_save_makes_counts_fresh(client):
    f.make_cluster(country="LV")
    assert country_option(client, "LV").endswith("(1)")
    f.make_cluster(country="LV")
    assert country_option(client, "LV").endswith("(2)")
    assert country_option(client, "abroad") == "Outside Lithuania (2)"
    f.make_cluster(country="LT")
    assert country_option(client, "abroad") == "Outside Lithuania (2)"
    f.make_cluster(country="DE")
    assert country_option(client, "abroad") == "Outside Lithuania (3)"


def test_a_save_makes_the_cached_total_fresh(client):
    f.make_cluster(country="LV")
    assert client.get("/en/clusters/?country=LV").context["paginator"].count == 1
    f.make_cluster(country="LV")
    assert client.get("/en/clusters/?country=LV").context["paginator"].count == 2


def test_a_membership_change_makes_counts_fresh(client):
    cluster = f.make_cluster()
    association = f.make_association(name="KlasterLT network")
    client.get("/en/clusters/")
    Membership.objects.create(association=association, cluster=cluster)
    form = client.get("/en/clusters/").context["filter"].form
    assert dict(form.fields["association"].choices)[association.slug].endswith("(1)")


def test_bulk_demo_data_makes_counts_fresh(client):
    f.make_cluster(country="LT")
    client.get("/en/clusters/")
    call_command("generate_demo_data", clusters=30, verbosity=0)
    form = client.get("/en/clusters/").context["filter"].form
    counts = {
        value: int(label.rsplit("(", 1)[1].rstrip(")"))
        for value, label in form.fields["country"].choices
    }
    abroad = counts.pop("abroad")
    assert sum(counts.values()) == 31
    assert abroad == 31 - counts["LT"]


def test_home_numbers_follow_an_edit(client):
    cluster = f.make_cluster(country="LT")
    assert client.get("/en/").context["numbers"]["clusters"] == 1
    cluster.status = "draft"
    cluster.save()
    assert client.get("/en/").context["numbers"]["clusters"] == 0


def test_the_rendered_checkboxes_follow_an_edit(client):
    f.make_cluster(country="LV")
    checkbox = (
        '<input type="checkbox" name="country" value="LV"> <span>Latvia <span class="count">'
    )
    assert checkbox + "(1)" in client.get("/en/clusters/").content.decode()
    f.make_cluster(country="LV")
    assert checkbox + "(2)" in client.get("/en/clusters/").content.decode()
    # Each language and each selection has its own rendering.
    assert (
        'value="LV" checked> <span>Latvija'
        in client.get("/lt/clusters/?country=LV").content.decode()
    )
