"""Association staff in the admin: each edits only their association's data, moderation,
history, and ``manage.py create_editor``.

The fixed cast: anonymous, the editor of association A, the editor of B, a portal editor,
a superuser, and a staff account tied to no association. Every test walks the ladder
anonymous → wrong association → right association → full access.
"""

import io

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from alliance.models import Association, AssociationFigure, Editor, Event, Membership
from clusters.models import Cluster, Label, Sector
from core import access
from core.admin import PortalAdminMixin
from core.content import PublicationStatus
from programmes.models import Action, Call, Participation, Programme, Project, Report
from tests import factories as f
from tests.helpers import admin_url, form_data, inline_prefix

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
REVIEW = PublicationStatus.REVIEW
PUBLISHED = PublicationStatus.PUBLISHED

# Models whose rows belong to one association; what "A's" and "B's" row is, by model.
OWNED = [Cluster, Label, Association, Membership, AssociationFigure, Event]
# Reference data: editors read it, never change it.
REFERENCE = [Sector, Programme, Action, Call, Project, Participation, Report]
ROLES = ["anonymous", "nobody", "editor_a", "editor_b", "portal", "superuser"]


def make_side(tag: str) -> dict:
    """One association with a cluster, label, membership, figure and event of its own."""
    with translation.override("lt"):
        association = f.make_association(name=f"Asociacija {tag}", acronym=f"AS{tag}")
        cluster = f.make_cluster(name=f"Klasteris {tag}", acronym=f"KL{tag}")
        return {
            Association: association,
            Cluster: cluster,
            Label: f.make_label(cluster=cluster),
            Membership: f.make_membership(association=association, cluster=cluster),
            AssociationFigure: f.make_figure(association=association),
            Event: f.make_event(title=f"Renginys {tag}", organiser=association),
        }


def make_user(username: str, **fields):
    return get_user_model().objects.create_user(
        username=username, password="correct-horse-battery", **fields
    )


@pytest.fixture
def cast():
    """Two associations' data, the reference data, and the people."""
    access.ensure_groups()
    a, b = make_side("A"), make_side("B")
    with translation.override("lt"):
        shared = f.make_cluster(name="Bendras klasteris", acronym="SHARED")
    f.make_membership(association=a[Association], cluster=shared)
    f.make_membership(association=b[Association], cluster=shared)
    action = f.make_action(acronym="ACT")
    project = f.make_project(acronym="PRJ", action=action)
    reference = {
        Sector: f.make_sector(),
        Programme: action.programme,
        Action: action,
        Call: f.make_call(action=action),
        Project: project,
        Participation: f.make_participation(project=project, cluster=a[Cluster]),
        Report: f.make_report(actions=[action]),
    }
    editors = Group.objects.get(name=access.ASSOCIATION_EDITORS)
    users = {}
    for role, association in (("editor_a", a[Association]), ("editor_b", b[Association])):
        users[role] = make_user(role, is_staff=True)
        users[role].groups.add(editors)
        Editor.objects.create(user=users[role], association=association)
    users["portal"] = make_user("portal", is_staff=True)
    users["portal"].groups.add(Group.objects.get(name=access.PORTAL_EDITORS))
    users["superuser"] = get_user_model().objects.create_superuser(
        username="root", password="correct-horse-battery"
    )
    # Staff, even with the editors' permissions, but tied to no association.
    users["nobody"] = make_user("nobody", is_staff=True)
    users["nobody"].groups.add(editors)
    return {"A": a, "B": b, "shared": shared, "reference": reference, "users": users}


def client_for(cast, role: str) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(cast["users"][role])
    return client


def listed(client, model) -> set:
    response = client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


def exists(obj) -> bool:
    return type(obj).objects.filter(pk=obj.pk).exists()


# --- The ladder, model by model ----------------------------------------------------


