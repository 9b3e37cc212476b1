"""Logo uploads: decode untrusted images safely, refuse anything else, store a clean copy.

Editors upload logos in the admin. A file is only ever trusted after Pillow has decoded it
as one of a few raster formats, within a byte and pixel budget; what is stored is a
re-encoded copy (no metadata, the size the site shows) under a random name, so nothing an
uploader chose (name, format, EXIF, embedded scripts) reaches the storage or the public.

The model fields stay plain ``ImageField`` s: the checks live in the form field
``LogoField``, so no migration is needed and any form (admin or not) can use it.
"""

import contextlib
import functools
import io
import uuid
import warnings

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.db import models, transaction
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# What a logo upload may be.
ACCEPTED_FORMATS = ("PNG", "JPEG", "WEBP")
ACCEPTED_CONTENT_TYPES = "image/png,image/jpeg,image/webp"
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
# Cluster and association pages never show a logo larger than this.
LOGO_BOX = (400, 400)

# Pillow refuses (DecompressionBombError) anything over twice this and warns over it; the
# warning is turned into an error below. Set for the whole process: no other code here
# decodes larger images.
Image.MAX_IMAGE_PIXELS = MAX_LOGO_PIXELS


NOT_AN_IMAGE = _(
    "Upload a PNG, JPEG or WebP image. The file you chose is not one of these "
    "(SVG, GIF and other formats are not accepted) or it is damaged."
)


def process_logo(
    upload,
    *,
    max_bytes: int = MAX_LOGO_BYTES,
    max_pixels: int = MAX_LOGO_PIXELS,
    box: tuple[int, int] = LOGO_BOX,
) -> ContentFile:
    """Check an uploaded logo and return a clean, re-encoded copy ready to be stored.

    ``upload`` is a file-like object (an ``UploadedFile`` in a form). It is accepted only
    when its *content* decodes as PNG, JPEG or WebP (the file name and the browser's
    content type are ignored), it is at most ``max_bytes`` long and its dimensions give
    at most ``max_pixels`` pixels. Otherwise ``ValidationError`` is raised with one of
    the codes ``too_large``, ``too_many_pixels``, ``not_an_image`` or ``damaged``.

    The copy returned is a WebP image: the first frame only, turned upright as its EXIF
    orientation says, converted to RGB (RGBA when the original has transparency), shrunk
    to fit within ``box`` (never enlarged), without any metadata (EXIF, XMP, ICC,
    comments). Its name is a random UUID with the ``.webp`` extension; the model field's
    ``upload_to`` folder is added when it is saved. Nothing is written anywhere: storing
    the copy is the caller's business (the model field does it on save).
    """
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise _too_large(max_bytes)
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(max_bytes)

    with warnings.catch_warnings():
        # Over MAX_IMAGE_PIXELS Pillow only warns; make that an error like the bomb one.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = _decode(data, max_pixels)
            clean = _normalise(image, box)
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except UnidentifiedImageError:
            raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from None
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as error:
            # Truncated or corrupt data, or a mode Pillow cannot convert.
            raise ValidationError(
                _("The image could not be read: it seems damaged or incomplete."),
                code="damaged",
            ) from error

    out = io.BytesIO()
    clean.save(out, format="WEBP", quality=90, method=4)
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.webp")


def _too_large(max_bytes: int) -> ValidationError:
    return ValidationError(
        _("The file is too large: a logo may be at most %(limit)s MB."),
        code="too_large",
        params={"limit": f"{max_bytes / (1024 * 1024):g}"},
    )


def _too_many_pixels(max_pixels: int) -> ValidationError:
    return ValidationError(
        _("The image has too many pixels: at most %(limit)s megapixels are accepted."),
        code="too_many_pixels",
        params={"limit": f"{max_pixels / 1_000_000:g}"},
    )


