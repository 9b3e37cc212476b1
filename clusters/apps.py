from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClustersConfig(AppConfig):
    name = "clusters"
    # Its changes make the data cache stale (core.datacache).
    portal_data = True
    verbose_name = _("Clusters")

    def ready(self):
        # Declare this app's access rules and searchable kinds to the base mechanisms.
        from clusters import access, search  # noqa: F401
