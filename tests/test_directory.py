"""The cluster directory /<lang>/clusters/: filters, counts, sorting, paging, bad input."""

import datetime
import io
import re
from html import unescape

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clusters.models import LabelLevel
from core.content import PublicationStatus
from programmes.models import Role
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


URL = "/en/clusters/"


@pytest.fixture
def directory():
    """Five clusters: three real published ones, a draft and a demo one."""
    ict = f.make_sector(name="ICT", slug="ict")
    food = f.make_sector(name="Food", slug="food")
    klaipeda = f.make_cluster(
        name="Klaipėdos maisto klasteris",
        acronym="KMK",
        country="LT",
        city="Klaipėda",
        coordinator="Jūrinis institutas",
        founded_year=2010,
        members_sme=30,
        sectors=[food],
    )
    siauliai = f.make_cluster(
        name="Šiaulių IT klasteris",
        country="LT",
        city="Šiauliai",
        founded_year=2015,
        members_sme=5,
        sectors=[ict],
    )
    latvia = f.make_cluster(
        name="Latvian IT Cluster",
        country="LV",
        city="Riga",
        founded_year=2000,
        members_sme=280,
        members_large=20,
        sectors=[ict],
    )
    draft = f.make_cluster(
        name="Hidden Estonian draft",
        country="EE",
        sectors=[ict],
        status=PublicationStatus.DRAFT,
    )
    demo = f.make_cluster(
        name="Finnish demo cluster (demo)", country="FI", is_demo=True, sectors=[ict]
    )
    f.make_label(cluster=klaipeda, level=LabelLevel.GOLD, awarded_year=2019)
    f.make_label(cluster=latvia, level=LabelLevel.BRONZE, awarded_year=2017)
    f.make_label(cluster=latvia, level=LabelLevel.BRONZE, awarded_year=2019)
    f.make_label(cluster=demo, level=LabelLevel.SILVER, awarded_year=2020)
    f.make_label(cluster=draft, level=LabelLevel.SILVER, awarded_year=2020)
    network = f.make_association(name="Lithuanian cluster network", slug="klaster-lt")
    baltic = f.make_association(name="Baltic network", slug="baltic", country="LV")
    hidden = f.make_association(
        name="Hidden association", slug="hidden", status=PublicationStatus.DRAFT
    )
    f.make_membership(association=network, cluster=klaipeda)
    f.make_membership(association=network, cluster=siauliai)
    f.make_membership(association=baltic, cluster=latvia)
    f.make_membership(association=baltic, cluster=klaipeda)
    f.make_membership(association=hidden, cluster=siauliai)
    cosme = f.make_programme(name="COSME", acronym="COSME", slug="cosme")
    erasmus = f.make_programme(name="Erasmus+", acronym="Erasmus+", slug="erasmus")
    project = f.make_project(
        title="Food Partnership",
        action=f.make_action(programme=cosme),
        start_date=datetime.date(2018, 1, 1),
    )
    f.make_participation(project=project, cluster=klaipeda, role=Role.COORDINATOR)
    f.make_participation(project=project, cluster=latvia)
    second = f.make_project(title="IT Partnership", action=f.make_action(programme=cosme))
    f.make_participation(project=second, cluster=latvia, role=Role.COORDINATOR)
    draft_project = f.make_project(
        title="Draft project",
        action=f.make_action(programme=erasmus),
        status=PublicationStatus.DRAFT,
    )
    f.make_participation(project=draft_project, cluster=siauliai)
    return {
        "klaipeda": klaipeda,
        "siauliai": siauliai,
        "latvia": latvia,
        "draft": draft,
        "demo": demo,
    }


def names(response) -> list[str]:
    return [str(cluster.name) for cluster in response.context["object_list"]]


def choices(response, field: str) -> dict[str, str]:
    form = response.context["filter"].form
    return {str(value): str(label) for value, label in form.fields[field].choices if value}


KLAIPEDA = "Klaipėdos maisto klasteris"
SIAULIAI = "Šiaulių IT klasteris"
LATVIA = "Latvian IT Cluster"
DEMO = "Finnish demo cluster (demo)"


