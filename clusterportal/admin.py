"""What every admin page of the portal shares: the site's titles and the base classes.

Every model admin and inline of the three apps derives from ``PortalAdminMixin`` (through
the classes below), so a rule that must hold for all of them is written once, here. The
per-association access rule for editors belongs here: override ``get_queryset`` and the
``has_*_permission`` methods of ``PortalAdminMixin``; every admin that narrows its
queryset does so by calling ``super().get_queryset(request)`` and so keeps the rule.

Translated fields are edited side by side (``name [lt]``, ``name [en]``) through
django-modeltranslation's plain admin classes. The "tabbed" variants are not used: they
need inline JavaScript and a CDN, which the Content-Security-Policy forbids.
"""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

admin.site.site_header = _("Cluster portal — administration")
admin.site.site_title = _("Cluster portal administration")
admin.site.index_title = _("Portal data")

# Kept by the database, shown to editors but never edited.
TIMESTAMP_FIELDS = ("created_at", "updated_at")


def sources_fieldset(*, moderated: bool = True) -> tuple:
    """The last fieldset of every sourced record: where its facts come from, and its state.

    ``moderated`` adds the publication status and the date of the last check, which only
    content kept by association staff has (``ContentModel``).
    """
    fields = ("status", "last_verified") if moderated else ()
    fields += ("sources", "is_demo", *TIMESTAMP_FIELDS)
    return (_("Sources and moderation"), {"fields": fields})


class PortalAdminMixin:
    """Shared by every model admin and inline of the portal (see the module docstring)."""

    # A web address typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        own_fields = {field.name for field in self.model._meta.get_fields()}
        readonly += [
            name for name in TIMESTAMP_FIELDS if name in own_fields and name not in readonly
        ]
        return readonly


class PortalAdmin(PortalAdminMixin, admin.ModelAdmin):
    """For models without translated fields."""


class PortalTranslationAdmin(PortalAdminMixin, TranslationAdmin):
    """For models registered with modeltranslation: one form field per language."""


class PortalTabularInline(PortalAdminMixin, admin.TabularInline):
    extra = 0


class PortalTranslationTabularInline(PortalAdminMixin, TranslationTabularInline):
    extra = 0
