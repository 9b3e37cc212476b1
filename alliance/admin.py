from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.filters import CountryFilter

from alliance.models import (
    Association,
    AssociationFigure,
    Editor,
    Event,
    Membership,
    MembershipRequest,
)
from alliance.resources import EventResource, MemberClusterResource
from clusters.admin import ClusterAdmin
from clusters.models import Cluster
from core import access
from core.admin import (
    PortalAdmin,
    PortalTabularInline,
    PortalTranslationAdmin,
    PortalTranslationTabularInline,
    sources_fieldset,
)
from core.bulk import PortalImportExportMixin


class ClusterMembershipInline(PortalTabularInline):
    """On a cluster's page: the associations it belongs to."""

    model = Membership
    fields = ["association", "founding_member", "since_year", "source"]
    autocomplete_fields = ["association"]
    verbose_name = _("association membership")
    verbose_name_plural = _("association memberships")


class AssociationMembershipInline(PortalTabularInline):
    """On an association's page: its member clusters."""

    model = Membership
    fields = ["cluster", "founding_member", "since_year", "source"]
    autocomplete_fields = ["cluster"]
    verbose_name = _("member cluster")
    verbose_name_plural = _("member clusters")


class AssociationFigureInline(PortalTranslationTabularInline):
    model = AssociationFigure
    fields = [
        "kind",
        "value",
        "qualifier",
        "as_of_year",
        "source_kind",
        "source",
        "verified",
        "note",
    ]


# A membership and a request to become one are found by either side's names.
MEMBERSHIP_SEARCH_FIELDS = [
    "cluster__name_lt",
    "cluster__name_en",
    "cluster__acronym",
    "association__name_lt",
    "association__name_en",
    "association__acronym",
]


# The cluster form also edits the cluster's memberships. Apps depend downward only
# (clusters may not import alliance), so this app extends the cluster admin.
admin.site.unregister(Cluster)


@admin.register(Cluster)
class ClusterWithMembershipsAdmin(ClusterAdmin):
    # Imports and exports limited to the editor's association.
    resource_classes = [MemberClusterResource]
    inlines = [*ClusterAdmin.inlines, ClusterMembershipInline]
    list_filter = [*ClusterAdmin.list_filter, "associations"]