def _decode(data: bytes, max_pixels: int) -> Image.Image:
    """Open ``data`` as an accepted format, verify it, then decode it fully."""
    # Only the accepted plugins are tried, so other decoders never see the bytes.
    with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as probe:
        width, height = probe.size
        if width < 1 or height < 1:
            raise ValidationError(NOT_AN_IMAGE, code="not_an_image")
        if width * height > max_pixels:
            raise _too_many_pixels(max_pixels)
        # Checks the structure (chunk checksums for PNG) without decoding pixels.
        probe.verify()
    # verify() leaves the image unusable: open again and decode every pixel, so that
    # truncated data fails here and not later.
    image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    image.load()
    return image


def _has_transparency(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _normalise(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """Upright, RGB(A), fitted within ``box``, and stripped of every metadata."""
    image.seek(0)  # animated PNG/WebP: the first frame
    # Unreadable EXIF: keep the pixels as stored rather than refuse the logo.
    with contextlib.suppress(ValueError, TypeError, KeyError, SyntaxError):
        image = ImageOps.exif_transpose(image)
    mode = "RGBA" if _has_transparency(image) else "RGB"
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # Deep greyscale: scale to 8 bits first (Pillow has no direct RGB conversion).
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    image = image.convert(mode)
    image.thumbnail(box, Image.Resampling.LANCZOS)
    # A fresh image from the pixels alone: no info dict, no EXIF, XMP, ICC or comments.
    return Image.frombytes(image.mode, image.size, image.tobytes())


def _help_text() -> str:
    return _(
        "PNG, JPEG or WebP, at most %(mb)s MB and %(mp)s megapixels. It is stored as WebP, "
        "reduced to fit %(width)s×%(height)s pixels, without metadata."
    ) % {
        "mb": f"{MAX_LOGO_BYTES / (1024 * 1024):g}",
        "mp": f"{MAX_LOGO_PIXELS / 1_000_000:g}",
        "width": LOGO_BOX[0],
        "height": LOGO_BOX[1],
    }


# Translated when shown, not when the form class is defined.
_logo_help_text = lazy(_help_text, str)


class LogoField(forms.FileField):
    """A form field for a logo: cleans to the re-encoded copy made by ``process_logo``.

    Use it in place of the ``forms.ImageField`` a model's ``ImageField`` gets by default.
    A bad upload gives a form error and the model (so the storage) is never touched.
    """

    def __init__(self, **kwargs):
        # A model field passes its own (usually empty) help text.
        if not kwargs.get("help_text"):
            kwargs["help_text"] = _logo_help_text()
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", ACCEPTED_CONTENT_TYPES)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return process_logo(upload)


class LogoImageField(models.ImageField):
    """An ImageField that stores the logo's pixel size when a logo is assigned.

    Django's own ImageField also fills the size fields whenever a record with an empty
    size is loaded, by opening the file; a record whose file is missing would then fail
    to load at all. Here the size is read only when a new file is assigned (a form's
    upload, a restore), and a file that cannot be read leaves the size empty.
    """

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        if not force or self.attname not in instance.__dict__:
            return
        assigned = instance.__dict__[self.attname]
        width = height = None
        if assigned is not None and assigned != "":
            # A file being saved (possibly nameless) is read as it is; a stored name
            # through the storage.
            source = assigned if hasattr(assigned, "read") else getattr(instance, self.attname)
            with contextlib.suppress(OSError, ValueError, TypeError):
                width, height = get_image_dimensions(source)
        if self.width_field:
            setattr(instance, self.width_field, width)
        if self.height_field:
            setattr(instance, self.height_field, height)


def logo_fields(upload_to: str):
    """A model's ``logo`` with the ``logo_width`` and ``logo_height`` stored beside it:
    ``logo, logo_width, logo_height = logo_fields("logos/clusters/")``."""
    size = {"null": True, "blank": True, "editable": False}
    return (
        LogoImageField(
            _("logo"),
            upload_to=upload_to,
            blank=True,
            width_field="logo_width",
            height_field="logo_height",
        ),
        models.PositiveIntegerField(_("logo width"), **size),
        models.PositiveIntegerField(_("logo height"), **size),
    )


# --- Replaced and removed logo files ------------------------------------------------------
#
# A logo's file is public for as long as it stays in the storage (``/media/…``). When a
# record's logo is replaced or cleared, or the record is deleted, its old file is removed
# once the change is committed, unless some row still names it: a current record (of any
# model with a logo field) or a version in the history (django-simple-history copies the
# file's name into every historical row, and restoring a version needs the file). When
# history rows are deleted (pruned), each file they named and nothing else still names is
# removed too. Models are found by their ``LogoImageField`` s, so no app is named here.


@functools.cache
def _logo_attnames(model) -> tuple[str, ...]:
    """The columns of ``model``'s logo fields; for a historical model, those of the model
    whose versions it holds (its copies of the fields are plain text columns)."""
    recorded = getattr(model, "instance_type", None)
    if recorded is not None and recorded is not model:
        return _logo_attnames(recorded)
    return tuple(
        field.attname for field in model._meta.concrete_fields if isinstance(field, LogoImageField)
    )


@functools.cache
def _name_holders() -> tuple[tuple[type[models.Model], str], ...]:
    """Every (model, column) that may hold a logo file's name: the logo fields of every
    model, and their copies in the models' version histories."""
    holders = []
    for model in apps.get_models():
        if getattr(model, "instance_type", None) is not None:
            continue  # a historical model: added with the model it records
        for attname in _logo_attnames(model):
            holders.append((model, attname))
            manager = getattr(model._meta, "simple_history_manager_attribute", None)
            if manager:
                holders.append((getattr(model, manager).model, attname))
    return tuple(holders)


def _file_name(value) -> str:
    return (getattr(value, "name", value) if value else "") or ""


def logo_in_use(name: str) -> bool:
    """True when any current record or any version in the history names the file."""
    return any(
        model._base_manager.filter(**{attname: name}).exists()
        for model, attname in _name_holders()
    )


def discard_unused_logo(storage, name: str) -> bool:
    """Remove the stored file ``name`` unless a record or a version still names it.
    True when it was removed. A file already gone is not an error."""
    if not name or logo_in_use(name):
        return False
    with contextlib.suppress(FileNotFoundError):
        storage.delete(name)
    return True


def _storage(model, attname):
    recorded = getattr(model, "instance_type", None) or model
    return next(
        field.storage for field in recorded._meta.concrete_fields if field.attname == attname
    )


def _discard_later(model, attname: str, name: str) -> None:
    # After the commit: a save that fails leaves the old file where it was, and the
    # check sees the rows as they end up (the history row of this save included).
    if name:
        storage = _storage(model, attname)
        transaction.on_commit(lambda: discard_unused_logo(storage, name))


def remember_logos(sender, instance, raw=False, **kwargs) -> None:
    """pre_save: note the logo file names the record has in the database."""
    attnames = _logo_attnames(sender)
    if not attnames or raw or instance._state.adding or instance.pk is None:
        return
    if getattr(sender, "instance_type", None) is not None:
        return  # a version being written names only what its record names
    stored = sender._base_manager.filter(pk=instance.pk).values(*attnames).first() or {}
    instance._stored_logos = stored


def discard_replaced_logos(sender, instance, raw=False, **kwargs) -> None:
    """post_save: a logo replaced or cleared leaves its old file to be removed."""
    stored = instance.__dict__.pop("_stored_logos", None)
    if not stored or raw:
        return
    for attname, old in stored.items():
        if old and old != _file_name(getattr(instance, attname)):
            _discard_later(sender, attname, old)


def discard_deleted_logos(sender, instance, **kwargs) -> None:
    """post_delete of a record or of a version: its files, if nothing else names them."""
    for attname in _logo_attnames(sender):
        _discard_later(sender, attname, _file_name(instance.__dict__.get(attname)))
