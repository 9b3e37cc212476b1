"""The Lithuanian pages of every real record are Lithuanian: where a record has a
Lithuanian value, its English one is not shown instead; where the English one exists,
a Lithuanian one does too (names of places and organisations included)."""

import html
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from modeltranslation.translator import translator

from alliance.models import Association, Event
from clusters.models import Cluster
from programmes.models import Participation, Programme, Project

pytestmark = pytest.mark.django_db

# Fields shown on a record's own page, by model; each is translated (name_lt, name_en).
SHOWN = {
    Cluster: ("name", "description", "city", "coordinator", "offers", "seeks"),
    Association: ("name", "description"),
    Project: ("title", "description"),
    Programme: ("name", "description", "managing_body"),
    Event: ("title", "description"),
}
# Names of places and organisations: an English form calls for a Lithuanian one.
EXPECTED_IN_LITHUANIAN = {Cluster: ("city", "coordinator"), Programme: ("managing_body",)}


@pytest.fixture(scope="module")
def real_data(module_db):
    with translation.override("lt"):
        call_command("load_portal_data", verbosity=0)


# Parts of a page that quote other texts as they are: the sources, the structured data.
QUOTED = re.compile(
    r'<section class="sources".*?</section>|<script type="application/ld\+json">.*?</script>',
    re.S,
)


def english_shown_instead(obj, fields, body: str) -> list[str]:
    """The fields of ``obj`` whose English value the Lithuanian page shows although a
    different Lithuanian value exists.

    A name or title is looked for in the page's heading (the page quotes other names
    elsewhere: calls named after their programme); other fields anywhere outside the
    quoted sources and structured data, unless the record's own names contain them (a
    cluster named after its city in its own language).
    """
    translated = set(translator.get_options_for_model(type(obj)).fields)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    body = QUOTED.sub("", body)
    # Names it is also known by, and its acronym, are shown as they are.
    own_names = " ".join(
        str(getattr(obj, attribute, "") or "")
        for attribute in ("other_names", "acronym", "name_lt", "name_en", "title_lt", "title_en")
    )
    wrong = []
    for field in fields:
        assert field in translated, f"{type(obj).__name__}.{field} is not translated"
        lt, en = getattr(obj, f"{field}_lt") or "", getattr(obj, f"{field}_en") or ""
        if not lt or not en or en == lt or en in lt or len(en) < 4:
            continue
        if field in ("name", "title"):
            where = heading
        elif en in own_names:
            continue
        else:
            where = body
        if html.escape(en, quote=False) in where or en in where:
            wrong.append(f"{field}: {en!r}")
    return wrong


def records():
    for model, fields in SHOWN.items():
        queryset = model.objects.real()
        if hasattr(queryset, "published"):
            queryset = queryset.published()
        for obj in queryset:
            yield obj, fields


def test_every_real_record_reads_lithuanian(real_data):
    client = Client()
    problems = []
    for obj, fields in records():
        with translation.override("lt"):
            url = obj.get_absolute_url()
        response = client.get(url)
        assert response.status_code == 200, url
        wrong = english_shown_instead(obj, fields, response.content.decode())
        problems += [f"{url}: {item}" for item in wrong]
    assert problems == []


def test_places_and_organisations_have_lithuanian_names(real_data):
    missing = []
    for model, fields in EXPECTED_IN_LITHUANIAN.items():
        for obj in model.objects.real():
            for field in fields:
                if getattr(obj, f"{field}_en") and not getattr(obj, f"{field}_lt"):
                    missing.append(f"{model.__name__} {obj.pk} {field}")
    named = Participation.objects.exclude(organisation_en__isnull=True)
    for participation in named.exclude(organisation_en=""):
        if not participation.organisation_lt:
            missing.append(f"Participation {participation.pk} organisation")
    assert missing == []


def test_project_partners_read_lithuanian(real_data):
    client = Client()
    problems = []
    for participation in Participation.objects.filter(cluster__isnull=True).select_related(
        "project"
    ):
        lt, en = participation.organisation_lt, participation.organisation_en
        if not (lt and en) or en == lt or en in lt:
            continue
        with translation.override("lt"):
            url = participation.project.get_absolute_url()
        body = client.get(url).content.decode()
        if html.escape(en, quote=False) in body:
            problems.append(f"{url}: {en!r}")
    assert problems == []
