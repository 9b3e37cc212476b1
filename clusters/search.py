"""Clusters and sectors in the portal's search (core.search).

A cluster is also found through its sectors' names: ``lazeriai`` finds the clusters of
the "Lazeriai ir fotonika" sector.
"""

from django.utils.translation import gettext_lazy as _

from clusters.models import Cluster, Sector
from core.search import Kind, register

# A sector's clusters found through its name, at most this many (a list of ids).
MAX_SECTOR_CLUSTERS = 5000


def in_matching_sectors(matching):
    """The ids of the clusters of the sectors whose names match the search (a queryset,
    for a subquery); ``matching`` narrows a queryset to the search's matches of a kind."""
    sectors = matching(Sector.objects.all(), "sectors").values("pk")
    links = Cluster.sectors.through.objects.filter(sector__in=sectors)
    return links.values("cluster_id").distinct()[:MAX_SECTOR_CLUSTERS]


register(
    Kind(
        key="clusters",
        label=_("Clusters"),
        queryset=lambda: Cluster.objects.published(),
        name_fields=("name_lt", "name_en", "acronym", "other_names"),
        other_fields=(
            "city_lt",
            "city_en",
            "region",
            "coordinator_lt",
            "coordinator_en",
            "description_lt",
            "description_en",
        ),
        order_name="name",
        position=10,
        related=in_matching_sectors,
    )
)
register(
    Kind(
        key="sectors",
        label=_("Sectors"),
        queryset=lambda: Sector.objects.all(),
        name_fields=("name_lt", "name_en"),
        other_fields=(),
        order_name="name",
        position=15,
        real_first=False,
    )
)
