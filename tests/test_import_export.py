"""Bulk import and export of clusters and events in the admin (CSV and XLSX)."""

import csv
import datetime
import io

import openpyxl
import pytest
import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from alliance.models import Event, Membership
from alliance.resources import EVENT_COLUMNS, EventResource, MemberClusterResource
from clusters.models import Cluster
from clusters.resources import CLUSTER_COLUMNS
from core import access
from core.bulk import row_errors
from core.content import PublicationStatus
from tests import factories as f

pytestmark = pytest.mark.django_db

CSV_FORMAT = "0"
XLSX_FORMAT = "1"


@pytest.fixture
def world(db):
    """Two associations, each with a member cluster and an event, and an editor of the first."""
    with translation.override("lt"):
        ict = f.make_sector(name="IRT", slug="ict")
        food = f.make_sector(name="Maistas", slug="agrofood")
        mine = f.make_association(name="Mūsų tinklas", slug="musu-tinklas")
        theirs = f.make_association(name="Kitas tinklas", slug="kitas-tinklas", country="LV")
        own_cluster = f.make_cluster(name="Mūsų klasteris", slug="musu-klasteris", sectors=[ict])
        other_cluster = f.make_cluster(
            name="Svetimas klasteris", slug="svetimas-klasteris", country="LV"
        )
        f.make_membership(association=mine, cluster=own_cluster)
        f.make_membership(association=theirs, cluster=other_cluster)
        own_event = f.make_event(title="Mūsų forumas", slug="musu-forumas", organiser=mine)
        other_event = f.make_event(title="Kitas forumas", slug="kitas-forumas", organiser=theirs)
    return {
        "ict": ict,
        "food": food,
        "mine": mine,
        "theirs": theirs,
        "own_cluster": own_cluster,
        "other_cluster": other_cluster,
        "own_event": own_event,
        "other_event": other_event,
    }


@pytest.fixture
def editor(world):
    access.ensure_groups()
    user = get_user_model().objects.create_user(
        username="redaktorius", password="correct-horse-battery", is_staff=True
    )
    user.groups.add(Group.objects.get(name=access.ASSOCIATION_EDITORS))
    f.make_editor(user=user, association=world["mine"])
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def csv_file(header, *rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def xlsx_file(header, *rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, model, content: bytes, *, fmt=CSV_FORMAT, name="import.csv"):
    """Post a file to the import page: the preview (a dry run)."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_import")
    return client.post(
        url,
        {"resource": "0", "format": fmt, "import_file": SimpleUploadedFile(name, content)},
        HTTP_ACCEPT_LANGUAGE="en",
    )


def confirm(client, model, preview):
    """Press "Confirm import" on a preview page."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_process_import")
    return client.post(url, preview.context["confirm_form"].initial, HTTP_ACCEPT_LANGUAGE="en")


def errors_by_row(preview) -> dict[int, set[str]]:
    return {
        number: set(fields) for number, fields in row_errors(preview.context["result"]).items()
    }


CLUSTER_HEADER = ("slug", "name_lt", "name_en", "country", "city", "founded_year", "sectors")


# --- Preview ---------------------------------------------------------------------------


def test_preview_lists_every_bad_row_with_its_reasons(admin_client, world):
    content = csv_file(
        (*CLUSTER_HEADER, "website", "members_sme", "status"),
        ("naujas", "Naujas klasteris", "New cluster", "LT", "Vilnius", "2015", "ict", "", "", ""),
        ("blogas-1", "Blogas 1", "", "XX", "", "", "", "", "", ""),
        ("blogas-2", "Blogas 2", "", "LT", "", "", "ict,no-such-sector", "", "", ""),
        ("blogas-3", "Blogas 3", "", "LT", "", "1500", "", "", "", ""),
        ("blogas-4", "", "Only English", "LT", "", "", "", "", "", ""),
        ("blogas-5", "Blogas 5", "", "LT", "", "", "", "not a url", "-3", "maybe"),
    )

    response = upload(admin_client, Cluster, content)

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    assert errors_by_row(response) == {
        2: {"country"},
        3: {"sectors"},
        4: {"founded_year"},
        5: {"name_lt"},
        6: {"website", "members_sme", "status"},
    }
    body = response.content.decode()
    assert "Unknown country code “XX”" in body
    assert "no-such-sector" in body
    # A dry run: nothing was saved, not even the good row.
    assert not Cluster.objects.filter(slug__in=["naujas", "blogas-1"]).exists()


