"""Site search /<lang>/search/?q= and the core.search contract (SQLite and PostgreSQL)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core import search
from core.content import PublicationStatus
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


@pytest.fixture(scope="module")
def dataset(module_db):
    """Records of every searchable kind, built once (the tests only read them)."""
    with translation.override("lt"):
        return build_dataset()


def build_dataset():
    programme = f.make_programme(
        name="Konkurencingumo programa", acronym="COSME", slug="cosme", start_year=2014
    )
    action = f.make_action(programme=programme, name="Klasterių partnerystės")
    return {
        "siauliai": f.make_cluster(name="Šiaulių pramonės klasteris", city="Šiauliai"),
        "klaipeda": f.make_cluster(name="Jūrinių technologijų klasteris", city="Klaipėda"),
        "lasers": f.make_cluster(name="Lazerių ir inžinerijos klasteris", acronym="LITEK"),
        "describer": f.make_cluster(
            name="Aardvark Innovation Hub",
            description="Brings together Lithuanian laser companies.",
            country="LV",
        ),
        "draft": f.make_cluster(name="Slaptas klasteris", status=PublicationStatus.DRAFT),
        "association": f.make_association(name="Lietuvos klasterių asociacija"),
        "project": f.make_project(title="Klasterių tinklaveika", action=action),
        "programme": programme,
        "event": f.make_event(
            title="Klasterių forumas", city="Vilnius", start_date=datetime.date(2019, 5, 1)
        ),
        "draft_event": f.make_event(title="Klasterių slaptas forumas", status="draft"),
        "photonics": f.make_cluster(
            name="Optikos įmonių tinklas",
            country="LT",
            sectors=[f.make_sector(name="Lazeriai ir fotonika", slug="lasers-photonics")],
        ),
    }


def found(query: str, kind: str = "clusters") -> list[str]:
    return [str(hit) for hit in search.search(query, "lt")[kind]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("siauliai", "Šiaulių pramonės klasteris"),  # by city, without diacritics
        ("ŠIAULIŲ", "Šiaulių pramonės klasteris"),  # upper case, with diacritics
        ("siauliu", "Šiaulių pramonės klasteris"),
        ("klaipeda", "Jūrinių technologijų klasteris"),
        ("KLAIPĖDA", "Jūrinių technologijų klasteris"),
        ("jurin", "Jūrinių technologijų klasteris"),  # word prefix
        ("litek", "Lazerių ir inžinerijos klasteris"),  # acronym
        ("inzinerij", "Lazerių ir inžinerijos klasteris"),
        ("lazeriu klaster", "Lazerių ir inžinerijos klasteris"),  # every word must match
    ],
)
def test_case_diacritics_and_prefixes(dataset, query, expected):
    assert found(query) == [expected]


def test_prefix_finds_every_kind_and_counts_them(dataset):
    results = search.search("klaster", "lt")
    assert list(results) == [
        "clusters",
        "sectors",
        "associations",
        "projects",
        "programmes",
        "events",
    ]
    assert {kind: hits.total for kind, hits in results.items()} == {
        "clusters": 3,  # not the draft
        "sectors": 0,
        "associations": 1,
        "projects": 1,
        "programmes": 0,
        "events": 1,  # not the draft
    }
    assert isinstance(results["clusters"], list)


def test_a_word_inside_another_word_does_not_match(dataset):
    # "aster" is inside "klasteris" but starts no word.
    assert search.search("aster", "lt")["clusters"].total == 0


def test_name_matches_rank_above_description_matches(dataset):
    f.make_cluster(name="Zulu Laser Centre", country="EE")
    assert found("laser") == ["Zulu Laser Centre", "Aardvark Innovation Hub"]


def test_real_records_before_demo_ones_on_ties(dataset):
    f.make_cluster(name="Alpha photonics (demo)", is_demo=True)
    f.make_cluster(name="Beta photonics")
    assert found("photonics") == ["Beta photonics", "Alpha photonics (demo)"]


def test_per_kind_limit_and_total(dataset):
    for number in range(15):
        f.make_cluster(name=f"Vėjo energetikos klasteris {number}")
    hits = search.search("vejo", "lt")["clusters"]
    assert len(hits) == search.PER_KIND
    assert hits.total == 15


def test_programmes_and_other_fields(dataset):
    assert found("cosme", "programmes") == ["COSME"]
    assert found("konkurencing", "programmes") == ["COSME"]
    assert found("vilnius", "events") == ["Klasterių forumas"]


def test_search_page_groups_results_with_links(client, dataset):
    response = client.get("/en/search/?q=klaster")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert '<html lang="en">' in body
    assert "6 results for" in body
    for kind, count in (("clusters", 3), ("associations", 1), ("projects", 1), ("events", 1)):
        assert f'href="#results-{kind}"' in body
        assert f'id="results-{kind}"' in body
        assert f"({count})" in body
    assert 'id="results-programmes"' not in body
    for key in ("siauliai", "association", "project", "event"):
        assert dataset[key].get_absolute_url() in body
    assert dataset["draft"].get_absolute_url() not in body
    assert dataset["draft_event"].get_absolute_url() not in body
    # The query stays in the box.
    assert 'value="klaster"' in body


def test_search_page_in_lithuanian(client, dataset):
    response = client.get("/lt/search/?q=siauliai")
    body = response.content.decode()
    assert '<html lang="lt">' in body
    assert dataset["siauliai"].get_absolute_url() in body
    assert 'action="/lt/search/"' in body


def test_more_clusters_link_to_the_filtered_directory(client, dataset):
    for number in range(12):
        f.make_cluster(name=f"Vėjo klasteris {number}")
    body = client.get("/en/search/?q=vejo").content.decode()
    assert 'href="/en/clusters/?q=vejo"' in body


@pytest.mark.parametrize("query", ["", "   ", "%20%21%3F", "---", "%00"])
def test_empty_query_shows_the_form_and_a_hint(client, dataset, query):
    response = client.get(f"/en/search/?q={query}")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<form class="search-form" method="get" action="/en/search/"' in body
    assert "Type a name, an acronym, a city or a topic above." in body
    assert response.context["groups"] == []


def test_no_match_explains_what_to_try(client, dataset):
    body = client.get("/en/search/?q=zzzzqqqq").content.decode()
    assert "Nothing matches these words." in body


# Long values within the address limit reach the view (longer: tests/test_long_urls.py).
HOSTILE = [
    "a" * 1900,
    "%00klaster%00",
    "klaster%00",
    "%25%25_%5C%5C",
    "%27%22%3B--%20DROP%20TABLE",
    "a:*%20%26%20!b%20|%20(c)%20%3C-%3E%20d",
    "%F0%9F%98%80%E2%80%AE%E2%80%8B",
    "%CC%81%CC%81%CC%81k",
    "%ED%A0%80",
    "%EF%BF%BF" * 50,
    "word%20" * 200,
    "%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80",  # Cyrillic
    "%E4%B8%AD%E6%96%87",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_fails(client, dataset, query):
    response = client.get(f"/en/search/?q={query}")
    assert response.status_code == 200


def test_hostile_terms_are_tamed():
    assert search.terms("a:* & !b | (c) <-> d") == ["a", "b", "c", "d"]
    assert search.terms("%_\\") == []
    assert search.terms("x\x00y") == ["x", "y"]
    assert len(search.terms(" ".join(f"w{n}" for n in range(50)))) == search.MAX_TERMS
    assert max(len(t) for t in search.terms("z" * 5000)) == search.MAX_TERM_LENGTH


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="near misses use pg_trgm (PostgreSQL only)"
)
def test_near_misses_on_postgresql(dataset):
    assert connection.vendor == "postgresql"
    assert "Jūrinių technologijų klasteris" in found("technlogiju")


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_data(client, dataset):
    url = "/en/search/?q=klaster+demo"
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    small = count_queries(client, url)
    call_command("generate_demo_data", clusters=300, seed=2, stdout=io.StringIO())
    large = count_queries(client, url)
    assert small == large <= 8


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the GIN indexes exist on PostgreSQL only"
)
def test_cluster_search_uses_its_gin_index(dataset):
    """At a realistic size, a selective search is answered from the full-text GIN index:
    the search's expression is the index's, so the planner can use it."""
    from clusters.models import Cluster

    call_command("generate_demo_data", clusters=3000, seed=3, stdout=io.StringIO())
    queryset = search.filter_queryset(Cluster.objects.published(), "clusters", "jurin")
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE clusters_cluster")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "cluster_search_fts_idx" in plan, plan


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the stored columns exist on PostgreSQL only"
)
def test_stored_search_columns_hold_each_kinds_fields(dataset):
    """The stored document and name of every searchable table are computed from exactly
    the fields its Kind declares (a field added to a Kind needs a migration)."""
    for key, kind in search.kinds().items():
        table = kind.queryset().model._meta.db_table

        def joined(fields):
            return " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)

        document = f"portal_document({joined(kind.name_fields + kind.other_fields)})"
        names = f"lower(portal_unaccent({joined(kind.name_fields)}))"
        words = f"regexp_replace({names}, '[^[:alnum:]]+', ' ', 'g')"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*), count(*) FILTER (WHERE search_document = {document} "
                f"AND btrim(search_name) = btrim({words})) FROM {table}"
            )
            total, same = cursor.fetchone()
        assert same == total, key
        assert total or key not in ("clusters", "sectors"), key


# Lithuanian inflection: every common noun ending finds the same records.


@pytest.mark.parametrize(
    "query",
    ["lazeriai", "lazeris", "lazerių", "lazerio", "lazeriams", "lazeriu", "LAZERIAI"],
)
def test_inflected_forms_find_the_laser_cluster(dataset, query):
    assert "Lazerių ir inžinerijos klasteris" in found(query)


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["klasteris", "klasteriai", "klasterių", "klasterio", "klasteryje"], "klaster"),
        (["Šiauliai", "Šiaulių", "siauliuose"], "siaul"),
        (["technologija", "technologijos", "technologijų"], "technologij"),
        (["forumas", "forumo", "forumai"], "forum"),
    ],
)
def test_one_stem_for_every_form(forms, expected):
    assert {tuple(search.terms(form)) for form in forms} == {(expected,)}


def test_singular_and_plural_give_the_same_results(dataset):
    assert found("klasteris") == found("klasteriai") == found("klasterių")
    assert found("forumas", "events") == found("forumai", "events") == ["Klasterių forumas"]


def test_a_sector_name_finds_its_clusters_and_the_sector(dataset):
    assert "Optikos įmonių tinklas" in found("lazeriai")
    assert found("fotonika", "sectors") == ["Lazeriai ir fotonika"]
    # A name match ranks above a match through a sector.
    hits = found("lazeriai")
    assert hits.index("Lazerių ir inžinerijos klasteris") < hits.index("Optikos įmonių tinklas")


def test_short_words_are_not_cut_to_nothing():
    assert search.terms("ES IT") == ["es", "it"]


def test_a_cluster_is_found_by_its_other_names_and_english_city(dataset):
    cluster = dataset["klaipeda"]
    cluster.other_names = "Baltijos jūrų klasteris\nMaritime Cluster of Klaipėda"
    cluster.city_en = "Klaipeda harbour"
    cluster.save()
    assert found("jūrų klasteris")[0] == "Jūrinių technologijų klasteris"
    assert "Jūrinių technologijų klasteris" in found("harbour")


# Edits show at once, whatever writes: the stored columns (PostgreSQL) and the FTS5
# tables' triggers (SQLite) follow every path.


def test_an_edit_a_bulk_update_and_a_delete_show_at_once(dataset):
    from clusters.models import Cluster

    cluster = f.make_cluster(name="Medienos klasteris")
    assert found("medien") == ["Medienos klasteris"]
    cluster.name_lt = "Zebrų klasteris"
    cluster.save()
    assert found("medien") == []
    assert found("zebru") == ["Zebrų klasteris"]
    Cluster.objects.filter(pk=cluster.pk).update(description_lt="Gaminame baldus.")
    assert found("baldai") == ["Zebrų klasteris"]
    cluster.delete()
    assert found("zebru") == []


def test_bulk_created_records_are_found(dataset):
    from clusters.models import Cluster

    call_command("generate_demo_data", clusters=5, seed=4, stdout=io.StringIO())
    demo = Cluster.objects.filter(is_demo=True).order_by("pk").first()
    word = search.typed_words(demo.name_lt)[0]
    assert demo.name_lt in [str(hit) for hit in search.search(word, "lt", limit=50)["clusters"]]


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="the FTS5 tables are SQLite's")
def test_missing_search_triggers_are_remade_and_refilled(dataset):
    """A migration that rebuilds a table drops its triggers: after migrate they are
    made again and the search table filled from the records."""
    from clusters.models import Cluster

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER clusters_cluster_search_update")
    Cluster.objects.filter(pk=dataset["siauliai"].pk).update(name_lt="Ąžuolų klasteris")
    assert found("azuol") == []  # no trigger: the search table is stale
    search.install_sqlite_search()
    assert found("azuol") == ["Ąžuolų klasteris"]
    Cluster.objects.filter(pk=dataset["siauliai"].pk).update(name_lt="Šiaulių pramonės klasteris")
    assert found("azuol") == []
