"""Names with their acronyms: "Name (ACR)" once, never "Name (ACR) (ACR)" (core.names)."""

import pytest

from core.names import acronym_suffix, contains_acronym, with_acronym
from tests import factories as f


@pytest.mark.parametrize(
    ("name", "acronym", "expected"),
    [
        ("Estonian Food Cluster (EEfood)", "EEfood", True),
        ("Estonian Food Cluster (EEFOOD)", "EEfood", True),  # case is ignored
        ("eefood cluster", "EEfood", True),
        ("SMART food cluster", "SMART", True),
        ("Horizon 2020", "H2020", False),
        ("LTU cluster", "LT", False),  # inside another word: not the acronym
        ("Cluster H2020+", "H2020+", True),
        ("DEMO-ACTION cluster", "DEMO-ACTION", True),
        ("Any name", "", False),
        ("Any name", None, False),
    ],
)
def test_contains_acronym(name, acronym, expected):
    assert contains_acronym(name, acronym) is expected


def test_with_acronym():
    assert with_acronym("Estonian Food Cluster (EEfood)", "EEfood") == (
        "Estonian Food Cluster (EEfood)"
    )
    assert with_acronym("Klaipėda Laser Cluster", "KLC") == "Klaipėda Laser Cluster (KLC)"
    assert with_acronym("Klaipėda Laser Cluster", " ") == "Klaipėda Laser Cluster"
    assert acronym_suffix("Klaipėda Laser Cluster", "KLC") == " (KLC)"


@pytest.fixture
def clusters(db):
    return {
        "holds": f.make_cluster(
            name="Estonian Food Cluster (EEfood)", slug="eefood", acronym="EEfood", country="EE"
        ),
        "lacks": f.make_cluster(
            name="Klaipeda Laser Cluster", slug="klc", acronym="KLC", country="LT"
        ),
    }


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_cluster_pages_name_the_acronym_once(client, clusters, lang):
    body = client.get(f"/{lang}/clusters/eefood/").content.decode()
    assert "(EEfood) (EEfood)" not in body
    assert "(EEfood) <span" not in body
    assert "<title>Estonian Food Cluster (EEfood)" in body
    body = client.get(f"/{lang}/clusters/klc/").content.decode()
    assert "<title>Klaipeda Laser Cluster (KLC)" in body
    assert 'Klaipeda Laser Cluster <span class="acronym">(KLC)</span>' in body


def test_directory_cards_repeat_no_acronym(client, clusters):
    body = client.get("/en/clusters/").content.decode()
    assert "EEfood ·" not in body
    assert "KLC ·" in body


def test_search_hits_name_the_acronym_once(client, clusters):
    body = client.get("/en/search/", {"q": "cluster"}).content.decode()
    assert "(EEfood) (EEfood)" not in body
    assert "Estonian Food Cluster (EEfood)</a>" in body
    assert "Klaipeda Laser Cluster (KLC)</a>" in body


def test_association_pages_name_the_acronym_once(client, db):
    f.make_association(
        name="Lithuanian Cluster Network (KlasterLT)", slug="k", acronym="KLASTERLT"
    )
    f.make_association(name="Latvian cluster network", slug="l", acronym="LCN")
    body = client.get("/en/associations/k/").content.decode()
    assert "(KlasterLT) (KLASTERLT)" not in body
    body = client.get("/en/associations/").content.decode()
    assert "KLASTERLT ·" not in body
    assert "LCN ·" in body


def test_projects_name_the_acronym_once(client, db):
    holds = f.make_project(
        title="DIGICLUSTERS: digital clusters", slug="d", acronym="DIGICLUSTERS"
    )
    lacks = f.make_project(title="Skills for clusters", slug="s", acronym="SKILLS4C")
    f.make_participation(project=holds)
    f.make_participation(project=lacks)
    body = client.get("/en/search/", {"q": "clusters"}).content.decode()
    assert ">DIGICLUSTERS</a>" not in body
    assert "DIGICLUSTERS: digital clusters</a>" in body
    assert ">SKILLS4C</a>" in body and "— Skills for clusters" in body
    feed = client.get("/en/open-data/feeds/projects/").content.decode()
    assert "<title>DIGICLUSTERS: digital clusters</title>" in feed
    assert "<title>SKILLS4C: Skills for clusters</title>" in feed
    body = client.get("/en/projects/").content.decode()
    assert "DIGICLUSTERS\n" not in body.split("digital clusters</a>")[1].split("</li>")[0]
