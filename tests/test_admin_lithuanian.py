"""The admin in Lithuanian, as association staff and the portal's editors read it.

Every admin page an editor or a superuser opens (index, lists, add and change forms with
their inlines, delete confirmations, history, import and export, password and logout
pages, the 403 pages) is rendered in Lithuanian and searched for English admin words and
for the broken grammar Django's own Lithuanian gives when it pastes a model's name into
a sentence ("Pasirinkite asociacija kurį norite keisti"). The portal's rule: a model's
name stands in the nominative after a colon or in brackets (README, admin section).

What is searched is the text a person reads or hears: text nodes, and the attributes a
browser shows or reads out (title, placeholder, aria-label, alt, button values, the
inline's "add another" text); not URLs, class names or scripts.
"""

import csv
import io
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import capfirst

from alliance.models import Association, AssociationFigure, Event, Membership
from clusters.models import Cluster, Label, Sector
from core import access
from programmes.models import Call, Participation, Project, Report
from tests import factories as f
from tests.helpers import admin_url, form_data

pytestmark = pytest.mark.django_db

LITHUANIAN = {"HTTP_ACCEPT_LANGUAGE": "lt"}

# English the admin and its libraries write when a translation is missing. Matched as
# whole words, case-sensitive (so "Go" is not found in "Google").
ENGLISH = [
    "was changed successfully",
    "was added successfully",
    "was deleted successfully",
    "Please correct",
    "Start typing",
    "Show counts",
    "Hide counts",
    "Choose all",
    "Remove all",
    "Choose",
    "Select",
    "Add another",
    "Add",
    "Change",
    "Delete",
    "History",
    "Import",
    "Export",
    "Save and",
    "Save",
    "Filter",
    "Clear all filters",
    "Search",
    "Action:",
    "Go",
    "Hold down",
    "Forbidden",
    "permission",
    "Toggle",
    "Skip to main content",
    "Breadcrumbs",
    "Sidebar",
    "Model name",
    "Recent actions",
    "My actions",
    "None available",
    "Log out",
    "View site",
    "Welcome",
    "Submit",
    "Format",
    "File to import",
    "Resource",
    "True",
    "False",
    "selected",
    "results",
    "total",
    "Show all",
    "Yes, I’m sure",
    "take me back",
    "Password",
    "password",
    "Thanks",
    "Log in",
    "Django",
    "Object",
    "Changed by",
    "Date/time",
    "Name Lt",
    "Members Sme",
]

# Django's Lithuanian before the portal's corrections: wrong case, gender or word order.
BROKEN = [
    "kurį norite keisti",
    "Pridėti dar viena",
    "buvo sėkmingai",
    "sėkmingai pridėtas",
    "sėkmingai pakeistas.",
    "Ar este",
    "aplikacijos modeliai",
    "Pagal ",
    "tavo vartotojas",
    "Galimi ",
    "Pasirinktas sektoriai",
    "Atstatyti į pradinę",
    "Betkokia",
    "vartotojai",
]

# Words that, followed straight by a model's name in the nominative, make a sentence
# ungrammatical ("Pridėti klasteris", "dar vieną renginys", "Pagal šalis").
GOVERNING = [
    "Pridėti",
    "Keisti",
    "Pakeisti",
    "Ištrinti",
    "Pašalinti",
    "Peržiūrėti",
    "Pasirinkite",
    "Pasirinkti",
    "Eksportuoti",
    "Importuoti",
    "Naujas",
    "Nauja",
    "Pagal",
    "dar vieną",
    "dar viena",
    "pasirinktus",
    "pasirinktą",
    "Ištrinant",
    "Trinant",
    "visus",
]


class VisibleText(HTMLParser):
    """The text of a page that a person reads or hears (see the module docstring)."""

    SHOWN_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "textarea"):
            self._hidden += 1
        values = dict(attrs)
        self.parts += [values[name] for name in self.SHOWN_ATTRIBUTES if values.get(name)]
        if tag == "input" and values.get("type") in ("submit", "button", "reset"):
            self.parts.append(values.get("value") or "")
        if values.get("data-inline-formset"):
            options = json.loads(values["data-inline-formset"])["options"]
            self.parts += [options["addText"], options["deleteText"]]

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(response) -> str:
    parser = VisibleText()
    parser.feed(response.content.decode())
    return "\n".join(parser.parts)


