"""Home page, health check, language redirect and the stub public pages."""

import pytest
from django.db import connection
from django.urls import reverse

from core.content import PublicationStatus
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_dataset():
    ict = f.make_sector(name="ICT")
    clusters = [
        f.make_cluster(name="SMART Food Cluster", country="LT", sectors=[ict]),
        f.make_cluster(name="Latvian IT Cluster", country="LV", sectors=[ict]),
        f.make_cluster(name="Hidden draft", country="EE", status=PublicationStatus.DRAFT),
        f.make_cluster(name="Demo cluster (demo)", country="FI", is_demo=True),
    ]
    association = f.make_association(name="KlasterLT")
    project = f.make_project(title="DIGICLUSTERS")
    f.make_participation(project=project, cluster=clusters[0])
    return {"clusters": clusters, "association": association, "project": project}


def test_root_redirects_to_visitors_language(client):
    assert client.get("/").url == "/lt/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").url == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr").url == "/lt/"


@pytest.mark.parametrize(("lang", "heading"), [("lt", "Lietuvos"), ("en", "Clusters of")])
def test_home_shows_real_numbers(
    client, small_dataset, lang, heading, django_assert_max_num_queries
):
    # Cold: one count per figure (kept in the data cache), then the two live lists.
    with django_assert_max_num_queries(16):
        response = client.get(f"/{lang}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{lang}">' in body
    assert body.count("<h1>") == 1
    assert heading in body
    numbers = response.context["numbers"]
    # Drafts and demo records are not counted.
    assert numbers == {
        "clusters": 2,
        "lithuanian_clusters": 1,
        "associations": 1,
        "countries": 2,
        "projects": 1,
        "open_calls": 0,
        "upcoming_events": 0,
        # These two say whether the directory's shortcuts lead anywhere: demo records count.
        "gold_clusters": 0,
        "clusters_with_projects": 1,
    }
    assert reverse("admin:index") in body


def test_home_renders_on_an_empty_database(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "No projects yet" in response.content.decode()


def test_healthz_answers_when_database_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_reports_a_broken_database(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("database is gone")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_unknown_page_is_a_helpful_404(client):
    response = client.get("/en/clusters/no-such-cluster/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert reverse("clusters:cluster-list").encode() in response.content


def test_drafts_are_not_public(client, small_dataset):
    draft = small_dataset["clusters"][2]
    assert client.get(draft.get_absolute_url()).status_code == 404
    published = small_dataset["clusters"][0]
    assert client.get(published.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "clusters:cluster-list",
        "alliance:association-list",
        "alliance:event-list",
        "programmes:programme-list",
        "programmes:project-list",
        "programmes:call-list",
    ],
)
def test_list_pages_render(client, small_dataset, name):
    response = client.get(reverse(name))
    assert response.status_code == 200


def test_detail_pages_render(client, small_dataset):
    for obj in (small_dataset["association"], small_dataset["project"]):
        response = client.get(obj.get_absolute_url())
        assert response.status_code == 200
        assert str(obj).encode() in response.content


def test_security_headers_on_public_page(client):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "object-src 'none'" in csp
    assert "base-uri 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
