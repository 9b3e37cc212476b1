"""Open data: CSV and JSON downloads of every list page, the Atom feeds, the open data
page and the favicon."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from clusterportal.opendata.views import DATASETS
from core.content import PublicationStatus, today
from core.listing import EXPORT_FORMATS
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]

ATOM = "{http://www.w3.org/2005/Atom}"
DAY = datetime.timedelta(days=1)

# A list page with filters in use, and the column that identifies its rows.
LISTS = [
    ("/en/clusters/?country=LT", "slug"),
    ("/lt/clusters/?sector=lazeriai&sort=name", "slug"),
    ("/en/associations/?country=LT", "slug"),
    ("/en/events/?when=upcoming", "slug"),
    ("/lt/events/", "slug"),
    ("/en/projects/", "slug"),
    ("/en/calls/?status=open", "identifier"),
    ("/en/calls/", "identifier"),
    ("/lt/programmes/", "slug"),
]


@pytest.fixture(scope="module")
def data(module_db):
    """More Lithuanian clusters than a directory page holds, a few abroad, cells that
    look like formulas, and a draft of every kind."""
    with translation.override("lt"):
        lasers = f.make_sector(name="Lazeriai", slug="lazeriai")
        clusters = [
            f.make_cluster(name=f"Klasteris {number:02}", sectors=[lasers] if number % 2 else [])
            for number in range(30)
        ]
        formulas = {
            text: f.make_cluster(name=text, slug=f"formula-{number}", city="Kaunas")
            for number, text in enumerate(["=1+2", "+370 klasteris", "-minus", "@SUM(A1)"])
        }
        f.make_cluster(name="Vokiškas klasteris", country="DE", sectors=[lasers])
        f.make_cluster(name="Juodraštinis klasteris", status=PublicationStatus.DRAFT)
        f.make_label(cluster=clusters[1], level="gold", awarded_year=2022)
        f.make_association(name="Lietuvos klasterių asociacija", eca_member=True)
        f.make_association(name="Slapta asociacija", status=PublicationStatus.DRAFT)
        action = f.make_action(name="Klasterių partnerystės")
        project = f.make_project(
            title="Klasterių tinklaveika",
            action=action,
            start_date=datetime.date(2024, 2, 1),
            budget_total=1500000,
        )
        f.make_participation(project=project, cluster=clusters[0])
        draft_project = f.make_project(
            title="Slaptas projektas", action=action, status=PublicationStatus.DRAFT
        )
        soon = f.make_event(title="Klasterių forumas", start_date=today() + 10 * DAY)
        past = f.make_event(title="Praėjęs forumas", start_date=datetime.date(2019, 5, 1))
        draft_event = f.make_event(
            title="Slaptas forumas", start_date=today() + 5 * DAY, status="draft"
        )
        open_call = f.make_call(action=action, opens=today() - DAY, deadline=today() + 30 * DAY)
        closed_call = f.make_call(action=action, deadline=datetime.date(2020, 3, 1))
    return {
        "formulas": formulas,
        "project": project,
        "draft_project": draft_project,
        "soon": soon,
        "past": past,
        "draft_event": draft_event,
        "open_call": open_call,
        "closed_call": closed_call,
    }


def download(client, url: str, kind: str):
    """The response to ``url`` with ``format=kind`` and its body as text."""
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}format={kind}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    return response, body


def csv_rows(client, url: str) -> list[dict]:
    response, body = download(client, url, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))))


def json_data(client, url: str) -> dict:
    response, body = download(client, url, "json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body)


def page_rows(client, url: str):
    """What the page says it has: its paginator's count and every row behind it."""
    response = client.get(url)
    assert response.status_code == 200
    paginator = response.context["paginator"]
    if paginator is None:  # a list on one page
        records = list(response.context["object_list"])
        return len(records), records, response.context["view"]
    return paginator.count, list(paginator.object_list), response.context["view"]


