"""Clusters and sectors in the portal's search (core.search).

A cluster is also found through its sectors' names: ``lazeriai`` finds the clusters of
the "Lazeriai ir fotonika" sector.
"""

from django.db import connection
from django.db.models import BooleanField, F, Field, Func, Q, Value
from django.utils.translation import gettext_lazy as _

from clusters.models import Cluster, Sector
from core.search import Kind, filter_queryset, register

# A sector's clusters found through its name, at most this many (a list of ids).
MAX_SECTOR_CLUSTERS = 5000


class _InArray(Func):
    """``column = ANY(array)`` with the array as one parameter (PostgreSQL): thousands of
    ids cost Django one value to prepare, not one lookup parameter each."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def in_matching_sectors(query: str) -> Q:
    """Clusters of the sectors whose names match ``query``.

    The ids are fetched first (one small query) and given as a list: a subquery inside
    the search's OR would keep PostgreSQL from answering the rest from its GIN index.
    """
    sectors = filter_queryset(Sector.objects.all(), "sectors", query).values("pk")
    links = Cluster.sectors.through.objects.filter(sector__in=sectors)
    ids = list(links.values_list("cluster_id", flat=True).distinct()[:MAX_SECTOR_CLUSTERS])
    if ids and connection.vendor == "postgresql":
        return Q(_InArray(F("pk"), Value(ids, output_field=Field())))
    return Q(pk__in=ids)


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
        also_matches=in_matching_sectors,
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
