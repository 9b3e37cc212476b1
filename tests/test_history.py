"""The version history holds real changes only, and says in words why each version exists."""

import pytest
from django.urls import reverse
from django.utils import translation

from alliance.models import Event
from clusters.models import Cluster
from core.content import PublicationStatus
from tests import factories as f
from tests import test_editors
from tests.helpers import admin_url, form_data
from tests.test_editors import client_for

pytestmark = pytest.mark.django_db

# The fixed cast of users and their associations' data.
cast = test_editors.cast


def history_page(client, obj) -> str:
    response = client.get(admin_url(type(obj), "history", obj.pk))
    assert response.status_code == 200
    return response.content.decode()


def reasons(client, obj) -> list[str]:
    response = client.get(admin_url(type(obj), "history", obj.pk))
    return [record.history_change_reason for record in response.context["page_obj"]]


def test_untouched_admin_save_records_no_history(cast):
    own = cast["A"][Cluster]
    editor = client_for(cast, "editor_a")
    url = admin_url(Cluster, "change", own.pk)
    before = own.history.count()
    assert editor.post(url, form_data(editor.get(url))).status_code == 302
    assert own.history.count() == before


def test_a_save_repeating_the_stored_values_records_nothing():
    event = f.make_event()
    before = event.history.count()
    Event.objects.get(pk=event.pk).save()
    assert event.history.count() == before
    event.city = "Kaunas"
    event.save()
    assert event.history.count() == before + 1


def test_a_change_records_one_version_with_a_readable_reason(cast):
    own = cast["A"][Event]
    editor = client_for(cast, "editor_a")
    url = admin_url(Event, "change", own.pk)
    before = own.history.count()
    data = form_data(editor.get(url))
    data.update(city="Kaunas", title_lt="Pervadintas renginys")
    assert editor.post(url, data).status_code == 302
    assert own.history.count() == before + 1

    latest, created = reasons(editor, own)[0], reasons(editor, own)[-1]
    assert latest.startswith("Pakeista: ")
    assert "miestas" in latest.lower() and "pavadinimas [lt]" in latest.lower()
    assert "atnaujinta" not in latest.lower()  # the save's own timestamp is no change
    assert created == "Sukurta"
    assert ">None<" not in history_page(editor, own).replace(" ", "").replace("\n", "")


def test_publishing_is_a_change_of_status_in_the_history(cast):
    own = cast["A"][Cluster]
    own.status = PublicationStatus.REVIEW
    own.save()
    portal = client_for(cast, "portal")
    portal.post(admin_url(Cluster, "publish", own.pk))
    assert own.history.count() == 3
    assert "paskelbimo būsena" in reasons(portal, own)[0].lower()


def test_restoring_names_the_restored_version(cast):
    own = cast["A"][Event]
    first = own.history.first()
    own.city = "Kaunas"
    own.save()
    editor = client_for(cast, "editor_a")
    url = reverse("admin:alliance_event_simple_history", args=[own.pk, first.history_id])
    form = editor.get(url).context["adminform"].form
    data = {}
    for field in form:
        value = field.value()
        if value is None or value is False:
            continue
        data[field.html_name] = "on" if value is True else value
    assert editor.post(url, data).status_code == 302
    own.refresh_from_db()
    assert own.city == ""
    assert reasons(editor, own)[0].startswith("Atkurta ")
    assert "versija" in reasons(editor, own)[0]


def test_history_page_in_english(cast):
    own = cast["A"][Event]
    own.city = "Kaunas"
    own.save()
    client = client_for(cast, "editor_a")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    # The request leaves its language active in this thread: give the next tests theirs.
    with translation.override(translation.get_language()):
        shown = reasons(client, own)
    assert shown[0].startswith("Changed")
    assert shown[-1] == "Created"