def test_preview_of_a_good_file_offers_confirmation(admin_client, world):
    content = csv_file(CLUSTER_HEADER, ("naujas", "Naujas", "New", "ee", "Tartu", "2015", ""))

    response = upload(admin_client, Cluster, content)

    assert response.status_code == 200
    assert errors_by_row(response) == {}
    assert "confirm_form" in response.context
    assert not Cluster.objects.filter(slug="naujas").exists()


def test_bad_dates_and_unknown_organisers_of_events_are_listed(admin_client, world):
    content = csv_file(
        ("slug", "title_lt", "kind", "start_date", "end_date", "organiser"),
        ("geras", "Geras", "forum", "2030-05-01", "2030-05-02", "musu-tinklas"),
        ("blogos-datos", "Blogos", "forum", "2030-13-40", "", ""),
        ("atbulai", "Atbulai", "forum", "2030-05-02", "2030-05-01", ""),
        ("be-pradzios", "Be pradžios", "forum", "", "2030-05-01", ""),
        ("nezinomas", "Nežinomas", "forum", "2030-05-01", "", "no-such-association"),
        ("rusis", "Rūšis", "party", "2030-05-01", "", ""),
    )

    response = upload(admin_client, Event, content)

    assert errors_by_row(response) == {
        2: {"start_date"},
        3: {"end_date"},
        4: {"start_date"},
        5: {"organiser"},
        6: {"kind"},
    }
    body = response.content.decode()
    assert "is not a date" in body
    assert "no-such-association" in body
    assert "confirm_form" not in response.context


# --- All or nothing ------------------------------------------------------------------------


def test_a_file_with_one_bad_row_imports_nothing(world, superuser):
    dataset = tablib.Dataset(headers=CLUSTER_HEADER)
    dataset.append(("geras-1", "Geras 1", "", "LT", "", "", ""))
    dataset.append(("geras-2", "Geras 2", "", "LT", "", "", "agrofood"))
    dataset.append(("blogas", "Blogas", "", "ZZ", "", "", ""))
    before = Cluster.objects.count()

    result = MemberClusterResource(user=superuser).import_data(dataset, dry_run=False)

    assert result.has_validation_errors()
    assert set(row_errors(result)) == {3}
    assert Cluster.objects.count() == before


def test_confirming_after_the_data_changed_imports_nothing(editor_client, world):
    content = csv_file(
        CLUSTER_HEADER,
        ("pirmas", "Pirmas", "", "LT", "", "", ""),
        ("antras", "Antras", "", "LT", "", "", ""),
    )
    preview = upload(editor_client, Cluster, content)
    assert "confirm_form" in preview.context
    # Meanwhile another association adds a cluster with the second row's slug.
    f.make_membership(association=world["theirs"], cluster=f.make_cluster(slug="antras"))

    response = confirm(editor_client, Cluster, preview)

    assert response.status_code == 302
    assert response.url.endswith("/import/")
    assert not Cluster.objects.filter(slug="pirmas").exists()
    assert not Membership.objects.filter(association=world["mine"], cluster__slug="antras")
    page = editor_client.get(response.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nothing was imported" in page


def test_confirming_twice_imports_once_and_then_asks_for_the_file(admin_client, world):
    preview = upload(
        admin_client, Cluster, csv_file(CLUSTER_HEADER, ("vienas", "Vienas", "", "LT", "", "", ""))
    )
    assert confirm(admin_client, Cluster, preview).status_code == 302

    again = confirm(admin_client, Cluster, preview)

    assert again.status_code == 302 and again.url.endswith("/import/")
    assert Cluster.objects.filter(slug="vienas").count() == 1
    page = admin_client.get(again.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "no longer available" in page


@pytest.mark.parametrize(
    "forged",
    [
        {"import_file_name": "no-such-file"},
        {"import_file_name": ".."},
        {"format": "7"},
        {"format": "csv"},
        {"resource": "3"},
    ],
)
def test_forged_confirmations_change_nothing(admin_client, world, forged):
    preview = upload(
        admin_client, Cluster, csv_file(CLUSTER_HEADER, ("vienas", "Vienas", "", "LT", "", "", ""))
    )
    url = reverse("admin:clusters_cluster_process_import")

    response = admin_client.post(url, {**preview.context["confirm_form"].initial, **forged})

    assert response.status_code == 302 and response.url.endswith("/import/")
    assert not Cluster.objects.filter(slug="vienas").exists()


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, CSV_FORMAT),
        (b"slug,name_lt\nnaujas,Naujas\n", XLSX_FORMAT),
        (b"", CSV_FORMAT),
        ("slug,name_lt\nnaujas,Šiauliai\n".encode("utf-16"), CSV_FORMAT),
    ],
    ids=["binary-as-csv", "csv-as-xlsx", "empty", "utf-16"],
)
def test_unreadable_files_are_a_form_error(admin_client, world, content, fmt):
    response = upload(admin_client, Cluster, content, fmt=fmt)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "confirm_form" not in response.context
    assert not Cluster.objects.filter(slug="naujas").exists()


