"""How clusters are ranked as partners abroad, wherever the portal suggests them.

Real clusters before demo ones, then those holding an ESCA label, then those with EU
project experience, then by name: the cluster profile's "same sectors abroad" and the
consortium builder's suggestions follow the same order.
"""

from django.db.models import Exists, OuterRef

from clusters.models import Cluster
from core import datacache
from core.listing import translated
from programmes.models import Participation


def in_partner_order(clusters):
    """``clusters`` (a cluster queryset) best partners first, annotated with
    ``has_label``, ``label_level`` and ``has_projects``."""
    with_projects = Exists(
        Participation.objects.published().of_clusters().filter(cluster=OuterRef("pk"))
    )
    return (
        clusters.with_label_summary()
        .annotate(has_projects=with_projects)
        .order_by("is_demo", "-has_label", "-has_projects", translated("name").asc(), "pk")
    )


def ranked_partners(sector_ids, *, exclude_countries=(), exclude_ids=()):
    """Published clusters sharing a sector with ``sector_ids``, outside
    ``exclude_countries``, best partners first; annotated with ``has_label``,
    ``label_level`` and ``has_projects``."""
    return in_partner_order(
        Cluster.objects.published()
        .exclude(country__in=list(exclude_countries))
        .exclude(pk__in=list(exclude_ids))
        .in_sectors(sector_ids)
    )


def best_per_country(per_country: int) -> dict[int, list[tuple[int, int, str]]]:
    """sector pk → ``[(rank, cluster pk, country code), …]``: in each sector, the
    ``per_country`` best partners of each country, best first (``rank`` is the place in
    the order of ``ranked_partners``, the same for a cluster in every sector).

    Ranking every published cluster is a scan that grows with the data: it runs once per
    data version (``core.datacache``) and a request merges a few short lists. Whatever
    the sectors and countries left out, the best ``per_country`` partners of a country
    among a sector set are among these (a cluster ranked below ``per_country`` others of
    its country in each of its sectors is below them in the union too).
    """

    def compute():
        rank = {
            pk: (place, country)
            for place, (pk, country) in enumerate(
                in_partner_order(Cluster.objects.published()).values_list("pk", "country")
            )
        }
        by_sector: dict[int, list[tuple[int, int, str]]] = {}
        links = Cluster.sectors.through.objects.values_list("cluster_id", "sector_id")
        for cluster_id, sector_id in links:
            if cluster_id in rank:
                place, country = rank[cluster_id]
                by_sector.setdefault(sector_id, []).append((place, cluster_id, country))
        best = {}
        for sector_id, rows in by_sector.items():
            kept, taken = [], {}
            for place, cluster_id, country in sorted(rows):
                if taken.get(country, 0) < per_country:
                    taken[country] = taken.get(country, 0) + 1
                    kept.append((place, cluster_id, country))
            best[sector_id] = kept
        return best

    return datacache.cached(f"partners:best-per-country:{per_country}", compute)
