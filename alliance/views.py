from django.db.models import Prefetch
from django.views.generic import DetailView

from alliance.filters import AssociationFilter, EventFilter
from alliance.models import (
    Association,
    AssociationKind,
    Event,
    FigureKind,
    FigureSourceKind,
)
from clusters.models import Cluster
from core import jsonld
from core.listing import FilteredListView, translated

# A profile shows this many member clusters; the directory, filtered, shows them all.
MEMBERS_SHOWN = 24
EVENTS_SHOWN = 20


class AssociationListView(FilteredListView):
    template_name = "alliance/association_list.html"
    filterset_class = AssociationFilter

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


class EventListView(FilteredListView):
    template_name = "alliance/event_list.html"
    filterset_class = EventFilter

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
