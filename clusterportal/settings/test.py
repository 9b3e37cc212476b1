"""Settings for the test suite: the shared settings with a fixed key and test-friendly
storage, so that pytest needs no variable from the environment.

Secure cookies and HSTS stay as in production; only the HTTPS redirect is off, because
the test client speaks plain HTTP unless a test asks for HTTPS.
"""

from clusterportal.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG"
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests see every request rendered; tests/test_page_cache.py turns the cache on.
PAGE_CACHE = False
