"""The cluster profile /<lang>/clusters/<slug>/ and its cross-links."""

import datetime
import io
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from clusters.models import Cluster, LabelLevel
from core.content import PublicationStatus
from programmes.models import Role
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def profile():
    lasers = f.make_sector(name="Lasers", name_en="Lasers", slug="lasers")
    food = f.make_sector(name="Maistas", name_en="Food", slug="food")
    cluster = f.make_cluster(
        name="Lazerių klasteris",
        name_en="Laser Cluster",
        description="Lietuviškas aprašymas.",
        description_en="English description.",
        acronym="LITEK",
        country="LT",
        city="Vilnius",
        founded_year=2011,
        coordinator="Fizikos institutas",
        website="https://litek.example.org/",
        members_sme=10,
        members_research=2,
        employees=490,
        figures_year=2014,
        figures_source="https://source.example.org/figures",
        maturity="mature",
        offers="Bandymų laboratorijos.",
        offers_en="Test labs.",
        seeks="Partnerių.",
        seeks_en="Partners abroad.",
        sources="https://source.example.org/profile",
        last_verified=datetime.date(2026, 1, 15),
        sectors=[lasers],
    )
    f.make_label(
        cluster=cluster,
        level=LabelLevel.BRONZE,
        awarded_year=2016,
        valid_until=datetime.date(2018, 6, 1),
        source="https://labels.example.org/2016",
    )
    f.make_label(
        cluster=cluster,
        level=LabelLevel.SILVER,
        awarded_year=2025,
        valid_until=datetime.date.today() + datetime.timedelta(days=400),
    )
    association = f.make_association(name="Klasterių asociacija", slug="klaster-lt")
    hidden_association = f.make_association(
        name="Hidden association", slug="hidden-assoc", status=PublicationStatus.DRAFT
    )
    f.make_membership(association=association, cluster=cluster, since_year=2012)
    f.make_membership(association=hidden_association, cluster=cluster)
    programme = f.make_programme(name="COSME", acronym="COSME", slug="cosme")
    action = f.make_action(programme=programme, name="ESCP-4i", acronym="ESCP-4i", slug="escp-4i")
    project = f.make_project(title="LASER-GO", slug="laser-go", action=action)
    f.make_participation(project=project, cluster=cluster, role=Role.COORDINATOR)
    hidden_project = f.make_project(title="Hidden project", status=PublicationStatus.DRAFT)
    f.make_participation(project=hidden_project, cluster=cluster)
    event = f.make_event(title="Lazerių forumas", slug="laser-forum")
    event.clusters.add(cluster)
    hidden_event = f.make_event(title="Hidden event", status=PublicationStatus.DRAFT)
    hidden_event.clusters.add(cluster)
    # Same sector abroad: labelled and experienced first, drafts and same country never.
    plain = f.make_cluster(name="Aaa plain photonics", country="DE", sectors=[lasers])
    labelled = f.make_cluster(name="Zzz labelled photonics", country="FI", sectors=[lasers])
    f.make_label(cluster=labelled, level=LabelLevel.GOLD)
    experienced = f.make_cluster(name="Mmm experienced photonics", country="PL", sectors=[lasers])
    f.make_participation(project=project, cluster=experienced)
    demo = f.make_cluster(name="Aaa demo photonics", country="SE", sectors=[lasers], is_demo=True)
    f.make_cluster(name="Lithuanian neighbour", country="LT", sectors=[lasers])
    f.make_cluster(
        name="Draft abroad", country="EE", sectors=[lasers], status=PublicationStatus.DRAFT
    )
    f.make_cluster(name="Food abroad", country="LV", sectors=[food])
    return {
        "cluster": cluster,
        "sector": lasers,
        "association": association,
        "programme": programme,
        "project": project,
        "event": event,
        "abroad": [labelled, experienced, plain, demo],
    }