@pytest.mark.parametrize("model", OWNED, ids=lambda m: m.__name__)
def test_changelist_shows_only_allowed_rows(cast, model):
    own_a, own_b = cast["A"][model].pk, cast["B"][model].pk

    anonymous = client_for(cast, "anonymous").get(admin_url(model, "changelist"))
    assert anonymous.status_code == 302
    assert anonymous.url.startswith(reverse("admin:login"))
    assert client_for(cast, "nobody").get(admin_url(model, "changelist")).status_code == 403

    seen_by_a = listed(client_for(cast, "editor_a"), model)
    seen_by_b = listed(client_for(cast, "editor_b"), model)
    assert own_a in seen_by_a and own_b not in seen_by_a
    assert own_b in seen_by_b and own_a not in seen_by_b
    for role in ("portal", "superuser"):
        assert {own_a, own_b} <= listed(client_for(cast, role), model)


def test_shared_cluster_is_seen_by_both_associations(cast):
    shared = cast["shared"].pk
    assert shared in listed(client_for(cast, "editor_a"), Cluster)
    assert shared in listed(client_for(cast, "editor_b"), Cluster)


@pytest.mark.parametrize("model", OWNED, ids=lambda m: m.__name__)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_associations_record_is_not_found(cast, model, view):
    own, foreign = cast["A"][model], cast["B"][model]
    editor = client_for(cast, "editor_a")
    assert editor.get(admin_url(model, view, foreign.pk)).status_code == 404
    expected_own = 403 if (model is Association and view == "delete") else 200
    assert editor.get(admin_url(model, view, own.pk)).status_code == expected_own
    for role in ("portal", "superuser"):
        assert client_for(cast, role).get(admin_url(model, view, foreign.pk)).status_code == 200
    assert client_for(cast, "nobody").get(admin_url(model, view, own.pk)).status_code in (
        403,
        404,
    )
    anonymous = client_for(cast, "anonymous").get(admin_url(model, view, own.pk))
    assert anonymous.status_code == 302


