"""The file of an import between its preview and its confirmation.

Contract:

- A preview's file waits under a random name of our own (32 hex digits), in a folder of
  its own (``PORTAL_IMPORT_PREVIEW_DIR``) or in the shared cache; no other name is ever
  opened, so a forged name cannot reach another file of the server.
- The confirmation form carries a signed token, never the bare name: the signature binds
  the name, the file's format and resource to the user and the session that made the
  preview, and expires after ``PORTAL_IMPORT_PREVIEW_MINUTES``. Anything else is refused
  before a file is read or removed.
- A preview's file is removed when it is confirmed, cancelled or cannot be confirmed (a
  file with errors), and at the latest when it expires: every new preview sweeps the
  folder of expired files; the cache forgets them by itself.
"""

import contextlib
import os
import re
import time
from pathlib import Path
from uuid import uuid4

from django.conf import settings
from django.core import signing
from django.utils.crypto import salted_hmac
from import_export.tmp_storages import CacheStorage, TempFolderStorage

NAME = re.compile(r"[0-9a-f]{32}")


class ImportFileGone(Exception):
    """The file waiting between an import's preview and its confirmation is not there."""


def max_age() -> int:
    """How long a preview waits for its confirmation, in seconds."""
    return settings.PORTAL_IMPORT_PREVIEW_MINUTES * 60


class PreviewFolderStorage(TempFolderStorage):
    """Previews as files named by us in their own folder; expired ones swept on save."""

    def save(self, data):
        folder = self.folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.sweep(folder)
        self.name = uuid4().hex
        with open(self.get_full_path(), "wb") as file:
            file.write(data)

    def read(self):
        try:
            return super().read()
        except (OSError, UnicodeDecodeError):
            raise ImportFileGone from None

    def remove(self):
        # Already gone when confirmed twice, or swept.
        with contextlib.suppress(OSError):
            os.remove(self.get_full_path())

    def get_full_path(self):
        if not NAME.fullmatch(self.name or ""):
            raise ImportFileGone
        return str(self.folder() / self.name)

    @staticmethod
    def folder() -> Path:
        return Path(settings.PORTAL_IMPORT_PREVIEW_DIR)

    @staticmethod
    def sweep(folder: Path) -> None:
        """Remove the previews that can no longer be confirmed."""
        oldest = time.time() - max_age()
        for path in folder.iterdir():
            try:
                if NAME.fullmatch(path.name) and path.stat().st_mtime < oldest:
                    path.unlink()
            except OSError:
                pass  # removed by another worker meanwhile


class PreviewCacheStorage(CacheStorage):
    """Previews in the shared cache, forgotten when they expire."""

    CACHE_PREFIX = "import-preview-"

    def save(self, data):
        self.name = uuid4().hex
        self.CACHE_LIFETIME = max_age()
        super().save(data)

    def read(self):
        if not NAME.fullmatch(self.name or ""):
            raise ImportFileGone
        data = super().read()
        if data is None:
            raise ImportFileGone
        return data


def preview_storage_class(library_class):
    """Our preview storage for the kind the library is configured with (folder or cache)."""
    if issubclass(library_class, CacheStorage):
        return PreviewCacheStorage
    return PreviewFolderStorage


def _salt(request) -> str:
    # The session key itself never appears in the page: only a keyed hash of it.
    session = salted_hmac("core.import_files.session", request.session.session_key or "")
    return f"core.import_files.preview:{request.user.pk}:{session.hexdigest()}"


def sign_preview(request, *, name: str, file_format: str, resource: str) -> str:
    """The token a preview page gives its confirmation form."""
    return signing.dumps(
        {"name": name, "format": file_format, "resource": resource}, salt=_salt(request)
    )


def unsign_preview(request, token: str) -> dict | None:
    """The preview named by ``token`` if this user's session made it and it has not expired.

    Returns ``{"name", "format", "resource"}``, or ``None`` for anything else (forged,
    another user's or session's, expired).
    """
    try:
        preview = signing.loads(token, salt=_salt(request), max_age=max_age())
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(preview, dict) or not NAME.fullmatch(str(preview.get("name", ""))):
        return None
    return preview
