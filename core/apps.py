from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_save


class CoreConfig(AppConfig):
    """The base layer: mechanisms every app uses (content models, access, search, cache).

    It imports no app. An app takes part in these mechanisms by declaring
    ``portal_data = True`` on its AppConfig (its changes make cached data stale) and by
    registering its access rules and search kinds from its own ``ready()``.
    """

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import admin_language, datacache, images
        from core.search import install_sqlite_search

        # The search's FTS5 tables and triggers on SQLite, checked after every migrate.
        post_migrate.connect(install_sqlite_search, dispatch_uid="sqlite-search")
        # The admin's yes/no icons say "Taip"/"Ne", not Python's True/False.
        admin_language.install()
        # Any change of portal data makes the cached values stale.
        for name, signal in [("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)]:
            signal.connect(datacache.on_change, dispatch_uid=f"datacache-on-{name}")
        # A replaced, cleared or deleted logo's file is removed when nothing names it.
        pre_save.connect(images.remember_logos, dispatch_uid="logos-remember")
        post_save.connect(images.discard_replaced_logos, dispatch_uid="logos-replaced")
        post_delete.connect(images.discard_deleted_logos, dispatch_uid="logos-deleted")
