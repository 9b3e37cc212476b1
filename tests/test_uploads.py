"""Logo uploads: only real PNG, JPEG or WebP images are kept, cleaned; nothing else is stored."""

import io
import os
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from alliance.models import Association
from clusters.models import Cluster
from core.images import LogoField, process_logo
from tests import factories as f
from tests.helpers import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def storage(settings):
    """A fresh, empty in-memory media storage for each test."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert stored_files() == []
    return default_storage


def stored_files(path: str = "") -> list[str]:
    directories, files = default_storage.listdir(path)
    found = [f"{path}{name}" for name in files]
    for directory in directories:
        found += stored_files(f"{path}{directory}/")
    return sorted(found)


# --- Files ----------------------------------------------------------------------------


def image_bytes(mode="RGB", size=(40, 30), fmt="PNG", color=None, **save) -> bytes:
    image = Image.new(mode, size, color if color is not None else 0)
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def noise_png(size) -> bytes:
    """Random pixels, which PNG cannot compress: as many bytes as pixels × 3."""
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def text_with_png_name():
    return "logo.png", b"This is a plain text file, not an image.\n" * 5


def html_with_jpg_name():
    return "logo.jpg", b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def svg():
    return "logo.svg", (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        b'<script>alert(1)</script><rect width="100" height="100"/></svg>'
    )


def gif():
    return "logo.gif", image_bytes("P", fmt="GIF")


def gif_named_png():
    return "logo.png", image_bytes("P", fmt="GIF")


def over_two_megabytes():
    data = noise_png((1000, 800))
    assert len(data) > 2 * 1024 * 1024
    return "big.png", data


def over_25_megapixels():
    # 6000 × 5000 = 30 MP, yet a few kB: one bit per pixel, all zero.
    data = image_bytes("1", (6000, 5000))
    assert len(data) < 100_000
    return "wide.png", data


def decompression_bomb():
    # 12000 × 12000 = 144 MP, more than twice the limit: Pillow refuses to open it.
    data = image_bytes("1", (12000, 12000))
    assert len(data) < 100_000
    return "bomb.png", data


def truncated_png():
    data = noise_png((200, 200))
    return "cut.png", data[: len(data) // 2]


def corrupt_png():
    data = bytearray(noise_png((50, 50)))
    data[100:140] = b"\x00" * 40  # inside the image data: the checksum no longer matches
    return "corrupt.png", bytes(data)


def empty_file():
    return "empty.png", b""


BAD_FILES = {
    text_with_png_name: "not_an_image",
    html_with_jpg_name: "not_an_image",
    svg: "not_an_image",
    gif: "not_an_image",
    gif_named_png: "not_an_image",
    over_two_megabytes: "too_large",
    over_25_megapixels: "too_many_pixels",
    decompression_bomb: "too_many_pixels",
    truncated_png: "damaged",
    corrupt_png: "damaged",
}


def good_png_with_metadata() -> bytes:
    """A 1200 × 600 PNG with transparency, EXIF and a text comment."""
    image = Image.new("RGBA", (1200, 600), (200, 30, 30, 255))
    image.paste((0, 0, 0, 0), (0, 0, 600, 600))  # left half transparent
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x8298] = "Copyright Secret Person"  # Copyright
    info = PngInfo()
    info.add_text("Comment", "SecretComment gps 54.68,25.28")
    out = io.BytesIO()
    image.save(out, "PNG", exif=exif, pnginfo=info)
    data = out.getvalue()
    assert b"SecretCameraMaker" in data and b"SecretComment" in data
    return data


# --- The processing function ------------------------------------------------------------


@pytest.mark.parametrize(
    ("make_file", "code"), BAD_FILES.items(), ids=lambda v: getattr(v, "__name__", v)
)
def test_process_logo_refuses_bad_files(make_file, code):
    name, data = make_file()
    with pytest.raises(ValidationError) as raised:
        process_logo(SimpleUploadedFile(name, data))
    assert raised.value.code == code
    assert stored_files() == []


def test_process_logo_cleans_a_good_image():
    result = process_logo(SimpleUploadedFile("my logo.png", good_png_with_metadata()))

    assert re.fullmatch(r"[0-9a-f]{32}\.webp", result.name)
    data = result.read()
    assert b"Secret" not in data and b"Exif" not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == "WEBP"
    assert image.size == (400, 200)  # fits 400 × 400, proportions kept
    assert image.mode == "RGBA"  # transparency kept
    assert image.getpixel((10, 100))[3] == 0
    assert image.getpixel((390, 100))[3] == 255
    assert not image.getexif()
    assert "exif" not in image.info and "icc_profile" not in image.info
    # Nothing is written by the function itself.
    assert stored_files() == []


def test_process_logo_never_enlarges_and_flattens_opaque_images():
    result = process_logo(SimpleUploadedFile("small.jpg", image_bytes("CMYK", (60, 20), "JPEG")))
    image = Image.open(result)
    assert image.size == (60, 20)
    assert image.mode == "RGB"


def test_process_logo_turns_photos_upright_by_their_exif_orientation():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    data = image_bytes("RGB", (800, 400), "JPEG", exif=exif)
    image = Image.open(process_logo(SimpleUploadedFile("photo.jpg", data)))
    assert image.size == (200, 400)


def test_process_logo_accepts_webp():
    data = image_bytes("RGB", (50, 50), "WEBP", color=(0, 128, 0))
    image = Image.open(process_logo(SimpleUploadedFile("logo.webp", data)))
    assert image.format == "WEBP" and image.size == (50, 50)


def test_two_uploads_of_one_file_get_different_names():
    data = image_bytes()
    first = process_logo(SimpleUploadedFile("logo.png", data))
    second = process_logo(SimpleUploadedFile("logo.png", data))
    assert first.name != second.name


def test_logo_field_allows_empty_and_refuses_empty_files():
    field = LogoField(required=False)
    assert field.clean(None) is None
    with pytest.raises(ValidationError):
        field.clean(SimpleUploadedFile(*empty_file()))


# --- Through the admin --------------------------------------------------------------------


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


@pytest.fixture
def cluster(db):
    return f.make_cluster(name="Logotipų klasteris")


def post_logo(client, obj, name, data):
    url = change_url(obj)
    form = form_data(client.get(url))
    form["logo"] = SimpleUploadedFile(name, data)
    return client.post(url, form)


@pytest.mark.parametrize(
    ("make_file", "code"), BAD_FILES.items(), ids=lambda v: getattr(v, "__name__", v)
)
def test_admin_refuses_bad_logo_and_stores_nothing(admin_client, cluster, make_file, code):
    name, data = make_file()

    response = post_logo(admin_client, cluster, name, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors.as_data()
    assert [error.code for error in errors["logo"]] == [code]
    assert "errorlist" in response.content.decode()
    cluster.refresh_from_db()
    assert not cluster.logo
    assert stored_files() == []


def test_admin_stores_a_good_logo_cleaned_under_a_random_name(admin_client, cluster):
    response = post_logo(admin_client, cluster, "our-logo.png", good_png_with_metadata())

    assert response.status_code == 302, response.context["adminform"].form.errors
    cluster.refresh_from_db()
    assert re.fullmatch(r"logos/clusters/[0-9a-f]{32}\.webp", cluster.logo.name)
    assert stored_files() == [cluster.logo.name]
    with default_storage.open(cluster.logo.name) as stored:
        data = stored.read()
    assert b"Secret" not in data
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("WEBP", (400, 200))


def test_admin_keeps_the_logo_when_the_form_is_saved_without_a_new_file(admin_client, cluster):
    post_logo(admin_client, cluster, "logo.png", image_bytes())
    cluster.refresh_from_db()
    first = cluster.logo.name

    url = change_url(cluster)
    data = form_data(admin_client.get(url))
    data["city_lt"] = "Kaunas"
    assert admin_client.post(url, data).status_code == 302

    cluster.refresh_from_db()
    assert cluster.logo.name == first
    assert cluster.city == "Kaunas"


def test_association_logo_goes_through_the_same_checks(admin_client):
    association = f.make_association(name="Logotipų asociacija")

    refused = post_logo(admin_client, association, *svg())
    assert refused.status_code == 200
    assert "logo" in refused.context["adminform"].form.errors
    assert stored_files() == []

    accepted = post_logo(admin_client, association, "logo.jpg", image_bytes(fmt="JPEG"))
    assert accepted.status_code == 302
    association.refresh_from_db()
    assert re.fullmatch(r"logos/associations/[0-9a-f]{32}\.webp", association.logo.name)


@pytest.mark.parametrize("model", [Cluster, Association])
def test_admin_forms_use_the_logo_field(admin_client, model):
    obj = f.make_cluster() if model is Cluster else f.make_association()
    form = admin_client.get(change_url(obj)).context["adminform"].form
    assert isinstance(form.fields["logo"], LogoField)
    assert form.fields["logo"].widget.attrs["accept"] == "image/png,image/jpeg,image/webp"


def test_an_association_logo_appears_on_its_page_and_card(client, storage):
    from core.images import process_logo
    from tests import factories as f

    association = f.make_association(name="KlasterLT", slug="klasterlt-logo")
    association.logo.save("logo.png", process_logo(io.BytesIO(image_bytes(size=(300, 120)))))
    association.refresh_from_db()
    assert (association.logo_width, association.logo_height) == (300, 120)
    page = client.get(association.get_absolute_url()).content.decode()
    assert f'src="{association.logo.url}" width="300" height="120"' in page
    listing = client.get("/lt/associations/").content.decode()
    assert association.logo.url in listing


# --- Replaced, cleared and deleted logos --------------------------------------------------
# The old file goes once nothing names it: no current record (of any model with a logo) and
# no version in the history. Removal waits for the commit, hence the on-commit fixture.


def store_logo(name: str) -> str:
    """A logo file in the storage, named by no record yet."""
    return default_storage.save(name, io.BytesIO(image_bytes()))


def without_history(obj) -> None:
    """Forget the record's versions (as pruning old history would)."""
    obj.history.all().delete()