def model_names() -> list[str]:
    with translation.override("lt"):
        names = set()
        for model, model_admin in admin.site._registry.items():
            names |= {str(model._meta.verbose_name), str(model._meta.verbose_name_plural)}
            for inline in model_admin.inlines:
                names |= {str(inline.verbose_name or ""), str(inline.verbose_name_plural or "")}
    return sorted(name for name in names if name)


def problems(text: str) -> list[str]:
    """The English words and broken phrases found in a page's visible text."""
    found = [
        f"English: {word!r}"
        for word in ENGLISH
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    ]
    found += [f"broken: {phrase!r}" for phrase in BROKEN if phrase in text]
    for name in model_names():
        for word in GOVERNING:
            if re.search(rf"(?<!\w){word} {re.escape(name)}(?!\w)", text, re.IGNORECASE):
                found.append(f"model name not in the nominative slot: {word} {name}")
    return found


def assert_lithuanian(response, expected_status: int = 200) -> str:
    assert response.status_code == expected_status, response.status_code
    text = visible_text(response)
    found = problems(text)
    assert not found, f"{response.wsgi_request.path}: {found}"
    return text


# --- The cast -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cast(module_db):
    """Two associations with their records, the reference data, an editor of A and a
    superuser; everything named in Lithuanian."""
    access.ensure_groups()
    with translation.override("lt"):
        sides = {}
        for tag in ("A", "B"):
            association = f.make_association(name=f"Asociacija {tag}", acronym=f"AS{tag}")
            cluster = f.make_cluster(name=f"Klasteris {tag}", acronym=f"KL{tag}")
            sides[tag] = {
                Association: association,
                Cluster: cluster,
                Label: f.make_label(cluster=cluster),
                Membership: f.make_membership(association=association, cluster=cluster),
                AssociationFigure: f.make_figure(association=association),
                Event: f.make_event(
                    title=f"Renginys {tag}", organiser=association, start_date=date(2026, 5, 4)
                ),
            }
        sector = f.make_sector(name="Maisto pramonė")
        sides["A"][Cluster].sectors.add(sector)
        action = f.make_action(name="Klasterių tinklaveika", acronym="ACT")
        project = f.make_project(title="Bendras projektas", acronym="PRJ", action=action)
        reference = {
            Sector: sector,
            Call: f.make_call(action=action),
            Project: project,
            Participation: f.make_participation(project=project, cluster=sides["A"][Cluster]),
            Report: f.make_report(title="Metinė ataskaita", actions=[action]),
        }
    editor = f.make_editor(association=sides["A"][Association])
    editor.user.groups.add(Group.objects.get(name=access.ASSOCIATION_EDITORS))
    superuser = get_user_model().objects.create_superuser(username="root", password="x")
    return {
        "A": sides["A"],
        "B": sides["B"],
        "reference": reference,
        "editor": editor.user,
        "superuser": superuser,
    }


def signed_in(user) -> Client:
    client = Client(**LITHUANIAN)
    client.force_login(user)
    return client


# --- An association editor ----------------------------------------------------------------

OWNED = [Cluster, Label, Association, Membership, AssociationFigure, Event]


def test_editor_index_and_lists_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    text = assert_lithuanian(editor.get(reverse("admin:index")))
    assert "Klasteriai" in text and "Asociacijos" in text
    for model in [*OWNED, Sector, Call, Project, Participation, Report]:
        text = assert_lithuanian(editor.get(admin_url(model, "changelist")))
        assert f"{capfirst(model._meta.verbose_name_plural)}: " in text


def test_editor_list_names_the_model_after_a_colon(cast):
    text = assert_lithuanian(signed_in(cast["editor"]).get(admin_url(Cluster, "changelist")))
    assert "Pasirinkite, kurį įrašą keisti: klasteris" in text
    assert "Pridėti: klasteris" in text
    assert "Ištrinti pasirinktus įrašus: klasteriai" in text
    # A filter is headed by the field's name alone.
    assert "Paskelbimo būsena" in text


