"""Moderation as association staff meet it: what a save tells them, when a record went
public, and the portal editors' queue of records waiting for review on the admin index.

The cast (``tests.test_editors``): anonymous, editors of A and B, a portal editor.
"""

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from alliance.models import Association, Event
from clusters.models import Cluster
from core.content import PublicationStatus
from tests import factories as f
from tests import test_editors
from tests.helpers import admin_url, form_data
from tests.test_editors import client_for

# The fixed cast of users and their associations' data.
cast = test_editors.cast

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
REVIEW = PublicationStatus.REVIEW
PUBLISHED = PublicationStatus.PUBLISHED


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def save_with_status(client, obj, status, **changes):
    url = admin_url(type(obj), "change", obj.pk)
    data = form_data(client.get(url))
    data.update(status=status, **changes)
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    return response


# --- What a save says ---------------------------------------------------------------


def test_saving_a_draft_says_it_is_not_public_and_who_publishes(cast):
    own = cast["A"][Cluster]
    response = save_with_status(client_for(cast, "editor_a"), own, DRAFT)
    (message,) = messages_of(response)
    assert "Įrašas yra juodraštis ir dar nėra viešas" in message
    assert "paskelbia portalo redaktoriai" in message


def test_submitting_for_review_says_it_waits_for_the_portal_editors(cast):
    own = cast["A"][Event]
    own.status = DRAFT
    own.save()
    response = save_with_status(client_for(cast, "editor_a"), own, REVIEW)
    (message,) = messages_of(response)
    assert "laukia peržiūros ir dar nėra viešas" in message
    assert "portalo redaktoriai jį patikrins ir paskelbs" in message


def test_message_is_in_english_for_an_english_browser(cast):
    own = cast["A"][Event]
    client = client_for(cast, "editor_a")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    # The request leaves its language active in this thread: give the next tests theirs.
    with translation.override(translation.get_language()):
        response = save_with_status(client, own, REVIEW)
    (message,) = messages_of(response)
    assert "not public yet" in message and "the portal&#x27;s editors" in message


def test_publishing_says_it_is_public_with_a_link_to_its_page(cast):
    own = cast["A"][Cluster]
    own.status = REVIEW
    own.save()
    response = save_with_status(client_for(cast, "portal"), own, PUBLISHED)
    (message,) = messages_of(response)
    assert "Įrašas dabar viešas." in message
    assert f'href="{own.get_absolute_url()}"' in message


def test_submit_action_says_the_records_wait_for_review(cast):
    own = cast["A"][Event]
    own.status = DRAFT
    own.save()
    response = client_for(cast, "editor_a").post(
        admin_url(Event, "changelist"),
        {"action": "submit_for_review", "_selected_action": [own.pk]},
        follow=True,
    )
    (message,) = messages_of(response)
    assert "laukia peržiūros ir dar nėra vieši" in message


# --- When a record went public ------------------------------------------------------------


def test_published_at_is_stamped_on_publishing_and_cleared_when_withdrawn():
    cluster = f.make_cluster(status=DRAFT)
    assert cluster.published_at is None
    cluster.status = PUBLISHED
    cluster.save(update_fields=["status", "updated_at"])
    cluster.refresh_from_db()
    stamped = cluster.published_at
    assert stamped is not None
    cluster.city = "Kaunas"
    cluster.save()
    cluster.refresh_from_db()
    assert cluster.published_at == stamped  # an edit of a public record keeps the date
    cluster.status = DRAFT
    cluster.save()
    cluster.refresh_from_db()
    assert cluster.published_at is None


def test_published_at_is_read_only_in_the_form_and_a_list_column(cast):
    own = cast["A"][Cluster]
    editor = client_for(cast, "editor_a")
    response = editor.get(admin_url(Cluster, "change", own.pk))
    assert "published_at" not in response.context["adminform"].form.fields
    assert "field-published_at" in response.content.decode()
    forged = form_data(response)
    forged["published_at"] = "2001-01-01 00:00"
    editor.post(admin_url(Cluster, "change", own.pk), forged)
    own.refresh_from_db()
    assert own.published_at.year != 2001
    listing = editor.get(admin_url(Event, "changelist")).content.decode()
    assert "column-published_on" in listing


def test_migration_dates_records_already_public_by_their_last_change():
    public = f.make_cluster()
    draft = f.make_cluster(status=DRAFT)
    updated = timezone.now() - datetime.timedelta(days=40)
    Cluster.objects.update(published_at=None, updated_at=updated)
    migration = importlib.import_module("clusters.migrations.0007_published_at")
    migration.fill_published_at(apps, None)
    public.refresh_from_db()
    draft.refresh_from_db()
    assert public.published_at == updated
    assert draft.published_at is None