def test_a_replaced_logo_goes_when_no_version_names_it(
    admin_client, cluster, django_capture_on_commit_callbacks
):
    old = store_logo("logos/clusters/old.webp")
    type(cluster).objects.filter(pk=cluster.pk).update(logo=old)  # no version written
    with django_capture_on_commit_callbacks(execute=True):
        assert post_logo(admin_client, cluster, "new.png", image_bytes()).status_code == 302
    cluster.refresh_from_db()
    assert stored_files() == [cluster.logo.name]
    assert cluster.logo.name != old
    assert admin_client.get(f"/media/{old}").status_code == 404


def test_a_replaced_logo_stays_while_a_version_names_it(
    admin_client, cluster, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(admin_client, cluster, "first.png", image_bytes())
    cluster.refresh_from_db()
    first = cluster.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(admin_client, cluster, "second.png", image_bytes(color=(200, 0, 0)))
    cluster.refresh_from_db()
    second = cluster.logo.name
    # The first version names the first file: restoring it needs the file.
    assert stored_files() == sorted([first, second])
    with django_capture_on_commit_callbacks(execute=True):
        cluster.history.filter(logo=first).delete()
    assert stored_files() == [second]


def test_a_cleared_logo_goes_when_no_version_names_it(
    admin_client, cluster, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(admin_client, cluster, "logo.png", image_bytes())
        without_history(cluster)
    cluster.refresh_from_db()
    assert stored_files() == [cluster.logo.name]
    url = change_url(cluster)
    data = form_data(admin_client.get(url))
    data["logo-clear"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    cluster.refresh_from_db()
    assert not cluster.logo
    # The version of this save names no file; nothing else names the old one.
    assert stored_files() == []


def test_a_deleted_record_keeps_its_logo_until_its_history_goes(
    cluster, django_capture_on_commit_callbacks
):
    old = store_logo("logos/clusters/kept.webp")
    cluster.logo = old
    cluster.save()
    pk = cluster.pk
    with django_capture_on_commit_callbacks(execute=True):
        cluster.delete()
    # The deletion's version holds the logo, so the record can be restored with it.
    assert stored_files() == [old]
    with django_capture_on_commit_callbacks(execute=True):
        type(cluster).history.filter(id=pk).delete()
    assert stored_files() == []


def test_a_file_another_record_names_is_never_removed(django_capture_on_commit_callbacks):
    shared = store_logo("logos/shared.webp")
    first = f.make_cluster(name="Pirmas klasteris")
    second = f.make_cluster(name="Antras klasteris")
    association = f.make_association(name="Bendra asociacija")
    for obj in (first, second, association):
        type(obj).objects.filter(pk=obj.pk).update(logo=shared)
    with django_capture_on_commit_callbacks(execute=True):
        first.refresh_from_db()
        first.logo = ""
        first.save()
        pk = second.pk
        second.delete()
        type(second).history.filter(id=pk).delete()
    assert stored_files() == [shared]  # the association still shows it
    with django_capture_on_commit_callbacks(execute=True):
        association.refresh_from_db()
        association.logo = ""
        association.save()
        without_history(association)
    assert stored_files() == []


def test_a_failed_save_removes_nothing(cluster, django_capture_on_commit_callbacks):
    old = store_logo("logos/clusters/stays.webp")
    type(cluster).objects.filter(pk=cluster.pk).update(logo=old)
    cluster.refresh_from_db()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        cluster.logo = ""
        cluster.save()
        raise RuntimeError("the save is rolled back")
    assert stored_files() == [old]


def test_an_unchanged_logo_is_kept(cluster, django_capture_on_commit_callbacks):
    old = store_logo("logos/clusters/same.webp")
    type(cluster).objects.filter(pk=cluster.pk).update(logo=old)
    cluster.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        cluster.city = "Kaunas"
        cluster.save()
        without_history(cluster)
    assert stored_files() == [old]