def test_editor_forms_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    for model in OWNED:
        own = cast["A"][model]
        text = assert_lithuanian(editor.get(admin_url(model, "change", own.pk)))
        assert f"Keisti: {model._meta.verbose_name}" in text
    for model in [Cluster, Label, Membership, AssociationFigure, Event]:
        text = assert_lithuanian(editor.get(admin_url(model, "add")))
        assert f"Pridėti: {model._meta.verbose_name}" in text


def test_association_form_with_inlines_is_lithuanian(cast):
    response = signed_in(cast["editor"]).get(
        admin_url(Association, "change", cast["A"][Association].pk)
    )
    text = assert_lithuanian(response)
    assert "Deklaruotas rodiklis: pridėti dar vieną" in text
    assert "Klasteris narys: pridėti dar vieną" in text
    # The many-to-many chooser's own help and the yes/no icons.
    assert "Norėdami pasirinkti kelis" in text


def test_editor_history_pages_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    cluster = cast["A"][Cluster]
    text = assert_lithuanian(editor.get(admin_url(Cluster, "history", cluster.pk)))
    assert "Keitimų istorija: Klasteris A" in text
    version = cluster.history.first()
    url = reverse("admin:clusters_cluster_simple_history", args=[cluster.pk, version.pk])
    assert_lithuanian(editor.get(url))


def test_import_and_export_pages_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    for model in (Cluster, Event):
        text = assert_lithuanian(editor.get(admin_url(model, "import")))
        assert "Importuojamas failas" in text
        text = assert_lithuanian(editor.get(admin_url(model, "export")))
        assert "Bus eksportuojami šie laukai" in text
    text = visible_text(editor.get(admin_url(Cluster, "export")))
    assert "Pavadinimas [lt] (name_lt)" in text


def upload(client, model, rows: list[tuple]):
    """The import's preview of a CSV file (a dry run)."""
    content = io.StringIO()
    csv.writer(content).writerows(rows)
    return client.post(
        admin_url(model, "import"),
        {
            "resource": "0",
            "format": "0",
            "import_file": SimpleUploadedFile("klasteriai.csv", content.getvalue().encode()),
        },
    )


def test_import_preview_errors_and_confirmation_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    header = ("slug", "name_lt", "name_en", "country", "city", "founded_year", "sectors")
    good = upload(editor, Cluster, [header, ("naujas", "Naujas", "", "LT", "Kaunas", "2015", "")])
    text = assert_lithuanian(good)
    assert "Patvirtinti importą" in text and "Peržiūra" in text
    bad = upload(editor, Cluster, [header, ("blogas", "Blogas", "", "XX", "", "1500", "")])
    text = assert_lithuanian(bad)
    assert "Eilutės numeris" in text or "Eilutė" in text

    confirmed = editor.post(
        admin_url(Cluster, "process_import"), good.context["confirm_form"].initial, follow=True
    )
    assert_lithuanian(confirmed)
    assert messages_of(confirmed) == [
        "Importavimas baigtas (klasteriai): naujų – 1, atnaujintų – 0, ištrintų – 0, "
        "praleistų – 0."
    ]


def test_forbidden_page_is_lithuanian(cast):
    editor = signed_in(cast["editor"])
    # A reference list's "add" form: the editor only reads sectors.
    text = assert_lithuanian(editor.get(admin_url(Sector, "add")), 403)
    assert "Prieiga uždrausta" in text
    # Another association's record is not found, in Lithuanian too.
    other = cast["B"][Association]
    assert_lithuanian(editor.get(admin_url(Association, "change", other.pk)), 404)


def test_csrf_failure_page_is_lithuanian(cast):
    client = Client(enforce_csrf_checks=True, **LITHUANIAN)
    client.force_login(cast["editor"])
    response = client.post(admin_url(Event, "change", cast["A"][Event].pk), {})
    text = assert_lithuanian(response, 403)
    assert "Forma nepriimta" in text


def messages_of(response) -> list[str]:
    return [strip_tags(str(message)) for message in response.context["messages"]]


