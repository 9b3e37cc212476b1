"""The Lithuanian cluster publication: the catalogue of published real Lithuanian clusters."""

import datetime
import io
import re

import pytest
from django.core.management import call_command

from clusters.models import Cluster, LifeStatus
from core.content import PublicationStatus
from programmes.models import Role
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


def url(lang="en") -> str:
    return f"/{lang}/publication/"


def get(client, lang="en") -> str:
    response = client.get(url(lang))
    assert response.status_code == 200
    return response.content.decode()


def ids(body) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', body))


def toc_links(body) -> list[str]:
    toc = body.split('<nav class="pub-toc"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'href="#(sector-[^"]+)"', toc)


def entry(body, slug) -> str:
    """The HTML of one cluster's entry."""
    return body.split(f'id="cluster-{slug}"', 1)[1].split("</article>", 1)[0]


@pytest.fixture
def catalogue():
    food = f.make_sector(name="Maistas", name_en="Food", slug="food")
    lasers = f.make_sector(name="Lazeriai", name_en="Lasers", slug="lasers")
    wood = f.make_sector(name="Mediena", name_en="Wood", slug="wood")
    food_cluster = f.make_cluster(
        name="Maisto klasteris",
        name_en="Food Cluster",
        slug="food-cluster",
        acronym="MFC",
        description="Maisto pramonės klasteris.",
        description_en="A food-industry cluster.",
        founded_year=2013,
        coordinator="Maisto eksportuotojų asociacija",
        city="Vilnius",
        members_sme=20,
        members_research=3,
        employees=900,
        figures_year=2019,
        figures_source="https://example.org/food-figures",
        website="https://food.example.lt/",
        email="info@food.example.lt",
        phone="+370 5 000 0000",
        sectors=[food, lasers],
    )
    f.make_label(cluster=food_cluster, awarded_year=2018)
    laser_cluster = f.make_cluster(
        name="Lazerių klasteris", name_en="Laser Cluster", slug="laser-cluster", sectors=[lasers]
    )
    unsorted = f.make_cluster(
        name="Be sektoriaus", name_en="No Sector Cluster", slug="no-sector",
        life_status=LifeStatus.MERGED, merged_into=laser_cluster, last_evidence_year=2019,
    )  # fmt: skip
    network = f.make_association(name="Tinklas", name_en="Network", eca_member=True)
    f.make_membership(association=network, cluster=food_cluster)
    action = f.make_action(
        name="Strateginės partnerystės", name_en="Strategic partnerships", acronym="ESCP-S3",
        programme=f.make_programme(name="COSME", name_en="COSME"),
    )  # fmt: skip
    project = f.make_project(
        title="Skaitmeniniai klasteriai",
        title_en="Digital clusters",
        acronym="DIGICLUSTERS",
        action=action,
        start_date=datetime.date(2018, 10, 1),
        end_date=datetime.date(2020, 9, 30),
    )
    f.make_participation(project=project, cluster=food_cluster, role=Role.COORDINATOR)
    hidden_project = f.make_project(title="Juodraštis", acronym="HIDDENPROJ")
    hidden_project.status = PublicationStatus.DRAFT
    hidden_project.save()
    f.make_participation(project=hidden_project, cluster=food_cluster)
    # Never in the publication: a draft, a demo and a foreign cluster (and its sector).
    f.make_cluster(name="Juodraštinis klasteris", slug="draft-lt", status=PublicationStatus.DRAFT)
    f.make_cluster(name="Demo klasteris", slug="demo-lt", is_demo=True, sectors=[wood])
    f.make_cluster(name="Latvian Wood Cluster", slug="wood-lv", country="LV", sectors=[wood])
    return {"food": food_cluster, "laser": laser_cluster, "unsorted": unsorted}


def test_every_published_real_lithuanian_cluster_has_an_entry(client, catalogue):
    body = get(client)
    for slug in ("food-cluster", "laser-cluster", "no-sector"):
        assert f'id="cluster-{slug}"' in body
    assert body.count('class="pub-entry"') == 3
    for hidden in ("Juodraštinis klasteris", "Demo klasteris", "Latvian Wood Cluster"):
        assert hidden not in body
    for slug in ("draft-lt", "demo-lt", "wood-lv"):
        assert slug not in body


