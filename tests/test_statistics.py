"""``/<lang>/statistics/``: numbers from the database, SVG charts with tables, the map."""

import datetime
import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alliance.models import FigureSourceKind
from clusterportal.statistics import charts
from clusters.models import Cluster, LabelLevel
from core.content import PublicationStatus
from programmes.models import Participation, Project, Role
from tests import factories as f

URL = "/{}/statistics/"
DRAFT = PublicationStatus.DRAFT


@pytest.fixture
def data(db, records_in_lithuanian):
    food = f.make_sector(name="Maistas", slug="food")
    ict = f.make_sector(name="IRT", slug="ict")
    vilnius = f.make_cluster(name="Vilniaus klasteris", country="LT", sectors=[food, ict])
    kaunas = f.make_cluster(name="Kauno klasteris", country="LT", sectors=[food])
    riga = f.make_cluster(name="Rīgas klasteris", country="LV", sectors=[ict])
    f.make_cluster(name="Juodraštis", country="LT", status=DRAFT, sectors=[food])
    f.make_cluster(name="Demo klasteris", country="DE", is_demo=True, sectors=[food])
    f.make_label(cluster=vilnius, level=LabelLevel.BRONZE, valid_until=datetime.date(2099, 1, 1))
    f.make_label(cluster=riga, level=LabelLevel.GOLD, awarded_year=2020)
    association = f.make_association(name="Klasterių asociacija", acronym="KLA")
    f.make_figure(association=association, value=13, source_kind=FigureSourceKind.TALK)
    f.make_figure(
        association=association, value=15, as_of_year=2023, source="https://example.org/kla"
    )
    cosme = f.make_programme(name="COSME programa", acronym="COSME", slug="cosme")
    ecep = f.make_action(name="ECEP veiksmas", acronym="ECEP", slug="ecep", programme=cosme)
    joint = f.make_project(title="Bendras", action=ecep, start_date=datetime.date(2018, 3, 1))
    f.make_participation(project=joint, cluster=vilnius, role=Role.COORDINATOR)
    f.make_participation(project=joint, cluster=riga)
    undated = f.make_project(title="Be datos")
    f.make_participation(project=undated, cluster=kaunas)
    f.make_participation(project=undated, cluster=vilnius)
    hidden = f.make_project(title="Juodraštinis", action=ecep, status=DRAFT)
    f.make_participation(project=hidden, cluster=kaunas, role=Role.COORDINATOR)
    f.make_project(title="Demo projektas", action=ecep, is_demo=True)
    return {"vilnius": vilnius, "kaunas": kaunas, "riga": riga}


def get(client, language="en"):
    response = client.get(URL.format(language))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(("language", "heading"), [("lt", "Statistika"), ("en", "Statistics")])
def test_renders_in_both_languages(client, data, language, heading):
    body = get(client, language).content.decode()
    assert f'<html lang="{language}">' in body
    assert body.count("<h1") == 1
    assert f"<h1>{heading}</h1>" in body
    assert "Vilniaus klasteris" not in body  # figures, not lists of names


def test_the_footer_links_the_page(client, db):
    assert 'href="/en/statistics/"' in client.get("/en/").content.decode()


def test_numbers_equal_counts_from_the_database(client, data):
    stats = get(client).context["stats"]
    counted = Cluster.objects.filter(status="published", is_demo=False)
    assert stats["clusters"] == counted.count() == 3
    assert {row["code"]: row["count"] for row in stats["by_country"]} == dict(
        Counter(str(cluster.country) for cluster in counted)
    )
    assert {row["slug"]: row["count"] for row in stats["by_sector"]} == dict(
        Counter(sector.slug for cluster in counted for sector in cluster.sectors.all())
    )
    levels = {row["level"]: (row["count"], row["valid"]) for row in stats["by_label"]["levels"]}
    assert levels == {"gold": (1, 0), "silver": (0, 0), "bronze": (1, 1)}
    assert stats["by_label"]["unlabelled"] == 1
    projects = Project.objects.filter(status="published", is_demo=False)
    assert stats["projects"] == projects.count() == 2
    cosme = next(row for row in stats["by_programme"] if row["slug"] == "cosme")
    assert cosme["count"] == projects.filter(action__programme__slug="cosme").count() == 1
    assert cosme["actions"] == [{"slug": "ecep", "name": "ECEP", "count": 1}]
    assert {row["year"]: row["count"] for row in stats["by_year"]} == {2018: 1, None: 1}
    lithuanian = Participation.objects.filter(
        project__in=projects, cluster__country="LT", cluster__status="published"
    )
    lt = stats["lithuania"]
    assert lt["clusters"] == 2
    assert lt["active"] == len({p.cluster_id for p in lithuanian}) == 2
    assert lt["projects"] == len({p.project_id for p in lithuanian}) == 2
    assert lt["coordinated"] == 1
    roles = {row["role"]: row["participations"] for row in lt["roles"]}
    assert roles == {"coordinator": 1, "partner": 2, "associated": 0}
    assert stats["demo"] == {"clusters": 1, "projects": 1}


