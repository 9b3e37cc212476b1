# ruff: noqa: F811 (the fixtures of test_import_export are reused by name)
"""Imports that cannot hurt: confirmations bound to their preview, limits on what is read,
previews cleaned up, round trips that keep data, errors an editor can read."""

import csv
import io
import os
import re
import tempfile
import time
import zipfile

import openpyxl
import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from alliance.resources import MemberClusterResource
from clusters.models import Cluster
from clusters.resources import CLUSTER_COLUMNS
from tests.test_import_export import (  # noqa: F401 (fixtures)
    CLUSTER_HEADER,
    CSV_FORMAT,
    XLSX_FORMAT,
    confirm,
    csv_file,
    editor,
    editor_client,
    export,
    upload,
    world,
    xlsx_file,
)

pytestmark = pytest.mark.django_db

PROCESS_URL = reverse("admin:clusters_cluster_process_import")
ONE_CLUSTER = csv_file(CLUSTER_HEADER, ("vienas", "Vienas", "", "LT", "", "", ""))


@pytest.fixture
def preview_dir(settings, tmp_path):
    """Previews wait in a folder of the test's own."""
    settings.PORTAL_IMPORT_PREVIEW_DIR = str(tmp_path / "previews")
    return tmp_path / "previews"


def waiting_files(preview_dir) -> list[str]:
    return sorted(os.listdir(preview_dir)) if preview_dir.exists() else []


# --- 1. A confirmation accepts only its own preview -------------------------------------


def test_a_confirmation_naming_another_temp_file_reads_and_deletes_nothing(
    admin_client, world, preview_dir
):
    preview = upload(admin_client, Cluster, ONE_CLUSTER)
    # A file of someone else's in the server's temp folder, readable as an import.
    handle, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "wb") as out:
        out.write(csv_file(CLUSTER_HEADER, ("kitas", "Kitas", "", "LT", "", "", "")))
    try:
        forged = {**preview.context["confirm_form"].initial}
        forged["import_file_name"] = os.path.basename(path)

        response = admin_client.post(PROCESS_URL, forged)

        assert response.status_code == 302 and response.url.endswith("/import/")
        assert os.path.exists(path)
        assert not Cluster.objects.filter(slug__in=["kitas", "vienas"]).exists()
    finally:
        os.remove(path)


def test_a_preview_is_confirmed_only_in_the_session_of_the_user_who_made_it(
    editor_client, editor, superuser, world, preview_dir
):
    preview = upload(editor_client, Cluster, ONE_CLUSTER)
    token = preview.context["confirm_form"].initial

    # Another user, and the same user signed in elsewhere, are refused.
    admin = Client()
    admin.force_login(superuser)
    assert admin.post(PROCESS_URL, token).status_code == 302
    elsewhere = Client()
    elsewhere.force_login(editor)
    assert elsewhere.post(PROCESS_URL, token).status_code == 302
    assert not Cluster.objects.filter(slug="vienas").exists()
    # Nothing was deleted: the preview's own user still confirms it.
    assert waiting_files(preview_dir)
    assert confirm(editor_client, Cluster, preview).status_code == 302
    assert Cluster.objects.filter(slug="vienas").exists()


def test_a_confirmation_switched_to_another_format_is_refused(admin_client, world, preview_dir):
    preview = upload(admin_client, Cluster, ONE_CLUSTER)

    response = admin_client.post(
        PROCESS_URL, {**preview.context["confirm_form"].initial, "format": XLSX_FORMAT}
    )

    assert response.status_code == 302 and response.url.endswith("/import/")
    assert not Cluster.objects.filter(slug="vienas").exists()


@pytest.mark.parametrize(
    "content",
    [b"slug,name_lt\nvienas,Vienas\n", b"PK\x03\x04" + b"\x00" * 200],
    ids=["text", "broken-zip"],
)
def test_a_file_that_is_not_a_workbook_posted_as_xlsx_is_a_form_error(
    admin_client, world, preview_dir, content
):
    response = upload(admin_client, Cluster, content, fmt=XLSX_FORMAT, name="import.xlsx")

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["import_file"])
    assert "not an Excel workbook" in errors
    assert "confirm_form" not in response.context