def test_lists_published_clusters_real_first(client, directory):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == [KLAIPEDA, LATVIA, SIAULIAI, DEMO]
    body = response.content.decode()
    assert "Hidden Estonian draft" not in body
    assert "4 results" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=LT", {KLAIPEDA, SIAULIAI}),
        ("country=FI", {DEMO}),
        ("sector=ict", {SIAULIAI, LATVIA, DEMO}),
        ("sector=food", {KLAIPEDA}),
        ("label=gold", {KLAIPEDA}),
        ("label=bronze", {LATVIA}),
        ("label=silver", {DEMO}),
        ("association=klaster-lt", {KLAIPEDA, SIAULIAI}),
        ("association=baltic", {KLAIPEDA, LATVIA}),
        ("programme=cosme", {KLAIPEDA, LATVIA}),
        ("projects=yes", {KLAIPEDA, LATVIA}),
        ("projects=no", {SIAULIAI, DEMO}),
        ("size=1-9", {SIAULIAI}),
        ("size=10-49", {KLAIPEDA}),
        ("size=250%2B", {LATVIA}),
        ("q=klaipeda", {KLAIPEDA}),
        ("q=SIAULIAI", {SIAULIAI}),
        ("q=kmk", {KLAIPEDA}),
        ("q=jurinis", {KLAIPEDA}),
        ("q=riga", {LATVIA}),
        ("q=klaster", {KLAIPEDA, SIAULIAI}),
    ],
)
def test_each_filter_alone(client, directory, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert set(names(response)) == expected
    # A label awarded twice does not list the cluster twice.
    assert len(names(response)) == len(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=LT&sector=ict", {SIAULIAI}),
        ("country=LT&projects=yes", {KLAIPEDA}),
        ("sector=ict&label=bronze&programme=cosme", {LATVIA}),
        ("association=baltic&country=LV&size=250%2B", {LATVIA}),
        ("q=klaster&association=klaster-lt&sector=food", {KLAIPEDA}),
        ("country=LT&label=bronze", set()),
    ],
)
def test_filters_combine(client, directory, query, expected):
    response = client.get(f"{URL}?{query}")
    assert set(names(response)) == expected


def test_options_carry_counts_of_published_clusters(client, directory):
    response = client.get(URL)
    # Lithuania and "outside Lithuania" (every other country) first, then by name.
    assert list(choices(response, "country")) == ["LT", "abroad", "FI", "LV"]
    assert choices(response, "country") == {
        "abroad": "Outside Lithuania (2)",
        "FI": "Finland (1)",
        "LV": "Latvia (1)",
        "LT": "Lithuania (2)",
    }
    assert choices(response, "sector") == {"food": "Food (1)", "ict": "ICT (3)"}
    # Levels ever awarded, counted per cluster (Latvia's two bronzes count once).
    assert choices(response, "label") == {
        "gold": "Gold (1)",
        "silver": "Silver (1)",
        "bronze": "Bronze (1)",
    }
    # Drafts (a hidden association, a draft project's programme) are not offered.
    assert choices(response, "association") == {
        "baltic": "Baltic network (2)",
        "klaster-lt": "Lithuanian cluster network (2)",
    }
    assert choices(response, "programme") == {"cosme": "COSME (2)"}
    assert choices(response, "size") == {
        "1-9": "1–9 members (1)",
        "10-49": "10–49 members (1)",
        "50-249": "50–249 members (0)",
        "250+": "250 members or more (1)",
    }


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", [KLAIPEDA, LATVIA, SIAULIAI, DEMO]),
        ("country", [DEMO, KLAIPEDA, SIAULIAI, LATVIA]),  # FI, LT, LV
        ("founded", [LATVIA, KLAIPEDA, SIAULIAI, DEMO]),
        ("projects", [LATVIA, KLAIPEDA, SIAULIAI, DEMO]),
    ],
)
def test_sorting(client, directory, sort, expected):
    response = client.get(f"{URL}?sort={sort}")
    assert names(response) == expected


def test_sort_by_newest_update(client, directory):
    directory["siauliai"].save()  # touched last
    assert names(client.get(f"{URL}?sort=updated"))[0] == SIAULIAI


def test_text_ranks_name_matches_first(client, directory):
    f.make_cluster(name="Aardvark Cluster", coordinator="Latvian IT Agency", country="LV")
    assert names(client.get(f"{URL}?q=latvian"))[:2] == [LATVIA, "Aardvark Cluster"]