def test_tables_show_the_numbers_with_links_to_the_lists(client, data):
    body = get(client).content.decode()
    assert '<a href="/en/clusters/?country=LT">2</a>' in body
    assert '<a href="/en/clusters/?sector=food">2</a>' in body
    assert '<a href="/en/clusters/?label=gold">1</a>' in body
    assert '<a href="/en/projects/?year=2018">1</a>' in body
    assert "demo clusters: 1; demo projects: 1" in body


def test_declared_figures_stand_side_by_side_with_source_and_year(client, data):
    body = get(client).content.decode()
    row = re.search(r"<tr>\s*<th scope=\"row\"><a[^>]*>KLA</a>.*?</tr>", body, re.S).group(0)
    talk, public = row.split("<td data-label=")[1:3]
    assert "<strong>13</strong>" in talk and "(2019)" in talk
    assert "<strong>15</strong>" in public and "(2023)" in public
    assert 'href="https://example.org/kla"' in public


def test_every_chart_is_an_image_with_a_title_and_a_table_beside_it(client, data):
    body = get(client).content.decode()
    charts_found = re.findall(
        r"<svg class=\"(?:chart|map)\"[^>]*>\s*<title id=\"([^\"]+)\">", body
    )
    assert len(charts_found) == 7
    for title_id in charts_found:
        assert f'role="img" aria-labelledby="{title_id}"' in body
    for chart_id in ["country-chart", "sector-chart", "label-chart", "programme-chart"]:
        after = body.split(f'<title id="{chart_id}-title">', 1)[1]
        table = after.split("</svg>", 1)[1].lstrip()
        assert table.startswith("<table>\n      <caption>")


def test_the_map_shades_countries_with_clusters_only(client, data):
    body = get(client).content.decode()
    assert re.search(r'<path class="shade-1"\s+data-country="LV"', body)
    assert re.search(r'<path class="shade-2"\s+data-country="LT"', body)
    # Germany has only a demo cluster and Spain none: plain land.
    assert re.search(r'<path class="map-land"\s+data-country="DE"', body)
    assert re.search(r'<path class="map-land"\s+data-country="ES"', body)


def test_no_inline_styles_or_scripts_and_the_page_is_light(client, data):
    body = get(client, "lt").content.decode()
    assert "style=" not in body
    assert "<script" not in body
    assert len(body.encode()) < 120_000


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        get(client)
    return len(queries)


def test_queries_do_not_grow_with_the_data(client, data):
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    small = count_queries(client)
    cached = count_queries(client)
    call_command("generate_demo_data", clusters=300, seed=2, stdout=io.StringIO())
    large = count_queries(client)
    assert small == large <= 20
    assert cached < small  # the numbers come from the data cache until the data changes


def test_bar_lengths_are_proportional():
    chart = charts.bar_chart(
        [{"name": "a", "count": 10}, {"name": "b", "count": 5}, {"name": "c", "count": 0}]
    )
    widths = [bar["width"] for bar in chart["bars"]]
    assert widths == [charts.BAR_SPACE, charts.BAR_SPACE / 2, 0]
    assert chart["height"] == 3 * charts.ROW_HEIGHT


@pytest.mark.parametrize(
    ("count", "shade"), [(0, 0), (1, 1), (2, 2), (4, 2), (9, 3), (24, 4), (25, 5)]
)
def test_shades(count, shade):
    assert charts.shade(count) == shade


def test_the_map_holds_the_countries_of_europe():
    shapes = charts.europe_map([])["countries"]
    codes = {shape["code"] for shape in shapes}
    assert {
        "LT",
        "LV",
        "EE",
        "PL",
        "DE",
        "FR",
        "ES",
        "PT",
        "IE",
        "IS",
        "NO",
        "FI",
        "GR",
        "CY",
    } <= codes
    assert all(re.fullmatch(r"M[-\d lz M]+", shape["d"]) for shape in shapes)
