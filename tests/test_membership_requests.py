"""Membership requests: an association's editor asks to add an existing cluster that is not
theirs yet; a portal editor approves (the cluster is listed among the members at once) or
declines. The ladder: anonymous → wrong association → right association → portal editor.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from alliance.models import Association, Membership, MembershipRequest, RequestStatus
from clusters.models import Cluster
from core import datacache
from core.content import PublicationStatus
from tests import factories as f
from tests import test_editors
from tests.helpers import admin_url
from tests.test_editors import client_for

pytestmark = pytest.mark.django_db

# The fixed cast of users and their associations' data.
cast = test_editors.cast


@pytest.fixture
def outsider():
    """A published cluster that belongs to no association of the cast."""
    with translation.override("lt"):
        return f.make_cluster(name="Pašalinis klasteris", acronym="OUT")


def ask(client, association, cluster, note="Narys nuo 2021 m."):
    return client.post(
        admin_url(MembershipRequest, "add"),
        {"association": association.pk, "cluster": cluster.pk, "note": note},
    )


def request_of(cast, tag: str, cluster) -> MembershipRequest:
    return MembershipRequest.objects.create(
        association=cast[tag][Association],
        cluster=cluster,
        requested_by=cast["users"][f"editor_{tag.lower()}"],
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_editor_asks_to_add_a_cluster_of_someone_else(cast, outsider):
    editor = client_for(cast, "editor_a")
    form = editor.get(admin_url(MembershipRequest, "add"))
    assert form.status_code == 200
    # Their own association is chosen for them, and the only one they may choose.
    assert form.context["adminform"].form.initial["association"] == cast["A"][Association].pk
    response = ask(editor, cast["A"][Association], outsider)
    assert response.status_code == 302
    made = MembershipRequest.objects.get()
    assert (made.association, made.cluster) == (cast["A"][Association], outsider)
    assert made.status == RequestStatus.PENDING
    assert made.requested_by == cast["users"]["editor_a"]
    # Not a member before a portal editor approves.
    assert not Membership.objects.filter(cluster=outsider).exists()


def test_cluster_chooser_offers_published_clusters_not_yet_members(cast, outsider):
    draft = f.make_cluster(name="Juodraštis", status=PublicationStatus.DRAFT)
    editor = client_for(cast, "editor_a")
    field = editor.get(admin_url(MembershipRequest, "add")).context["adminform"].form
    offered = set(field.fields["cluster"].queryset)
    assert outsider in offered and cast["B"][Cluster] in offered
    assert cast["A"][Cluster] not in offered and cast["shared"] not in offered
    assert draft not in offered

    response = editor.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "alliance",
            "model_name": "membershiprequest",
            "field_name": "cluster",
            "term": "",
        },
    )
    assert response.status_code == 200
    found = {int(item["id"]) for item in response.json()["results"]}
    assert outsider.pk in found
    assert cast["A"][Cluster].pk not in found and draft.pk not in found


def test_editor_cannot_ask_for_a_cluster_already_a_member(cast):
    response = ask(client_for(cast, "editor_a"), cast["A"][Association], cast["A"][Cluster])
    assert response.status_code == 200
    assert "cluster" in response.context["adminform"].form.errors
    assert not MembershipRequest.objects.exists()


def test_one_pending_request_per_pair(cast, outsider):
    editor = client_for(cast, "editor_a")
    assert ask(editor, cast["A"][Association], outsider).status_code == 302
    again = ask(editor, cast["A"][Association], outsider)
    assert again.status_code == 200
    assert "Ši asociacija jau paprašė įtraukti šį klasterį." in again.content.decode()
    assert MembershipRequest.objects.count() == 1


def test_clean_refuses_a_second_pending_request_readably(cast, outsider):
    request_of(cast, "A", outsider)
    second = MembershipRequest(association=cast["A"][Association], cluster=outsider)
    with pytest.raises(ValidationError) as caught:
        second.full_clean()
    assert "cluster" in caught.value.message_dict
    # Once decided, the pair may be asked again.
    MembershipRequest.objects.update(status=RequestStatus.DECLINED)
    second.full_clean()


# --- The ladder -------------------------------------------------------------------------


def test_ladder_who_sees_and_makes_requests(cast, outsider):
    own = request_of(cast, "A", outsider)
    changelist = admin_url(MembershipRequest, "changelist")
    change = admin_url(MembershipRequest, "change", own.pk)

    anonymous = Client().get(changelist)
    assert anonymous.status_code == 302 and reverse("admin:login") in anonymous.url
    assert client_for(cast, "nobody").get(changelist).status_code == 403

    wrong = client_for(cast, "editor_b")
    assert own.pk not in {r.pk for r in wrong.get(changelist).context["cl"].result_list}
    assert wrong.get(change).status_code == 404
    # Nor may B ask in A's name.
    refused = ask(wrong, cast["A"][Association], f.make_cluster())
    assert refused.status_code == 200
    assert "association" in refused.context["adminform"].form.errors

    right = client_for(cast, "editor_a")
    listing = right.get(changelist)
    assert [r.pk for r in listing.context["cl"].result_list] == [own.pk]
    assert "Laukia sprendimo" in listing.content.decode()
    page = right.get(change)
    assert page.status_code == 200
    assert "status" not in page.context["adminform"].form.fields  # read-only for editors

    portal = client_for(cast, "portal")
    assert own.pk in {r.pk for r in portal.get(changelist).context["cl"].result_list}


def test_approve_and_decline_are_for_portal_editors(cast, outsider):
    own = request_of(cast, "A", outsider)
    changelist = admin_url(MembershipRequest, "changelist")

    def actions(role):
        response = client_for(cast, role).get(changelist)
        return {name for name, _ in response.context["action_form"].fields["action"].choices}

    assert "approve_requests" not in actions("editor_a")
    assert {"approve_requests", "decline_requests"} <= actions("portal")
    client_for(cast, "editor_a").post(
        changelist, {"action": "approve_requests", "_selected_action": [own.pk]}
    )
    own.refresh_from_db()
    assert own.status == RequestStatus.PENDING
    assert not Membership.objects.filter(cluster=outsider).exists()


# --- The full path ---------------------------------------------------------------------------


def test_request_approved_shows_the_cluster_on_the_association_page(cast, outsider, settings):
    settings.PAGE_CACHE = True
    association = cast["A"][Association]
    public_page = reverse("alliance:association-detail", kwargs={"slug": association.slug})
    visitor = Client()
    assert "Pašalinis klasteris" not in visitor.get(public_page).content.decode()
    assert visitor.get(public_page)["X-Page-Cache"] == "hit"

    assert ask(client_for(cast, "editor_a"), association, outsider).status_code == 302
    made = MembershipRequest.objects.get()
    version = datacache.version()
    portal = client_for(cast, "portal")
    response = portal.post(
        admin_url(MembershipRequest, "changelist"),
        {"action": "approve_requests", "_selected_action": [made.pk]},
        follow=True,
    )
    (message,) = messages_of(response)
    assert "1 prašymas patvirtintas" in message

    made.refresh_from_db()
    assert made.status == RequestStatus.APPROVED
    assert made.decided_by == cast["users"]["portal"] and made.decided_at is not None
    membership = Membership.objects.get(association=association, cluster=outsider)
    assert membership.history.first().history_user == cast["users"]["portal"]
    # The portal's signals bumped the data version: the cached page is not served again.
    assert datacache.version() != version
    page = visitor.get(public_page)
    assert page["X-Page-Cache"] == "miss"
    assert "Pašalinis klasteris" in page.content.decode()
    # Now a member, the cluster is the editor's to change.
    editor = client_for(cast, "editor_a")
    assert editor.get(admin_url(Cluster, "change", outsider.pk)).status_code == 200


def test_declined_request_adds_nothing(cast, outsider):
    made = request_of(cast, "A", outsider)
    response = client_for(cast, "portal").post(
        admin_url(MembershipRequest, "changelist"),
        {"action": "decline_requests", "_selected_action": [made.pk]},
        follow=True,
    )
    assert "1 prašymas atmestas." in messages_of(response)
    made.refresh_from_db()
    assert made.status == RequestStatus.DECLINED
    assert not Membership.objects.filter(cluster=outsider).exists()
    # The editor sees the decision, and may no longer change the note.
    editor = client_for(cast, "editor_a")
    page = editor.get(admin_url(MembershipRequest, "change", made.pk))
    assert "Atmestas" in page.content.decode()
    assert "note" not in page.context["adminform"].form.fields


def test_approving_twice_keeps_one_membership(cast, outsider):
    made = request_of(cast, "A", outsider)
    made.approve(cast["users"]["portal"])
    again = MembershipRequest(association=made.association, cluster=outsider)
    again.save()
    again.approve(cast["users"]["portal"])
    assert Membership.objects.filter(cluster=outsider).count() == 1


def test_requests_changelist_queries_do_not_grow(cast, django_assert_max_num_queries):
    portal = client_for(cast, "portal")
    url = admin_url(MembershipRequest, "changelist")
    for _ in range(3):
        request_of(cast, "A", f.make_cluster())
    portal.get(url)
    with CaptureQueriesContext(connection) as few:
        portal.get(url)
    for _ in range(20):
        request_of(cast, "B", f.make_cluster())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(portal.get(url).context["cl"].result_list) == 23


def test_request_form_offers_no_shortcuts_to_other_records(cast):
    body = client_for(cast, "editor_a").get(admin_url(MembershipRequest, "add")).content.decode()
    assert 'id="add_id_cluster"' not in body and 'id="view_id_cluster"' not in body


def test_editor_withdraws_a_pending_request_but_not_a_decided_one(cast, outsider):
    pending = request_of(cast, "A", outsider)
    decided = request_of(cast, "A", f.make_cluster())
    decided.decline(cast["users"]["portal"])
    editor = client_for(cast, "editor_a")
    assert editor.get(admin_url(MembershipRequest, "delete", decided.pk)).status_code == 403
    response = editor.post(admin_url(MembershipRequest, "delete", pending.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not MembershipRequest.objects.filter(pk=pending.pk).exists()
    assert MembershipRequest.objects.filter(pk=decided.pk).exists()


def test_editor_list_leaves_out_the_association_they_always_are(cast, outsider):
    request_of(cast, "A", outsider)
    url = admin_url(MembershipRequest, "changelist")
    editor = client_for(cast, "editor_a").get(url)
    assert "association" not in editor.context["cl"].list_display
    assert "Asociacija B" not in editor.content.decode()
    portal = client_for(cast, "portal").get(url)
    assert "association" in portal.context["cl"].list_display
    assert "Asociacija B" in portal.content.decode()  # the portal editors' filter
