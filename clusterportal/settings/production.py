"""Production settings: what gunicorn (``wsgi.py``), the container, `make run` and the
benchmark use.

The shared settings as they are, plus a secret key judged strictly: start-up fails
without a random key of at least 50 characters. Debug is never on here; DJANGO_DEBUG
belongs to ``clusterportal.settings.dev``, and setting it here is refused rather than
ignored, so that nobody believes a production server runs with debug.
"""

from django.core.exceptions import ImproperlyConfigured

from clusterportal.env import env_bool, secret_key
from clusterportal.settings.base import *  # noqa: F403

if env_bool("DJANGO_DEBUG", default=False):
    raise ImproperlyConfigured(
        "DJANGO_DEBUG is set, but production never runs with debug: "
        "use DJANGO_SETTINGS_MODULE=clusterportal.settings.dev on a developer's machine."
    )
SECRET_KEY = secret_key("DJANGO_SECRET_KEY", strict=True)