# --- The review queue on the admin index ---------------------------------------------------


def index(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return response


def queue_of(response) -> list:
    return [entry["obj"] for entry in response.context["queue"]["entries"]]


def test_portal_editor_sees_everything_waiting_newest_first(cast):
    cluster, event, association = cast["A"][Cluster], cast["B"][Event], cast["B"][Association]
    for age, obj in enumerate([association, event, cluster]):
        obj.status = REVIEW
        obj.save()
        type(obj).objects.filter(pk=obj.pk).update(
            updated_at=timezone.now() - datetime.timedelta(hours=age)
        )
    response = index(client_for(cast, "portal"))
    assert queue_of(response) == [association, event, cluster]
    body = response.content.decode()
    assert "Laukia peržiūros" in body
    assert admin_url(Event, "change", event.pk) in body
    # Each with its association, and a publish button (a POST form with the CSRF token).
    entries = {entry["obj"]: entry for entry in response.context["queue"]["entries"]}
    assert entries[cluster]["owners"] == [cast["A"][Association]]
    assert entries[event]["owners"] == [cast["B"][Association]]
    assert f'action="{admin_url(Event, "publish", event.pk)}"' in body
    assert "csrfmiddlewaretoken" in body


def test_editor_sees_own_waiting_entries_without_publish_buttons(cast):
    own, foreign = cast["A"][Event], cast["B"][Event]
    for obj in (own, foreign):
        obj.status = REVIEW
        obj.save()
    response = index(client_for(cast, "editor_a"))
    assert queue_of(response) == [own]
    body = response.content.decode()
    assert admin_url(Event, "publish", own.pk) not in body
    assert "Renginys B" not in body
    assert "juos paskelbia portalo redaktoriai" in body


def test_empty_queue_says_nothing_waits(cast):
    response = index(client_for(cast, "portal"))
    assert queue_of(response) == []
    assert "Peržiūros nelaukia nė vienas įrašas." in response.content.decode()


def test_publish_button_publishes_records_history_and_goes_back(cast):
    event = cast["B"][Event]
    event.status = REVIEW
    event.save()
    portal = client_for(cast, "portal")
    url = admin_url(Event, "publish", event.pk)
    assert portal.get(url).status_code == 405
    response = portal.post(url, {"next": reverse("admin:index")})
    assert response.status_code == 302
    assert response.url == reverse("admin:index")
    event.refresh_from_db()
    assert event.status == PUBLISHED and event.published_at is not None
    latest = event.history.first()
    assert latest.history_user == cast["users"]["portal"]
    assert latest.status == PUBLISHED
    (message,) = messages_of(portal.get(reverse("admin:index")))
    assert "Paskelbtas įrašas „Renginys B“. Įrašas dabar viešas." in message
    assert event.get_absolute_url() in message


def test_publish_button_refuses_who_may_not_publish(cast):
    own, foreign = cast["A"][Event], cast["B"][Event]
    for obj in (own, foreign):
        obj.status = REVIEW
        obj.save()
    anonymous = client_for(cast, "anonymous").post(admin_url(Event, "publish", own.pk))
    assert anonymous.status_code == 302 and reverse("admin:login") in anonymous.url
    editor = client_for(cast, "editor_a")
    assert editor.post(admin_url(Event, "publish", foreign.pk)).status_code == 404
    assert editor.post(admin_url(Event, "publish", own.pk)).status_code == 403
    assert client_for(cast, "portal").post(admin_url(Event, "publish", 999999)).status_code == 404
    for obj in (own, foreign):
        obj.refresh_from_db()
        assert obj.status == REVIEW


def test_publish_button_never_redirects_off_site(cast):
    event = cast["A"][Event]
    event.status = REVIEW
    event.save()
    response = client_for(cast, "portal").post(
        admin_url(Event, "publish", event.pk), {"next": "https://evil.example/"}
    )
    assert response.url == reverse("admin:index")


def test_queue_queries_do_not_grow_with_waiting_entries(cast, django_assert_max_num_queries):
    def waiting(n):
        for _ in range(n):
            cluster = f.make_cluster(status=REVIEW)
            f.make_membership(cluster=cluster, association=cast["A"][Association])
            f.make_event(status=REVIEW, organiser=cast["B"][Association])

    portal = client_for(cast, "portal")
    waiting(2)
    index(portal)
    with CaptureQueriesContext(connection) as few:
        index(portal)
    waiting(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = index(portal)
    assert len(queue_of(response)) == 30
