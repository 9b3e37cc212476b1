"""HEAD answers wherever GET does; methods the site does not use are refused (405)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def urls(db):
    cluster = f.make_cluster()
    association = f.make_association()
    return [
        "/",
        "/healthz",
        "/robots.txt",
        "/sitemap.xml",
        reverse("home"),
        reverse("search") + "?q=klasteris",
        cluster.get_absolute_url(),
        association.get_absolute_url(),
        "/admin/login/",
        "/no-such-page/",
    ]


def test_head_answers_like_get_without_a_body(client, urls):
    for url in urls:
        get = client.get(url)
        head = client.head(url)
        assert head.status_code == get.status_code, url
        assert head.content == b"", url
        assert head.get("Content-Type") == get.get("Content-Type"), url


@pytest.mark.parametrize("method", ["TRACE", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"])
def test_unused_methods_are_refused_everywhere(urls, method, admin_client):
    for client in (Client(), admin_client):
        for url in [*urls, "/admin/", reverse("admin:clusters_cluster_changelist")]:
            response = client.generic(method, url)
            assert response.status_code == 405, (method, url, response.status_code)
            assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "POST"}
