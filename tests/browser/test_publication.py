"""The publication printed to PDF in Chromium: every Lithuanian cluster in it, no navigation.

The PDF's text is read with ``pdftotext`` (Debian's poppler-utils, installed by `.ci/run`).
"""

import re
import shutil
import subprocess

import pytest

from core.content import PublicationStatus
from tests import factories as f
from tests.browser.conftest import IN_CI

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(pdf: bytes, tmp_path) -> str:
    if not PDFTOTEXT:
        if IN_CI:
            pytest.fail("pdftotext is missing; .ci/run should have installed poppler-utils.")
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    path = tmp_path / "publication.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture
def clusters():
    food = f.make_sector(name="Maistas", name_en="Food", slug="food")
    lasers = f.make_sector(name="Lazeriai", name_en="Lasers", slug="lasers")
    shown = [
        f.make_cluster(
            name="SMART Food Cluster", slug="smart-food", sectors=[food],
            website="http://www.smartfoodcluster.com", figures_source="https://example.org/figures",
            members_sme=30, figures_year=2019, description="Maisto pramonės klasteris.",
        ),
        f.make_cluster(name="Lazerių ir inžinerijos klasteris", sectors=[lasers, food]),
        f.make_cluster(name="Užupio kūrybinis klasteris", city="Vilnius"),
    ]  # fmt: skip
    f.make_label(cluster=shown[0], awarded_year=2018)
    f.make_participation(cluster=shown[0], project=f.make_project(acronym="DIGICLUSTERS"))
    f.make_association(name="Lietuvos klasterių tinklas", country="LT", eca_member=True)
    hidden = [
        f.make_cluster(name="Draft Lithuanian Cluster", status=PublicationStatus.DRAFT),
        f.make_cluster(name="Demo Lithuanian Cluster", is_demo=True, sectors=[food]),
        f.make_cluster(name="Latvian Food Cluster", country="LV", sectors=[food]),
    ]
    return [cluster.name for cluster in shown], [cluster.name for cluster in hidden]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_printed_publication_holds_every_cluster_and_no_navigation(
    live_server, page, tmp_path, clusters, lang
):
    shown, hidden = clusters
    page.goto(f"{live_server.url}/{lang}/publication/")
    chrome = page.locator(".site-header a, .site-header button, .skip-link, .site-footer a")
    chrome_labels = [label.strip() for label in chrome.all_inner_texts() if label.strip()]
    assert len(chrome_labels) >= 10  # the nav links, the brand, the languages, the skip link

    text = pdf_text(page.pdf(format="A4", print_background=True), tmp_path)
    flowing = " ".join(text.split())  # names may wrap onto the next line
    lines = {line.strip() for line in text.splitlines()}

    for name in shown:
        assert name in flowing, name
    for name in hidden:
        assert name not in flowing, name
    for label in chrome_labels:
        assert label not in lines, f"{label!r} printed"
    skip_link = page.locator(".skip-link").inner_text().strip()
    assert skip_link not in flowing
    assert " ".join(page.locator(".site-header nav .nav").inner_text().split()) not in flowing
    # Outside links carry their address on paper; pages are numbered "n / total".
    assert "(https://example.org/figures)" in flowing
    total = text.count("\f")  # pdftotext ends every page with a form feed
    assert total >= 3  # the cover and introduction, the contents, the catalogue
    numbers = re.findall(r"^(\d+) ?/ ?(\d+)$", text, flags=re.MULTILINE)
    assert numbers == [(str(number), str(total)) for number in range(1, total + 1)]
