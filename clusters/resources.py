"""Clusters in bulk: the columns of the cluster import and export files.

Which clusters a user may import or export is decided one layer up, where associations
are known (``alliance.resources.MemberClusterResource``).
"""

from import_export import fields

from clusters.models import Cluster, Sector
from core.bulk import CountryWidget, PortalResource, SlugListWidget, URLWidget

CLUSTER_COLUMNS = (
    "slug",
    "name_lt",
    "name_en",
    "acronym",
    "country",
    "city",
    "region",
    "founded_year",
    "coordinator",
    "website",
    "email",
    "sectors",
    "members_sme",
    "members_large",
    "members_research",
    "members_other",
    "employees",
    "figures_year",
    "status",
)


class ClusterResource(PortalResource):
    """One row per cluster, found by its slug. Demo marking and sources are not columns."""

    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget())
    website = fields.Field(attribute="website", column_name="website", widget=URLWidget())
    sectors = fields.Field(
        attribute="sectors", column_name="sectors", widget=SlugListWidget(Sector)
    )

    class Meta:
        model = Cluster
        fields = CLUSTER_COLUMNS
        import_order = CLUSTER_COLUMNS
        export_order = CLUSTER_COLUMNS
