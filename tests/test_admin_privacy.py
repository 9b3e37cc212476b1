"""No drafts or staff names across associations in the admin.

An editor of association A must not learn, from any admin page, the name of association
B's draft clusters, of a draft association, or of B's editors. Walks the cast of
``tests/test_editors.py``: A's editor, B's editor, full access.
"""

# ruff: noqa: F811 (the cast fixture of test_editors is reused by name)

import pytest
import tablib
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from alliance.models import Association, Event, Membership
from alliance.resources import MemberClusterResource
from clusters.models import Cluster
from core.bulk import row_errors
from core.content import PublicationStatus
from programmes.models import Participation, Project
from tests import factories as f
from tests.test_admin import admin_url
from tests.test_editors import cast, client_for  # noqa: F401

pytestmark = pytest.mark.django_db

SECRET_CLUSTER = "Slaptas klasteris"
SECRET_ASSOCIATION = "Slapta asociacija"


@pytest.fixture
def secrets(cast):
    """B's draft cluster, taking part in the reference project; a draft association."""
    b = cast["B"][Association]
    with translation.override("lt"):
        draft = f.make_cluster(name=SECRET_CLUSTER, slug="slaptas", status=PublicationStatus.DRAFT)
        hidden = f.make_association(name=SECRET_ASSOCIATION, status=PublicationStatus.DRAFT)
    f.make_membership(association=b, cluster=draft)
    f.make_membership(association=hidden, cluster=cast["shared"])
    f.make_event(organiser=hidden, status=PublicationStatus.DRAFT)
    project = cast["reference"][Project]
    f.make_participation(project=project, cluster=draft)
    return {"cluster": draft, "association": hidden, "project": project}


def view_on_site(obj) -> str:
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("admin:view_on_site", args=(content_type.pk, obj.pk))


def test_view_on_site_answers_only_for_records_the_user_may_see(cast, secrets):
    url = view_on_site(secrets["cluster"])

    assert client_for(cast, "editor_a").get(url).status_code == 404
    assert client_for(cast, "editor_b").get(url).status_code == 302
    assert client_for(cast, "superuser").get(url).status_code == 302


@pytest.mark.parametrize(
    "page",
    [
        lambda s: admin_url(Project, "change", s["project"].pk),
        lambda s: admin_url(Participation, "changelist"),
        lambda s: admin_url(
            Participation, "change", s["project"].participations.get(cluster=s["cluster"]).pk
        ),
    ],
    ids=["project", "participations", "participation"],
)
def test_read_only_pages_do_not_name_another_associations_draft_cluster(cast, secrets, page):
    url = page(secrets)

    seen_by_a = client_for(cast, "editor_a").get(url)
    assert seen_by_a.status_code in (200, 404)
    assert SECRET_CLUSTER not in seen_by_a.content.decode()
    assert SECRET_CLUSTER in client_for(cast, "superuser").get(url).content.decode()


@pytest.mark.parametrize("model", [Cluster, Membership, Event], ids=lambda m: m.__name__)
def test_filter_sidebars_do_not_name_draft_associations(cast, secrets, model):
    url = admin_url(model, "changelist")

    seen_by_a = client_for(cast, "editor_a").get(url).content.decode()

    assert SECRET_ASSOCIATION not in seen_by_a
    assert str(cast["A"][Association]) in seen_by_a
    assert SECRET_ASSOCIATION in client_for(cast, "superuser").get(url).content.decode()


def test_an_import_row_does_not_tell_whether_a_hidden_slug_exists(cast, secrets):
    published_other = cast["B"][Cluster]
    dataset = tablib.Dataset(headers=("slug", "name_lt", "country"))
    dataset.append(("slaptas", "Perimtas", "LT"))
    dataset.append((published_other.slug, "Perimtas", "LT"))

    with translation.override("en"):
        result = MemberClusterResource(user=cast["users"]["editor_a"]).import_data(
            dataset, dry_run=True
        )
    errors = row_errors(result)

    # The same words whether the record is a hidden draft or a public cluster.
    hidden, public = errors[1], errors[2]
    assert hidden == {"slug": [public["slug"][0].replace(published_other.slug, "slaptas")]}
    assert "exists" not in hidden["slug"][0]


def test_history_shows_editors_of_other_associations_as_another_editor(cast):
    shared = cast["shared"]
    for number, role in enumerate(("editor_b", "editor_a")):
        shared.city = f"Miestas {number}"
        shared._history_user = cast["users"][role]
        shared.save()
    url = admin_url(Cluster, "history", shared.pk)

    seen_by_a = client_for(cast, "editor_a").get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "editor_b" not in seen_by_a
    assert "another editor" in seen_by_a
    assert "editor_a" in seen_by_a
    assert "editor_b" in client_for(cast, "superuser").get(url).content.decode()


# --- Only generated data is demo -----------------------------------------------------------


@pytest.mark.parametrize("model", [Cluster, Event, Association], ids=lambda m: m.__name__)
@pytest.mark.parametrize("start", [False, True], ids=["set", "clear"])
def test_editors_can_neither_set_nor_clear_the_demo_flag(cast, model, start):
    from tests.test_admin import form_data

    obj = cast["A"][model]
    model.objects.filter(pk=obj.pk).update(is_demo=start)
    editor = client_for(cast, "editor_a")
    url = admin_url(model, "change", obj.pk)
    data = form_data(editor.get(url))
    if start:
        data.pop("is_demo", None)
    else:
        data["is_demo"] = "on"

    response = editor.post(url, data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert model.objects.get(pk=obj.pk).is_demo is start


def test_portal_editors_may_still_mark_demo_data(cast):
    from tests.test_admin import form_data

    cluster = cast["A"][Cluster]
    portal = client_for(cast, "portal")
    url = admin_url(Cluster, "change", cluster.pk)
    data = {**form_data(portal.get(url)), "is_demo": "on"}

    assert portal.post(url, data).status_code == 302
    assert Cluster.objects.get(pk=cluster.pk).is_demo is True
