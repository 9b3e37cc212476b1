"""Settings for a developer's shell: ``manage.py`` uses them unless told otherwise.

Debug is on unless DJANGO_DEBUG says otherwise, so a missing secret key is tolerated and
HTTPS is not enforced. `make run`, gunicorn (``wsgi.py``) and the container use the
production settings, ``clusterportal.settings.base``.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from clusterportal.settings.base import *  # noqa: E402,F403
