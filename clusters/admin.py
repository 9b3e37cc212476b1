from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from clusters.models import Cluster, Label, Sector
from clusters.resources import ClusterResource
from core.admin import (
    PortalAdmin,
    PortalTabularInline,
    PortalTranslationAdmin,
    sources_fieldset,
)
from core.bulk import PortalImportExportMixin


@admin.register(Sector)
class SectorAdmin(PortalTranslationAdmin):
    list_display = ["name_lt", "name_en", "slug", "cluster_count"]
    search_fields = ["name_lt", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_lt",)}
    fields = ["name", "slug"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(cluster_count=Count("clusters"))

    @admin.display(description=_("clusters"), ordering="cluster_count")
    def cluster_count(self, obj):
        return obj.cluster_count


class LabelInline(PortalTabularInline):
    model = Label
    fields = ["level", "awarded_year", "valid_until", "source"]


@admin.register(Cluster)
class ClusterAdmin(PortalImportExportMixin, PortalTranslationAdmin):
    resource_classes = [ClusterResource]
    list_display = [
        # The acronym is searched, not a column: with the publication date the list
        # still fits a 1,280 px window.
        "name",
        "country",
        "city",
        "status",
        "latest_label",
        "completeness",
        "last_verified",
        "is_demo",
        "updated_at",
    ]
    list_filter = [
        "status",
        "life_status",
        ("country", CountryFilter),
        "sectors",
        "labels__level",
        "maturity",
        "is_demo",
    ]
    search_fields = [
        "name_lt",
        "name_en",
        "acronym",
        "slug",
        "city_lt",
        "city_en",
        "coordinator_lt",
        "coordinator_en",
        "other_names",
    ]
    prepopulated_fields = {"slug": ("name_lt",)}
    filter_horizontal = ["sectors"]
    autocomplete_fields = ["merged_into"]
    inlines = [LabelInline]
    fieldsets = [
        (
            _("Identity"),
            {
                "fields": [
                    "name",
                    "acronym",
                    "slug",
                    "country",
                    "city",
                    "region",
                    "founded_year",
                    "coordinator",
                    "maturity",
                    "sectors",
                    "logo",
                ]
            },
        ),
        (
            _("Activity and other names"),
            {"fields": ["life_status", "last_evidence_year", "merged_into", "other_names"]},
        ),
        (_("Description"), {"fields": ["description", "offers", "seeks"]}),
        (_("Contact"), {"fields": ["website", "email", "phone", "eccp_url"]}),
        (
            _("Figures"),
            {
                "fields": [
                    "members_sme",
                    "members_large",
                    "members_research",
                    "members_other",
                    "employees",
                    "figures_year",
                    "figures_source",
                ]
            },
        ),
        sources_fieldset(),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).for_list()

    @admin.display(description=_("latest label"))
    def latest_label(self, obj):
        return obj.latest_label()


@admin.register(Label)
class LabelAdmin(PortalAdmin):
    list_display = ["cluster", "level", "awarded_year", "valid_until", "source"]
    list_filter = ["level", ("cluster__country", CountryFilter), "awarded_year"]
    list_select_related = ["cluster"]
    search_fields = ["cluster__name_lt", "cluster__name_en", "cluster__acronym", "source"]
    autocomplete_fields = ["cluster"]