# --- Importing as an editor -----------------------------------------------------------------


def test_editor_imports_clusters_into_their_association(editor_client, editor, world):
    content = csv_file(
        (*CLUSTER_HEADER, "members_sme", "is_demo"),
        ("naujas-klasteris", "Naujas klasteris", "New cluster", "LT", "Kaunas", "2016",
         "ict, agrofood", "12", "1"),
        ("musu-klasteris", "Mūsų klasteris", "Our cluster", "LT", "Šiauliai", "2010",
         "agrofood", "", "1"),
    )  # fmt: skip

    preview = upload(editor_client, Cluster, content)
    assert errors_by_row(preview) == {}
    response = confirm(editor_client, Cluster, preview)

    assert response.status_code == 302
    new = Cluster.objects.get(slug="naujas-klasteris")
    assert new.name_lt == "Naujas klasteris" and new.name_en == "New cluster"
    assert new.city == "Kaunas" and new.founded_year == 2016 and new.members_sme == 12
    assert {s.slug for s in new.sectors.all()} == {"ict", "agrofood"}
    assert list(new.associations.all()) == [world["mine"]]
    # Editors do not publish; the demo flag is not a column.
    assert new.status == PublicationStatus.DRAFT
    assert new.is_demo is False
    # Recorded in the history under the editor's name, like a change in a form.
    assert new.history.latest().history_user == editor
    own = world["own_cluster"]
    own.refresh_from_db()
    assert own.city == "Šiauliai" and own.name_en == "Our cluster"
    assert [s.slug for s in own.sectors.all()] == ["agrofood"]
    assert own.is_demo is False


def test_editor_cannot_update_another_associations_cluster(editor_client, world):
    content = csv_file(
        CLUSTER_HEADER,
        ("svetimas-klasteris", "Perimtas", "", "LT", "Vilnius", "", ""),
    )

    preview = upload(editor_client, Cluster, content)

    assert errors_by_row(preview) == {1: {"slug"}}
    assert "confirm_form" not in preview.context
    other = world["other_cluster"]
    other.refresh_from_db()
    assert other.name_lt == "Svetimas klasteris"
    assert list(other.associations.all()) == [world["theirs"]]


def test_editor_cannot_publish_through_an_import(editor_client, world):
    content = csv_file(
        ("slug", "name_lt", "country", "status"), ("naujas", "Naujas", "LT", "published")
    )

    preview = upload(editor_client, Cluster, content)

    assert errors_by_row(preview) == {1: {"status"}}


def test_editor_imports_events_of_their_association_only(editor_client, world):
    content = csv_file(
        ("slug", "title_lt", "title_en", "kind", "city", "country", "start_date", "organiser"),
        ("naujas-forumas", "Naujas forumas", "New forum", "forum", "Vilnius", "LT",
         "2030-06-01", ""),
        ("musu-forumas", "Mūsų forumas", "Our forum", "conference", "Kaunas", "LT",
         "2030-07-01", "musu-tinklas"),
    )  # fmt: skip

    preview = upload(editor_client, Event, content)
    assert errors_by_row(preview) == {}
    assert confirm(editor_client, Event, preview).status_code == 302

    new = Event.objects.get(slug="naujas-forumas")
    assert new.organiser == world["mine"]
    assert new.start_date == datetime.date(2030, 6, 1)
    assert new.title_en == "New forum" and new.status == PublicationStatus.DRAFT
    own = Event.objects.get(slug="musu-forumas")
    assert own.kind == "conference" and own.city == "Kaunas"


def test_editor_cannot_import_other_associations_events(editor_client, world):
    content = csv_file(
        ("slug", "title_lt", "kind", "start_date", "organiser"),
        ("kitas-forumas", "Perimtas", "forum", "2030-06-01", ""),
        ("musu-kitas", "Kitam", "forum", "2030-06-01", "kitas-tinklas"),
    )

    preview = upload(editor_client, Event, content)

    assert errors_by_row(preview) == {1: {"slug"}, 2: {"organiser"}}
    assert Event.objects.get(slug="kitas-forumas").title_lt == "Kitas forumas"
    assert not Event.objects.filter(slug="musu-kitas").exists()


