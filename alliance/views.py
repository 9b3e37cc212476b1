from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from alliance.filters import AssociationFilter, EventFilter
from alliance.models import (
    Association,
    AssociationKind,
    Event,
    EventKind,
    FigureKind,
    FigureSourceKind,
)
from clusters.models import Cluster
from core import jsonld
from core.listing import (
    DATE_PRECISION_COLUMN,
    ExportableListMixin,
    ExportColumn,
    FilteredListView,
    record_columns,
    translated,
)

# A profile shows this many member clusters; the directory, filtered, shows them all.
MEMBERS_SHOWN = 24
EVENTS_SHOWN = 20


class AssociationListView(ExportableListMixin, FilteredListView):
    template_name = "alliance/association_list.html"
    filterset_class = AssociationFilter
    # The member count of every association is a grouped join over all memberships: the
    # total and each page's ids come from the data cache, so a request counts the
    # members of its page's associations only.
    cache_count = True
    export_name = "associations"
    export_columns = [
        ExportColumn("slug", "slug", _("Identifier of the association on this portal.")),
        ExportColumn("name", "name", _("Name.")),
        ExportColumn("acronym", "acronym", _("Acronym or short name.")),
        ExportColumn("kind", "kind", _("Kind."), choices=AssociationKind.choices),
        ExportColumn("country", "country", _("Country: ISO 3166-1 alpha-2 code.")),
        ExportColumn("city", "city", _("City.")),
        ExportColumn("website", "website", _("Website.")),
        ExportColumn("founded_year", "founded_year", _("Year founded.")),
        ExportColumn(
            "eca_member", "eca_member", _("True for members of the European Clusters Alliance.")
        ),
        ExportColumn("eca_member_since", "eca_member_since", _("Year it joined the Alliance.")),
        ExportColumn(
            "member_count", "member_count", _("Member clusters published on this portal.")
        ),
        ExportColumn("sectors", "sectors", _("Sectors.")),
        *record_columns(),
    ]

    def get_base_queryset(self):
        return (
            Association.objects.published()
            .for_list()
            .with_member_count()
            .order_by("-eca_member", translated("name"), "pk")
        )


def figure_rows(figures) -> list[dict]:
    """The declared figures, one row per kind: the talk's and public sources' side by side."""
    rows = {}
    for figure in figures:
        row = rows.setdefault(
            figure.kind, {"kind": figure.get_kind_display(), "talk": [], "public": []}
        )
        row["talk" if figure.source_kind == FigureSourceKind.TALK else "public"].append(figure)
    order = list(FigureKind.values)
    result = []
    for kind in sorted(rows, key=order.index):
        row = rows[kind]
        talk_values = {(f.value, f.qualifier) for f in row["talk"]}
        public_values = {(f.value, f.qualifier) for f in row["public"]}
        row["differs"] = bool(talk_values and public_values and talk_values != public_values)
        result.append(row)
    return result


class AssociationDetailView(DetailView):
    template_name = "alliance/association_detail.html"

    def get_queryset(self):
        return Association.objects.published().prefetch_related("figures", "sectors")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        association = self.object
        members = Cluster.objects.published().filter(memberships__association=association)
        context["members"] = members.for_list().order_by(translated("name"), "pk")[:MEMBERS_SHOWN]
        context["member_count"] = members.count()
        context["figure_rows"] = figure_rows(association.figures.all())
        events = association.events.published().upcoming_first()
        context["events"] = events[:EVENTS_SHOWN]
        if association.kind == AssociationKind.ALLIANCE:
            context["alliance_members"] = (
                Association.objects.published()
                .eca_members()
                .exclude(pk=association.pk)
                .order_by(translated("name"), "pk")
            )
        context["logo"] = jsonld.logo(association)
        context["jsonld"] = jsonld.organisation(self.request, association, logo=context["logo"])
        return context


def _organiser(event):
    """The organiser as the event's page names it: a draft association stays unnamed."""
    organiser = event.organiser
    if organiser and organiser.is_published:
        return organiser.name
    return event.organiser_name


class EventListView(ExportableListMixin, FilteredListView):
    template_name = "alliance/event_list.html"
    filterset_class = EventFilter
    export_name = "events"
    export_columns = [
        ExportColumn("slug", "slug", _("Identifier of the event on this portal.")),
        ExportColumn("title", "title", _("Title.")),
        ExportColumn("kind", "kind", _("Kind."), choices=EventKind.choices),
        ExportColumn("start_date", "start_date", _("First day (ISO 8601 date).")),
        ExportColumn("end_date", "end_date", _("Last day (ISO 8601 date).")),
        DATE_PRECISION_COLUMN,
        ExportColumn("date_note", "date_note", _("The date in words when it is not exact.")),
        ExportColumn("city", "city", _("City.")),
        ExportColumn("country", "country", _("Country: ISO 3166-1 alpha-2 code.")),
        ExportColumn("organiser", _organiser, _("Organiser.")),
        ExportColumn("link", "link", _("The event's own page.")),
        *record_columns(),
    ]

    def get_base_queryset(self):
        return Event.objects.published().for_list().upcoming_first()


class EventDetailView(DetailView):
    template_name = "alliance/event_detail.html"

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("organiser")
            .prefetch_related(
                Prefetch(
                    "clusters",
                    queryset=Cluster.objects.published().order_by(translated("name"), "pk"),
                    to_attr="published_clusters",
                )
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        organiser = event.organiser
        context["organiser"] = organiser if organiser and organiser.is_published else None
        context["jsonld"] = jsonld.event(self.request, event, context["organiser"])
        return context
