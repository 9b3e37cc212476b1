from django.apps import apps
from django.db.models import Exists, OuterRef, Prefetch, Subquery
from django.urls import NoReverseMatch, reverse
from django.views.generic import DetailView

from clusters.filters import ClusterFilter, name_expression, project_count
from clusters.models import Cluster, Label
from core import datacache
from core.listing import FilteredListView

# "Clusters of the same sectors in other countries" on a profile.
SAME_SECTOR_SHOWN = 8


def country_url(code: str) -> str:
    """The country page, or the directory filtered by the country until that page exists."""
    try:
        return reverse("countries:country-detail", kwargs={"code": code.lower()})
    except NoReverseMatch:
        return reverse("clusters:cluster-list") + f"?country={code}"


class ClusterListView(FilteredListView):
    template_name = "clusters/cluster_list.html"
    filterset_class = ClusterFilter
    paginate_by = 24

    def get_base_queryset(self):
        return Cluster.objects.published().for_list().annotate(project_count=project_count())

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
            value for name, value in self.request.GET.items() if name not in ("page", "sort")
        )
        return context


class ClusterDetailView(DetailView):
    template_name = "clusters/cluster_detail.html"

    def get_queryset(self):
        model = apps.get_model
        projects = model("programmes.Project").objects.published()
        participations = (
            model("programmes.Participation")
            .objects.filter(project__in=projects)
            .select_related("project__action__programme")
            .order_by("-project__start_date", "project__title", "pk")
        )
        associations = model("alliance.Association").objects.published()
        memberships = (
            model("alliance.Membership")
            .objects.filter(association__in=associations)
            .select_related("association")
            .order_by("association__name", "pk")
        )
        events = model("alliance.Event").objects.published().order_by("-start_date", "title")
        return (
            Cluster.objects.published()
            .for_list()
            .prefetch_related(
                Prefetch("participations", queryset=participations, to_attr="public_projects"),
                Prefetch("memberships", queryset=memberships, to_attr="public_memberships"),
                Prefetch("events", queryset=events, to_attr="public_events"),
            )
        )

    def same_sector_abroad(self, cluster):
        """Up to 8 published clusters sharing a sector, from other countries, in one query:
        labelled ones and those with EU project experience first, real before demo."""
        sector_ids = [sector.pk for sector in cluster.sectors.all()]
        if not sector_ids:
            return []
        # Scans every cluster of those sectors: kept until the data changes (facets), and
        # shared by all clusters of the same country and sectors.
        key = f"clusters:abroad:{cluster.country}:{','.join(map(str, sorted(sector_ids)))}"
        return datacache.cached(key, lambda: self._same_sector_abroad(cluster, sector_ids))

    @staticmethod
    def _same_sector_abroad(cluster, sector_ids) -> list:
        through = Cluster.sectors.through
        participations = apps.get_model("programmes.Participation").objects.filter(
            cluster=OuterRef("pk"),
            project__in=apps.get_model("programmes.Project").objects.published(),
        )
        latest_label = Label.objects.filter(cluster=OuterRef("pk")).order_by(
            "-awarded_year", "-pk"
        )
        return list(
            Cluster.objects.published()
            .exclude(country=cluster.country)
            .filter(
                Exists(through.objects.filter(cluster=OuterRef("pk"), sector_id__in=sector_ids))
            )
            .annotate(
                has_label=Exists(Label.objects.filter(cluster=OuterRef("pk"))),
                has_projects=Exists(participations),
                label_level=Subquery(latest_label.values("level")[:1]),
            )
            .order_by("is_demo", "-has_label", "-has_projects", name_expression().asc(), "pk")[
                :SAME_SECTOR_SHOWN
            ]
        )

    def logo(self, cluster):
        """The logo with its pixel size, or None when there is none or it cannot be read."""
        if not cluster.logo:
            return None
        try:
            return {
                "url": cluster.logo.url,
                "width": cluster.logo.width,
                "height": cluster.logo.height,
            }
        except (OSError, ValueError):
            return None

    def structured_data(self, cluster, logo) -> dict:
        request = self.request
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": cluster.name,
            "url": request.build_absolute_uri(cluster.get_absolute_url()),
            "address": {
                "@type": "PostalAddress",
                "addressCountry": cluster.country.code,
                **({"addressLocality": cluster.city} if cluster.city else {}),
            },
        }
        if cluster.acronym:
            data["alternateName"] = cluster.acronym
        if cluster.description:
            data["description"] = cluster.description
        if cluster.founded_year:
            data["foundingDate"] = str(cluster.founded_year)
        if cluster.website:
            data["sameAs"] = [cluster.website]
        if logo:
            data["logo"] = request.build_absolute_uri(logo["url"])
        if cluster.public_memberships:
            data["memberOf"] = [
                {
                    "@type": "Organization",
                    "name": m.association.name,
                    "url": request.build_absolute_uri(m.association.get_absolute_url()),
                }
                for m in cluster.public_memberships
            ]
        return data

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cluster = self.object
        labels = list(cluster.labels.all())
        current = cluster.current_label()
        logo = self.logo(cluster)
        members = [
            (Cluster._meta.get_field(name).verbose_name, getattr(cluster, name))
            for name in ("members_sme", "members_large", "members_research", "members_other")
            if getattr(cluster, name) is not None
        ]
        context.update(
            country_url=country_url(cluster.country.code),
            labels=labels,
            current_label=current,
            logo=logo,
            members=members,
            same_sector=self.same_sector_abroad(cluster),
            structured_data=self.structured_data(cluster, logo),
        )
        return context