@pytest.mark.parametrize(("url", "key"), LISTS)
def test_csv_has_the_rows_and_columns_of_the_filtered_list(client, data, url, key):
    count, records, view = page_rows(client, url)
    rows = csv_rows(client, url)
    assert count > 0
    assert len(rows) == count
    assert [row[key] for row in rows] == [getattr(record, key) for record in records]
    assert list(rows[0]) == [column.name for column in view.export_columns]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_the_countries_download_has_the_rows_of_the_countries_page(client, data, lang):
    response = client.get(f"/{lang}/countries/")
    page = [
        [row["country"].code, row["clusters"], row["associations"], row["projects"]]
        for row in response.context["rows"]
    ]
    rows = csv_rows(client, f"/{lang}/countries/")
    columns = ["country", "clusters", "associations", "projects"]
    assert [[row[name] for name in columns] for row in rows] == [list(map(str, r)) for r in page]
    assert page[0][:2] == ["LT", 34]  # Lithuania first
    assert json_data(client, f"/{lang}/countries/")["count"] == len(rows)
    assert rows[0]["url"] == f"http://testserver/{lang}/countries/lt/"


def test_every_page_of_the_directory_is_in_the_download(client, data):
    response = client.get("/en/clusters/?country=LT")
    assert response.context["page_obj"].has_other_pages()
    assert len(csv_rows(client, "/en/clusters/?country=LT")) == 34  # 30 + 4 formula names


@pytest.mark.parametrize(("url", "key"), LISTS)
def test_json_equals_csv(client, data, url, key):
    count, _, view = page_rows(client, url)
    result = json_data(client, url)
    rows = csv_rows(client, url)
    assert result["count"] == count == len(result["results"])
    names = [column.name for column in view.export_columns]
    for record, row in zip(result["results"], rows, strict=True):
        assert list(record) == names
        assert [expected_cell(value) for value in record.values()] == list(row.values())