def test_save_messages_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    association = cast["A"][Association]
    url = admin_url(Association, "change", association.pk)
    response = editor.post(url, form_data(editor.get(url)), follow=True)
    assert_lithuanian(response)
    # The moderation note follows Django's sentence: the record is public.
    public_now = " Įrašas dabar viešas. Peržiūrėti svetainėje"
    assert messages_of(response) == ["Sėkmingai pakeista: asociacija „Asociacija A“." + public_now]

    data = form_data(editor.get(url)) | {"_continue": "1"}
    response = editor.post(url, data, follow=True)
    assert_lithuanian(response)
    assert messages_of(response) == [
        "Sėkmingai pakeista: asociacija „Asociacija A“. Toliau galite įrašą vėl redaguoti."
        + public_now
    ]

    # A form with an error.
    data = form_data(editor.get(url)) | {"name_lt": ""}
    text = assert_lithuanian(editor.post(url, data))
    assert "Ištaisykite toliau nurodytą klaidą." in text


def test_action_message_and_delete_confirmation_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    event = cast["A"][Event]
    changelist = admin_url(Event, "changelist")
    response = editor.post(
        changelist, {"action": "delete_selected", "_selected_action": [event.pk]}
    )
    text = assert_lithuanian(response)
    assert "Ar tikrai norite ištrinti pasirinktus įrašus (renginys)?" in text
    text = assert_lithuanian(editor.get(admin_url(Event, "delete", event.pk)))
    assert "Ar tikrai norite ištrinti įrašą „Renginys A“ (renginys)?" in text
    response = editor.post(changelist, {"action": "", "_selected_action": [event.pk]}, follow=True)
    assert_lithuanian(response)
    assert messages_of(response) == ["Nepasirinktas joks veiksmas."]


def test_password_and_logout_pages_are_lithuanian(cast):
    editor = signed_in(cast["editor"])
    assert_lithuanian(editor.get(reverse("admin:password_change")))
    response = editor.post(reverse("admin:password_change"), {"old_password": "wrong"})
    assert_lithuanian(response)
    assert_lithuanian(editor.get(reverse("admin:password_change_done")))
    text = assert_lithuanian(editor.post(reverse("admin:logout")))
    assert "Prisijungti dar kartą" in text
    assert_lithuanian(Client(**LITHUANIAN).get(reverse("admin:login")))


def test_admin_scripts_catalogue_is_lithuanian(cast):
    """The many-to-many chooser, calendar and actions take their words from here."""
    response = signed_in(cast["editor"]).get(reverse("admin:jsi18n"))
    catalog = json.loads(
        re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1)
    )
    for msgid, expected in [
        ("Available %s", "Galima pasirinkti: %s"),
        ("Chosen %s", "Pasirinkta: %s"),
        ("Choose all %s", "Pasirinkti visus įrašus (%s)"),
        ("Remove all %s", "Pašalinti visus įrašus (%s)"),
        ("Type into this box to filter down the list of available %s.", None),
        ("(click to clear)", None),
        ("Sunday", "Sekmadienis"),
    ]:
        assert msgid in catalog, msgid
        if expected:
            assert catalog[msgid] == expected
        assert not problems(catalog[msgid].replace("%s", "sektoriai"))


# --- A superuser: every registered model --------------------------------------------------


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda model: model._meta.label)
def test_superuser_pages_are_lithuanian(cast, model):
    superuser = signed_in(cast["superuser"])
    obj = model._default_manager.order_by("pk").first()
    assert_lithuanian(superuser.get(admin_url(model, "changelist")))
    response = superuser.get(admin_url(model, "add"))
    if response.status_code != 403:  # logs and lockouts are written by the site only
        assert_lithuanian(response)
    if obj is not None:
        for view in ("change", "delete", "history"):
            response = superuser.get(admin_url(model, view, obj.pk))
            assert_lithuanian(response)


def test_superuser_index_and_date_hierarchy_are_lithuanian(cast):
    superuser = signed_in(cast["superuser"])
    assert_lithuanian(superuser.get(reverse("admin:index")))
    year = cast["A"][Event].start_date.year
    text = assert_lithuanian(
        superuser.get(admin_url(Event, "changelist"), {"start_date__year": year})
    )
    assert "Visos datos" in text


def test_problems_are_found():
    """The checker itself: English, old broken Lithuanian and a misplaced model name."""
    assert problems("The cluster was changed successfully.")
    assert problems("Pasirinkite asociacija kurį norite keisti")
    assert problems("Pridėti klasteris")
    assert problems("Google Go") == ["English: 'Go'"]
    assert not problems("Pasirinkite, kurį įrašą keisti: asociacija")
    assert not problems("Sėkmingai pakeista: klasteris „Klasteris A“.")
