"""How clusters are ranked as partners abroad, wherever the portal suggests them.

Real clusters before demo ones, then those holding an ESCA label, then those with EU
project experience, then by name: the cluster profile's "same sectors abroad" and the
consortium builder's suggestions follow the same order.
"""

from django.db.models import Exists, OuterRef

from clusters.models import Cluster
from core.listing import translated
from programmes.models import Participation


def ranked_partners(sector_ids, *, exclude_countries=(), exclude_ids=()):
    """Published clusters sharing a sector with ``sector_ids``, outside
    ``exclude_countries``, best partners first; annotated with ``has_label``,
    ``label_level`` and ``has_projects``."""
    with_projects = Exists(
        Participation.objects.published().of_clusters().filter(cluster=OuterRef("pk"))
    )
    return (
        Cluster.objects.published()
        .exclude(country__in=list(exclude_countries))
        .exclude(pk__in=list(exclude_ids))
        .in_sectors(sector_ids)
        .with_label_summary()
        .annotate(has_projects=with_projects)
        .order_by("is_demo", "-has_label", "-has_projects", translated("name").asc(), "pk")
    )
