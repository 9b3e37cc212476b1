"""The staff admin: every model's pages in both languages, search, filters, saving, queries."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from alliance.models import (
    Association,
    AssociationFigure,
    Editor,
    Event,
    FigureKind,
    Membership,
)
from clusters.models import Cluster, Label, LabelLevel, Sector
from core.content import PublicationStatus
from programmes.models import (
    Action,
    Call,
    Participation,
    Programme,
    Project,
    Report,
    Role,
)
from tests import factories as f
from tests.helpers import admin_url, form_data, inline_prefix

pytestmark = pytest.mark.django_db

LANGUAGES = ["lt", "en"]

# What each model's pages must show whatever the interface language: a name a person
# typed, never a translated label (str() of a label or a figure is translated).
MARKERS = {
    Sector: lambda obj: obj.name_lt,
    Cluster: lambda obj: obj.name_lt,
    Label: lambda obj: obj.cluster.name_lt,
    Association: lambda obj: obj.name_lt,
    Membership: lambda obj: obj.cluster.name_lt,
    AssociationFigure: lambda obj: obj.association.name_lt,
    Event: lambda obj: obj.title_lt,
    Editor: lambda obj: obj.user.username,
    Programme: lambda obj: obj.acronym,
    Action: lambda obj: obj.acronym,
    Call: lambda obj: obj.identifier,
    Project: lambda obj: obj.acronym,
    Participation: lambda obj: obj.participant_name,
    Report: lambda obj: obj.title_lt,
}
MODELS = list(MARKERS)


def today() -> datetime.date:
    return timezone.localdate()


def make_world(n: int = 1, *, start: int = 0) -> dict:
    """``n`` linked records of every model; returns the first of each, by model."""
    first = {}
    # Content names are typed in Lithuanian (the default language), whatever a previous
    # request left active.
    with translation.override("lt"):
        for i in range(start, start + n):
            sector = f.make_sector(name=f"Maisto pramonė {i}")
            cluster = f.make_cluster(
                name=f"Klaipėdos maisto klasteris {i}",
                acronym=f"KMK{i}",
                city="Klaipėda",
                sectors=[sector],
            )
            label = f.make_label(cluster=cluster, level=LabelLevel.GOLD, awarded_year=2020)
            association = f.make_association(
                name=f"Klasterių asociacija {i}", acronym=f"KA{i}", country="PL"
            )
            membership = f.make_membership(association=association, cluster=cluster)
            figure = f.make_figure(association=association, kind=FigureKind.COMPANIES)
            event = f.make_event(
                title=f"Klasterių forumas {i}",
                organiser=association,
                country="EE",
                start_date=today() + datetime.timedelta(days=30),
            )
            event.clusters.add(cluster)
            editor = f.make_editor(association=association)
            programme = f.make_programme(name=f"Programa {i}", acronym=f"PROG{i}")
            action = f.make_action(
                programme=programme, name=f"Klasterių veiksmas {i}", acronym=f"ACT{i}"
            )
            call = f.make_call(
                action=action,
                identifier=f"COS-CLUSTER-{i}",
                opens=today() - datetime.timedelta(days=10),
                deadline=today() + datetime.timedelta(days=10),
            )
            project = f.make_project(
                title=f"Tarptautinis projektas {i}",
                acronym=f"PROJ{i}",
                action=action,
                call=call,
                grant_agreement=f"8634{i:02d}",
            )
            participation = f.make_participation(
                project=project, cluster=cluster, role=Role.COORDINATOR
            )
            f.make_participation(
                project=project, organisation=f"Universitetas {i}", organisation_country="DE"
            )
            report = f.make_report(
                title=f"Pažangos ataskaita {i}", code=f"EASME/{i}", actions=[action]
            )
            for obj in (
                sector,
                cluster,
                label,
                association,
                membership,
                figure,
                event,
                editor,
                programme,
                action,
                call,
                project,
                participation,
                report,
            ):
                first.setdefault(type(obj), obj)
    return first


@pytest.fixture
def world():
    return make_world(2)


def rows(response) -> set:
    """The primary keys a changelist shows."""
    assert response.status_code == 200, response.status_code
    return {obj.pk for obj in response.context["cl"].result_list}


def changelist(client, model, query: str = ""):
    return client.get(admin_url(model, "changelist") + query)


# --- Every page, both languages ----------------------------------------------------


def test_every_model_is_registered():
    for model in MODELS:
        assert admin.site.is_registered(model), model


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_add_and_change_pages_render(admin_client, world, model, lang):
    obj = world[model]
    marker = MARKERS[model](obj)
    pages = [
        (admin_url(model, "changelist"), marker),
        (admin_url(model, "add"), f'id="{model._meta.model_name}_form"'),
        (admin_url(model, "change", obj.pk), marker),
    ]
    for url, expected in pages:
        response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert f'<html lang="{lang}"' in body, url
        assert expected in body, url
        # Django's own admin strings follow the language.
        assert ("Atsijungti" if lang == "lt" else "Log out") in body, url


def test_site_titles(admin_client):
    body = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Cluster portal — administration" in body
    assert "Portal data" in body


def test_translated_fields_have_one_input_per_language(admin_client, world):
    cluster = world[Cluster]
    response = admin_client.get(admin_url(Cluster, "change", cluster.pk))
    form = response.context["adminform"].form
    for name in ("name", "description", "offers", "seeks"):
        assert f"{name}_lt" in form.fields
        assert f"{name}_en" in form.fields
        assert name not in form.fields
    assert form.fields["name_lt"].required
    assert not form.fields["name_en"].required


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_admin_pages_have_no_inline_script(admin_client, world, model):
    """The Content-Security-Policy allows scripts from our own files only."""
    for url in (admin_url(model, "add"), admin_url(model, "change", world[model].pk)):
        body = admin_client.get(url).content.decode()
        for tag, content in re.findall(r"(<script\b[^>]*>)(.*?)</script>", body, re.S):
            assert "src=" in tag or "application/json" in tag, (url, tag)
            assert "application/json" in tag or not content.strip(), (url, tag)


def test_view_on_site_goes_to_the_public_page(admin_client, world):
    cluster = world[Cluster]
    content_type = ContentType.objects.get_for_model(Cluster)
    shortcut = reverse("admin:view_on_site", args=[content_type.pk, cluster.pk])
    body = admin_client.get(admin_url(Cluster, "change", cluster.pk)).content.decode()
    assert shortcut in body
    response = admin_client.get(shortcut)
    assert response.status_code == 302
    assert response.url.endswith(f"/lt/clusters/{cluster.slug}/")


# --- Search ------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_search_finds_by_name_and_finds_nothing_for_nonsense(admin_client, world, model):
    obj = world[model]
    found = rows(changelist(admin_client, model, "?" + urlencode({"q": MARKERS[model](obj)})))
    assert obj.pk in found
    assert rows(changelist(admin_client, model, "?q=zzzz-no-such-thing")) == set()


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (Cluster, "name_en", "Klaipeda Food Cluster"),
        (Cluster, "acronym", "FOODKLP"),
        (Cluster, "slug", "klaipeda-food-x"),
        (Association, "name_en", "Polish Cluster Association"),
        (Project, "grant_agreement", "101123456"),
        (Project, "title_en", "International Cluster Project"),
        (Call, "identifier", "SMP-COSME-2021-CLUSTER"),
        (Action, "name_en", "Cluster Excellence Programme"),
        (Programme, "name_en", "Competitiveness of Enterprises"),
        (Report, "code", "EASME/COSME/2016/035"),
        (Event, "title_en", "Baltic Cluster Forum"),
        (Sector, "name_en", "Food industry"),
    ],
)
def test_search_covers_both_languages_and_identifiers(admin_client, world, model, field, value):
    obj = world[model]
    setattr(obj, field, value)
    obj.save()
    other = make_world(1, start=50)[model]
    found = rows(changelist(admin_client, model, "?" + urlencode({"q": value})))
    assert obj.pk in found
    assert other.pk not in found


# --- List filters ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_filter_choice_answers(admin_client, world, model, lang):
    response = changelist(admin_client, model)
    cl = response.context["cl"]
    assert cl.has_filters == bool(admin.site.get_model_admin(model).list_filter)
    for spec in cl.filter_specs:
        choices = list(spec.choices(cl))
        assert len(choices) > 1, spec.title
        for choice in choices:
            url = admin_url(model, "changelist") + choice["query_string"]
            # A filter the admin does not understand redirects to "?e=1" instead.
            assert admin_client.get(url, HTTP_ACCEPT_LANGUAGE=lang).status_code == 200, url
    # "Show counts" counts the rows behind every choice.
    with_counts = changelist(admin_client, model, "?_facets=True")
    assert with_counts.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_column_sorts(admin_client, world, model):
    columns = admin.site.get_model_admin(model).list_display
    for index in range(len(columns)):
        for order in (f"{index}", f"-{index}"):
            response = changelist(admin_client, model, f"?o={order}")
            assert response.status_code == 200, (columns[index], order)
            assert world[model].pk in rows(response)


@pytest.fixture
def varied_clusters(world):
    """Clusters that differ in exactly one filtered property each."""
    with translation.override("lt"):
        return {
            "draft": f.make_cluster(name="Juodraštinis klasteris", status=PublicationStatus.DRAFT),
            "latvian": f.make_cluster(name="Latvijos klasteris", country="LV"),
            "demo": f.make_cluster(name="Demonstracinis klasteris", is_demo=True),
            "silver": f.make_label(level=LabelLevel.SILVER).cluster,
        }


def test_cluster_filters_show_the_right_rows(admin_client, world, varied_clusters):
    cluster = world[Cluster]
    sector = world[Sector]
    association = world[Association]
    assert rows(changelist(admin_client, Cluster, "?status__exact=draft")) == {
        varied_clusters["draft"].pk
    }
    assert rows(changelist(admin_client, Cluster, "?country=LV")) == {
        varied_clusters["latvian"].pk
    }
    assert rows(changelist(admin_client, Cluster, "?is_demo__exact=1")) == {
        varied_clusters["demo"].pk
    }
    assert rows(changelist(admin_client, Cluster, "?labels__level__exact=silver")) == {
        varied_clusters["silver"].pk
    }
    assert rows(changelist(admin_client, Cluster, f"?sectors__id__exact={sector.pk}")) == {
        cluster.pk
    }
    assert rows(
        changelist(admin_client, Cluster, f"?associations__id__exact={association.pk}")
    ) == {cluster.pk}


def test_call_status_filter_follows_the_dates(admin_client, world):
    now = today()
    day = datetime.timedelta(days=1)
    action = world[Action]
    open_call = world[Call]
    upcoming = f.make_call(action=action, opens=now + 5 * day, deadline=now + 50 * day)
    closed = f.make_call(action=action, opens=now - 50 * day, deadline=now - 5 * day)
    all_open = {c.pk for c in Call.objects.open()}
    assert open_call.pk in all_open
    assert rows(changelist(admin_client, Call, "?status=open")) == all_open
    assert rows(changelist(admin_client, Call, "?status=upcoming")) == {upcoming.pk}
    assert rows(changelist(admin_client, Call, "?status=closed")) == {closed.pk}
    # The derived status is shown as a column too.
    response = admin_client.get(admin_url(Call, "changelist"), HTTP_ACCEPT_LANGUAGE="en")
    body = response.content.decode()
    for call, status in ((open_call, "Open"), (upcoming, "Upcoming"), (closed, "Closed")):
        row = re.search(rf"{call.identifier}</a>.*?</tr>", body, re.S).group()
        assert f'<td class="field-call_status">{status}</td>' in row


def test_event_timing_filter(admin_client, world):
    upcoming = world[Event]
    past = f.make_event(start_date=today() - datetime.timedelta(days=400))
    assert upcoming.pk in rows(changelist(admin_client, Event, "?timing=upcoming"))
    assert rows(changelist(admin_client, Event, "?timing=past")) == {past.pk}


def test_participation_country_filter_covers_clusters_and_organisations(admin_client, world):
    german = Participation.objects.filter(organisation_country="DE")
    lithuanian = Participation.objects.filter(cluster__country="LT")
    assert rows(changelist(admin_client, Participation, "?country=DE")) == {p.pk for p in german}
    assert rows(changelist(admin_client, Participation, "?country=LT")) == {
        p.pk for p in lithuanian
    }


def test_autocomplete_finds_clusters_for_the_membership_inline(admin_client, world):
    cluster = world[Cluster]
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "alliance",
            "model_name": "membership",
            "field_name": "cluster",
            "term": "Klaipėdos",
        },
    )
    assert response.status_code == 200
    ids = {int(result["id"]) for result in response.json()["results"]}
    assert cluster.pk in ids


# --- Query counts ------------------------------------------------------------------


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_queries_do_not_grow_with_rows(admin_client, model):
    url = admin_url(model, "changelist")
    make_world(3)
    count_queries(admin_client, url)  # warm the content-type and session caches
    with_3 = count_queries(admin_client, url)
    make_world(27, start=3)
    assert Cluster.objects.count() >= 30
    assert count_queries(admin_client, url) == with_3


# --- Saving ------------------------------------------------------------------------


def test_saving_a_cluster_through_the_admin(admin_client, world):
    cluster = world[Cluster]
    other_association = f.make_association(name="Latvijos klasterių tinklas")
    url = admin_url(Cluster, "change", cluster.pk)
    response = admin_client.get(url)
    data = form_data(response)
    data.update({"city_lt": "Palanga", "name_en": "Klaipeda Food Cluster", "founded_year": 2012})
    # Change the existing label in its inline, and add a membership in another.
    label_prefix = inline_prefix(response, Label)
    data[f"{label_prefix}-0-level"] = LabelLevel.SILVER
    membership_prefix = inline_prefix(response, Membership)
    total = int(data[f"{membership_prefix}-TOTAL_FORMS"])
    data[f"{membership_prefix}-TOTAL_FORMS"] = total + 1
    data[f"{membership_prefix}-{total}-association"] = other_association.pk
    data[f"{membership_prefix}-{total}-since_year"] = 2020

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context and (
        response.context["adminform"].form.errors,
        [fs.formset.errors for fs in response.context["inline_admin_formsets"]],
    )
    cluster.refresh_from_db()
    assert cluster.city == "Palanga"
    assert cluster.name_en == "Klaipeda Food Cluster"
    assert cluster.founded_year == 2012
    assert cluster.labels.get().level == LabelLevel.SILVER
    assert set(cluster.associations.all()) == {world[Association], other_association}
    # What was not touched is kept.
    assert list(cluster.sectors.all()) == [world[Sector]]
    assert cluster.name_lt == "Klaipėdos maisto klasteris 0"
    # And the change shows in the list.
    body = changelist(admin_client, Cluster, "?q=Palanga").content.decode()
    assert "Klaipėdos maisto klasteris 0" in body


def test_adding_a_project_with_participants(admin_client, world):
    url = admin_url(Project, "add")
    response = admin_client.get(url)
    prefix = inline_prefix(response, Participation)
    data = {
        "title_lt": "Naujas projektas",
        "slug": "naujas-projektas",
        "action": world[Action].pk,
        "date_precision": "day",
        "status": PublicationStatus.DRAFT,
        f"{prefix}-TOTAL_FORMS": 2,
        f"{prefix}-INITIAL_FORMS": 0,
        f"{prefix}-0-cluster": world[Cluster].pk,
        f"{prefix}-0-role": Role.COORDINATOR,
        f"{prefix}-1-organisation_lt": "Tartu universitetas",
        f"{prefix}-1-organisation_en": "University of Tartu",
        f"{prefix}-1-organisation_country": "EE",
        f"{prefix}-1-role": Role.PARTNER,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    project = Project.objects.get(slug="naujas-projektas")
    assert {p.participant_name for p in project.participations.all()} == {
        world[Cluster].name_lt,
        "Tartu universitetas",
    }


def test_invalid_founding_year_redisplays_the_form(admin_client, world):
    cluster = world[Cluster]
    url = admin_url(Cluster, "change", cluster.pk)
    data = form_data(admin_client.get(url))
    data["founded_year"] = 3000
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "founded_year" in response.context["adminform"].form.errors
    cluster.refresh_from_db()
    assert cluster.founded_year is None


def test_event_ending_before_it_starts_redisplays_the_form(admin_client, world):
    event = world[Event]
    url = admin_url(Event, "change", event.pk)
    data = form_data(admin_client.get(url))
    data["start_date"] = "2024-05-10"
    data["end_date"] = "2024-05-01"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "end_date" in response.context["adminform"].form.errors


def test_participant_both_cluster_and_organisation_is_refused(admin_client, world):
    project = world[Project]
    url = admin_url(Project, "change", project.pk)
    response = admin_client.get(url)
    data = form_data(response)
    formset = participation_formset(response)
    # The cluster participant gets another organisation's name as well.
    index = next(i for i, form in enumerate(formset.forms) if form.instance.cluster_id)
    data[f"{formset.prefix}-{index}-organisation_lt"] = "Another organisation"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert participation_formset(response).errors[index]
    assert not Participation.objects.filter(organisation="Another organisation").exists()


def participation_formset(response):
    return next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.model is Participation
    )


# --- Access ------------------------------------------------------------------------


@pytest.mark.parametrize("model", [Cluster, Association, Project], ids=lambda m: m.__name__)
def test_anonymous_user_is_sent_to_login(client, world, model):
    for url in (admin_url(model, "changelist"), admin_url(model, "change", world[model].pk)):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login") + "?next=")
