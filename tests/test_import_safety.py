# ruff: noqa: F811 (the fixtures of test_import_export are reused by name)
"""Imports that cannot hurt: confirmations bound to their preview, limits on what is read,
previews cleaned up, round trips that keep data, errors an editor can read."""

import os
import tempfile

import pytest
from django.test import Client
from django.urls import reverse

from clusters.models import Cluster
from tests.test_import_export import (  # noqa: F401 (fixtures)
    CLUSTER_HEADER,
    CSV_FORMAT,
    XLSX_FORMAT,
    confirm,
    csv_file,
    editor,
    editor_client,
    upload,
    world,
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