@admin.register(Association)
class AssociationAdmin(PortalTranslationAdmin):
    # The acronym and the year of joining the Alliance are in the form: the list fits
    # a 1,280 px window.
    list_display = [
        "name",
        "kind",
        "country",
        "eca_member",
        "member_count",
        "status",
        "completeness",
        "last_verified",
        "is_demo",
        "updated_at",
    ]
    list_filter = [
        "status",
        "kind",
        "eca_member",
        ("country", CountryFilter),
        "sectors",
        "is_demo",
    ]
    search_fields = ["name_lt", "name_en", "acronym", "slug", "city"]
    prepopulated_fields = {"slug": ("name_lt",)}
    filter_horizontal = ["sectors"]
    inlines = [AssociationMembershipInline, AssociationFigureInline]
    fieldsets = [
        (
            _("Identity"),
            {
                "fields": [
                    "name",
                    "acronym",
                    "slug",
                    "kind",
                    "country",
                    "city",
                    "founded_year",
                    "sectors",
                    "logo",
                ]
            },
        ),
        (_("Description"), {"fields": ["description"]}),
        (
            _("European Clusters Alliance"),
            {"fields": ["eca_member", "eca_member_since", "eca_role"]},
        ),
        (_("Links"), {"fields": ["website", "eccp_url"]}),
        sources_fieldset(),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .for_list()
            .annotate(member_count=Count("memberships", distinct=True))
        )

    @admin.display(description=_("member clusters"), ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


@admin.register(Membership)
class MembershipAdmin(PortalAdmin):
    list_display = ["cluster", "association", "founding_member", "since_year", "source"]
    list_filter = [
        "association",
        "founding_member",
        ("cluster__country", CountryFilter),
    ]
    list_select_related = ["cluster", "association"]
    search_fields = MEMBERSHIP_SEARCH_FIELDS
    autocomplete_fields = ["cluster", "association"]


@admin.register(AssociationFigure)
class AssociationFigureAdmin(PortalTranslationAdmin):
    list_display = [
        "association",
        "kind",
        "value",
        "qualifier",
        "as_of_year",
        "source_kind",
        "verified",
    ]
    list_filter = ["kind", "source_kind", "verified", "association"]
    list_select_related = ["association"]
    search_fields = [
        "association__name_lt",
        "association__name_en",
        "association__acronym",
        "source",
        "note_lt",
        "note_en",
    ]
    autocomplete_fields = ["association"]


class EventTimingFilter(admin.SimpleListFilter):
    """Upcoming or past, by the same rule as the public events page."""

    title = _("timing")
    parameter_name = "timing"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.upcoming()
        if self.value() == "past":
            return queryset.past()
        return queryset


@admin.register(Event)
class EventAdmin(PortalImportExportMixin, PortalTranslationAdmin):
    resource_classes = [EventResource]
    # The end date and the city are in the form: with the publication date the list fits
    # a 1,280 px window.
    list_display = [
        "title",
        "kind",
        "start_date",
        "country",
        "organiser",
        "status",
        "is_demo",
        "updated_at",
    ]
    list_filter = [
        EventTimingFilter,
        "kind",
        "status",
        ("country", CountryFilter),
        "organiser",
        "is_demo",
    ]
    list_select_related = ["organiser"]
    search_fields = [
        "title_lt",
        "title_en",
        "slug",
        "city",
        "organiser_name",
        "organiser__name_lt",
        "organiser__name_en",
        "organiser__acronym",
    ]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title_lt",)}
    autocomplete_fields = ["organiser", "clusters"]
    fieldsets = [
        (_("Identity"), {"fields": ["title", "slug", "kind", "link"]}),
        (_("Description"), {"fields": ["description"]}),
        (
            _("Date and place"),
            {
                "fields": [
                    "start_date",
                    "end_date",
                    "date_precision",
                    "date_note",
                    "city",
                    "country",
                ]
            },
        ),
        (_("Organiser and participants"), {"fields": ["organiser", "organiser_name", "clusters"]}),
        sources_fieldset(),
    ]


@admin.register(Editor)
class EditorAdmin(PortalAdmin):
    list_display = ["user", "association"]
    list_filter = ["association"]
    list_select_related = ["user", "association"]
    search_fields = [
        "user__username",
        "user__email",
        "association__name_lt",
        "association__name_en",
        "association__acronym",
    ]
    autocomplete_fields = ["user", "association"]


def _field_of(list_filter) -> str | None:
    """The field a ``list_filter`` entry filters by (a name, or a (name, class) pair)."""
    if isinstance(list_filter, str):
        return list_filter
    if isinstance(list_filter, tuple):
        return list_filter[0]
    return None


def _decide(modeladmin, request, queryset, decide, done_message) -> None:
    """Decide the pending requests of ``queryset`` (portal editors and superusers only)."""
    if not access.for_user(request.user).can_publish:
        raise PermissionDenied
    decided = 0
    pending = queryset.pending().select_related("association", "cluster")
    for membership_request in pending:
        decide(membership_request, request.user)
        decided += 1
    if decided:
        modeladmin.message_user(request, done_message(decided), messages.SUCCESS)
    else:
        modeladmin.message_user(request, _("No pending request was selected."), messages.WARNING)


@admin.action(description=_("Approve: add the clusters to the associations"))
def approve_requests(modeladmin, request, queryset):
    _decide(
        modeladmin,
        request,
        queryset,
        MembershipRequest.approve,
        lambda n: (
            ngettext(
                "%(count)d request approved: the cluster is now listed among the association's "
                "members.",
                "%(count)d requests approved: the clusters are now listed among the associations' "
                "members.",
                n,
            )
            % {"count": n}
        ),
    )


@admin.action(description=_("Decline"))
def decline_requests(modeladmin, request, queryset):
    _decide(
        modeladmin,
        request,
        queryset,
        MembershipRequest.decline,
        lambda n: (
            ngettext("%(count)d request declined.", "%(count)d requests declined.", n)
            % {"count": n}
        ),
    )


@admin.register(MembershipRequest)
class MembershipRequestAdmin(PortalAdmin):
    """Editors ask to add an existing cluster to their association; portal editors decide.

    What an editor may pick and see follows the access rule (``alliance.access``): their
    own association, and published clusters that are not yet its members.
    """

    # Who asked and who decided are on the request's page; the list fits a laptop's width.
    list_display = ["cluster", "association", "status", "created_at", "decided_at"]
    list_filter = ["status", "association"]
    list_select_related = ["cluster", "association", "requested_by", "decided_by"]
    search_fields = MEMBERSHIP_SEARCH_FIELDS
    autocomplete_fields = ["association", "cluster"]
    fields = [
        "association",
        "cluster",
        "note",
        "status",
        "requested_by",
        "created_at",
        "decided_by",
        "decided_at",
    ]
    actions = [approve_requests, decline_requests]

    def get_list_display(self, request):
        columns = super().get_list_display(request)
        if access.for_user(request.user).association_id is not None:
            # An editor's requests are all for their own association.
            columns = [name for name in columns if name != "association"]
        return columns

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if access.for_user(request.user).association_id is not None:
            filters = [item for item in filters if _field_of(item) != "association"]
        return filters

    def get_fields(self, request, obj=None):
        if obj is None:
            # What is asked; who asked and what was decided come once it exists.
            return ["association", "cluster", "note"]
        return super().get_fields(request, obj)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        # A request is about records that exist: no "add", "change" or "view" shortcuts
        # (an editor may not open a cluster that is not theirs yet).
        widget = getattr(formfield, "widget", None)
        for name in ("can_add_related", "can_change_related", "can_view_related"):
            if hasattr(widget, name):
                setattr(widget, name, False)
        return formfield

    def get_readonly_fields(self, request, obj=None):
        readonly = ["status", "requested_by", "decided_by", "decided_at"]
        if obj is not None:
            # A request is about one pair; another pair is another request.
            readonly += ["association", "cluster"]
            if not obj.is_pending:
                readonly.append("note")
        return [*readonly, *super().get_readonly_fields(request, obj)]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        association = access.for_user(request.user).association_id
        if association is not None:
            initial.setdefault("association", association)
        return initial

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not access.for_user(request.user).can_publish:
            for name in ("approve_requests", "decline_requests"):
                actions.pop(name, None)
        return actions

    def save_model(self, request, obj, form, change):
        if not change:
            obj.requested_by = request.user
        super().save_model(request, obj, form, change)