def test_paging_keeps_filters(client, directory):
    ict = directory["siauliai"].sectors.get()
    for number in range(30):
        f.make_cluster(name=f"Extra cluster {number:02d}", country="LT", sectors=[ict])
    response = client.get(f"{URL}?country=LT&sector=ict")
    assert response.context["paginator"].count == 31
    assert len(names(response)) == 24
    body = unescape(response.content.decode())
    next_links = re.findall(r'href="(\?[^"]*)" rel="next"', body)
    assert next_links == ["?country=LT&sector=ict&page=2"]
    second = client.get(f"{URL}{next_links[0]}")
    assert len(names(second)) == 7
    assert 'rel="prev"' in second.content.decode()
    assert "country=LT&amp;sector=ict&amp;page=1" in second.content.decode()


@pytest.mark.parametrize("page", ["abc", "999999", "0", "-1", "1.5", ""])
def test_bad_page_numbers_give_a_page(client, directory, page):
    response = client.get(f"{URL}?page={page}")
    assert response.status_code == 200
    assert names(response)


def test_empty_state_offers_to_remove_each_filter(client, directory):
    response = client.get(f"{URL}?country=LT&label=bronze&sort=name")
    assert response.status_code == 200
    assert names(response) == []
    body = unescape(response.content.decode())
    assert "No cluster matches these filters." in body
    # Each link drops one filter and keeps the others (and the sort).
    assert 'href="/en/clusters/?label=bronze&sort=name"' in body
    assert 'href="/en/clusters/?country=LT&sort=name"' in body
    assert "Remove “Country: Lithuania”" in body
    assert "Remove “ESCA label (ever awarded): Bronze”" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=LT&country=LV", {KLAIPEDA, SIAULIAI, LATVIA}),
        ("country=abroad", {LATVIA, DEMO}),
        ("country=abroad&country=LT", {KLAIPEDA, SIAULIAI, LATVIA, DEMO}),
        ("country=abroad&sector=food", set()),
        ("label=gold&label=bronze", {KLAIPEDA, LATVIA}),
        ("label=gold&label=silver&country=LT", {KLAIPEDA}),
        ("sector=ict&sector=food&country=LT", {KLAIPEDA, SIAULIAI}),
        ("country=LT&country=LV&sector=ict&label=bronze&label=gold", {LATVIA}),
        ("association=klaster-lt&association=baltic", {KLAIPEDA, SIAULIAI, LATVIA}),
        ("association=baltic&country=LT", {KLAIPEDA}),
        ("programme=cosme&label=gold&label=bronze&sector=food", {KLAIPEDA}),
        # An empty value (an old form's "any" option) means no filter.
        ("country=&sector=ict", {SIAULIAI, LATVIA, DEMO}),
    ],
)
def test_values_of_a_group_or_and_groups_and(client, directory, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert set(names(response)) == expected
    assert len(names(response)) == len(expected)
    assert response.context["paginator"].count == len(expected)


def test_the_form_shows_ticked_boxes_with_counts(client, directory):
    body = client.get(f"{URL}?country=LT&country=abroad&label=gold").content.decode()
    assert "<legend>Country</legend>" in body
    assert (
        '<input type="checkbox" name="country" value="LT" checked> <span>Lithuania'
        ' <span class="count">(2)</span>'
    ) in body
    abroad = (
        '<input type="checkbox" name="country" value="abroad" checked> <span>Outside Lithuania'
    )
    assert abroad in body
    assert '<input type="checkbox" name="country" value="LV"> <span>Latvia' in body
    assert '<input type="checkbox" name="label" value="gold" checked> <span>Gold' in body
    assert '<input type="checkbox" name="label" value="bronze"> <span>Bronze' in body


def test_option_names_are_escaped(client, directory):
    f.make_cluster(name="Escaped", sectors=[f.make_sector(name="<b>Bold</b> & co", slug="bold")])
    body = client.get(URL).content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in body
    assert "<b>Bold</b>" not in body


def test_one_chip_per_value_each_removing_only_it(client, directory):
    response = client.get(f"{URL}?country=LT&country=LV&sector=ict&label=bronze&label=gold")
    assert names(response) == [LATVIA]
    body = unescape(response.content.decode())
    chips = re.findall(r'<ul class="chips"[^>]*>(.*?)</ul>', body, re.S)[0]
    links = re.findall(r'href="([^"]*)"', chips)
    assert links == [
        "/en/clusters/?country=LV&sector=ict&label=bronze&label=gold",
        "/en/clusters/?country=LT&sector=ict&label=bronze&label=gold",
        "/en/clusters/?country=LT&country=LV&label=bronze&label=gold",
        "/en/clusters/?country=LT&country=LV&sector=ict&label=gold",
        "/en/clusters/?country=LT&country=LV&sector=ict&label=bronze",
    ]
    assert "Country: Lithuania" in chips and "Country: Latvia" in chips
    assert "ESCA label (ever awarded): Gold" in chips
    # The panel's summary says how many filters are in use.
    assert '<span class="filter-summary">5 filters in use</span>' in body


def test_the_abroad_choice_has_a_chip(client, directory):
    body = unescape(client.get(f"{URL}?country=abroad").content.decode())
    assert "Country: Outside Lithuania" in body


@pytest.mark.parametrize(
    ("query", "label", "value", "remove"),
    [
        ("label=platinum", "ESCA label (ever awarded)", "platinum", "/en/clusters/"),
        ("country=XX", "Country", "XX", "/en/clusters/"),
        ("sector=nope&country=LT", "Sector", "nope", "/en/clusters/?country=LT"),
        ("label=gold&label=platinum", "ESCA label (ever awarded)", "platinum", "?label=gold"),
        ("size=huge", "Size (members)", "huge", "/en/clusters/"),
        ("projects=maybe&sort=name", "Has EU projects", "maybe", "/en/clusters/?sort=name"),
        ("life=zombie", "Still active?", "zombie", "/en/clusters/"),
    ],
)
def test_an_unknown_value_shows_nothing_and_says_so(
    client, directory, query, label, value, remove
):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert names(response) == []
    body = unescape(response.content.decode())
    assert "0 results" in body
    assert "the address asks for a filter value that is not known" in body
    assert f"The filter “{label}” has no value “{value}”." in body
    assert f'href="{remove if remove.startswith("/") else URL + remove}">Remove this value' in body
    assert '<a href="/en/clusters/">Clear all filters</a>' in body
    # The field says it too.
    assert f"“{value}” is not a known value, so nothing is shown." in body
    # The downloads say the same: nothing.
    assert client.get(f"{URL}?{query}&format=json")["X-Total-Count"] == "0"


def test_each_unknown_value_is_named(client, directory):
    response = client.get(f"{URL}?country=XX&country=LT&sector=nope&label=platinum")
    assert names(response) == []
    body = unescape(response.content.decode())
    assert "The filter “Country” has no value “XX”." in body
    assert "The filter “Sector” has no value “nope”." in body
    assert "The filter “ESCA label (ever awarded)” has no value “platinum”." in body
    assert "value “LT”" not in body
    assert 'href="/en/clusters/?country=LT&sector=nope&label=platinum"' in body


def test_an_unknown_sort_falls_back_with_a_note(client, directory):
    response = client.get(f"{URL}?sort=evil&country=LT")
    assert names(response) == [KLAIPEDA, SIAULIAI]
    body = unescape(response.content.decode())
    assert "The sort order “evil” is not known, so the list is in its default order." in body
    assert 'href="/en/clusters/?country=LT">Remove it from the address' in body
    assert "not known value" not in body


def test_unknown_values_in_lithuanian(client, directory):
    body = unescape(client.get("/lt/clusters/?label=platinum").content.decode())
    assert "Filtras „ESCA ženklas (kada nors suteiktas)“ neturi reikšmės „platinum“." in body


@pytest.mark.parametrize(
    ("url", "good"),
    [
        ("/en/associations/?country=XX", "/en/associations/?country=LT"),
        ("/en/events/?kind=nope", "/en/events/"),
        ("/en/projects/?programme=nope", "/en/projects/"),
        ("/en/calls/?status=nope", "/en/calls/"),
    ],
)
def test_every_filtered_list_refuses_unknown_values(client, directory, url, good):
    f.make_association(name="Lietuvos asociacija", slug="lt-assoc", country="LT")
    f.make_event(title="Forum")
    f.make_call(action=f.make_action(programme=f.make_programme(slug="p")))
    assert client.get(good).context["object_list"]
    response = client.get(url)
    assert response.status_code == 200
    assert not response.context["object_list"]
    body = unescape(response.content.decode())
    assert "the address asks for a filter value that is not known" in body
    assert "has no value “" in body


def test_the_total_and_each_page_are_computed_once_per_selection_and_data_version(
    client, directory
):
    for number in range(60):
        f.make_cluster(name=f"Extra {number:02d}", country="LT")
    url = f"{URL}?country=LT&country=LV"
    client.get(URL)  # the option counts, cached
    first = count_queries(client, url)  # COUNT(*), the page's ids, its rows
    again = count_queries(client, url)  # its rows only
    deep_first = count_queries(client, url + "&page=3")
    deep_again = count_queries(client, url + "&page=3")
    assert first == again + 2
    assert deep_first == again + 1
    assert deep_again == again
    third = client.get(url + "&page=3")
    assert third.context["paginator"].count == 63
    assert [c.name for c in third.context["object_list"]] == [
        f"Extra {number:02d}" for number in range(48, 60)
    ] + [KLAIPEDA, LATVIA, SIAULIAI]
    # Another order is another list.
    by_founding = client.get(url + "&sort=founded").context["object_list"]
    assert [c.name for c in by_founding][:3] == [LATVIA, KLAIPEDA, SIAULIAI]
    f.make_cluster(name="One more", country="LV")
    assert client.get(url + "&page=3").context["paginator"].count == 64


# Long values within the address limit reach the view (longer: tests/test_long_urls.py).
HOSTILE = [
    "q=" + "a" * 1900,
    "q=" + "ž" * 300,
    "q=%00",
    "q=abc%00def",
    "country=%00",
    "sector=%00&association=%00",
    "q=%25%25%25_%5C",
    "q=%27%22%3B--",
    "q=a:*%20%26%20!b%20|%20(c)",
    "q=%F0%9F%98%80%E2%80%AE%E2%80%8B",
    "q=%CC%81%CC%81%CC%81",
    "q=%ED%A0%80",
    "q[]=x&country[]=LT",
    "page=99999999999999999999999",
    "page=%00",
    "sort=-name",
    "sort=pk);DROP TABLE x;--",
    "size=1-9&size=250%2B",
    "country=" + "LT" * 900,
    "q=" + "%20" * 400 + "x",
    "projects=maybe",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_strings_never_fail(client, directory, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code < 500


@pytest.mark.parametrize(("lang", "heading"), [("lt", "<h1>"), ("en", "<h1>")])
def test_both_languages(client, directory, lang, heading):
    response = client.get(f"/{lang}/clusters/?country=LT")
    body = response.content.decode()
    assert f'<html lang="{lang}">' in body
    assert body.count("<h1") == 1
    assert '<form class="filters" method="get"' in body
    assert f'<link rel="canonical" href="http://testserver/{lang}/clusters/">' in body
    assert 'hreflang="en" href="http://testserver/en/clusters/?country=LT"' in body
    for field in ("id_q", "id_size", "id_sort"):
        assert f'<label for="{field}">' in body
    for group in ("id_country", "id_sector", "id_label", "id_association", "id_programme"):
        assert f'<ul class="checks" id="{group}">' in body or f'id="{group}"' in body
    assert body.count("<fieldset") == 5
    # Open without JavaScript; the panel's script closes it on a phone.
    assert '<details class="filter-panel" open>' in body
    assert '<script src="/static/js/filter-panel.js"></script>' in body


def test_sector_links_lead_to_the_filtered_directory(client, directory):
    response = client.get(directory["klaipeda"].sectors.get().get_absolute_url())
    assert names(response) == [KLAIPEDA]


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_data(client, directory):
    url = f"{URL}?sector=ict&sort=projects&q=cluster"
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    small = [count_queries(client, URL), count_queries(client, url)]
    call_command("generate_demo_data", clusters=300, seed=2, stdout=io.StringIO())
    large = [count_queries(client, URL), count_queries(client, url)]
    assert small == large
    assert max(large) <= 15


def test_active_clusters_first_and_a_life_filter(client, directory):
    from clusters.models import LifeStatus

    sleeping = f.make_cluster(
        name="Aaa miegantis klasteris", country="LT", life_status=LifeStatus.INACTIVE
    )
    listed = [c.pk for c in client.get(URL).context["object_list"]]
    assert listed[-1] == sleeping.pk or sleeping.pk not in listed[:-1]
    assert listed.index(sleeping.pk) > 0  # its name sorts first, its life last
    active = client.get(URL + "?life=active").context["object_list"]
    assert sleeping not in active
    inactive = client.get(URL + "?life=inactive").context["object_list"]
    assert list(inactive) == [sleeping]
    options = dict(client.get(URL).context["filter"].form.fields["life"].choices)
    assert options["inactive"] == "Inactive (1)"


def test_links_into_the_directory_name_known_values(client, directory):
    """Pages that link into the directory with filters (home, statistics, countries,
    associations, cluster profiles) only use values the filters know."""
    pages = [
        "/en/",
        "/en/statistics/",
        "/en/countries/",
        "/en/countries/lt/",
        "/en/associations/klaster-lt/",
        directory["klaipeda"].get_absolute_url(),
    ]
    links = set()
    for page in pages:
        body = unescape(client.get(page).content.decode())
        links |= set(re.findall(r'href="(/en/clusters/\?[^"#]+)"', body))
    assert any("country=" in link for link in links)
    assert any("sector=" in link for link in links)
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        assert response.context["unknown_filters"] == [], link


def test_a_scrolling_group_shows_its_ticked_boxes_first():
    from core.listing import SCROLL_AFTER, CheckboxList

    choices = [(f"c{n:02}", f"Choice {n:02} ({n})") for n in range(SCROLL_AFTER + 5)]
    html = CheckboxList(choices=choices).render("x", ["c07", "c12"])
    assert "checks-scroll" in html
    values = re.findall(r'value="(c\d+)"', html)
    assert values[:2] == ["c07", "c12"]
    assert values[2:] == [value for value, _ in choices if value not in {"c07", "c12"}]
    short = CheckboxList(choices=choices[:3]).render("x", ["c02"])
    assert re.findall(r'value="(c\d+)"', short) == ["c00", "c01", "c02"]


def test_country_codes_are_read_in_any_case(client, directory):
    typed = client.get(f"{URL}?country=lt&country=Lv")
    assert sorted(names(typed)) == sorted(names(client.get(f"{URL}?country=LT&country=LV")))
    assert len(names(typed)) == 3


def test_a_group_that_grows_with_the_data_shows_its_largest_options_and_a_way_to_all():
    from core.listing import CheckboxList

    choices = [(f"a{n:02}", f"Association {n:02} ({n + 1})") for n in range(12)]
    widget = CheckboxList(
        choices=choices, show_at_most=5, more=lambda hidden: ("/all/", f"{hidden} more")
    )
    html = widget.render("association", ["a00"])
    values = re.findall(r'value="(a\d+)"', html)
    # The five largest by count, the ticked small one first.
    assert values == ["a00", "a07", "a08", "a09", "a10", "a11"]
    assert '<a href="/all/">6 more</a>' in html
    assert "more" not in CheckboxList(choices=choices[:5], show_at_most=5).render("x", [])


def test_the_directory_bounds_its_association_group(client):
    from clusterportal.directory.filters import GROWING_GROUPS

    at_most = GROWING_GROUPS["association"]["show_at_most"]
    cluster = f.make_cluster(name="Member of many", country="LT")
    for n in range(at_most + 3):
        association = f.make_association(name=f"Network {n:02}", slug=f"network-{n:02}")
        f.make_membership(association=association, cluster=cluster)
    # All equally large: the first by name, and the ticked one beyond them.
    last = f"network-{at_most + 2:02}"
    response = client.get(f"{URL}?association={last}")
    assert names(response) == ["Member of many"]
    body = response.content.decode()
    shown = re.findall(r'name="association" value="([^"]+)"', body)
    assert len(shown) == at_most + 1
    assert shown[0] == last
    assert "2 more associations: see the association list" in body