def expected_cell(value) -> str:
    """The CSV cell of a JSON value, as the open data page describes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str):
        return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    return str(value)


def test_cells_that_look_like_formulas_are_quoted(client, data):
    rows = {row["slug"]: row for row in csv_rows(client, "/en/clusters/?country=LT")}
    records = {row["slug"]: row for row in json_data(client, "/en/clusters/")["results"]}
    for text, cluster in data["formulas"].items():
        assert rows[cluster.slug]["name"] == "'" + text
        assert records[cluster.slug]["name"] == text  # JSON keeps the value as it is


def test_values_are_iso_dates_codes_numbers_and_absolute_urls(client, data):
    (project,) = json_data(client, "/en/projects/")["results"]
    assert project["start_date"] == "2024-02-01"
    assert project["budget_total"] == 1500000
    assert project["url"] == "http://testserver/en/projects/" + data["project"].slug + "/"
    events = {row["slug"]: row for row in json_data(client, "/lt/events/")["results"]}
    assert events[data["past"].slug]["start_date"] == "2019-05-01"
    assert events[data["past"].slug]["url"].startswith("http://testserver/lt/")
    clusters = {row["slug"]: row for row in json_data(client, "/en/clusters/")["results"]}
    assert clusters["klasteris-01"]["country"] == "LT"
    assert clusters["klasteris-01"]["sectors"] == ["Lazeriai"]
    assert clusters["klasteris-01"]["label_level"] == "gold"
    assert clusters["klasteris-01"]["is_demo"] is False


def test_downloads_hold_only_published_records(client, data):
    assert "juodrastinis-klasteris" not in {r["slug"] for r in csv_rows(client, "/en/clusters/")}
    assert data["draft_project"].slug not in {r["slug"] for r in csv_rows(client, "/en/projects/")}
    assert data["draft_event"].slug not in {r["slug"] for r in csv_rows(client, "/en/events/")}


@pytest.mark.parametrize(
    "query",
    ["format=xml", "format=", "format=CSV", "format=csv%00", "format=%FF%FE", "format=../x"],
)
@pytest.mark.parametrize(
    "path",
    [
        "/en/clusters/",
        "/lt/projects/",
        "/en/calls/",
        "/en/events/",
        "/lt/programmes/",
        "/en/countries/",
    ],
)
def test_unknown_formats_give_the_page(client, data, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_bad_filters_in_a_download_are_ignored_as_on_the_page(client, data):
    url = "/en/clusters/?country=ZZ&page=abc&sort=nonsense"
    count, _, _ = page_rows(client, url)
    assert len(csv_rows(client, url)) == count


def test_list_pages_link_their_downloads_with_the_filters(client, data):
    html = client.get("/en/clusters/?country=LT&page=2").content.decode()
    assert 'href="?country=LT&amp;format=csv"' in html
    assert 'href="?country=LT&amp;format=json"' in html


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/en/projects/", "/en/open-data/feeds/projects/"),
        ("/lt/events/", "/lt/open-data/feeds/events/"),
        ("/en/calls/", "/en/open-data/feeds/calls/"),
        ("/lt/", "/lt/open-data/feeds/calls/"),
        ("/en/", "/en/open-data/feeds/projects/"),
    ],
)
def test_pages_link_their_feeds(client, data, path, feed):
    html = client.get(path).content.decode()
    assert 'type="application/atom+xml" title="' in html
    assert f'href="{feed}"' in html


def feed_entries(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "link"):
        assert root.find(f"{ATOM}{tag}") is not None
    entries = []
    for entry in root.findall(f"{ATOM}entry"):
        for tag in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{tag}").text
        link = entry.find(f"{ATOM}link").get("href")
        datetime.datetime.fromisoformat(entry.find(f"{ATOM}updated").text)
        entries.append({"title": entry.find(f"{ATOM}title").text, "link": link})
    return entries


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_feeds_are_atom_of_published_records_only(client, data, lang):
    projects = [e["link"] for e in feed_entries(client, f"/{lang}/open-data/feeds/projects/")]
    assert projects == [f"http://testserver/{lang}/projects/{data['project'].slug}/"]
    events = [e["link"] for e in feed_entries(client, f"/{lang}/open-data/feeds/events/")]
    assert events == [f"http://testserver/{lang}/events/{data['soon'].slug}/"]
    calls = [e["title"] for e in feed_entries(client, f"/{lang}/open-data/feeds/calls/")]
    assert calls == [data["open_call"].identifier]


def test_feeds_speak_the_language_of_the_address(client, data):
    root = ET.fromstring(client.get("/lt/open-data/feeds/projects/").content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "lt"
    assert root.find(f"{ATOM}title").text.startswith("Nauji projektai")


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_open_data_page_documents_every_column_of_every_download(client, data, lang):
    response = client.get(f"/{lang}/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CC BY 4.0" in html
    for dataset in DATASETS:
        for column in dataset.columns:
            assert f"<code>{column.name}</code>" in html, column.name
            for code, _ in column.choices:
                assert f"<code>{code}</code>" in html
        for kind in EXPORT_FORMATS:
            assert f"{dataset.url}?format={kind}" in html
    assert f'href="/{lang}/open-data/"' in client.get(f"/{lang}/").content.decode()  # footer


def test_favicon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    html = client.get("/en/").content.decode()
    assert 'rel="icon" href="/static/favicon.svg"' in html


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        download(client, url, "csv")
    return len(queries)


EXPORTS = [
    "/en/clusters/",
    "/en/associations/",
    "/en/events/",
    "/en/projects/",
    "/en/calls/",
    "/en/programmes/",
    "/en/countries/",
]


def test_download_queries_do_not_grow_with_the_data(client, db):
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    small = [count_queries(client, url) for url in EXPORTS]
    call_command("generate_demo_data", clusters=200, seed=2, stdout=io.StringIO())
    large = [count_queries(client, url) for url in EXPORTS]
    assert large == small
    assert max(large) <= 8


def test_the_web_app_manifest_is_linked_and_names_the_portal(client):
    from django.contrib.staticfiles import finders

    body = client.get("/en/").content.decode()
    assert 'rel="manifest"' in body
    with open(finders.find("manifest.webmanifest"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    assert manifest["start_url"] == "/"
    assert "Lietuvos klasterių portalas" in manifest["name"]
    for icon in manifest["icons"]:
        assert finders.find(icon["src"]), icon
