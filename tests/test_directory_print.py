"""The directory's print view: every result of the filter selection in one table."""

import re

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clusterportal.directory import printing
from clusters.models import LabelLevel
from tests import factories as f

pytestmark = pytest.mark.django_db

PAGE_SIZE = 24


def make_clusters(count: int, **fields) -> list:
    ict = f.make_sector(name=f"ICT {count} {fields.get('country', 'LT')}")
    clusters = [
        f.make_cluster(
            name=f"Print test cluster {fields.get('country', 'LT')} {index:03}",
            city="Vilnius",
            website=f"https://cluster-{index}.example.org/",
            sectors=[ict],
            **fields,
        )
        for index in range(count)
    ]
    f.make_label(cluster=clusters[0], level=LabelLevel.GOLD, awarded_year=2021)
    return clusters


def rows(body: str) -> list[str]:
    return re.findall(r'<tr><th scope="row">([^<]+)', body)


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_lists_every_page_of_results(client, lang):
    make_clusters(PAGE_SIZE + 6)
    directory = client.get(f"/{lang}/clusters/")
    assert directory.context["paginator"].num_pages == 2
    response = client.get(f"/{lang}/clusters/print/")
    assert response.status_code == 200
    body = response.content.decode()
    assert len(rows(body)) == PAGE_SIZE + 6
    assert '<form method="get"' not in body.split('id="main"', 1)[1]  # no filter form
    assert "https://cluster-7.example.org/" in body
    assert "Vilnius" in body
    assert ("Auksinis" if lang == "lt" else "Gold") in body and "2021" in body
    assert f'<html lang="{lang}">' in body


def test_filters_and_order_apply(client):
    make_clusters(PAGE_SIZE + 2, country="LT")
    make_clusters(3, country="LV")
    body = client.get("/en/clusters/print/?country=LV&page=2").content.decode()
    assert rows(body) == [f"Print test cluster LV {index:03}" for index in range(3)]
    assert "Country: Latvia" in body
    assert 'href="/en/clusters/?country=LV"' in body  # back to the same list, first page
    body = client.get("/en/clusters/print/?country=LT&sort=name").content.decode()
    assert len(rows(body)) == PAGE_SIZE + 2
    assert "LV" not in "".join(rows(body))


def test_an_invalid_filter_is_ignored_not_an_error(client):
    make_clusters(2)
    response = client.get("/en/clusters/print/?country=XX&label=nope&page=abc")
    assert response.status_code == 200


def test_a_long_list_is_capped_with_a_note(client, monkeypatch):
    monkeypatch.setattr(printing, "PRINT_MAX_ROWS", 5)
    make_clusters(8)
    make_clusters(2, country="LV")
    body = client.get("/en/clusters/print/").content.decode()
    assert len(rows(body)) == 5
    assert "Only the first 5 of 10 clusters are listed" in body
    body = client.get("/en/clusters/print/?country=LV").content.decode()
    assert len(rows(body)) == 2
    assert "Only the first" not in body


def test_an_empty_selection_says_so(client):
    body = client.get("/lt/clusters/print/?country=LV").content.decode()
    assert rows(body) == []
    assert "0 klasterių" in body


def test_queries_do_not_grow_with_the_rows(client):
    def queries(path):
        client.get(path)  # fills the cached filter choices
        with CaptureQueriesContext(connection) as context:
            assert client.get(path).status_code == 200
        return len(context)

    make_clusters(5, country="LV")
    few = queries("/en/clusters/print/?country=LV")
    make_clusters(60, country="LT")
    assert queries("/en/clusters/print/?country=LT") == few
    assert few <= 8


def test_the_print_link_keeps_the_query_string():
    request = RequestFactory().get("/en/clusters/", {"country": "LT", "sort": "name", "page": "3"})
    html = render_to_string("clusters/_print_link.html", request=request)
    assert f'href="{reverse("clusters:cluster-print")}?country=LT&amp;sort=name"' in html
    request = RequestFactory().get("/en/clusters/")
    html = render_to_string("clusters/_print_link.html", request=request)
    assert f'href="{reverse("clusters:cluster-print")}"' in html


def test_the_directory_offers_its_print_view(client):
    make_clusters(3, country="LV")
    body = client.get("/en/clusters/?country=LV").content.decode()
    assert f'href="{reverse("clusters:cluster-print")}?country=LV"' in body
