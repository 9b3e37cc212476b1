"""Cached option counts for the list filters ("Lithuania (31)"), fresh after every edit.

Counting every published cluster per country, sector, association… costs one grouped
query each, and that grows with the data. The results are kept in the cache under a
version key; any save, delete or many-to-many change of a portal model bumps the version,
so the next request counts afresh. The version lives in the shared cache (Redis in
production, a file cache shared by the worker processes otherwise), so an edit made
through one process is seen by all at once. Code that writes without signals (bulk
inserts) calls ``invalidate()`` itself.
"""

import time
from collections.abc import Callable

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "facets:version"
# Counts are also recomputed after this many seconds, whatever happens.
TIMEOUT = 15 * 60
PORTAL_APPS = {"clusters", "alliance", "programmes"}


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def invalidate(**kwargs) -> None:
    """Make every cached count stale (also usable as a signal receiver)."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def on_change(sender, **kwargs) -> None:
    """Signal receiver: a portal model (or a many-to-many table of one) changed."""
    if sender._meta.app_label in PORTAL_APPS:
        invalidate()


def cached(name: str, compute: Callable[[], list]) -> list:
    """``compute()``'s result for ``name`` in the active language, from the cache if fresh."""
    key = f"facets:{name}:{get_language()}:{_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
