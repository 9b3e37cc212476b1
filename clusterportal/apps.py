from django.apps import AppConfig


class ClusterPortalConfig(AppConfig):
    """The top layer: site-wide pages, pages that combine apps, management commands."""

    name = "clusterportal"
    verbose_name = "Cluster portal"
