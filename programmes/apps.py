from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    # Its changes make the data cache stale (core.datacache).
    portal_data = True
    verbose_name = _("Programmes")