# --- 2. Imports cannot stall the site ---------------------------------------------------


def rewrite_sheet(content: bytes, change) -> bytes:
    """The workbook ``content`` with its first sheet's XML passed through ``change``."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            target.writestr(item, data)
    return out.getvalue()


def refused_quickly(client, content, *, fmt=CSV_FORMAT, name="import.csv") -> str:
    """Upload ``content``; assert it is refused as a form error within two seconds."""
    started = time.monotonic()
    response = upload(client, Cluster, content, fmt=fmt, name=name)
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    assert elapsed < 2, f"took {elapsed:.1f} s"
    return " ".join(response.context["form"].errors["import_file"])


def test_a_workbook_declaring_a_whole_sheet_is_refused_at_once(admin_client, world, preview_dir):
    small = xlsx_file(CLUSTER_HEADER, ("vienas", "Vienas", "", "LT", "", "", ""))
    content = rewrite_sheet(
        small,
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml),
    )
    assert len(content) < 6000

    message = refused_quickly(admin_client, content, fmt=XLSX_FORMAT, name="import.xlsx")

    assert "1048576 rows" in message.replace(",", "").replace("\xa0", "")
    assert not Cluster.objects.filter(slug="vienas").exists()


def test_a_workbook_with_too_many_rows_is_refused_without_reading_them_all(
    admin_client, world, preview_dir, settings
):
    settings.PORTAL_IMPORT_MAX_ROWS = 100
    rows = [(f"c-{n}", f"C {n}", "", "LT", "", "", "") for n in range(150)]
    content = xlsx_file(CLUSTER_HEADER, *rows)
    # Without a declared size, rows are counted as they stream in.
    undeclared = rewrite_sheet(content, lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml))

    declared = refused_quickly(admin_client, content, fmt=XLSX_FORMAT, name="import.xlsx")
    counted = refused_quickly(admin_client, undeclared, fmt=XLSX_FORMAT, name="import.xlsx")

    assert "declares a size of 151 rows" in declared
    assert "more than 100 rows" in counted


def test_a_workbook_with_a_value_past_the_last_allowed_column_is_refused(
    admin_client, world, preview_dir, settings
):
    settings.PORTAL_IMPORT_MAX_COLUMNS = 10
    content = xlsx_file((*CLUSTER_HEADER, "", "", "", "note"), ("vienas", "Vienas", "", "LT"))
    # Without a declared size, the far column is found as the rows stream in.
    undeclared = rewrite_sheet(content, lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml))

    declared = refused_quickly(admin_client, content, fmt=XLSX_FORMAT, name="import.xlsx")
    counted = refused_quickly(admin_client, undeclared, fmt=XLSX_FORMAT, name="import.xlsx")

    assert "by 11 columns" in declared
    assert "more than 10 columns" in counted


def test_a_ten_megabyte_csv_is_refused_before_it_is_read(admin_client, world, preview_dir):
    content = b"slug,name_lt,country\n" + b"x,y,LT\n" * (10 * 1024 * 1024 // 7)

    message = refused_quickly(admin_client, content)

    assert "larger than" in message
    assert not waiting_files(preview_dir)


def test_a_csv_with_too_many_rows_or_columns_is_refused(
    admin_client, world, preview_dir, settings
):
    settings.PORTAL_IMPORT_MAX_ROWS = 100
    many_rows = csv_file(
        CLUSTER_HEADER, *[(f"c-{n}", "C", "", "LT", "", "", "") for n in range(101)]
    )
    wide = csv_file([f"column_{n}" for n in range(500)], ["x"] * 500)

    assert "more than 100 rows" in refused_quickly(admin_client, many_rows)
    assert "columns" in refused_quickly(admin_client, wide)
    # The limit itself is allowed.
    exactly = csv_file(
        CLUSTER_HEADER, *[(f"c-{n}", "C", "", "LT", "", "", "") for n in range(100)]
    )
    assert "confirm_form" in upload(admin_client, Cluster, exactly).context


# --- 3. Previews are cleaned up ---------------------------------------------------------


def test_a_confirmed_preview_leaves_no_file(admin_client, world, preview_dir):
    preview = upload(admin_client, Cluster, ONE_CLUSTER)
    assert len(waiting_files(preview_dir)) == 1

    confirm(admin_client, Cluster, preview)

    assert waiting_files(preview_dir) == []


def test_a_preview_that_cannot_be_confirmed_leaves_no_file(admin_client, world, preview_dir):
    bad = csv_file(CLUSTER_HEADER, ("blogas", "Blogas", "", "XX", "", "", ""))

    for content, fmt in ((bad, CSV_FORMAT), (b"not a workbook", XLSX_FORMAT)):
        preview = upload(admin_client, Cluster, content, fmt=fmt)
        assert "confirm_form" not in preview.context

    assert waiting_files(preview_dir) == []


def test_a_cancelled_preview_leaves_no_file_and_imports_nothing(admin_client, world, preview_dir):
    preview = upload(admin_client, Cluster, ONE_CLUSTER)
    assert "Cancel" in preview.content.decode()

    response = admin_client.post(
        PROCESS_URL,
        {**preview.context["confirm_form"].initial, "cancel": "1"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 302 and response.url.endswith("/import/")
    assert waiting_files(preview_dir) == []
    assert not Cluster.objects.filter(slug="vienas").exists()
    page = admin_client.get(response.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "cancelled" in page


def test_an_expired_preview_is_refused_and_swept(admin_client, world, preview_dir, monkeypatch):
    preview = upload(admin_client, Cluster, ONE_CLUSTER)
    [stale] = waiting_files(preview_dir)
    later = time.time() + 16 * 60
    os.utime(preview_dir / stale, (time.time() - 16 * 60,) * 2)

    # Confirming after the waiting time is refused.
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    assert confirm(admin_client, Cluster, preview).url.endswith("/import/")
    assert not Cluster.objects.filter(slug="vienas").exists()
    monkeypatch.undo()
    # The next preview, anyone's, removes the stale file.
    upload(admin_client, Cluster, ONE_CLUSTER)
    assert stale not in waiting_files(preview_dir)
    assert len(waiting_files(preview_dir)) == 1


# --- 4. Round trips keep data -----------------------------------------------------------

RISKY = {
    "city": "=1+2",
    "region": "-Pietūs",
    "acronym": "@klasteris",
    "coordinator": "+370 centras",
    "name_en": "'=already quoted",
}


@pytest.mark.parametrize("fmt", [CSV_FORMAT, XLSX_FORMAT], ids=["csv", "xlsx"])
def test_an_export_imports_back_without_the_escaping_apostrophes(
    admin_client, world, preview_dir, fmt
):
    cluster = world["own_cluster"]
    Cluster.objects.filter(pk=cluster.pk).update(**RISKY)
    exported = export(admin_client, Cluster, MemberClusterResource, CLUSTER_COLUMNS, fmt).content
    if fmt == CSV_FORMAT:
        rows = list(csv.DictReader(io.StringIO(exported.decode("utf-8-sig"))))
    else:
        values = list(openpyxl.load_workbook(io.BytesIO(exported)).active.values)
        rows = [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    own = next(row for row in rows if row["slug"] == cluster.slug)
    # In the file, no cell starts like a formula.
    assert {field: own[field] for field in RISKY} == {
        field: "'" + value for field, value in RISKY.items()
    }

    preview = upload(admin_client, Cluster, exported, fmt=fmt, name=f"export.{fmt}")
    assert confirm(admin_client, Cluster, preview).status_code == 302

    stored = Cluster.objects.filter(pk=cluster.pk).values(*RISKY).get()
    assert stored == RISKY


def test_an_apostrophe_an_editor_typed_is_kept(admin_client, world, preview_dir):
    content = csv_file(
        (*CLUSTER_HEADER, "acronym"),
        ("vienas", "Vienas", "'s Hertogenbosch", "LT", "", "", "", "'"),
    )

    confirm(admin_client, Cluster, upload(admin_client, Cluster, content))

    cluster = Cluster.objects.get(slug="vienas")
    assert (cluster.name_en, cluster.acronym) == ("'s Hertogenbosch", "'")


# --- 5. Readable import errors ----------------------------------------------------------

TECHNICAL = ("Traceback", "site-packages", "/work/", 'File "', "ConversionSyntax", "Error'")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            csv_file(("slug", "country"), ("vienas", "LT")),
            "Faile nėra stulpelio „name_lt“, kurio reikia naujam įrašui.",
        ),
        (
            csv_file(("name_lt", "country"), ("Vienas", "LT")),
            "Faile trūksta importui būtinų stulpelių: slug.",
        ),
        (b"slug;name_lt;country\nvienas;Vienas;LT\n", "atskirti kabliataškiais"),
        ("slug,name_lt,country\nvienas,Šiauliai,LT\n".encode("utf-16"), "UTF-16 koduote"),
        ("slug,name_lt,country\nvienas,Šiauliai,LT\n".encode("cp1257"), "Windows-1257"),
        (
            csv_file(
                ("slug", "name_lt", "country", "founded_year"), ("vienas", "V", "LT", "1990 m.")
            ),
            "„1990 m.“ nėra sveikasis skaičius",
        ),
        (
            csv_file(("slug", "name_lt", "country", "members_sme"), ("vienas", "V", "LT", "12,5")),
            "„12,5“ nėra sveikasis skaičius",
        ),
    ],
    ids=["no-name", "no-slug", "semicolons", "utf-16", "cp1257", "year-text", "decimal-comma"],
)
def test_a_bad_file_gets_a_message_in_the_editors_language(
    admin_client, world, preview_dir, content, expected
):
    response = admin_client.post(
        reverse("admin:clusters_cluster_import"),
        {
            "resource": "0",
            "format": CSV_FORMAT,
            "import_file": SimpleUploadedFile("f.csv", content),
        },
        HTTP_ACCEPT_LANGUAGE="lt",
    )

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    body = response.content.decode()
    assert expected in body
    assert not [word for word in TECHNICAL if word in body]
    assert not Cluster.objects.filter(slug="vienas").exists()


def test_an_unexpected_error_is_logged_not_shown(world, superuser, monkeypatch, caplog):
    def broken(self, dataset, **kwargs):
        raise RuntimeError("/srv/app/secret.py line 3")

    monkeypatch.setattr(MemberClusterResource, "before_import", broken)
    dataset = tablib.Dataset(headers=("slug", "name_lt", "country"))
    dataset.append(("vienas", "Vienas", "LT"))

    with translation.override("en"):
        result = MemberClusterResource(user=superuser).import_data(dataset, dry_run=True)
        message = str(result.base_errors[0].error)

    assert "unexpected error" in message and "/srv" not in message
    assert "/srv/app/secret.py" in caplog.text


def test_the_preview_speaks_lithuanian(admin_client, world, preview_dir):
    response = admin_client.post(
        reverse("admin:clusters_cluster_import"),
        {
            "resource": "0",
            "format": CSV_FORMAT,
            "import_file": SimpleUploadedFile("f.csv", ONE_CLUSTER),
        },
        HTTP_ACCEPT_LANGUAGE="lt",
    )

    body = response.content.decode()
    assert "Žemiau pateikiama importuojamų duomenų peržiūra" in body
    assert "Patvirtinti importą" in body and "Atšaukti importą" in body


def test_previews_in_the_shared_cache_follow_the_same_rules(admin_client, world, settings):
    settings.IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
    preview = upload(admin_client, Cluster, ONE_CLUSTER)
    forged = {**preview.context["confirm_form"].initial, "import_file_name": "0" * 32}

    assert admin_client.post(PROCESS_URL, forged).url.endswith("/import/")
    assert not Cluster.objects.filter(slug="vienas").exists()
    assert confirm(admin_client, Cluster, preview).url.endswith("/cluster/")
    assert Cluster.objects.filter(slug="vienas").exists()
    # Confirmed once: the cached file is gone.
    assert confirm(admin_client, Cluster, preview).url.endswith("/import/")
