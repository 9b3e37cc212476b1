from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_save


class ClusterPortalConfig(AppConfig):
    name = "clusterportal"
    verbose_name = "Cluster portal"

    def ready(self):
        from clusterportal.search import install_sqlite_functions

        # The search's SQLite fallback needs portal_norm() on every connection.
        connection_created.connect(install_sqlite_functions, dispatch_uid="portal_norm")

        from clusterportal import facets

        # Any change of portal data makes the cached filter counts stale.
        for name, signal in [("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)]:
            signal.connect(facets.on_change, dispatch_uid=f"facets-on-{name}")