def test_staff_without_an_association_imports_nothing(world):
    user = get_user_model().objects.create_user(username="staff", is_staff=True)
    dataset = tablib.Dataset(headers=("slug", "name_lt", "country"))
    dataset.append(("naujas", "Naujas", "LT"))

    result = MemberClusterResource(user=user).import_data(dataset, dry_run=False)

    assert {number: set(fields) for number, fields in row_errors(result).items()} == {1: {"slug"}}
    assert not Cluster.objects.filter(slug="naujas").exists()
    # Nor may a script that names no user.
    result = MemberClusterResource().import_data(dataset, dry_run=False)
    assert set(row_errors(result)) == {1}


def test_a_file_without_the_slug_column_is_refused(admin_client, world):
    response = upload(admin_client, Cluster, csv_file(("name_lt", "country"), ("Be slug", "LT")))

    result = response.context["result"]
    assert result.has_errors()
    assert "slug" in str(result.base_errors[0].error)  # the file's error, not a row's
    assert "confirm_form" not in response.context


# --- XLSX -----------------------------------------------------------------------------------


def test_superuser_imports_an_xlsx_file(admin_client, world):
    content = xlsx_file(
        (*CLUSTER_HEADER, "members_large"),
        ("is-lenteles", "Iš lentelės", "From a sheet", "LVA", "Rīga", 2011, "ict", 3),
    )

    preview = upload(admin_client, Cluster, content, fmt=XLSX_FORMAT, name="clusters.xlsx")
    assert errors_by_row(preview) == {}
    assert confirm(admin_client, Cluster, preview).status_code == 302

    cluster = Cluster.objects.get(slug="is-lenteles")
    assert (cluster.country.code, cluster.founded_year, cluster.members_large) == ("LV", 2011, 3)
    # A superuser's cluster joins no association by itself.
    assert not cluster.associations.exists()


# --- Export -----------------------------------------------------------------------------------


def export(client, model, resource, columns, fmt=CSV_FORMAT):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_export")
    data = {"format": fmt, "resource": "0"}
    data.update({f"{resource.__name__.lower()}_{column}": "on" for column in columns})
    return client.post(url, data)


def exported_rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_superuser_exports_every_cluster(admin_client, world):
    rows = exported_rows(export(admin_client, Cluster, MemberClusterResource, CLUSTER_COLUMNS))

    assert {row["slug"] for row in rows} == {"musu-klasteris", "svetimas-klasteris"}
    own = next(row for row in rows if row["slug"] == "musu-klasteris")
    assert own["country"] == "LT" and own["sectors"] == "ict"
    assert list(rows[0]) == list(CLUSTER_COLUMNS)


def test_editor_exports_their_associations_clusters_and_events(editor_client, world):
    clusters = exported_rows(
        export(editor_client, Cluster, MemberClusterResource, CLUSTER_COLUMNS)
    )
    events = exported_rows(export(editor_client, Event, EventResource, EVENT_COLUMNS))

    assert [row["slug"] for row in clusters] == ["musu-klasteris"]
    assert [row["slug"] for row in events] == ["musu-forumas"]
    assert events[0]["organiser"] == "musu-tinklas"


def test_an_export_imports_back_unchanged(admin_client, world):
    rows = export(admin_client, Event, EventResource, EVENT_COLUMNS).content

    preview = upload(admin_client, Event, rows)

    assert errors_by_row(preview) == {}
    assert {row.import_type for row in preview.context["result"].rows} == {"update"}


def test_xlsx_export(admin_client, world):
    response = export(admin_client, Cluster, MemberClusterResource, CLUSTER_COLUMNS, XLSX_FORMAT)

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0] == CLUSTER_COLUMNS
    assert {row[0] for row in values[1:]} == {"musu-klasteris", "svetimas-klasteris"}


def test_exported_text_cannot_run_as_a_spreadsheet_formula(admin_client, world):
    cluster = world["own_cluster"]
    cluster.city = '=HYPERLINK("http://evil.example","x")'
    cluster.save()

    rows = exported_rows(export(admin_client, Cluster, MemberClusterResource, CLUSTER_COLUMNS))

    city = next(row["city"] for row in rows if row["slug"] == "musu-klasteris")
    assert city.startswith("'=")


def test_import_and_export_pages_render(admin_client, editor_client, world):
    for client in (admin_client, editor_client):
        for model in (Cluster, Event):
            info = (model._meta.app_label, model._meta.model_name)
            for view in ("import", "export", "changelist"):
                response = client.get(reverse(f"admin:{info[0]}_{info[1]}_{view}"))
                assert response.status_code == 200, (client, model, view)
