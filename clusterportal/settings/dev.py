"""Settings for a developer's shell: ``manage.py`` uses them unless told otherwise.

Debug is on unless DJANGO_DEBUG=0, a missing or weak secret key is tolerated (a fixed
development key stands in), and HTTPS is not enforced: ``runserver`` speaks plain HTTP.
"""

from clusterportal.env import env_bool, secret_key
from clusterportal.settings.base import *  # noqa: F403

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = secret_key("DJANGO_SECRET_KEY", strict=False)
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