@pytest.mark.parametrize("model", REFERENCE, ids=lambda m: m.__name__)
def test_editors_read_reference_data_but_never_change_it(cast, model):
    obj = cast["reference"][model]
    editor = client_for(cast, "editor_a")
    assert obj.pk in listed(editor, model)
    response = editor.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert editor.get(admin_url(model, "history", obj.pk)).status_code == 200
    assert editor.get(admin_url(model, "add")).status_code == 403
    assert editor.get(admin_url(model, "delete", obj.pk)).status_code == 403
    before = model.objects.filter(pk=obj.pk).values().get()
    forged = form_data(client_for(cast, "superuser").get(admin_url(model, "change", obj.pk)))
    assert editor.post(admin_url(model, "change", obj.pk), forged).status_code == 403
    assert editor.post(admin_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 403
    assert model.objects.filter(pk=obj.pk).values().get() == before


def test_editor_accounts_are_for_portal_editors_only(cast):
    editor_row = Editor.objects.get(user=cast["users"]["editor_a"])
    assert client_for(cast, "editor_a").get(admin_url(Editor, "changelist")).status_code == 403
    portal = client_for(cast, "portal")
    assert editor_row.pk in listed(portal, Editor)


def test_admin_index_lists_only_what_an_editor_may_use(cast):
    body = client_for(cast, "editor_a").get(reverse("admin:index")).content.decode()
    assert admin_url(Cluster, "changelist") in body
    assert admin_url(Editor, "changelist") not in body
    nobody = client_for(cast, "nobody").get(reverse("admin:index")).content.decode()
    assert admin_url(Cluster, "changelist") not in nobody


# --- Forged requests change nothing ------------------------------------------------


@pytest.mark.parametrize(
    "model", [Cluster, Event, Association, AssociationFigure, Membership, Label]
)
def test_forged_change_and_delete_of_another_associations_record(cast, model):
    foreign = cast["B"][model]
    before = model.objects.filter(pk=foreign.pk).values().get()
    data = form_data(client_for(cast, "superuser").get(admin_url(model, "change", foreign.pk)))
    for field in ("city", "note", "source"):
        if field in data:
            data[field] = "forged"
    editor = client_for(cast, "editor_a")
    assert editor.post(admin_url(model, "change", foreign.pk), data).status_code == 404
    assert editor.post(admin_url(model, "delete", foreign.pk), {"post": "yes"}).status_code == 404
    assert model.objects.filter(pk=foreign.pk).values().get() == before


@pytest.mark.parametrize("model", [Cluster, Event, AssociationFigure, Membership, Label])
def test_bulk_delete_skips_another_associations_rows(cast, model):
    foreign = cast["B"][model]
    editor = client_for(cast, "editor_a")
    editor.post(
        admin_url(model, "changelist"),
        {"action": "delete_selected", "_selected_action": [foreign.pk], "post": "yes"},
    )
    assert exists(foreign)


def test_editor_deletes_own_cluster_but_not_one_shared_with_another_network(cast):
    editor = client_for(cast, "editor_a")
    shared = cast["shared"]
    response = editor.post(admin_url(Cluster, "delete", shared.pk), {"post": "yes"})
    assert response.status_code == 403
    assert exists(shared)
    # A cluster in a project: its participation is the portal editors' to remove first.
    in_project = cast["A"][Cluster]
    response = editor.get(admin_url(Cluster, "delete", in_project.pk))
    assert response.status_code == 200
    assert response.context["perms_lacking"]
    response = editor.post(admin_url(Cluster, "delete", in_project.pk), {"post": "yes"})
    assert response.status_code == 403
    assert exists(in_project)
    own = f.make_cluster(name="Tik A klasteris")
    f.make_membership(association=cast["A"][Association], cluster=own)
    f.make_label(cluster=own)
    response = editor.post(admin_url(Cluster, "delete", own.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not exists(own)
    # The deletion is recorded, with who did it.
    deleted = Cluster.history.filter(id=own.pk, history_type="-").get()
    assert deleted.history_user == cast["users"]["editor_a"]


def test_editor_cannot_delete_their_association(cast):
    own = cast["A"][Association]
    editor = client_for(cast, "editor_a")
    assert (
        editor.post(admin_url(Association, "delete", own.pk), {"post": "yes"}).status_code == 403
    )
    assert exists(own)


def test_membership_into_another_association_is_refused(cast):
    editor = client_for(cast, "editor_a")
    data = {
        "association": cast["B"][Association].pk,
        "cluster": cast["A"][Cluster].pk,
        "since_year": 2020,
    }
    response = editor.post(admin_url(Membership, "add"), data)
    assert response.status_code == 200
    assert "association" in response.context["adminform"].form.errors
    assert not Membership.objects.filter(
        association=cast["B"][Association], cluster=cast["A"][Cluster]
    ).exists()
    # Nor may an editor take another network's cluster into their own association.
    data = {"association": cast["A"][Association].pk, "cluster": cast["B"][Cluster].pk}
    response = editor.post(admin_url(Membership, "add"), data)
    assert "cluster" in response.context["adminform"].form.errors
    assert not Membership.objects.filter(
        association=cast["A"][Association], cluster=cast["B"][Cluster]
    ).exists()


def test_membership_inline_pointing_elsewhere_is_refused(cast):
    own = cast["A"][Cluster]
    editor = client_for(cast, "editor_a")
    url = admin_url(Cluster, "change", own.pk)
    response = editor.get(url)
    data = form_data(response)
    prefix = inline_prefix(response, Membership)
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = total + 1
    data[f"{prefix}-{total}-association"] = cast["B"][Association].pk
    response = editor.post(url, data)
    assert response.status_code == 200
    assert not Membership.objects.filter(association=cast["B"][Association], cluster=own).exists()


def test_inline_shows_and_accepts_only_own_rows(cast):
    """On a cluster both networks share, A's editor sees and changes A's membership only."""
    shared = cast["shared"]
    b_membership = Membership.objects.get(cluster=shared, association=cast["B"][Association])
    editor = client_for(cast, "editor_a")
    url = admin_url(Cluster, "change", shared.pk)
    response = editor.get(url)
    data = form_data(response)
    prefix = inline_prefix(response, Membership)
    assert data[f"{prefix}-INITIAL_FORMS"] == 1
    # A forged row naming B's membership, to change and to delete it.
    data[f"{prefix}-TOTAL_FORMS"] = 2
    data[f"{prefix}-INITIAL_FORMS"] = 2
    data[f"{prefix}-1-id"] = b_membership.pk
    data[f"{prefix}-1-cluster"] = shared.pk
    data[f"{prefix}-1-association"] = cast["B"][Association].pk
    data[f"{prefix}-1-source"] = "forged"
    data[f"{prefix}-1-DELETE"] = "on"
    editor.post(url, data)
    b_membership.refresh_from_db()
    assert b_membership.source != "forged"


def test_event_organised_by_another_association_is_refused(cast):
    editor = client_for(cast, "editor_a")
    data = {
        "title_lt": "Svetimas renginys",
        "slug": "svetimas-renginys",
        "kind": "forum",
        "date_precision": "day",
        "status": DRAFT,
        "organiser": cast["B"][Association].pk,
    }
    response = editor.post(admin_url(Event, "add"), data)
    assert response.status_code == 200
    assert "organiser" in response.context["adminform"].form.errors
    # Without an organiser either: an editor's event is their association's.
    del data["organiser"]
    response = editor.post(admin_url(Event, "add"), data)
    assert "organiser" in response.context["adminform"].form.errors
    data["organiser"] = cast["A"][Association].pk
    assert editor.post(admin_url(Event, "add"), data).status_code == 302
    assert Event.objects.get(slug="svetimas-renginys").organiser == cast["A"][Association]


def test_cluster_an_editor_adds_joins_their_association(cast):
    editor = client_for(cast, "editor_a")
    response = editor.get(admin_url(Cluster, "add"))
    data = {
        "name_lt": "Naujas klasteris",
        "slug": "naujas-klasteris",
        "country": "LT",
        "status": DRAFT,
        "life_status": "active",
    }
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management[name].html_name] = management[name].value()
    response = editor.post(admin_url(Cluster, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    cluster = Cluster.objects.get(slug="naujas-klasteris")
    assert list(cluster.associations.all()) == [cast["A"][Association]]
    assert cluster.pk in listed(editor, Cluster)
    assert cluster.history.get().history_user == cast["users"]["editor_a"]


def autocomplete(client, model, field: str, term: str = "") -> set:
    opts = model._meta
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": opts.app_label,
            "model_name": opts.model_name,
            "field_name": field,
            "term": term,
        },
    )
    assert response.status_code == 200
    return {int(result["id"]) for result in response.json()["results"]}


def test_autocomplete_offers_only_what_an_editor_may_pick(cast):
    a, b = cast["A"], cast["B"]
    editor = client_for(cast, "editor_a")
    assert autocomplete(editor, Membership, "association") == {a[Association].pk}
    assert autocomplete(editor, Membership, "cluster") == {a[Cluster].pk, cast["shared"].pk}
    assert autocomplete(editor, Event, "organiser") == {a[Association].pk}
    # Any published cluster may take part in an editor's event; B's draft may not.
    b[Cluster].status = DRAFT
    b[Cluster].save()
    published_b = f.make_cluster(name="Paskelbtas B", status=PUBLISHED)
    participants = autocomplete(editor, Event, "clusters")
    assert published_b.pk in participants and a[Cluster].pk in participants
    assert b[Cluster].pk not in participants
    assert b[Association].pk in autocomplete(client_for(cast, "portal"), Event, "organiser")


# --- Moderation ----------------------------------------------------------------------


def test_editor_cannot_publish_a_portal_editor_can(cast):
    own = cast["A"][Cluster]
    own.status = DRAFT
    own.save()
    editor = client_for(cast, "editor_a")
    url = admin_url(Cluster, "change", own.pk)
    response = editor.get(url)
    status_choices = {
        value for value, _ in response.context["adminform"].form.fields["status"].choices
    }
    assert status_choices == {DRAFT, REVIEW}
    data = form_data(response)
    data["status"] = PUBLISHED
    response = editor.post(url, data)
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.status == DRAFT
    assert own not in Cluster.objects.published()

    # A forged "Publish" action does nothing; "Submit for review" works.
    changelist = admin_url(Cluster, "changelist")
    editor.post(changelist, {"action": "publish", "_selected_action": [own.pk]})
    own.refresh_from_db()
    assert own.status == DRAFT
    editor.post(changelist, {"action": "submit_for_review", "_selected_action": [own.pk]})
    own.refresh_from_db()
    assert own.status == REVIEW

    # The portal editor publishes; only then is the cluster public.
    client_for(cast, "portal").post(
        changelist, {"action": "publish", "_selected_action": [own.pk]}
    )
    own.refresh_from_db()
    assert own.status == PUBLISHED
    assert own in Cluster.objects.published()
    assert own.history.first().history_user == cast["users"]["portal"]


def test_actions_offered_by_role(cast):
    def actions(role):
        response = client_for(cast, role).get(admin_url(Event, "changelist"))
        return {name for name, _ in response.context["action_form"].fields["action"].choices}

    assert "submit_for_review" in actions("editor_a")
    assert "publish" not in actions("editor_a")
    assert {"submit_for_review", "publish"} <= actions("portal")


def test_publish_action_touches_only_rows_the_user_may_change(cast):
    foreign = cast["B"][Event]
    foreign.status = DRAFT
    foreign.save()
    client_for(cast, "editor_a").post(
        admin_url(Event, "changelist"),
        {"action": "submit_for_review", "_selected_action": [foreign.pk]},
    )
    foreign.refresh_from_db()
    assert foreign.status == DRAFT


def test_editing_a_published_record_keeps_it_published(cast):
    own = cast["A"][Event]
    assert own.status == PUBLISHED
    editor = client_for(cast, "editor_a")
    url = admin_url(Event, "change", own.pk)
    data = form_data(editor.get(url))
    data["city"] = "Kaunas"
    assert editor.post(url, data).status_code == 302
    own.refresh_from_db()
    assert (own.city, own.status) == ("Kaunas", PUBLISHED)


def test_only_published_records_are_public(cast):
    draft = f.make_cluster(name="Juodraštis", status=DRAFT)
    review = f.make_cluster(name="Peržiūrai", status=REVIEW)
    public = set(Cluster.objects.published())
    assert cast["A"][Cluster] in public
    assert draft not in public and review not in public


# --- History -------------------------------------------------------------------------


def test_editors_change_is_in_the_history_and_can_be_undone(cast):
    own = cast["A"][Cluster]
    old_name = own.name_lt
    editor = client_for(cast, "editor_a")
    url = admin_url(Cluster, "change", own.pk)
    data = form_data(editor.get(url))
    data["name_lt"] = "Pervadintas klasteris"
    data["name_en"] = "Renamed cluster"
    assert editor.post(url, data).status_code == 302
    own.refresh_from_db()
    assert own.name_lt == "Pervadintas klasteris"

    latest = own.history.first()
    assert latest.history_user == cast["users"]["editor_a"]
    assert (latest.name_lt, latest.name_en) == ("Pervadintas klasteris", "Renamed cluster")
    page = editor.get(admin_url(Cluster, "history", own.pk)).content.decode()
    assert "editor_a" in page
    assert "Pervadintas klasteris" in page

    # Restore the version before the change.
    earlier = own.history.filter(name_lt=old_name).first()
    revert_url = reverse(
        "admin:clusters_cluster_simple_history", args=[own.pk, earlier.history_id]
    )
    response = editor.get(revert_url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for field in form:
        value = field.value()
        if value is None or value is False or field.name == "logo":
            continue
        data[field.html_name] = "on" if value is True else value
    assert editor.post(revert_url, data).status_code == 302
    own.refresh_from_db()
    assert own.name_lt == old_name
    assert own.history.first().history_user == cast["users"]["editor_a"]


def test_history_of_another_associations_record_cannot_be_restored(cast):
    foreign = cast["B"][Event]
    version = foreign.history.first()
    url = reverse("admin:alliance_event_simple_history", args=[foreign.pk, version.history_id])
    editor = client_for(cast, "editor_a")
    assert editor.get(url).status_code == 404
    assert editor.post(url, {"title_lt": "Pakeista"}).status_code == 404
    foreign.refresh_from_db()
    assert foreign.title_lt == "Renginys B"


def test_reference_data_history_is_read_only_for_editors(cast):
    programme = cast["reference"][Programme]
    version = programme.history.first()
    url = reverse(
        "admin:programmes_programme_simple_history", args=[programme.pk, version.history_id]
    )
    editor = client_for(cast, "editor_a")
    assert editor.get(url).status_code == 200
    assert editor.post(url, {"name_lt": "Pakeista", "slug": "x"}).status_code == 403
    programme.refresh_from_db()
    assert programme.name_lt != "Pakeista"


@pytest.mark.parametrize(
    "model",
    [Sector, Cluster, Label, Association, Membership, AssociationFigure, Event, Programme]
    + [Action, Call, Project, Participation, Report],
    ids=lambda m: m.__name__,
)
def test_history_tables_hold_both_languages(model):
    fields = {field.name for field in model.history.model._meta.fields}
    translated = {name for name in fields if name.endswith(("_lt", "_en"))}
    own = {field.name for field in model._meta.fields if field.name.endswith(("_lt", "_en"))}
    assert translated == own
    assert {"history_user", "history_date", "history_type"} <= fields


def test_every_portal_admin_model_keeps_history():
    """The history page and restore need a history on every model the portal admin edits."""
    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, PortalAdminMixin):
            assert hasattr(model._meta, "simple_history_manager_attribute"), model


def test_completeness_and_last_verified_columns(cast):
    response = client_for(cast, "superuser").get(admin_url(Cluster, "changelist"))
    body = response.content.decode()
    assert 'class="column-completeness"' in body or "field-completeness" in body
    assert "field-last_verified" in body
    cluster = cast["A"][Cluster]
    empty = cluster.profile_completeness()
    cluster.website = "https://example.org"
    cluster.city = "Vilnius"
    cluster.sectors.add(cast["reference"][Sector])
    assert cluster.profile_completeness() > empty
    assert 0 <= empty < 100
    body = client_for(cast, "editor_a").get(admin_url(Association, "changelist")).content
    assert b"field-completeness" in body


# --- create_editor -------------------------------------------------------------------


def create_editor(*args) -> str:
    out = io.StringIO()
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def test_create_editor_makes_an_account_that_edits_one_association(cast):
    association = cast["A"][Association]
    output = create_editor(
        "jurate", "--association", association.slug, "--password", "Klaip3da-uostas!"
    )
    assert "jurate" in output
    user = get_user_model().objects.get(username="jurate")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("Klaip3da-uostas!")
    assert user.editor.association == association
    assert user.groups.filter(name=access.ASSOCIATION_EDITORS).exists()
    client = Client()
    client.force_login(user)
    assert listed(client, Cluster) == {cast["A"][Cluster].pk, cast["shared"].pk}

    # Run again for another association: the same account moves.
    create_editor(
        "jurate", "--association", cast["B"][Association].slug, "--password", "Kit4s-slaptazodis!"
    )
    user.refresh_from_db()
    assert user.editor.association == cast["B"][Association]
    assert Editor.objects.filter(user=user).count() == 1


def test_create_editor_refuses_an_unknown_association(cast):
    with pytest.raises(CommandError) as refused:
        create_editor(
            "jurate", "--association", "no-such-association", "--password", "Klaip3da-uostas!"
        )
    message = str(refused.value)
    assert "no-such-association" in message
    assert cast["A"][Association].slug in message
    assert not get_user_model().objects.filter(username="jurate").exists()


def test_create_editor_refuses_a_weak_password(cast):
    with pytest.raises(CommandError) as refused:
        create_editor("jurate", "--association", cast["A"][Association].slug, "--password", "123")
    assert "Password refused" in str(refused.value)
    assert not get_user_model().objects.filter(username="jurate").exists()


def test_create_editor_without_terminal_needs_password(cast, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(CommandError, match="--password"):
        create_editor("jurate", "--association", cast["A"][Association].slug)
    assert not get_user_model().objects.filter(username="jurate").exists()


def test_create_editor_asks_twice_on_a_terminal(cast, monkeypatch):
    from clusterportal.management.commands import create_editor as command

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(command.sys, "stdin", Terminal())
    answers = iter(["Klaip3da-uostas!", "Klaip3da-uostas!", "one-thing", "another"])
    monkeypatch.setattr(command.getpass, "getpass", lambda prompt: next(answers))
    create_editor("jurate", "--association", cast["A"][Association].slug)
    assert get_user_model().objects.get(username="jurate").check_password("Klaip3da-uostas!")
    with pytest.raises(CommandError, match="differ"):
        create_editor("vytas", "--association", cast["A"][Association].slug)
