"""``/<lang>/publication/``: the Lithuanian cluster publication, the catalogue of the
published real Lithuanian clusters by sector, readable on screen and printable as an A4
document (the print rules are in ``static/css/site.css``)."""

from django.db.models import F, Prefetch
from django.views.generic import TemplateView

from alliance.models import Association, Membership
from clusters.models import Cluster
from core.content import today
from core.listing import name_key, translated
from programmes.models import Participation

# The talk the introduction draws on, cited as the source of what it reports.
TALK = "Lietuvos klasteriai Europos klasterių aljanse"
TALK_YEAR = 2019


def publication_clusters():
    """The clusters the publication describes: published, real (never demo) and
    Lithuanian, with what an entry shows preloaded in a fixed number of queries."""
    participations = (
        Participation.objects.published()
        .select_related("project__action__programme")
        .order_by(F("project__start_date").desc(nulls_last=True), "project__title", "pk")
    )
    memberships = (
        Membership.objects.published()
        .select_related("association")
        .order_by(translated("association__name"), "pk")
    )
    return (
        Cluster.objects.published()
        .real()
        .in_country("LT")
        .for_list()
        .select_related("merged_into")
        .prefetch_related(
            Prefetch("participations", queryset=participations, to_attr="public_projects"),
            Prefetch("memberships", queryset=memberships, to_attr="public_memberships"),
        )
    )


def sections(clusters) -> list[dict]:
    """The catalogue's sections, one per sector in name order, each ``{"sector",
    "anchor", "entries", "see_also", "clusters"}`` (``clusters``: both, by name); then one
    of clusters whose sectors are not stated (``sector`` None), when there are any.

    A cluster of several sectors is described once, in the first of its sectors in the
    same order, and listed under ``see_also`` in the sections of its other sectors, so the
    printed document holds each entry once and every sector section names all its clusters.
    """
    by_sector: dict[int, dict] = {}
    unsorted = []
    for cluster in sorted(clusters, key=lambda cluster: (name_key(cluster.name), cluster.pk)):
        own = sorted(cluster.sectors.all(), key=lambda sector: (name_key(sector.name), sector.pk))
        cluster.sector_list = own
        if not own:
            unsorted.append(cluster)
        for position, sector in enumerate(own):
            section = by_sector.setdefault(
                sector.pk,
                {
                    "sector": sector,
                    "anchor": f"sector-{sector.slug}",
                    "entries": [],
                    "see_also": [],
                },
            )
            section["entries" if position == 0 else "see_also"].append(cluster)
    result = sorted(by_sector.values(), key=lambda s: (name_key(s["sector"].name), s["sector"].pk))
    # A sector whose clusters are all described elsewhere keeps its section: the table of
    # contents leads there and the section refers on.
    if unsorted:
        result.append(
            {"sector": None, "anchor": "sector-none", "entries": unsorted, "see_also": []}
        )
    for section in result:
        # The table of contents names every cluster of the sector, wherever it is described.
        section["clusters"] = sorted(
            section["entries"] + section["see_also"],
            key=lambda cluster: (name_key(cluster.name), cluster.pk),
        )
    return result


class PublicationView(TemplateView):
    template_name = "publication/catalogue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        clusters = list(publication_clusters())
        context.update(
            sections=sections(clusters),
            cluster_count=len(clusters),
            labelled_count=sum(1 for cluster in clusters if cluster.labels.all()),
            project_cluster_count=sum(1 for cluster in clusters if cluster.public_projects),
            compiled_on=today(),
            lithuanian_members=list(
                Association.objects.published()
                .filter(country="LT", eca_member=True)
                .order_by(translated("name"), "pk")
            ),
            talk={"title": TALK, "year": TALK_YEAR},
            # Profile links are absolute so that a printed copy shows where they lead.
            site_origin=f"{self.request.scheme}://{self.request.get_host()}",
        )
        return context
