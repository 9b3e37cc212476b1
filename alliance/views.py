from django.db.models import Prefetch
from django.views.generic import DetailView

from alliance.filters import AssociationFilter, EventFilter, published_member_count, upcoming_first
from alliance.models import (
    Association,
    AssociationKind,
    Event,
    FigureKind,
    FigureSourceKind,
)
from clusters.models import Cluster
from core.dates import precise_iso_date
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
            .annotate(member_count=published_member_count())
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
        events = upcoming_first(association.events.published())
        context["events"] = events[:EVENTS_SHOWN]
        if association.kind == AssociationKind.ALLIANCE:
            context["alliance_members"] = (
                Association.objects.published()
                .eca_members()
                .exclude(pk=association.pk)
                .order_by(translated("name"), "pk")
            )
        context["jsonld"] = association_jsonld(self.request, association)
        return context


def association_jsonld(request, association) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": association.name,
        "url": request.build_absolute_uri(association.get_absolute_url()),
    }
    if association.acronym:
        data["alternateName"] = association.acronym
    if association.description:
        data["description"] = association.description
    if association.website:
        data["sameAs"] = [association.website]
    if association.founded_year:
        data["foundingDate"] = str(association.founded_year)
    if association.country:
        data["address"] = {
            "@type": "PostalAddress",
            "addressCountry": association.country.code,
            **({"addressLocality": association.city} if association.city else {}),
        }
    return data


class EventListView(FilteredListView):
    template_name = "alliance/event_list.html"
    filterset_class = EventFilter

    def get_base_queryset(self):
        return upcoming_first(Event.objects.published().for_list())


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
        context["jsonld"] = event_jsonld(self.request, event, context["organiser"])
        return context


def event_jsonld(request, event, organiser) -> dict | None:
    """schema.org Event, only when at least the start date is known."""
    if not event.start_date:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": precise_iso_date(event.start_date, event.date_precision),
    }
    if event.end_date:
        data["endDate"] = precise_iso_date(event.end_date, event.date_precision)
    if event.description:
        data["description"] = event.description
    if event.city or event.country:
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        data["location"] = {"@type": "Place", "name": event.city or event.country.name}
        data["location"]["address"] = address
    if organiser:
        data["organizer"] = {
            "@type": "Organization",
            "name": organiser.name,
            "url": request.build_absolute_uri(organiser.get_absolute_url()),
        }
    elif event.organiser_name:
        data["organizer"] = {"@type": "Organization", "name": event.organiser_name}
    return data
