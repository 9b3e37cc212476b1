from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    # Its changes make the data cache stale (core.datacache).
    portal_data = True
    verbose_name = _("Programmes")

    def ready(self):
        # Declare this app's access rules and searchable kinds to the base mechanisms.
        from programmes import access, search  # noqa: F401
