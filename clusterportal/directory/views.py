"""The cluster directory and cluster profiles: clusters with what the apps above them
know of each (memberships, projects, events)."""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from alliance.models import Event, Membership
from clusterportal.directory.filters import ClusterFilter
from clusterportal.partners import ranked_partners
from clusters.models import Cluster, LabelLevel, Maturity
from core import datacache, jsonld
from core.listing import (
    ExportableListMixin,
    ExportColumn,
    FilteredListView,
    record_columns,
    translated,
)
from programmes.models import Participation

# "Clusters of the same sectors in other countries" on a profile.
SAME_SECTOR_SHOWN = 8


def _label_level(cluster):
    label = cluster.latest_label()
    return label.level if label else None


def _label_year(cluster):
    label = cluster.latest_label()
    return label.awarded_year if label else None


def _current_label(cluster):
    label = cluster.current_label()
    return label.level if label else None


class ClusterListView(ExportableListMixin, FilteredListView):
    template_name = "clusters/cluster_list.html"
    filterset_class = ClusterFilter
    paginate_by = 24
    # No cluster filter depends on today's date: the total is cached per selection.
    cache_count = True
    export_name = "clusters"
    export_columns = [
        ExportColumn("slug", "slug", _("Identifier of the cluster on this portal.")),
        ExportColumn("name", "name", _("Name.")),
        ExportColumn("acronym", "acronym", _("Acronym or short name.")),
        ExportColumn("country", "country", _("Country: ISO 3166-1 alpha-2 code.")),
        ExportColumn("city", "city", _("City.")),
        ExportColumn("region", "region", _("Region.")),
        ExportColumn("founded_year", "founded_year", _("Year founded.")),
        ExportColumn("coordinator", "coordinator", _("Coordinating organisation.")),
        ExportColumn("website", "website", _("Website.")),
        ExportColumn("email", "email", _("The organisation's general e-mail address.")),
        ExportColumn("phone", "phone", _("The organisation's phone.")),
        ExportColumn("sectors", "sectors", _("Sectors.")),
        ExportColumn(
            "label_level",
            _label_level,
            _("Level of the latest ESCA label."),
            choices=LabelLevel.choices,
        ),
        ExportColumn("label_year", _label_year, _("Year the latest ESCA label was awarded.")),
        ExportColumn(
            "current_label",
            _current_label,
            _("Level of the ESCA label valid today, if its expiry is known."),
            choices=LabelLevel.choices,
        ),
        ExportColumn("members_sme", "members_sme", _("Member SMEs.")),
        ExportColumn("members_large", "members_large", _("Member large companies.")),
        ExportColumn(
            "members_research", "members_research", _("Member research and education bodies.")
        ),
        ExportColumn("members_other", "members_other", _("Other members.")),
        ExportColumn("employees", "employees", _("Employees in the member organisations.")),
        ExportColumn("figures_year", "figures_year", _("Year of the member figures.")),
        ExportColumn("figures_source", "figures_source", _("Source of the member figures.")),
        ExportColumn(
            "maturity",
            "maturity",
            _("Maturity level (Lithuanian cluster concept)."),
            choices=Maturity.choices,
        ),
        ExportColumn(
            "project_count", "project_count", _("International projects on this portal.")
        ),
        *record_columns(),
    ]

    def get_base_queryset(self):
        return (
            Cluster.objects.published()
            .for_list()
            .annotate(
                project_count=Participation.objects.published()
                .of_clusters()
                .projects_per_cluster()
            )
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.filterset.is_bound:
            # An unbound FilterSet does not sort: give the default order.
            queryset = queryset.order_by(*ClusterFilter.ordering(None, False))
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # An empty page with filters in use says how to widen the search.
        context["filtered"] = any(
            value
            for name, value in self.request.GET.items()
            if name not in ("page", "sort", "format")
        )
        return context


def same_sector_abroad(cluster) -> list[dict]:
    """Up to 8 published clusters sharing a sector, from other countries: labelled ones
    and those with EU project experience first, real before demo.

    It scans every cluster of those sectors, so it is kept in the data cache, shared by
    all clusters of the same country and sectors, as plain values for the template.
    """
    sector_ids = sorted(sector.pk for sector in cluster.sectors.all())
    if not sector_ids:
        return []
    key = f"clusters:abroad:{cluster.country}:{','.join(map(str, sector_ids))}"
    return datacache.cached(key, lambda: _same_sector_abroad(cluster.country.code, sector_ids))


def _same_sector_abroad(country: str, sector_ids: list[int]) -> list[dict]:
    others = ranked_partners(sector_ids, exclude_countries=[country])
    return [
        {
            "name": other.name,
            "url": other.get_absolute_url(),
            "country_name": other.country.name,
            "is_demo": other.is_demo,
            "label_level": other.label_level,
            "has_projects": other.has_projects,
        }
        for other in others[:SAME_SECTOR_SHOWN]
    ]


class ClusterDetailView(DetailView):
    template_name = "clusters/cluster_detail.html"

    def get_queryset(self):
        participations = (
            Participation.objects.published()
            .select_related("project__action__programme")
            .order_by("-project__start_date", "project__title", "pk")
        )
        memberships = (
            Membership.objects.published()
            .select_related("association")
            .order_by(translated("association__name"), "pk")
        )
        events = Event.objects.published().order_by("-start_date", "title")
        return (
            Cluster.objects.published()
            .for_list()
            .prefetch_related(
                Prefetch("participations", queryset=participations, to_attr="public_projects"),
                Prefetch("memberships", queryset=memberships, to_attr="public_memberships"),
                Prefetch("events", queryset=events, to_attr="public_events"),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cluster = self.object
        logo = jsonld.logo(cluster)
        members = [
            (Cluster._meta.get_field(name).verbose_name, getattr(cluster, name))
            for name in ("members_sme", "members_large", "members_research", "members_other")
            if getattr(cluster, name) is not None
        ]
        associations = [membership.association for membership in cluster.public_memberships]
        context.update(
            country_url=reverse(
                "countries:country-detail", kwargs={"code": cluster.country.code.lower()}
            ),
            labels=list(cluster.labels.all()),
            current_label=cluster.current_label(),
            logo=logo,
            members=members,
            same_sector=same_sector_abroad(cluster),
            structured_data=jsonld.organisation(
                self.request, cluster, logo=logo, member_of=associations
            ),
        )
        return context
