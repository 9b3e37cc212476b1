"""The clusters' entry in the portal's search (core.search)."""

from django.utils.translation import gettext_lazy as _

from clusters.models import Cluster
from core.search import Kind, register

register(
    Kind(
        key="clusters",
        label=_("Clusters"),
        queryset=lambda: Cluster.objects.published(),
        name_fields=("name_lt", "name_en", "acronym"),
        other_fields=("city", "region", "coordinator", "description_lt", "description_en"),
        order_name="name",
        position=10,
    )
)
