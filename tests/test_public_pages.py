"""Associations, countries, programmes, projects, events, calls, sitemap and robots.txt."""

import datetime
import io
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from alliance.models import (
    AssociationKind,
    Event,
    EventKind,
    FigureKind,
    FigureQualifier,
    FigureSourceKind,
)
from clusters.models import Cluster
from core.content import DatePrecision, PublicationStatus, today
from programmes.models import Call, Project, Role
from tests import factories as f

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
LANGS = ("lt", "en")


def days(n: int) -> datetime.date:
    return today() + datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def english():
    """Pages are read in English unless a test says otherwise: /lt/ pages are only
    checked for language-independent content (their strings get translated)."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="module")
def world(module_db):
    """A small, hand-made portal: every kind of record, published and draft (built once;
    the tests only read it)."""
    # Content in the default language, as editors enter it.
    with translation.override("lt"):
        return build_world()


def build_world():
    ict = f.make_sector(name="ICT")
    food = f.make_cluster(
        name="SMART Food Cluster", slug="smart-food", country="LT", sectors=[ict]
    )
    latvian = f.make_cluster(name="Latvian IT Cluster", slug="latvian-it", country="LV")
    hidden = f.make_cluster(name="Hidden Draft Cluster", country="EE", status=DRAFT)
    klaster = f.make_association(
        name="KlasterLT",
        slug="klasterlt",
        country="LT",
        eca_member=True,
        eca_member_since=2019,
        eca_role="Signed the Warsaw Declaration",
        website="https://klaster.lt/",
        founded_year=2019,
    )
    klaster.sectors.set([ict])
    network = f.make_association(
        name="Baltic Food Network", slug="baltic-food", country="LV", kind="network"
    )
    alliance = f.make_association(
        name="European Clusters Alliance", slug="eca", country="", kind=AssociationKind.ALLIANCE
    )
    f.make_association(name="Draft Association", slug="draft-assoc", status=DRAFT)
    f.make_membership(association=klaster, cluster=food)
    f.make_membership(association=klaster, cluster=hidden)
    f.make_membership(association=network, cluster=latvian)
    f.make_figure(
        association=klaster,
        kind=FigureKind.MEMBER_CLUSTERS,
        value=13,
        qualifier=FigureQualifier.ABOUT,
        source_kind=FigureSourceKind.TALK,
        source="",
    )
    f.make_figure(
        association=klaster,
        kind=FigureKind.MEMBER_CLUSTERS,
        value=1500,
        qualifier=FigureQualifier.MORE_THAN,
        as_of_year=2023,
        source_kind=FigureSourceKind.PUBLIC,
        source="https://example.org/klasterlt-figures",
        verified=True,
    )
    cosme = f.make_programme(name="COSME programme", acronym="COSME", slug="cosme")
    escp = f.make_action(
        programme=cosme,
        name="Strategic Cluster Partnerships",
        acronym="ESCP-S3",
        slug="escp-s3",
        min_partners=3,
        min_countries=3,
        consortium_rule="Three clusters from three countries",
        grant_max=Decimal("500000"),
        funding_rate=90,
    )
    erasmus = f.make_programme(name="Erasmus plus", slug="erasmus")
    ka2 = f.make_action(programme=erasmus, name="Skills alliances", slug="ka2")
    open_call = f.make_call(
        action=escp, identifier="CALL-OPEN-1", opens=days(-10), deadline=days(30)
    )
    f.make_call(action=escp, identifier="CALL-SOON-1", opens=days(20), deadline=days(90))
    f.make_call(action=ka2, identifier="CALL-OLD-1", deadline=datetime.date(2019, 4, 4), year=2019)
    digi = f.make_project(
        title="Digital clusters",
        acronym="DIGICLUSTERS",
        slug="digiclusters",
        action=escp,
        call=open_call,
        call_inferred=True,
        start_date=datetime.date(2018, 10, 1),
        end_date=datetime.date(2020, 3, 31),
        date_precision=DatePrecision.MONTH,
        duration_months=18,
        budget_total=Decimal("466607.74"),
        eu_contribution=Decimal("349952"),
        grant_agreement="822095",
    )
    f.make_participation(project=digi, cluster=latvian, role=Role.PARTNER)
    f.make_participation(project=digi, cluster=food, role=Role.COORDINATOR)
    f.make_participation(
        project=digi,
        cluster=None,
        organisation="Lithuanian Innovation Centre",
        organisation_country="LT",
        role=Role.ASSOCIATED,
    )
    f.make_participation(project=digi, cluster=hidden, role=Role.PARTNER)
    running = f.make_project(
        title="Running skills", slug="running-skills", action=ka2,
        start_date=days(-100), end_date=days(300),
    )  # fmt: skip
    f.make_participation(project=running, cluster=latvian, role=Role.COORDINATOR)
    secret = f.make_project(title="Secret project", slug="secret", action=escp, status=DRAFT)
    f.make_participation(project=secret, cluster=food, role=Role.COORDINATOR)
    forum = f.make_event(
        title="Cluster Forum Vilnius", slug="forum-vilnius", kind=EventKind.FORUM,
        city="Vilnius", country="LT", start_date=days(40), end_date=days(41),
        organiser=klaster,
    )  # fmt: skip
    forum.clusters.set([food, hidden])
    f.make_event(
        title="Old Riga Hackathon", slug="riga-hackathon", kind=EventKind.HACKATHON,
        city="Riga", country="LV", start_date=datetime.date(2016, 1, 1),
        date_precision=DatePrecision.YEAR,
    )  # fmt: skip
    f.make_event(
        title="Study visit Finland", slug="visit-finland", kind=EventKind.STUDY_VISIT,
        country="FI", date_note="2016 or later", date_note_en="2016 or later",
    )  # fmt: skip
    f.make_event(title="Draft Event", slug="draft-event", status=DRAFT, country="LT")
    report = f.make_report(
        title="Second Progress Report", code="EASME/COSME/2016/035", publisher="EASME",
        actions=[escp], link="https://example.org/report.pdf",
    )  # fmt: skip
    return {
        "food": food, "latvian": latvian, "hidden": hidden, "klaster": klaster,
        "network": network, "alliance": alliance, "cosme": cosme, "escp": escp,
        "erasmus": erasmus, "ka2": ka2, "digi": digi, "running": running, "secret": secret,
        "forum": forum, "report": report, "open_call": open_call,
    }  # fmt: skip


def url(name: str, lang: str = "en", **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def get(client, path: str, status: int = 200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return response.content.decode() if status == 200 else response


PAGES = [
    ("alliance:association-list", {}),
    ("alliance:association-detail", {"slug": "klasterlt"}),
    ("alliance:association-detail", {"slug": "eca"}),
    ("alliance:event-list", {}),
    ("alliance:event-detail", {"slug": "forum-vilnius"}),
    ("alliance:event-detail", {"slug": "visit-finland"}),
    ("countries:country-list", {}),
    ("countries:country-detail", {"code": "lt"}),
    ("programmes:programme-list", {}),
    ("programmes:programme-detail", {"slug": "cosme"}),
    ("programmes:project-list", {}),
    ("programmes:project-detail", {"slug": "digiclusters"}),
    ("programmes:call-list", {}),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_page_renders_in_both_languages(client, world, lang, name, kwargs):
    body = get(client, url(name, lang, **kwargs))
    assert f'<html lang="{lang}">' in body
    assert len(re.findall(r"<h1[\s>]", body)) == 1
    assert re.search(r"<title>[^<]+</title>", body)
    description = re.search(r'<meta name="description" content="([^"]*)"', body)
    assert description and description.group(1).strip()
    assert "Draft" not in body and "Secret project" not in body and "Hidden Draft" not in body


def test_association_list_puts_alliance_members_first(client, world):
    body = get(client, url("alliance:association-list"))
    assert body.index(">KlasterLT<") < body.index(">Baltic Food Network<")
    assert body.index(">KlasterLT<") < body.index(">European Clusters Alliance<")
    assert world["klaster"].get_absolute_url() in body


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("country=LV", ["Baltic Food Network"], ["KlasterLT"]),
        ("kind=network", ["Baltic Food Network"], ["KlasterLT", "European Clusters Alliance"]),
        ("eca=yes", ["KlasterLT"], ["Baltic Food Network", "European Clusters Alliance"]),
        ("eca=no&kind=alliance", ["European Clusters Alliance"], ["KlasterLT"]),
        ("eca=yes&country=LV", [], ["KlasterLT", "Baltic Food Network"]),
    ],
)
def test_association_filters(client, world, query, shown, hidden):
    body = get(client, url("alliance:association-list") + "?" + query)
    for text in shown:
        assert text in body
    for text in hidden:
        assert f">{text}" not in body
    if not shown:
        assert "empty-state" in body


def test_association_sorting(client, world):
    body = get(client, url("alliance:association-list") + "?sort=name")
    assert body.index("Baltic Food Network") < body.index("KlasterLT")
    body = get(client, url("alliance:association-list") + "?sort=country")
    # Empty country (the alliance) first, then LT, then LV.
    assert body.index("KlasterLT") < body.index("Baltic Food Network")


def test_association_detail_shows_figures_members_events(client, world):
    body = get(client, world["klaster"].get_absolute_url())
    # Both figures side by side, with qualifier, year, source and confirmation.
    assert "about 13" in body and "more than 1,500" in body
    assert "2023" in body and "https://example.org/klasterlt-figures" in body
    assert "The talk" in body and "sources differ" in body
    assert "confirmed by a public source" in body
    assert "since 2019" in body and "Signed the Warsaw Declaration" in body
    assert "https://klaster.lt/" in body
    # Members: published only, with a link to the directory filtered by the association.
    assert world["food"].get_absolute_url() in body
    assert "Hidden Draft Cluster" not in body
    assert reverse("clusters:cluster-list") + "?association=klasterlt" in body
    assert world["forum"].get_absolute_url() in body
    assert url("countries:country-detail", code="lt") in body
    assert '"@type": "Organization"' in body


def test_alliance_page_lists_member_associations(client, world):
    body = get(client, world["alliance"].get_absolute_url())
    assert world["klaster"].get_absolute_url() in body
    assert world["network"].get_absolute_url() not in body


def test_member_list_is_capped_with_a_link_to_the_directory(client, world):
    for _ in range(30):
        f.make_membership(association=world["network"], cluster=f.make_cluster(country="LV"))
    body = get(client, world["network"].get_absolute_url())
    assert "31" in body
    assert body.count('class="card"') == 24
    assert "?association=baltic-food" in body


def test_event_list_upcoming_first_then_past_then_undated(client, world):
    body = get(client, url("alliance:event-list"))
    assert body.index("Cluster Forum Vilnius") < body.index("Old Riga Hackathon")
    assert body.index("Old Riga Hackathon") < body.index("Study visit Finland")


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        (
            "when=upcoming",
            ["Cluster Forum Vilnius"],
            ["Old Riga Hackathon", "Study visit Finland"],
        ),
        ("when=past", ["Old Riga Hackathon", "Study visit Finland"], ["Cluster Forum Vilnius"]),
        ("country=LV", ["Old Riga Hackathon"], ["Cluster Forum Vilnius"]),
        ("kind=study_visit&when=past", ["Study visit Finland"], ["Old Riga Hackathon"]),
        ("kind=forum&country=LV", [], ["Old Riga Hackathon", "Cluster Forum Vilnius"]),
    ],
)
def test_event_filters(client, world, query, shown, hidden):
    body = get(client, url("alliance:event-list") + "?" + query)
    for text in shown:
        assert text in body
    for text in hidden:
        assert f">{text}" not in body


def test_event_detail_shows_dates_place_organiser_clusters(client, world):
    body = get(client, world["forum"].get_absolute_url())
    assert world["klaster"].get_absolute_url() in body
    assert world["food"].get_absolute_url() in body
    assert "Hidden Draft Cluster" not in body
    assert url("countries:country-detail", code="lt") in body
    assert '"@type": "Event"' in body
    assert days(40).isoformat() in body


def test_event_date_precision_and_note(client, world):
    body = get(client, url("alliance:event-detail", slug="riga-hackathon"))
    assert '<time datetime="2016">2016</time>' in body
    assert "January" not in body and "Jan." not in body
    body = get(client, url("alliance:event-detail", slug="visit-finland"))
    assert "2016 or later" in body
    assert "application/ld+json" not in body  # no date, no schema.org Event


def test_project_detail(client, world):
    body = get(client, world["digi"].get_absolute_url())
    assert world["cosme"].get_absolute_url() in body
    assert f"#action-{world['escp'].slug}" in body
    assert "CALL-OPEN-1" in body and "inferred" in body
    # Month precision: no invented day.
    assert '<time datetime="2018-10">October 2018</time>' in body
    assert '<time datetime="2020-03">March 2020</time>' in body
    assert "18 months" in body
    assert "466,607.74" in body and "349,952" in body and "822095" in body
    # Partners by country, coordinator's country first, coordinator first within.
    assert "From 2 countries." in body
    assert body.index("SMART Food Cluster") < body.index("Lithuanian Innovation Centre")
    assert body.index("Lithuanian Innovation Centre") < body.index("Latvian IT Cluster")
    assert world["food"].get_absolute_url() in body
    assert "Hidden Draft Cluster" not in body
    assert url("countries:country-detail", code="lv") in body


def test_project_list_and_filters(client, world):
    base = url("programmes:project-list")
    body = get(client, base)
    assert "Digital clusters" in body and "Running skills" in body
    assert body.index("Running skills") < body.index("Digital clusters")  # newest first
    cases = {
        "programme=cosme": ("Digital clusters", "Running skills"),
        "action=ka2": ("Running skills", "Digital clusters"),
        "country=LT": ("Digital clusters", "Running skills"),
        "year=2018": ("Digital clusters", "Running skills"),
        "status=running": ("Running skills", "Digital clusters"),
        "status=ended&programme=cosme&country=LV": ("Digital clusters", "Running skills"),
    }
    for query, (shown, hidden) in cases.items():
        body = get(client, f"{base}?{query}")
        assert shown in body, query
        assert f">{hidden}<" not in body, query
    body = get(client, f"{base}?status=running&programme=cosme")
    assert "empty-state" in body
    body = get(client, f"{base}?sort=oldest")
    assert body.index("Digital clusters") < body.index("Running skills")


def test_pagination_keeps_the_filters(client, world):
    action = world["escp"]
    for number in range(30):
        f.make_project(title=f"Bulk project {number:02d}", action=action)
    body = get(client, url("programmes:project-list") + "?programme=cosme&sort=title")
    assert "31 results" in body
    assert "?programme=cosme&amp;sort=title&amp;page=2" in body
    body = get(client, url("programmes:project-list") + "?programme=cosme&sort=title&page=2")
    assert "Running skills" not in body
    assert "Digital clusters" in body  # the last one by title


def test_programme_pages(client, world):
    body = get(client, url("programmes:programme-list"))
    assert world["cosme"].get_absolute_url() in body
    assert f'id="report-{world["report"].slug}"' in body
    assert "year not known" in body
    body = get(client, world["cosme"].get_absolute_url())
    assert 'id="action-escp-s3"' in body
    assert "at least 3 partners" in body and "from at least 3 countries" in body
    assert "Three clusters from three countries" in body
    assert "500,000" in body and "90 %" in body
    assert "CALL-OPEN-1" in body and "CALL-SOON-1" in body
    assert world["digi"].get_absolute_url() in body
    assert world["secret"].get_absolute_url() not in body
    assert "Second Progress Report" in body and "EASME/COSME/2016/035" in body
    assert url("countries:country-detail", code="lt") in body


def test_call_list_open_first_and_filters(client, world):
    base = url("programmes:call-list")
    body = get(client, base)
    assert body.index("CALL-OPEN-1") < body.index("CALL-SOON-1") < body.index("CALL-OLD-1")
    assert world["cosme"].get_absolute_url() in body
    for query, shown, hidden in [
        ("status=open", "CALL-OPEN-1", "CALL-SOON-1"),
        ("status=upcoming", "CALL-SOON-1", "CALL-OPEN-1"),
        ("status=closed", "CALL-OLD-1", "CALL-OPEN-1"),
        ("programme=erasmus", "CALL-OLD-1", "CALL-OPEN-1"),
        ("action=escp-s3&status=upcoming", "CALL-SOON-1", "CALL-OLD-1"),
    ]:
        body = get(client, f"{base}?{query}")
        assert shown in body and hidden not in body, query


def test_country_pages(client, world):
    body = get(client, url("countries:country-list"))
    for code in ("lt", "lv", "fi"):
        assert url("countries:country-detail", code=code) in body
    assert url("countries:country-detail", code="ee") not in body  # only a draft there
    body = get(client, url("countries:country-detail", code="lt"))
    assert world["klaster"].get_absolute_url() in body
    assert world["food"].get_absolute_url() in body
    assert world["digi"].get_absolute_url() in body
    assert world["forum"].get_absolute_url() in body
    assert "?country=LT" in body
    assert "Hidden Draft" not in body and "Secret project" not in body
    body = get(client, url("countries:country-detail", code="lv"))
    assert world["digi"].get_absolute_url() in body  # a Latvian partner
    assert world["running"].get_absolute_url() in body


def test_country_counts_one_grouped_query_per_kind(client, world, django_assert_num_queries):
    with django_assert_num_queries(4):
        client.get(url("countries:country-list"))


@pytest.mark.parametrize(
    "path",
    [
        "/en/countries/xx/",
        "/en/countries/zz/",
        "/en/countries/l/",
        "/en/countries/ltu/",
        "/en/countries/1t/",
        "/en/associations/no-such/",
        "/en/associations/draft-assoc/",
        "/en/events/no-such/",
        "/en/events/draft-event/",
        "/en/projects/secret/",
        "/en/projects/no-such/",
        "/en/programmes/no-such/",
    ],
)
def test_unknown_and_draft_pages_404(client, world, path):
    assert client.get(path).status_code == 404


def test_upper_case_country_code_redirects(client, world):
    response = client.get("/en/countries/LT/")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/lt/"


HOSTILE = [
    "page=abc",
    "page=-1",
    "page=99999999999999999999",
    "page=0",
    # Long values within the address limit reach the view (longer: tests/test_long_urls.py).
    "country=" + "A" * 1900,
    "kind=%00",
    "eca=%00&sort=%00",
    "when=tomorrow&country=%F0%9F%92%A5",
    "year=1e400",
    "year=%00",
    "status=%E2%80%AE&action=%C0%AF",
    "programme[]=x&action=../../etc",
    "sort=-pk",
    "sort=" + "é" * 300,
    "q=%00" + "x" * 1900,
]
LIST_PAGES = [
    "alliance:association-list",
    "alliance:event-list",
    "programmes:project-list",
    "programmes:call-list",
    "programmes:programme-list",
    "countries:country-list",
]


@pytest.mark.parametrize("name", LIST_PAGES)
def test_hostile_query_strings_never_fail(client, world, name):
    for query in HOSTILE:
        response = client.get(url(name) + "?" + query)
        assert response.status_code < 500, query
        assert response.status_code in (200, 400, 404), query


def test_an_unknown_filter_value_shows_nothing_and_says_so(client, world):
    body = get(client, url("programmes:project-list") + "?programme=nope")
    assert "Digital clusters" not in body and "Running skills" not in body
    assert "has no value “nope”" in body
    assert "Remove this value" in body


def test_sitemap_lists_published_pages_in_both_languages(client, world):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for lang in LANGS:
        for path in (
            url("home", lang),
            url("programmes:call-list", lang),
            url("countries:country-list", lang),
            url("alliance:association-detail", lang, slug="klasterlt"),
            url("alliance:event-detail", lang, slug="forum-vilnius"),
            url("programmes:project-detail", lang, slug="digiclusters"),
            url("programmes:programme-detail", lang, slug="cosme"),
            url("countries:country-detail", lang, code="lt"),
            url("clusters:cluster-detail", lang, slug="smart-food"),
        ):
            assert f"<loc>http://testserver{path}</loc>" in body, path
    assert 'hreflang="lt"' in body and 'hreflang="en"' in body
    for slug in ("secret", "draft-assoc", "draft-event"):
        assert f"/{slug}/" not in body
    assert world["hidden"].slug not in body


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /\n" not in body


# Query counts must not grow with the data: measured at two sizes of demo data.


def _demo_pages() -> list[str]:
    demo_cluster = Cluster.objects.demo().order_by("pk").first()
    association = demo_cluster.associations.order_by("pk").first()
    project = Project.objects.demo().order_by("pk").first()
    event = Event.objects.demo().order_by("pk").first()
    programme = project.action.programme
    code = demo_cluster.country.code.lower()
    # A country the project list offers (an unknown filter value would show nothing).
    partner_code = project.participations.exclude(cluster=None).first().cluster.country.code
    pages = []
    for lang in LANGS:
        pages += [
            url("alliance:association-list", lang),
            url("alliance:association-list", lang) + "?sort=members",
            url("alliance:association-detail", lang, slug=association.slug),
            url("alliance:event-list", lang),
            url("alliance:event-list", lang) + f"?when=past&country={code.upper()}",
            url("alliance:event-detail", lang, slug=event.slug),
            url("countries:country-list", lang),
            url("countries:country-detail", lang, code=code),
            url("programmes:programme-list", lang),
            url("programmes:programme-detail", lang, slug=programme.slug),
            url("programmes:project-list", lang),
            url("programmes:project-list", lang) + f"?country={partner_code}&sort=partners",
            url("programmes:project-detail", lang, slug=project.slug),
            url("programmes:call-list", lang),
        ]
    return pages


def _count_queries(client, pages, guard) -> dict[str, int]:
    counts = {}
    for page in pages:
        with guard(20) as queries:
            response = client.get(page)
        assert response.status_code == 200, page
        counts[page] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_data(client, django_assert_max_num_queries):
    f.make_call(action=f.make_action(), identifier="CALL-ANY", deadline=days(10))
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    pages = _demo_pages()
    small = _count_queries(client, pages, django_assert_max_num_queries)
    call_command("generate_demo_data", clusters=280, seed=2, stdout=io.StringIO())
    assert Cluster.objects.demo().count() == 300
    large = _count_queries(client, pages, django_assert_max_num_queries)
    assert small == large


def test_list_pages_within_query_budget(client, world, django_assert_max_num_queries):
    for name in LIST_PAGES:
        with django_assert_max_num_queries(20):
            response = client.get(url(name))
        assert response.status_code == 200, name


def test_call_status_is_shown(client, world):
    assert Call.objects.open().filter(identifier="CALL-OPEN-1").exists()
    body = get(client, url("programmes:call-list"))
    assert "status-open" in body and "status-upcoming" in body and "status-closed" in body


def test_cluster_profile_links_back(client, world):
    """The other end of the cross-links: a cluster's profile reaches every related page."""
    for lang in LANGS:
        with translation.override(lang):
            body = get(client, world["food"].get_absolute_url())
            for related in (world["klaster"], world["digi"], world["cosme"], world["forum"]):
                assert related.get_absolute_url() in body, related
            assert world["secret"].get_absolute_url() not in body
        assert url("countries:country-detail", lang, code="lt") in body