def test_profile_links_to_everything_related(client, profile):
    cluster = profile["cluster"]
    response = client.get(f"/en/clusters/{cluster.slug}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert "Laser Cluster" in body
    assert "English description." in body
    assert "Test labs." in body and "Partners abroad." in body
    assert 'href="/en/clusters/?sector=lasers"' in body
    assert f'href="{reverse("alliance:association-detail", args=["klaster-lt"])}"' in body
    assert 'href="/en/projects/laser-go/"' in body
    assert 'href="/en/programmes/cosme/"' in body
    assert 'href="/en/events/laser-forum/"' in body
    assert "/en/countries/lt/" in body or "/en/clusters/?country=LT" in body
    assert "Coordinator" in body
    # Members by kind, as of year, with the source.
    assert "As of 2014." in body
    assert "https://source.example.org/figures" in body
    assert "490" in body
    assert "Mature" in body
    assert "https://source.example.org/profile" in body
    assert 'datetime="2026-01-15"' in body
    for hidden in ("Hidden association", "Hidden project", "Hidden event"):
        assert hidden not in body


def test_label_history_highlights_the_current_label(client, profile):
    body = client.get(profile["cluster"].get_absolute_url()).content.decode()
    assert body.count('<tr class="current">') == 1
    current = body.split('<tr class="current">')[1].split("</tr>")[0]
    assert "badge-silver" in current and "2025" in current
    assert "https://labels.example.org/2016" in body


def test_same_sector_clusters_abroad(client, profile):
    response = client.get(profile["cluster"].get_absolute_url())
    shown = [c["name"] for c in response.context["same_sector"]]
    assert shown == [c.name for c in profile["abroad"]]
    body = response.content.decode()
    for cluster in profile["abroad"]:
        assert cluster.get_absolute_url() in body
    assert "Lithuanian neighbour" not in body
    assert "Draft abroad" not in body
    assert "Food abroad" not in body


def test_at_most_eight_clusters_abroad(client, profile):
    for number in range(10):
        f.make_cluster(name=f"More photonics {number}", country="FR", sectors=[profile["sector"]])
    response = client.get(profile["cluster"].get_absolute_url())
    assert len(response.context["same_sector"]) == 8


def test_lithuanian_profile_falls_back_per_field(client, profile):
    cluster = profile["cluster"]
    cluster.description_en = ""
    cluster.save()
    body = client.get(f"/lt/clusters/{cluster.slug}/").content.decode()
    assert '<html lang="lt">' in body
    assert "Lazerių klasteris" in body
    assert "Lietuviškas aprašymas." in body
    english = client.get(f"/en/clusters/{cluster.slug}/").content.decode()
    assert "Lietuviškas aprašymas." in english  # no English text: the Lithuanian one


def test_drafts_and_unknown_slugs_are_404(client, profile):
    draft = f.make_cluster(name="Draft cluster", status=PublicationStatus.DRAFT)
    assert client.get(f"/en/clusters/{draft.slug}/").status_code == 404
    review = f.make_cluster(name="Review cluster", status=PublicationStatus.REVIEW)
    assert client.get(f"/en/clusters/{review.slug}/").status_code == 404
    assert client.get("/en/clusters/no-such-cluster/").status_code == 404
    assert client.get("/en/clusters/%C5%A0/").status_code == 404


def test_demo_badge_and_notice(client, profile):
    demo = profile["abroad"][3]
    english = demo.get_absolute_url().replace("/lt/", "/en/", 1)
    body = client.get(english).content.decode()
    assert 'class="badge badge-demo"' in body
    assert "generated demo record" in body
    real = client.get(profile["cluster"].get_absolute_url().replace("/lt/", "/en/", 1))
    assert "generated demo record" not in real.content.decode()


def test_logo_has_its_size(client, profile):
    cluster = profile["cluster"]
    cluster.logo.save("litek.png", ContentFile(png(120, 60)))
    body = client.get(cluster.get_absolute_url()).content.decode()
    assert re.search(r'<img class="logo" src="[^"]+litek[^"]*\.png" width="120" height="60"', body)


def test_missing_logo_file_is_skipped(client, profile):
    cluster = profile["cluster"]
    Cluster.objects.filter(pk=cluster.pk).update(logo="logos/clusters/gone.png")
    response = client.get(cluster.get_absolute_url())
    assert response.status_code == 200
    assert '<img class="logo"' not in response.content.decode()


def test_json_ld_organization_is_safe(client, profile):
    cluster = profile["cluster"]
    cluster.name_en = "Evil </script><script>alert(1)</script> & Co"
    cluster.save()
    body = client.get(f"/en/clusters/{cluster.slug}/").content.decode()
    assert "</script><script>alert(1)" not in body
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "Organization"
    assert data["name"] == cluster.name_en
    assert data["url"] == f"http://testserver/en/clusters/{cluster.slug}/"
    assert data["address"]["addressCountry"] == "LT"
    assert data["memberOf"][0]["name"] == "Klasterių asociacija"


def test_page_metadata(client, profile):
    cluster = profile["cluster"]
    body = client.get(f"/en/clusters/{cluster.slug}/").content.decode()
    url = f"http://testserver/en/clusters/{cluster.slug}/"
    assert f'<link rel="canonical" href="{url}">' in body
    assert f'<meta property="og:url" content="{url}">' in body
    assert '<meta property="og:title" content="Laser Cluster (LITEK)">' in body
    assert '<meta property="og:description" content="English description.">' in body
    assert '<meta name="description" content="English description.">' in body
    assert '<meta property="og:locale" content="en_GB">' in body
    assert "<title>Laser Cluster (LITEK) · " in body
    assert f'hreflang="lt" href="http://testserver/lt/clusters/{cluster.slug}/"' in body
    assert 'style="' not in body
    assert "<script>" not in body


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_data(client, profile):
    url = profile["cluster"].get_absolute_url()
    call_command("generate_demo_data", clusters=20, seed=1, stdout=io.StringIO())
    demo = Cluster.objects.demo().filter(participations__isnull=False).first()
    small = [count_queries(client, url), count_queries(client, demo.get_absolute_url())]
    call_command("generate_demo_data", clusters=300, seed=2, stdout=io.StringIO())
    large = [count_queries(client, url), count_queries(client, demo.get_absolute_url())]
    assert small == large
    assert max(large) <= 20
