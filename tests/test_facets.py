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
    total = sum(
        int(label.rsplit("(", 1)[1].rstrip(")"))
        for _, label in form.fields["country"].choices
        if _
    )
    assert total == 31


def test_home_numbers_follow_an_edit(client):
    cluster = f.make_cluster(country="LT")
    assert client.get("/en/").context["numbers"]["clusters"] == 1
    cluster.status = "draft"
    cluster.save()
    assert client.get("/en/").context["numbers"]["clusters"] == 0
