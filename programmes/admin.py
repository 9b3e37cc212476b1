from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.admin import (
    PortalTranslationAdmin,
    PortalTranslationTabularInline,
    sources_fieldset,
)
from core.admin_visibility import hide_unseen
from programmes.models import (
    Action,
    Call,
    CallStatus,
    Participation,
    Programme,
    Project,
    Report,
)


class ActionInline(PortalTranslationTabularInline):
    """A compact list of a programme's actions; the full form is one click away."""

    model = Action
    fields = ["name", "acronym", "slug", "min_partners", "min_countries"]
    prepopulated_fields = {"slug": ("name_lt",)}
    show_change_link = True


@admin.register(Programme)
class ProgrammeAdmin(PortalTranslationAdmin):
    list_display = [
        "name",
        "acronym",
        "start_year",
        "end_year",
        "managing_body",
        "action_count",
        "is_demo",
        "updated_at",
    ]
    list_filter = ["is_demo"]
    search_fields = [
        "name_lt",
        "name_en",
        "acronym",
        "slug",
        "managing_body_lt",
        "managing_body_en",
    ]
    prepopulated_fields = {"slug": ("name_lt",)}
    inlines = [ActionInline]
    fieldsets = [
        (
            _("Identity"),
            {"fields": ["name", "acronym", "slug", "start_year", "end_year"]},
        ),
        (_("Description"), {"fields": ["description"]}),
        (_("Management"), {"fields": ["managing_body", "legal_basis", "link"]}),
        sources_fieldset(moderated=False),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(action_count=Count("actions"))

    @admin.display(description=_("actions"), ordering="action_count")
    def action_count(self, obj):
        return obj.action_count


class CallInline(PortalTranslationTabularInline):
    model = Call
    fields = [
        "identifier",
        "year",
        "published_on",
        "opens",
        "deadline",
        "second_deadline",
        "budget",
    ]
    show_change_link = True


@admin.register(Action)
class ActionAdmin(PortalTranslationAdmin):
    list_display = [
        "name",
        "acronym",
        "programme",
        "generation",
        "min_partners",
        "min_countries",
        "funding_rate",
        "is_demo",
        "updated_at",
    ]
    list_filter = ["generation", "programme", "eligible_area", "is_demo"]
    list_select_related = ["programme"]
    search_fields = [
        "name_lt",
        "name_en",
        "acronym",
        "slug",
        "programme__acronym",
        "programme__name_lt",
        "programme__name_en",
    ]
    prepopulated_fields = {"slug": ("name_lt",)}
    inlines = [CallInline]
    fieldsets = [
        (_("Identity"), {"fields": ["programme", "name", "acronym", "slug", "link"]}),
        (_("Objective"), {"fields": ["objective"]}),
        (
            _("Consortium rule"),
            {
                "fields": [
                    "generation",
                    ("min_partners", "min_countries"),
                    ("min_regions", "min_less_developed_regions"),
                    "eligible_area",
                    "eligible_countries",
                    "lead_rule",
                    "consortium_rule",
                    "rule_unverified",
                ]
            },
        ),
        (_("Funding"), {"fields": ["grant_min", "grant_max", "funding_rate"]}),
        sources_fieldset(moderated=False),
    ]


class CallStatusFilter(admin.SimpleListFilter):
    """A call's status is derived from its dates; this filters by the same rule."""

    title = _("status")
    parameter_name = "status"
    statuses = {
        CallStatus.OPEN: "open",
        CallStatus.UPCOMING: "upcoming",
        CallStatus.CLOSED: "closed",
    }

    def lookups(self, request, model_admin):
        return [(status.value, status.label) for status in self.statuses]

    def queryset(self, request, queryset):
        method = self.statuses.get(self.value())
        return getattr(queryset, method)() if method else queryset


@admin.register(Call)
class CallAdmin(PortalTranslationAdmin):
    list_display = [
        "identifier",
        "action",
        "opens",
        "deadline",
        "call_status",
        "budget",
        "is_demo",
    ]
    list_filter = [CallStatusFilter, "action__programme", "action", "is_demo"]
    list_select_related = ["action"]
    search_fields = [
        "identifier",
        "title_lt",
        "title_en",
        "action__acronym",
        "action__name_lt",
        "action__name_en",
    ]
    date_hierarchy = "deadline"
    fieldsets = [
        (_("Identity"), {"fields": ["action", "identifier", "title", "link"]}),
        (
            _("Dates"),
            {"fields": ["year", "published_on", "opens", "deadline", "second_deadline"]},
        ),
        (_("Funding"), {"fields": ["budget", "max_grant", "expected_projects"]}),
        (_("Note"), {"fields": ["note"]}),
        sources_fieldset(moderated=False),
    ]

    @admin.display(description=_("status"))
    def call_status(self, obj):
        return obj.get_status_display()


class ParticipationInline(PortalTranslationTabularInline):
    """A project's participants: a cluster of the directory, or another organisation."""

    model = Participation
    fields = ["cluster", "organisation", "organisation_country", "role", "note"]
    autocomplete_fields = ["cluster"]

    def get_queryset(self, request):
        # Another association's draft cluster is not named to an editor.
        return hide_unseen(request, super().get_queryset(request), "cluster")


@admin.register(Project)
class ProjectAdmin(PortalTranslationAdmin):
    # The call and the end date are in the form: the list fits a 1,280 px window.
    list_display = [
        "title",
        "acronym",
        "action",
        "start_date",
        "participant_count",
        "status",
        "is_demo",
        "updated_at",
    ]
    list_filter = ["status", "action__programme", "action", "is_demo"]
    list_select_related = ["action"]
    search_fields = [
        "title_lt",
        "title_en",
        "acronym",
        "slug",
        "grant_agreement",
        "project_number",
    ]
    prepopulated_fields = {"slug": ("acronym",)}
    inlines = [ParticipationInline]
    fieldsets = [
        (_("Identity"), {"fields": ["title", "acronym", "slug"]}),
        (
            _("Funding"),
            {
                "fields": [
                    "action",
                    "call",
                    "call_inferred",
                    "grant_agreement",
                    "project_number",
                    "budget_total",
                    "eu_contribution",
                ]
            },
        ),
        (
            _("Dates"),
            {"fields": ["start_date", "end_date", "date_precision", "duration_months"]},
        ),
        (_("Description"), {"fields": ["description"]}),
        (_("Links"), {"fields": ["website", "eccp_url"]}),
        sources_fieldset(),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(participant_count=Count("participations"))

    @admin.display(description=_("participants"), ordering="participant_count")
    def participant_count(self, obj):
        return obj.participant_count


class ParticipantCountryFilter(admin.SimpleListFilter):
    """The participant's country: the cluster's, or the other organisation's."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        participations = model_admin.get_queryset(request)
        codes = set(participations.values_list("cluster__country", flat=True))
        codes |= set(participations.values_list("organisation_country", flat=True))
        return [(code, name) for code, name in countries if code in codes]

    def queryset(self, request, queryset):
        code = self.value()
        if not code:
            return queryset
        return queryset.filter(Q(cluster__country=code) | Q(organisation_country=code))


@admin.register(Participation)
class ParticipationAdmin(PortalTranslationAdmin):
    list_display = ["project", "participant", "participant_country", "role"]
    list_filter = ["role", ParticipantCountryFilter, "project__action__programme"]
    list_select_related = ["project", "cluster"]
    search_fields = [
        "project__title_lt",
        "project__title_en",
        "project__acronym",
        "cluster__name_lt",
        "cluster__name_en",
        "cluster__acronym",
        "organisation_lt",
        "organisation_en",
    ]
    autocomplete_fields = ["project", "cluster"]

    def get_queryset(self, request):
        # Another association's draft cluster is not named to an editor.
        return hide_unseen(request, super().get_queryset(request), "cluster")

    @admin.display(description=_("participant"))
    def participant(self, obj):
        return obj.participant_name

    @admin.display(description=_("country"))
    def participant_country(self, obj):
        return obj.country.name


@admin.register(Report)
class ReportAdmin(PortalTranslationAdmin):
    list_display = ["title", "code", "publisher", "year", "is_demo", "updated_at"]
    list_filter = ["year", "actions__programme", "is_demo"]
    search_fields = ["title_lt", "title_en", "slug", "code", "publisher"]
    prepopulated_fields = {"slug": ("title_lt",)}
    filter_horizontal = ["actions"]
    fieldsets = [
        (_("Identity"), {"fields": ["title", "slug", "code", "publisher", "year", "link"]}),
        (_("Description"), {"fields": ["description"]}),
        (_("Related actions"), {"fields": ["actions"]}),
        sources_fieldset(moderated=False),
    ]
