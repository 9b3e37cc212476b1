from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "alliance"
    # Its changes make the data cache stale (core.datacache).
    portal_data = True
    verbose_name = _("Alliance")

    def ready(self):
        # Declare this app's access rules and searchable kinds to the base mechanisms.
        from alliance import access, search  # noqa: F401
