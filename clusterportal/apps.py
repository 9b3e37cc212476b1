from django.apps import AppConfig
from django.db.backends.signals import connection_created


class ClusterPortalConfig(AppConfig):
    name = "clusterportal"
    verbose_name = "Cluster portal"

    def ready(self):
        from clusterportal.search import install_sqlite_functions

        # The search's SQLite fallback needs portal_norm() on every connection.
        connection_created.connect(install_sqlite_functions, dispatch_uid="portal_norm")