def test_contents_link_to_every_sector_section(client, catalogue):
    body = get(client)
    links = toc_links(body)
    assert links == ["sector-food", "sector-lasers", "sector-none"]
    assert set(links) <= ids(body)
    # A sector only foreign and demo clusters work in has no section.
    assert "sector-wood" not in body


def test_a_cluster_of_several_sectors_is_described_once(client, catalogue):
    body = get(client)
    assert body.count('id="cluster-food-cluster"') == 1
    lasers = body.split('id="sector-lasers"', 1)[1].split("</section>", 1)[0]
    assert 'id="cluster-laser-cluster"' in lasers
    assert "described in other sections" in lasers
    assert 'href="#cluster-food-cluster">Food Cluster</a>' in lasers


def test_entry_holds_profile_label_projects_and_contacts(client, catalogue):
    food = entry(get(client), "food-cluster")
    assert "Food Cluster (MFC)" in food
    assert "A food-industry cluster." in food
    for fact in (
        "2013",
        "Maisto eksportuotojų asociacija",
        "Vilnius",
        "900 employees",
        "as of 2019",
    ):
        assert fact in food
    assert "<dd>23" in food  # 20 SMEs + 3 research bodies
    assert 'href="https://example.org/food-figures"' in food
    assert "Bronze" in food and "2018" in food
    assert ">Network</a>" in food
    assert "DIGICLUSTERS" in food and "Digital clusters" in food
    assert "Coordinator" in food and "COSME, ESCP-S3" in food and "2018–2020" in food
    assert "HIDDENPROJ" not in food
    assert 'href="https://food.example.lt/"' in food
    assert 'href="mailto:info@food.example.lt"' in food
    assert "+370 5 000 0000" in food
    assert 'href="http://testserver/en/clusters/food-cluster/"' in food


def test_entry_says_when_a_cluster_merged_into_another(client, catalogue):
    body = get(client)
    merged = entry(body, "no-sector")
    assert "Merged into another cluster" in merged
    assert '<a href="/en/clusters/laser-cluster/">Laser Cluster</a>' in merged and "2019" in merged
    assert "Merged into another cluster" not in entry(body, "laser-cluster")


def test_both_languages_render(client, catalogue):
    english, lithuanian = get(client, "en"), get(client, "lt")
    assert '<html lang="en">' in english and '<html lang="lt">' in lithuanian
    assert "<h1>Lithuanian clusters</h1>" in english
    assert "<h1>Lietuvos klasteriai</h1>" in lithuanian
    for text in (
        "Turinys",
        "Europos klasterių aljansas",
        "Kontaktai",
        "Maisto klasteris",
        "Lazeriai",
    ):
        assert text in lithuanian
    assert "Contents" not in lithuanian and "Contacts" not in lithuanian
    assert "Maisto pramonės klasteris." in lithuanian
    assert "3 klasteriai" in lithuanian


def test_empty_catalogue_says_so(client):
    assert "No Lithuanian cluster has been published yet." in get(client)


def test_main_navigation_links_the_publication(client):
    body = client.get("/lt/").content.decode()
    assert f'<a href="{url("lt")}">Leidinys</a>' in body


def add_lithuanian_clusters(count: int):
    """Real Lithuanian clusters with everything an entry shows, for the query-count guard."""
    sectors = [f.make_sector() for _ in range(4)]
    association = f.make_association(eca_member=True)
    for number in range(count):
        cluster = f.make_cluster(sectors=sectors[number % 4 : number % 4 + 2], founded_year=2010)
        f.make_label(cluster=cluster)
        f.make_membership(association=association, cluster=cluster)
        f.make_participation(cluster=cluster, project=f.make_project(action=f.make_action()))


def test_query_count_does_not_grow_with_the_clusters(
    client, catalogue, django_assert_max_num_queries
):
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    assert Cluster.objects.demo().published().in_country("LT").exists()  # and left out
    counts = []
    for extra in (0, 40):
        add_lithuanian_clusters(extra)
        for lang in ("lt", "en"):
            with django_assert_max_num_queries(8) as queries:
                body = get(client, lang)
            counts.append(len(queries))
        assert body.count('class="pub-entry"') == 3 + extra
    assert counts[:2] == counts[2:]
